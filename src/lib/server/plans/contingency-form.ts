/** The structured parts of the contingency plan's edit forms: CSIRT and escalation, triage, reporting. */
import { CAUSE_CASES, isCauseCase } from '$lib/domain/incidents/causes';
import { SITUATIONS, type Situation } from '$lib/domain/incidents/classification';
import { SHARING_SCOPES, type SharingScope } from '$lib/domain/incidents/reporting-routes';
import { LIMITS, type ContingencyContent } from '$lib/domain/plans/content';
import type { FieldReader } from './section-form';

const ESCALATION_FIELDS = ['trigger', 'notify', 'contact', 'within'];

export function parseContingencyPart(content: ContingencyContent, part: string, r: FieldReader, contacts: ReadonlySet<string>) {
	if (part === 'csirt') {
		content.csirt = {
			leadContactId: r.contact('lead', contacts),
			deputyContactId: r.contact('deputy', contacts),
			members: r.text('members', LIMITS.longText),
			escalation: r
				.rows('esc')
				.filter((i) => !r.blank('esc', i, ESCALATION_FIELDS))
				.map((i) => ({
					trigger: r.text(`esc.${i}.trigger`, LIMITS.shortText, true),
					notify: r.text(`esc.${i}.notify`, LIMITS.shortText, true),
					contactId: r.contact(`esc.${i}.contact`, contacts),
					withinMinutes: r.duration(`esc.${i}.within`)
				}))
		};
	}
	if (part === 'triage') {
		content.triage = r.rows('triage').map((i) => {
			const situation = r.text(`triage.${i}.situation`, 40);
			if (!(SITUATIONS as readonly string[]).includes(situation)) r.errors[`triage.${i}.situation`] ??= r.m.errors.choose;
			return {
				situation: situation as Situation,
				firstResponse: r.text(`triage.${i}.first`, LIMITS.longText),
				decides: r.text(`triage.${i}.decides`, LIMITS.name),
				reportWithinMinutes: r.duration(`triage.${i}.within`)
			};
		});
	}
	if (part === 'reporting') {
		const cases = (Array.isArray(r.values.cases) ? r.values.cases : []).filter((c) => c !== '');
		if (!cases.every(isCauseCase)) r.errors.cases ??= r.m.errors.choose;
		const scope = r.text('scope', 40);
		if (scope && !(SHARING_SCOPES as readonly string[]).includes(scope)) r.errors.scope ??= r.m.errors.choose;
		content.reporting = {
			reporterContactId: r.contact('reporter', contacts),
			contactMeans: r.text('means', LIMITS.shortText),
			ministryContactId: r.contact('ministry', contacts),
			ceptoarContactId: r.contact('ceptoar', contacts),
			casesCovered: CAUSE_CASES.filter((c) => cases.includes(c)),
			defaultScope: scope ? (scope as SharingScope) : null,
			anonymisation: r.text('anonymisation', LIMITS.longText)
		};
	}
}
