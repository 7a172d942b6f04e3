/** An organisation's self-checks, newest first (year, then revision), as lists of them read them; and the latest revision of each year. */
import type PocketBase from 'pocketbase';
import type { AssessmentRecord } from '$lib/server/selfcheck/records';

export type AssessmentHead = Pick<AssessmentRecord, 'id' | 'fiscal_year' | 'revision' | 'status'>;

export function assessmentHeads(pb: PocketBase, organisationId: string): Promise<AssessmentHead[]> {
	return pb.collection('assessments').getFullList<AssessmentHead>({
		filter: pb.filter('organisation = {:o}', { o: organisationId }),
		sort: '-fiscal_year,-revision',
		fields: 'id,fiscal_year,revision,status'
	});
}

/** The latest revision of each fiscal year, of heads sorted as assessmentHeads sorts them. */
export function latestPerYear<T extends Pick<AssessmentHead, 'fiscal_year'>>(heads: readonly T[]): T[] {
	return heads.filter((a, i) => i === 0 || heads[i - 1].fiscal_year !== a.fiscal_year);
}
