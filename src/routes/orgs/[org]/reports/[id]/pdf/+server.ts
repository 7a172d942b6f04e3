/** Downloads a registered report's PDF, fetched from PocketBase with the user's own file token. */
import { error } from '@sveltejs/kit';
import { statusOf } from '$lib/server/pocketbase';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, fetch }) => {
	const { pb } = locals.session;
	if (!locals.session.user) error(401, 'log in first');
	let record: { id: string; organisation: string; report_id: string; file: string };
	try {
		record = await pb.collection('reports').getOne(params.id, { fields: 'id,collectionId,collectionName,organisation,report_id,file' });
	} catch (err) {
		error(statusOf(err) === 404 ? 404 : 500, 'report not found');
	}
	if (record.organisation !== params.org || !record.file) error(404, 'report not found');
	const token = await pb.files.getToken();
	const response = await fetch(pb.files.getURL(record, record.file, { token }));
	if (!response.ok || !response.body) error(502, 'the PDF could not be read');
	return new Response(response.body, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${record.report_id}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
