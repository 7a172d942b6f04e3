import { describe, expect, it } from 'vitest';
import { buildSelfCheckReport } from './build';
import { organisationNameIn, parseSelfCheckSnapshot } from './snapshot';
import { syntheticSnapshot } from './synthetic';

describe('organisation name in the report', () => {
	const snapshot = parseSelfCheckSnapshot(syntheticSnapshot({ items: 12, sections: 2 }));
	const withEnglish = { ...snapshot, organisation: { ...snapshot.organisation, nameEn: 'Sample Power Co.' } };

	it('uses the English name in English reports when the organisation has one', () => {
		expect(organisationNameIn(withEnglish, 'en')).toBe('Sample Power Co.');
		expect(
			buildSelfCheckReport(withEnglish, { language: 'en', reportId: 'MR-2026-AAAAAAAA', snapshotSha256: 'a'.repeat(64) }).meta
				.organisationName
		).toBe('Sample Power Co.');
	});

	it('keeps the Japanese name in Japanese reports, and when no English name is set', () => {
		expect(organisationNameIn(withEnglish, 'ja')).toBe(snapshot.organisation.name);
		expect(organisationNameIn({ ...snapshot, organisation: { ...snapshot.organisation, nameEn: '' } }, 'en')).toBe(
			snapshot.organisation.name
		);
	});
});
