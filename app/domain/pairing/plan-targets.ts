/** The plan's 2015 targets (domain.md §5) that a pairing run is compared with. */
import type { MaterialCode } from "../materials";

const BULK: readonly MaterialCode[] = ["coal-gangue", "fly-ash", "fgd-gypsum", "red-mud", "magnesium-slag", "carbide-slag", "steel-slag"];

export interface UtilisationTarget {
  /** Target utilisation rate (0..1). */
  rate: number;
  /** Which plan figure this is. */
  basis: "bulk-industrial-solid-waste" | "construction-waste" | "straw";
  /** True when the plan says "more than" (straw >80%). */
  atLeast: boolean;
}

/** 2015 utilisation target for a material, or null when the plan sets none. */
export function utilisationTarget(material: MaterialCode): UtilisationTarget | null {
  if (BULK.includes(material)) return { rate: 0.72, basis: "bulk-industrial-solid-waste", atLeast: false };
  if (material === "construction-waste") return { rate: 0.3, basis: "construction-waste", atLeast: false };
  if (material === "straw") return { rate: 0.8, basis: "straw", atLeast: true };
  return null;
}

/** The plan's provincial route capacities (Mt/yr) for fly ash, gangue and FGD gypsum, keyed by intake route. */
export const PLAN_ROUTE_TARGETS_MT: Partial<Record<MaterialCode, Record<string, number>>> = {
  "fly-ash": { concrete: 10, cement: 7, "wall-materials": 10, ceramsite: 10, "alumina-extraction": 5, backfill: 20.2 },
  "coal-gangue": { power: 78.5, "wall-materials": 20.44, "alumina-extraction": 1.9, ceramsite: 0.9, backfill: 0.66, cement: 0.1 },
  // "mortar/wall/other 3.69" is one plan figure; it is shown against the sum of those routes.
  "fgd-gypsum": { cement: 2, "gypsum-board": 1, "mortar-wall-other": 3.69 },
};

/** Industrial solid waste overall, 2010 actual and 2015 target (for the totals line). */
export const PLAN_INDUSTRIAL_SOLID_WASTE = { actual2010: 0.655, target2015: 0.68 } as const;

/** Route key a plan figure is reported under (FGD gypsum groups mortar, wall materials and powder). */
export function planRouteKey(material: MaterialCode, route: string): string {
  if (material === "fgd-gypsum" && ["mortar", "wall-materials", "gypsum-powder"].includes(route)) return "mortar-wall-other";
  return route;
}
