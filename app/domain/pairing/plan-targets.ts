/** The plan's 2015 rate targets as a pairing run compares with them (values from the plan catalogue, app/domain/plan/targets.ts). */
import type { MaterialCode } from "../materials";
import { BULK_SOLID_WASTES, planTarget, routeTargetFor, type PlanTarget } from "../plan/targets";

export { routeTargetFor };

export interface UtilisationTarget {
  /** Target utilisation rate (0..1). */
  rate: number;
  /** Which plan figure this is. */
  basis: "bulk-industrial-solid-waste" | "construction-waste" | "straw";
  /** True when the plan says "more than" (straw >80%). */
  atLeast: boolean;
  /**
   * True when the rate applies to several materials together (bulk industrial solid waste): it is not a target
   * for the single material, so a material row shows it only as "counts towards the bulk total".
   */
  aggregate: boolean;
  materials: readonly MaterialCode[];
}

const rate = (t: PlanTarget) => t.target2015! / 100;

/** The bulk industrial solid waste target (72 %, for the bulk wastes together). */
export const BULK_TARGET: UtilisationTarget = {
  rate: rate(planTarget("bulk-solid-waste-utilisation")),
  basis: "bulk-industrial-solid-waste",
  atLeast: false,
  aggregate: true,
  materials: BULK_SOLID_WASTES,
};

/** 2015 utilisation target a material counts towards, or null when the plan sets none (aggregate for bulk wastes). */
export function utilisationTarget(material: MaterialCode): UtilisationTarget | null {
  if (BULK_SOLID_WASTES.includes(material)) return BULK_TARGET;
  if (material === "construction-waste") {
    const t = planTarget("construction-waste-utilisation");
    return {
      rate: rate(t),
      basis: "construction-waste",
      atLeast: t.comparator === ">",
      aggregate: false,
      materials: [material],
    };
  }
  if (material === "straw") {
    const t = planTarget("straw-utilisation");
    return { rate: rate(t), basis: "straw", atLeast: t.comparator === ">", aggregate: false, materials: [material] };
  }
  return null;
}

/** Bulk industrial solid waste together: produced, matched and utilisation over the bulk materials present, or null if none. */
export function bulkAggregate(
  materials: readonly { material: MaterialCode; producedTonnes: number; matchedTonnes: number }[],
): { producedTonnes: number; matchedTonnes: number; utilisation: number } | null {
  const bulk = materials.filter((m) => BULK_SOLID_WASTES.includes(m.material));
  if (bulk.length === 0) return null;
  const producedTonnes = bulk.reduce((s, m) => s + m.producedTonnes, 0);
  const matchedTonnes = bulk.reduce((s, m) => s + m.matchedTonnes, 0);
  return { producedTonnes, matchedTonnes, utilisation: producedTonnes > 0 ? matchedTonnes / producedTonnes : 0 };
}

/** Industrial solid waste overall, 2010 actual and 2015 target (0..1), shown beside a run's totals. */
export const PLAN_INDUSTRIAL_SOLID_WASTE = {
  actual2010: planTarget("industrial-solid-waste-utilisation").baseline2010! / 100,
  target2015: planTarget("industrial-solid-waste-utilisation").target2015! / 100,
} as const;
