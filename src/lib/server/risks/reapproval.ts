/**
 * What has changed for the worse since a risk's valid acceptance (a level up
 * on the same criteria version, a control answer worse in the latest
 * self-check), for the register, the risk page and the acceptance page alike.
 */
import { materialChanges, parseSnapshot, type MaterialChange } from '$lib/domain/risks/acceptance';
import type { EvaluatedRisk } from '$lib/domain/risks/register';
import type { ControlStatus } from './controls';
import type { AcceptanceRecord, RiskRecord } from './records';

export function changesSinceAcceptance(
	acceptance: Pick<AcceptanceRecord, 'snapshot'> | undefined,
	risk: Pick<RiskRecord, 'criteria' | 'control_items'>,
	evaluated: Pick<EvaluatedRisk, 'levels'>,
	control: (key: string) => ControlStatus
): MaterialChange[] {
	const snapshot = acceptance ? parseSnapshot(acceptance.snapshot) : null;
	if (!snapshot) return [];
	return materialChanges(snapshot, {
		criteria: risk.criteria,
		current: evaluated.levels.current,
		target: evaluated.levels.target,
		controls: new Map((risk.control_items ?? []).map((key) => [key, control(key)]))
	});
}

/** Whether any of these approvals froze controls (only then is the latest self-check worth reading). */
export function snapshotsHaveControls(acceptances: readonly Pick<AcceptanceRecord, 'snapshot'>[]): boolean {
	return acceptances.some((a) => (parseSnapshot(a.snapshot)?.controls.length ?? 0) > 0);
}
