/**
 * Numbers a planner must not take at face value (issue 14 §5): shares above 100 % and flows beyond the plan's
 * figure for a route. One owner for the rule, used by the run page, its chart and the proposal page.
 */
import type { MaterialCode } from "./materials";
import { routeTargetFor } from "./plan/targets";

/** Float noise allowance: 100.0000001 % is 100 %. */
const EPSILON = 1e-9;

/** True when a share (0–1 scale) is above 100 %. */
export function isOverShare(share: number | null | undefined): boolean {
  return share !== null && share !== undefined && Number.isFinite(share) && share > 1 + EPSILON;
}

/** A route's flow against the plan's 2015 provincial figure for that route. */
export interface RouteFlowCheck {
  /** Plan target id (e.g. "gangue-cement"). */
  targetId: string;
  material: MaterialCode;
  labelZh: string;
  labelEn: string;
  /** The intake routes whose tonnes were summed (fly ash concrete + mortar count towards one plan route). */
  intakeRoutes: string[];
  tonnesPerYear: number;
  planTonnesPerYear: number;
  /** tonnes / plan figure. */
  ratio: number;
  /** True when the flow is beyond the plan's figure for the route. */
  over: boolean;
}

/** Tonnes per intake route of each material (a run's `byRoute`), grouped by the plan route they count towards. */
export function routeFlowsAgainstPlan(
  materials: readonly { material: MaterialCode; byRoute: Readonly<Record<string, number>> }[],
): RouteFlowCheck[] {
  const byTarget = new Map<string, RouteFlowCheck>();
  for (const m of materials) {
    for (const [route, tonnes] of Object.entries(m.byRoute)) {
      const target = routeTargetFor(m.material, route);
      if (!target || !target.target2015 || tonnes <= 0) continue;
      let check = byTarget.get(target.id);
      if (!check) {
        check = {
          targetId: target.id,
          material: m.material,
          labelZh: target.indicatorZh,
          labelEn: target.indicatorEn,
          intakeRoutes: [],
          tonnesPerYear: 0,
          planTonnesPerYear: target.target2015,
          ratio: 0,
          over: false,
        };
        byTarget.set(target.id, check);
      }
      check.intakeRoutes.push(route);
      check.tonnesPerYear += tonnes;
    }
  }
  return [...byTarget.values()].map((c) => {
    const ratio = c.tonnesPerYear / c.planTonnesPerYear;
    return { ...c, ratio, over: isOverShare(ratio) };
  });
}
