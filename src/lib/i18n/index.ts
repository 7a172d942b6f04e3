import { audit } from './messages/audit';
import { auth } from './messages/auth';
import { common } from './messages/common';
import { errors } from './messages/errors';
import { evidence } from './messages/evidence';
import { evidenceLinks } from './messages/evidence-links';
import { exportMessages } from './messages/exports';
import { home } from './messages/home';
import { members } from './messages/members';
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
import { sections } from './messages/sections';
import { selfcheck } from './messages/selfcheck';
import { shell } from './messages/shell';
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
		auth: auth[lang],
		shell: shell[lang],
		home: home[lang],
		org: org[lang],
		members: members[lang],
		reports: reports[lang],
		audit: audit[lang],
		sections: sections[lang],
		selfcheck: selfcheck[lang],
		plans: plans[lang],
		plansEdit: plansEdit[lang],
		plansContacts: plansContacts[lang],
		plansExercises: plansExercises[lang],
		plansIncidents: plansIncidents[lang],
		evidence: evidence[lang],
		evidenceLinks: evidenceLinks[lang],
		exports: exportMessages[lang]
	};
}

export type Messages = ReturnType<typeof catalogue>;

const CATALOGUES: Record<Lang, Messages> = { ja: catalogue('ja'), en: catalogue('en') };

export function messagesFor(lang: Lang): Messages {
	return CATALOGUES[lang];
}
