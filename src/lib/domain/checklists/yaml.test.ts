import { describe, expect, it } from 'vitest';
import { validChecklistInput } from './fixtures/valid-checklist';
import { checklistSchema } from './schema';
import { parseChecklistYaml, serializeChecklist } from './yaml';

describe('checklist YAML', () => {
	it('round-trips: serialize then parse gives the same checklist', () => {
		const input = validChecklistInput();
		const checklist = checklistSchema.parse({
			...input,
			sections: [input.sections[0], { id: 'OUTER', title: { ja: '外側', en: 'Outer' }, sections: [input.sections[1]] }],
			version: '1',
			description: { ja: '説明\n\n- 一\n- 二', en: 'About it\n\n- one\n- two' }
		});
		const text = serializeChecklist(checklist);
		const back = parseChecklistYaml('x.yaml', text);
		expect(back).toEqual({ ok: true, checklist });
		// Strings that look like numbers stay strings.
		expect(text).toMatch(/^version: "1"$/m);
		expect(text).toMatch(/seed: "003"/);
		// A section that only groups nested sections gets no empty items list.
		expect(text).not.toMatch(/items: \[\]/);
	});

	it('writes keys in the FORMAT.md order whatever the input order', () => {
		const input = validChecklistInput();
		const reordered = checklistSchema.parse({
			sections: input.sections,
			applies_to: input.applies_to,
			published: input.published,
			issuer: input.issuer,
			title: input.title,
			version: input.version,
			id: input.id
		});
		const text = serializeChecklist(reordered);
		expect(text).toBe(serializeChecklist(checklistSchema.parse(input)));
		const topKeys = text
			.split('\n')
			.filter((line) => /^[a-z_]+:/.test(line))
			.map((line) => line.split(':')[0]);
		expect(topKeys).toEqual(['id', 'version', 'title', 'issuer', 'published', 'applies_to', 'sections']);
		const itemKeys = text
			.split('\n')
			.filter((line) => /^ {6}[- ] [a-z_]+:/.test(line))
			.slice(0, 9)
			.map((line) => line.trim().replace(/^- /, '').split(':')[0]);
		expect(itemKeys).toEqual(['id', 'classification', 'title', 'guidance', 'evidence_examples', 'threats', 'stage', 'source', 'id']);
	});

	it('reports a YAML syntax error, and a duplicate key, as a file-level issue', () => {
		expect(parseChecklistYaml('checklists/x.yaml', 'id: [unclosed')).toMatchObject({
			ok: false,
			issues: [{ file: 'checklists/x.yaml', field: '', message: expect.stringContaining('not valid YAML') as string }]
		});
		expect(parseChecklistYaml('checklists/x.yaml', 'id: a\nid: b\n')).toMatchObject({
			ok: false,
			issues: [{ field: '', message: expect.stringContaining('not valid YAML') as string }]
		});
	});

	it('validates what it parses', () => {
		expect(parseChecklistYaml('checklists/x.yaml', 'id: x\n')).toMatchObject({ ok: false });
	});
});
