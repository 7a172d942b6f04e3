import { adoption } from './messages/adoption';
import { audit } from './messages/audit';
import { auth } from './messages/auth';
import { common } from './messages/common';
import { errors } from './messages/errors';
import { evidence } from './messages/evidence';
import { evidenceLinks } from './messages/evidence-links';
import { review } from './messages/evidence-review';
import { findings } from './messages/findings';
import { access } from './messages/audit-access';
import { auditPackage } from './messages/audit-package';
import { exportMessages } from './messages/exports';
import { home } from './messages/home';
import { invitations } from './messages/invitations';
import { members } from './messages/members';
import { rejections } from './messages/rejections';
import { references } from './messages/references';
import { crosswalks } from './messages/crosswalks';
import { reports } from './messages/reports';
import { org } from './messages/org';
import { plans } from './messages/plans';
import { plansContacts } from './messages/plans-contacts';
import { plansEdit } from './messages/plans-edit';
import { plansExercises } from './messages/plans-exercises';
import { plansIncidents } from './messages/plans-incidents';
import { riskProfile } from './messages/risks-profile';
import { risks } from './messages/risks';
import { riskAcceptance } from './messages/risks-acceptance';
import { riskCriteria } from './messages/risks-criteria';
import { riskHistory } from './messages/risks-history';
import { riskReports } from './messages/risks-reports';
import { riskSuggestions } from './messages/risks-suggestions';
import { riskSheet } from './messages/risks-sheet';
import { riskSummary } from './messages/risks-summary';
import { plansSummary } from './messages/plans-summary';
import { selfcheck } from './messages/selfcheck';
import { shell } from './messages/shell';
import { unreadableChecklist } from './messages/unreadable-checklist';
import type { Lang } from './define';

export { LANGS, isLang, type Lang } from './define';

function catalogue(lang: Lang) {
	return {
		common: common[lang],
		errors: errors[lang],
		riskProfile: riskProfile[lang],
		risks: risks[lang],
		riskCriteria: riskCriteria[lang],
		riskAcceptance: riskAcceptance[lang],
		riskReports: riskReports[lang],
		riskSuggestions: riskSuggestions[lang],
		riskHistory: riskHistory[lang],
		riskSummary: riskSummary[lang],
		riskSheet: riskSheet[lang],
		auth: auth[lang],
		shell: shell[lang],
		home: home[lang],
		org: org[lang],
		members: members[lang],
		invitations: invitations[lang],
		reports: reports[lang],
		rejections: rejections[lang],
		audit: audit[lang],
		selfcheck: selfcheck[lang],
		adoption: adoption[lang],
		references: references[lang],
		crosswalks: crosswalks[lang],
		plans: plans[lang],
		plansEdit: plansEdit[lang],
		plansContacts: plansContacts[lang],
		plansExercises: plansExercises[lang],
		plansSummary: plansSummary[lang],
		plansIncidents: plansIncidents[lang],
		evidence: evidence[lang],
		evidenceLinks: evidenceLinks[lang],
		review: review[lang],
		findings: findings[lang],
		auditPackage: auditPackage[lang],
		access: access[lang],
		exports: exportMessages[lang],
		unreadableChecklist: unreadableChecklist[lang]
	};
}

export type Messages = ReturnType<typeof catalogue>;

const CATALOGUES: Record<Lang, Messages> = { ja: catalogue('ja'), en: catalogue('en') };

export function messagesFor(lang: Lang): Messages {
	return CATALOGUES[lang];
}
