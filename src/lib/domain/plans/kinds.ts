/** The two plan types (the route matcher src/params/plankind.ts needs only these, not the templates). */
export const PLAN_KINDS = ['bcp', 'contingency'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export function isPlanKind(value: string): value is PlanKind {
	return (PLAN_KINDS as readonly string[]).includes(value);
}
