import { isPlanKind } from '$lib/domain/plans/kinds';
import type { ParamMatcher } from '@sveltejs/kit';

/** /plans/bcp and /plans/contingency share their routes. */
export const match: ParamMatcher = (param) => isPlanKind(param);
