// The audit trail's descriptions (src/lib/i18n/messages/audit-collections*.ts)
// against the live collections: every stored field of every audited
// collection is either described or deliberately hidden, every described
// field exists, and every select value reads as words in both languages.
// And a real "view" entry (an outside auditor reading through a grant) as
// an organisation admin reads it on the audit page.
import { createRequire } from 'node:module';
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { AUDIT_COLLECTIONS } from '$lib/i18n/messages/audit-collections';
import { describeEntries } from '$lib/server/audit/describe';
import type { AuditEntryRecord } from '$lib/server/records';
import { auditGrant } from './support/evidence';
import { createWorld, superuserClient, type World } from './support/world';

const require = createRequire(import.meta.url);
const { AUDITED } = require('../../pb_hooks/lib/collections.js') as { AUDITED: string[] };

interface LiveField {
	name: string;
	type: string;
	system?: boolean;
	values?: string[];
}

/** Fields a migration removed since: still described, for the entries written before. */
const RETIRED: Record<string, string[]> = { important_systems: ['depends_on'] };

/**
 * Selects shown as stored: reports.type is named by each report kind's title,
 * which lives with the kind's builder (src/lib/domain/reports/*), too heavy for
 * the message catalogue every page loads; the report ID beside it names the report.
 */
const AS_STORED: Record<string, string[]> = { reports: ['type'] };

/** Never in an entry: the record's id, and the times PocketBase keeps itself (each entry has its own time). */
const BOOKKEEPING = (f: LiveField) => f.name === 'id' || f.type === 'autodate';

describe('audit descriptions', () => {
	const live = new Map<string, LiveField[]>();
	beforeAll(async () => {
		const pb = await superuserClient();
		for (const c of await pb.collections.getFullList<{ name: string; fields: LiveField[] }>()) live.set(c.name, c.fields);
	});

	for (const name of AUDITED) {
		it(`${name}: every stored field is described or hidden, and every select value has words`, () => {
			const description = AUDIT_COLLECTIONS[name];
			const fields = live.get(name) ?? [];
			expect(fields.length, `${name} is live`).toBeGreaterThan(0);
			const hidden = new Set(description.hidden ?? []);
			const stored = fields.filter((f) => !BOOKKEEPING(f));
			expect(stored.filter((f) => !Object.hasOwn(description.fields, f.name) && !hidden.has(f.name)).map((f) => f.name)).toEqual([]);
			const names = new Set(stored.map((f) => f.name));
			const retired = RETIRED[name] ?? [];
			expect([...Object.keys(description.fields), ...hidden].filter((f) => !names.has(f) && !retired.includes(f))).toEqual([]);
			for (const f of stored.filter((f) => f.type === 'select' && !hidden.has(f.name) && !(AS_STORED[name] ?? []).includes(f.name))) {
				const values = description.fields[f.name].values ?? {};
				expect(
					(f.values ?? []).filter((v) => !values[v]?.ja || !values[v]?.en),
					`${name}.${f.name}`
				).toEqual([]);
			}
		});
	}
});

describe('a view entry on the audit page', () => {
	let world: World;
	beforeAll(async () => {
		world = await createWorld();
	});

	it('names the outside auditor’s access and says what was viewed, in Japanese and English', async () => {
		const grant = await auditGrant(world);
		const holder = new PocketBase(inject('pbUrl'));
		holder.autoCancellation(false);
		await holder.collection('users').authWithPassword(grant.email, grant.password);
		await holder.send(`/api/mamori/audit-grants/${grant.id}/scope`, {});

		const admin = world.client('admin');
		const entries = await admin
			.collection('audit_log')
			.getFullList<AuditEntryRecord>({ filter: admin.filter('record_id = {:g} && action = "view"', { g: grant.id }) });
		expect(entries).toHaveLength(1);
		const [ja] = await describeEntries(admin, world.orgA, entries, 'ja');
		expect(ja).toEqual({
			collection: '監査人の閲覧範囲',
			record: '外部 監査人（2050年度）',
			changes: [],
			viewed: '2050年度の自己検証と範囲内の証跡の一覧'
		});
		const [en] = await describeEntries(admin, world.orgA, entries, 'en');
		expect(en.viewed).toBe('The FY2050 self-check and the evidence in scope');
		expect(en.record).toBe('外部 監査人 (FY2050)');
	});
});
