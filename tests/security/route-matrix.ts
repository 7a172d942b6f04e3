// The expected answers of the route matrix (route-matrix.test.ts), one row per
// custom route and one cell per actor. A cell is an exact status, 'login' (303
// to the login page) or 'reached' (the request got past authorization: the
// route answered with its own result — a page, a redirect, 200, or 400 for the
// empty form the matrix sends).
//
// The matrix sends an empty form (and PocketBase routes `{"organisation": A}`):
// it checks who gets past authorization, not what a valid form does. Which
// role may write which record with a valid body is the collection matrix's
// (tests/integration/authorization.test.ts, every collection × actor ×
// operation); a 'reached' role cell here means the route itself answered
// (mostly 400: the empty form is invalid).
//
// What the product means (src/lib/server/org-guard.ts, PocketBase's rules):
// - not signed in: pages, actions and downloads of an organisation go to the
//   login page; PocketBase routes answer 401;
// - a member of another organisation: 404 for everything of an organisation it
//   is not in (the same as for one that does not exist);
// - a member whose role does not allow it: 403;
// - an outside auditor: only its grant's pages (/audits/<grant>/…), 404 for
//   anyone else's grant.

export type Cell = 'login' | 'reached' | 401 | 403 | 404 | 405 | 429 | 500;

export const WEB_ACTORS = ['anonymous', 'otherOrg', 'admin', 'security', 'executive', 'auditor', 'grantee'] as const;
export type WebActor = (typeof WEB_ACTORS)[number];
export const PB_ACTORS = ['anonymous', 'otherOrg', 'admin', 'security', 'executive', 'auditor', 'grantee', 'superuser'] as const;
export type PbActor = (typeof PB_ACTORS)[number];

export type Ids = Record<string, string>;

/** Where a route id's parameters point: the fixtures of the test's organisation A. */
export function pathFor(route: string, ids: Ids): string {
	const [, id] = route.split(' ');
	const [pattern, action] = id.split('?/');
	const segments = pattern.split('/').map((segment, i, all) => {
		const param = /^\[(\w+)(?:=\w+)?\]$/.exec(segment)?.[1] ?? /^\{(\w+)\}$/.exec(segment)?.[1];
		if (!param) return segment;
		if (param === 'id') {
			const parent = all[i - 1];
			const byParent: Record<string, string> = {
				evidence: ids.evidence,
				findings: ids.finding,
				acceptances: ids.acceptance,
				exercises: ids.exercise,
				incidents: ids.incident,
				pinned: ids.pinned,
				library: 'cross-sector',
				reports: ids.report,
				organisations: ids.org,
				assessments: ids.assessment,
				'audit-grants': ids.grant,
				signoffs: ids.signoff,
				'risk-acceptances': ids.acceptance,
				'legacy-adoption': ids.assessment
			};
			return byParent[parent] ?? 'unknownunknown1';
		}
		const named: Record<string, string> = { kind: segment.includes('plankind') ? 'bcp' : 'acceptances', section: 'scope' };
		return named[param] ?? ids[param] ?? `no-${param}`;
	});
	return segments.join('/') + (action && action !== 'default' ? `?/${action}` : '');
}

/** An organisation's route any member reaches (what their role then allows is the route's and PocketBase's answer). */
const MEMBERS: Record<WebActor, Cell> = {
	anonymous: 'login',
	otherOrg: 404,
	admin: 'reached',
	security: 'reached',
	executive: 'reached',
	auditor: 'reached',
	grantee: 404
};

/** Only the outside auditor the grant names gets past authorization. */
const GRANTEE_ONLY: Record<WebActor, Cell> = {
	...MEMBERS,
	otherOrg: 404,
	admin: 404,
	security: 404,
	executive: 404,
	auditor: 404,
	grantee: 'reached'
};
/** Anyone, signed in or not (log in, language, invitation links, verification, health). */
const PUBLIC: Record<WebActor, Cell> = {
	anonymous: 'reached',
	otherOrg: 'reached',
	admin: 'reached',
	security: 'reached',
	executive: 'reached',
	auditor: 'reached',
	grantee: 'reached'
};

export const WEB_ROUTES: Record<string, Record<WebActor, Cell>> = {
	'GET /health': PUBLIC,
	'GET /orgs/[org]/evidence/[id]/revisions/[revision]': MEMBERS,
	'GET /orgs/[org]/evidence/findings/export': MEMBERS,
	'GET /orgs/[org]/evidence/package/[assessment]': MEMBERS,
	'GET /orgs/[org]/exports/audit': { ...MEMBERS, security: 403 },
	'GET /orgs/[org]/exports/bundle': { ...MEMBERS, security: 403, executive: 403, auditor: 403 },
	'GET /orgs/[org]/exports/oscal/assessment-results': MEMBERS,
	'GET /orgs/[org]/exports/oscal/catalog/library/[id]': MEMBERS,
	'GET /orgs/[org]/exports/oscal/catalog/pinned/[id]': MEMBERS,
	'GET /orgs/[org]/exports/oscal/poam': MEMBERS,
	'GET /orgs/[org]/exports/records/[kind]': MEMBERS,
	'GET /orgs/[org]/exports/selfcheck/[assessment]': MEMBERS,
	'GET /orgs/[org]/exports/statistics/[assessment]': { ...MEMBERS, auditor: 403 },
	'GET /orgs/[org]/plans/incidents/[id]/reports/[number]/text': MEMBERS,
	'GET /orgs/[org]/reports/[id]/pdf': MEMBERS,
	'GET /orgs/[org]/risks/export': MEMBERS,
	// the evidence picker's choices: for those who link evidence (the security team)
	'GET /orgs/[org]/selfcheck/[assessment]/evidence-choices': { ...MEMBERS, admin: 403, executive: 403, auditor: 403 },
	'GET /audits/[grant]/files/[revision]': {
		anonymous: 'login',
		otherOrg: 404,
		admin: 404,
		security: 404,
		executive: 404,
		auditor: 404,
		// the fixture's file is not in the grant's scope (a self-check of its fiscal year): refused to the grantee too
		grantee: 404
	},
	'POST /audits/[grant]/audit?/move': GRANTEE_ONLY,
	'POST /audits/[grant]/audit?/request': GRANTEE_ONLY,
	'POST /audits/[grant]/evidence/[id]?/review': GRANTEE_ONLY,
	'POST /audits/[grant]/findings/[id]?/move': GRANTEE_ONLY,
	'POST /audits/[grant]/findings/new?/raise': GRANTEE_ONLY,
	'POST /invite/[token]?/accept': {
		anonymous: 'login',
		otherOrg: 'reached',
		admin: 'reached',
		security: 'reached',
		executive: 'reached',
		auditor: 'reached',
		grantee: 'reached'
	},
	'POST /invite/[token]?/create': PUBLIC,
	'POST /language?/default': PUBLIC,
	'POST /login?/default': PUBLIC,
	'POST /logout?/default': {
		anonymous: 'login',
		otherOrg: 'login',
		admin: 'login',
		security: 'login',
		executive: 'login',
		auditor: 'login',
		grantee: 'login'
	},
	'POST /orgs/[org]/evidence/[id]?/delete': { ...MEMBERS, admin: 403, executive: 403, auditor: 403 },
	'POST /orgs/[org]/evidence/[id]?/edit': MEMBERS,
	'POST /orgs/[org]/evidence/[id]?/review': MEMBERS,
	'POST /orgs/[org]/evidence/[id]?/upload': MEMBERS,
	'POST /orgs/[org]/evidence/access?/change': MEMBERS,
	'POST /orgs/[org]/evidence/access?/grant': MEMBERS,
	'POST /orgs/[org]/evidence/audit?/move': MEMBERS,
	'POST /orgs/[org]/evidence/audit?/request': MEMBERS,
	'POST /orgs/[org]/evidence/findings/[id]?/move': MEMBERS,
	'POST /orgs/[org]/evidence/findings/new?/raise': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/evidence/links': MEMBERS,
	'POST /orgs/[org]/evidence/new?/link': MEMBERS,
	'POST /orgs/[org]/evidence/new?/upload': MEMBERS,
	'POST /orgs/[org]/exports/statistics/distribution': MEMBERS,
	'POST /orgs/[org]/exports/statistics?/default': MEMBERS,
	'POST /orgs/[org]/members?/invite': MEMBERS,
	'POST /orgs/[org]/members?/leave': MEMBERS,
	'POST /orgs/[org]/members?/removeRole': MEMBERS,
	'POST /orgs/[org]/members?/revoke': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/plans/[kind=plankind]/edit/[section]?/default': MEMBERS,
	'POST /orgs/[org]/plans/[kind=plankind]?/approve': MEMBERS,
	'POST /orgs/[org]/plans/[kind=plankind]?/returnToDraft': MEMBERS,
	'POST /orgs/[org]/plans/[kind=plankind]?/review': MEMBERS,
	'POST /orgs/[org]/plans/[kind=plankind]?/start': MEMBERS,
	'POST /orgs/[org]/plans/[kind=plankind]?/submit': MEMBERS,
	'POST /orgs/[org]/plans/actions?/action': MEMBERS,
	'POST /orgs/[org]/plans/actions?/deleteAction': MEMBERS,
	'POST /orgs/[org]/plans/contacts?/delete': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/plans/contacts?/save': MEMBERS,
	'POST /orgs/[org]/plans/exercises/[id]?/action': MEMBERS,
	'POST /orgs/[org]/plans/exercises/[id]?/delete': { ...MEMBERS, admin: 403, executive: 403, auditor: 403 },
	'POST /orgs/[org]/plans/exercises/[id]?/deleteAction': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/plans/exercises/[id]?/deleteEntry': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/plans/exercises/[id]?/entry': MEMBERS,
	'POST /orgs/[org]/plans/exercises/[id]?/update': MEMBERS,
	'POST /orgs/[org]/plans/exercises?/create': MEMBERS,
	'POST /orgs/[org]/plans/incidents/[id]/reports/[number]?/delete': { ...MEMBERS, admin: 403, executive: 403, auditor: 403 },
	'POST /orgs/[org]/plans/incidents/[id]/reports/[number]?/save': MEMBERS,
	'POST /orgs/[org]/plans/incidents/[id]/reports/[number]?/sent': MEMBERS,
	'POST /orgs/[org]/plans/incidents/[id]/reports/new?/default': MEMBERS,
	'POST /orgs/[org]/plans/incidents/[id]?/action': MEMBERS,
	'POST /orgs/[org]/plans/incidents/[id]?/delete': { ...MEMBERS, admin: 403, executive: 403, auditor: 403 },
	'POST /orgs/[org]/plans/incidents/[id]?/deleteAction': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/plans/incidents/[id]?/deleteEntry': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/plans/incidents/[id]?/entry': MEMBERS,
	'POST /orgs/[org]/plans/incidents/[id]?/severity': MEMBERS,
	'POST /orgs/[org]/plans/incidents/[id]?/update': MEMBERS,
	'POST /orgs/[org]/plans/incidents?/create': MEMBERS,
	'POST /orgs/[org]/plans/sharing?/delete': MEMBERS,
	'POST /orgs/[org]/plans/sharing?/save': MEMBERS,
	'POST /orgs/[org]/profile?/deleteDependency': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/profile?/deleteService': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/profile?/deleteSystem': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/profile?/dependency': MEMBERS,
	'POST /orgs/[org]/profile?/profile': MEMBERS,
	'POST /orgs/[org]/profile?/service': MEMBERS,
	'POST /orgs/[org]/profile?/system': MEMBERS,
	'POST /orgs/[org]/reports/generate': MEMBERS,
	'POST /orgs/[org]/reports?/generate': MEMBERS,
	'POST /orgs/[org]/risks/[risk]?/analyse': MEMBERS,
	'POST /orgs/[org]/risks/[risk]?/close': MEMBERS,
	'POST /orgs/[org]/risks/[risk]?/delete': { ...MEMBERS, admin: 403, executive: 403, auditor: 403 },
	'POST /orgs/[org]/risks/[risk]?/deleteAction': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/risks/[risk]?/identify': MEMBERS,
	'POST /orgs/[org]/risks/[risk]?/reopen': { ...MEMBERS, admin: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/risks/[risk]?/request': MEMBERS,
	'POST /orgs/[org]/risks/[risk]?/review': MEMBERS,
	'POST /orgs/[org]/risks/[risk]?/saveAction': MEMBERS,
	'POST /orgs/[org]/risks/[risk]?/treat': { ...MEMBERS, admin: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/risks/[risk]?/withdraw': MEMBERS,
	'POST /orgs/[org]/risks/acceptances/[id]?/approve': MEMBERS,
	'POST /orgs/[org]/risks/acceptances/[id]?/reject': MEMBERS,
	'POST /orgs/[org]/risks/acceptances/[id]?/revoke': MEMBERS,
	'POST /orgs/[org]/risks/criteria/draft?/resetGrid': MEMBERS,
	'POST /orgs/[org]/risks/criteria/draft?/resize': MEMBERS,
	'POST /orgs/[org]/risks/criteria/draft?/save': MEMBERS,
	'POST /orgs/[org]/risks/criteria?/approve': MEMBERS,
	'POST /orgs/[org]/risks/criteria?/create': MEMBERS,
	'POST /orgs/[org]/risks/criteria?/delete': MEMBERS,
	'POST /orgs/[org]/risks/criteria?/return': MEMBERS,
	'POST /orgs/[org]/risks/criteria?/submit': MEMBERS,
	'POST /orgs/[org]/risks/import?/default': MEMBERS,
	'POST /orgs/[org]/risks/new?/default': MEMBERS,
	'POST /orgs/[org]/risks/suggestions?/confirm': MEMBERS,
	'POST /orgs/[org]/risks/suggestions?/dismiss': MEMBERS,
	'POST /orgs/[org]/risks/suggestions?/merge': MEMBERS,
	'POST /orgs/[org]/risks/suggestions?/restore': MEMBERS,
	'POST /orgs/[org]/selfcheck/[assessment]?/adoption': MEMBERS,
	'POST /orgs/[org]/selfcheck/[assessment]?/answer': MEMBERS,
	'POST /orgs/[org]/selfcheck/[assessment]?/comment': MEMBERS,
	'POST /orgs/[org]/selfcheck/[assessment]?/reopen': MEMBERS,
	'POST /orgs/[org]/selfcheck/[assessment]?/returnToDraft': MEMBERS,
	'POST /orgs/[org]/selfcheck/[assessment]?/sign': MEMBERS,
	'POST /orgs/[org]/selfcheck/[assessment]?/submit': { ...MEMBERS, admin: 404, auditor: 404 },
	'POST /orgs/[org]/selfcheck/checklists/pinned/[id]?/delete': { ...MEMBERS, admin: 404, security: 404, executive: 404, auditor: 404 },
	'POST /orgs/[org]/selfcheck/checklists?/import': MEMBERS,
	'POST /orgs/[org]/selfcheck?/start': MEMBERS,
	'POST /orgs/new?/default': {
		anonymous: 'login',
		otherOrg: 'reached',
		admin: 'reached',
		security: 'reached',
		executive: 'reached',
		auditor: 'reached',
		grantee: 'reached'
	},
	'POST /verify?/default': PUBLIC
};

export const PB_ROUTES: Record<string, Record<PbActor, Cell>> = {
	'GET /api/mamori/audit-grants/{id}/files/{revision}': {
		anonymous: 401,
		otherOrg: 404,
		admin: 404,
		security: 404,
		executive: 404,
		auditor: 404,
		grantee: 404,
		superuser: 403
	},
	'GET /api/mamori/audit-grants/{id}/scope': {
		anonymous: 401,
		otherOrg: 404,
		admin: 404,
		security: 404,
		executive: 404,
		auditor: 404,
		grantee: 'reached',
		superuser: 403
	},
	'GET /api/mamori/bundles/{org}': {
		anonymous: 401,
		otherOrg: 404,
		admin: 'reached',
		security: 403,
		executive: 403,
		auditor: 403,
		grantee: 404,
		superuser: 'reached'
	},
	'GET /api/mamori/bundles/{org}/files/{collection}/{record}/{field}/{name}': {
		anonymous: 401,
		otherOrg: 404,
		admin: 404,
		security: 403,
		executive: 403,
		auditor: 403,
		grantee: 404,
		superuser: 404
	},
	'GET /api/mamori/clock': {
		anonymous: 'reached',
		otherOrg: 'reached',
		admin: 'reached',
		security: 'reached',
		executive: 'reached',
		auditor: 'reached',
		grantee: 'reached',
		superuser: 'reached'
	},
	'GET /api/mamori/evidence/limits': {
		anonymous: 'reached',
		otherOrg: 'reached',
		admin: 'reached',
		security: 'reached',
		executive: 'reached',
		auditor: 'reached',
		grantee: 'reached',
		superuser: 'reached'
	},
	'GET /api/mamori/risk-acceptances/{id}/preview': {
		anonymous: 401,
		otherOrg: 404,
		admin: 'reached',
		security: 'reached',
		executive: 'reached',
		auditor: 'reached',
		grantee: 404,
		superuser: 403
	},
	'GET /api/mamori/signoffs/{id}/verify': {
		anonymous: 401,
		otherOrg: 404,
		admin: 'reached',
		security: 'reached',
		executive: 'reached',
		auditor: 'reached',
		grantee: 404,
		superuser: 403
	},
	'POST /api/mamori/assessments': {
		anonymous: 401,
		otherOrg: 403,
		admin: 403,
		security: 'reached',
		executive: 403,
		auditor: 403,
		grantee: 403,
		superuser: 403
	},
	'POST /api/mamori/assessments/{id}/reopen': {
		anonymous: 401,
		otherOrg: 404,
		admin: 403,
		security: 'reached',
		executive: 403,
		auditor: 403,
		grantee: 404,
		superuser: 403
	},
	'POST /api/mamori/bundles/restore': {
		anonymous: 401,
		otherOrg: 403,
		admin: 403,
		security: 403,
		executive: 403,
		auditor: 403,
		grantee: 403,
		superuser: 'reached'
	},
	'POST /api/mamori/evidence/upload': {
		anonymous: 401,
		otherOrg: 404,
		admin: 404,
		security: 404,
		executive: 404,
		auditor: 404,
		grantee: 404,
		superuser: 403
	},
	'POST /api/mamori/invitations/accept': {
		anonymous: 404,
		otherOrg: 404,
		admin: 404,
		security: 404,
		executive: 404,
		auditor: 404,
		grantee: 404,
		superuser: 404
	},
	'POST /api/mamori/invitations/lookup': {
		anonymous: 404,
		otherOrg: 404,
		admin: 404,
		security: 404,
		executive: 404,
		auditor: 404,
		grantee: 404,
		superuser: 404
	},
	'POST /api/mamori/organisations/{id}/audit-grants': {
		anonymous: 401,
		otherOrg: 404,
		admin: 'reached',
		security: 403,
		executive: 403,
		auditor: 403,
		grantee: 404,
		superuser: 403
	},
	'POST /api/mamori/organisations/{id}/invitations': {
		anonymous: 401,
		otherOrg: 404,
		admin: 'reached',
		security: 403,
		executive: 403,
		auditor: 403,
		grantee: 404,
		superuser: 403
	},
	'POST /api/mamori/organisations/{id}/leave': {
		anonymous: 401,
		otherOrg: 404,
		admin: 'reached',
		security: 'reached',
		executive: 'reached',
		auditor: 'reached',
		grantee: 404,
		superuser: 403
	},
	'POST /api/mamori/reports/verify': {
		anonymous: 'reached',
		otherOrg: 'reached',
		admin: 'reached',
		security: 'reached',
		executive: 'reached',
		auditor: 'reached',
		grantee: 'reached',
		superuser: 'reached'
	},
	'POST /api/mamori/risks/import': {
		anonymous: 401,
		otherOrg: 403,
		admin: 403,
		security: 'reached',
		executive: 403,
		auditor: 403,
		grantee: 403,
		superuser: 403
	},
	'POST /api/mamori/test/clock': {
		anonymous: 401,
		otherOrg: 403,
		admin: 403,
		security: 403,
		executive: 403,
		auditor: 403,
		grantee: 403,
		superuser: 'reached'
	},
	'POST /api/mamori/test/legacy-adoption/{id}': {
		anonymous: 401,
		otherOrg: 403,
		admin: 403,
		security: 403,
		executive: 403,
		auditor: 403,
		grantee: 403,
		superuser: 'reached'
	}
};
