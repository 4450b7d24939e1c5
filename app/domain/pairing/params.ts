/** Default pairing parameters (editable; the values a run used are stored on it). */
import { MATERIALS, materialSpec, type MaterialCode } from "../materials";
import { DEFAULT_CIRCUITY } from "../distance";
import { DEFAULT_TRUCK_CO2 } from "../trucking-co2";
import type { PairingParams } from "./types";
import { landfillTaxYuanPerTonne } from "../landfill-tax";
import { withInclusionDefaults, type SiteInclusion } from "../site-inclusion";

// Environmental Protection Tax Law of the PRC, tax table: "冶炼渣、粉煤灰、炉渣、其他固体废物" 25 yuan/t: the general
// rate, reported as `landfillYuanPerTonne`; each material's own rate (gangue 5 yuan/t) is in `landfillYuanPerTonneByMaterial`.
export const DEFAULT_LANDFILL_YUAN_PER_TONNE = 25;
/** Far above any haul cost (max ≈ 200 km × 1.3 × 0.45 ≈ 117 yuan/t), so a placed tonne always wins. */
export const DEFAULT_UTILISATION_PENALTY_YUAN_PER_TONNE = 10_000;
/** Enterprise and park cycle bonuses (yuan/t) ≈ 5 and 2.5 road km of trucking: a tie-breaker, not a subsidy. */
export const DEFAULT_CYCLE_BONUS = { enterprise: 2, park: 1 } as const;
/** Heavy-truck freight CO2 [unverified], the same default search uses; pipelines and heat/water lines count 0. */
export const TRUCK_CO2_KG_PER_TONNE_KM = DEFAULT_TRUCK_CO2.value;
/** Default candidate limit (nearest N consumers per producer). */
export const DEFAULT_NEAREST_N = 100;

/** Default CO2 factor for a material: trucking for solids, 0 for pipeline materials. */
export function defaultCo2KgPerTonneKm(code: MaterialCode): number {
  return materialSpec(code)?.unit === "t" ? TRUCK_CO2_KG_PER_TONNE_KM : 0;
}

/** Partial overrides accepted by the API (validated by request-schema.ts). */
export interface PairingParamOverrides extends Partial<SiteInclusion> {
  maxHaulKm?: Partial<Record<MaterialCode, number>>;
  costYuanPerTonneKm?: Partial<Record<MaterialCode, number>>;
  co2KgPerTonneKm?: Partial<Record<MaterialCode, number>>;
  circuity?: number;
  /** One landfill cost for every solid material (overrides the per-material tax rates). */
  landfillYuanPerTonne?: number;
  landfillYuanPerTonneByMaterial?: Partial<Record<MaterialCode, number>>;
  utilisationPenaltyYuanPerTonne?: number;
  cycleBonusYuanPerTonne?: Partial<{ enterprise: number; park: number }>;
  nearestN?: number;
}

/** Every effective parameter for the given materials: catalogue defaults overlaid with overrides. */
export function effectiveParams(
  materials: readonly MaterialCode[],
  overrides: PairingParamOverrides = {},
): PairingParams {
  const codes = materials.length > 0 ? [...materials] : MATERIALS.map((m) => m.code);
  const maxHaulKm: Partial<Record<MaterialCode, number>> = {};
  const costYuanPerTonneKm: Partial<Record<MaterialCode, number>> = {};
  const co2KgPerTonneKm: Partial<Record<MaterialCode, number>> = {};
  const landfillYuanPerTonneByMaterial: Partial<Record<MaterialCode, number>> = {};
  for (const code of codes) {
    const spec = materialSpec(code)!;
    maxHaulKm[code] = overrides.maxHaulKm?.[code] ?? spec.maxHaulKm;
    costYuanPerTonneKm[code] = overrides.costYuanPerTonneKm?.[code] ?? spec.costYuanPerTonneKm;
    co2KgPerTonneKm[code] = overrides.co2KgPerTonneKm?.[code] ?? defaultCo2KgPerTonneKm(code);
    // Landfill is a cost of solid waste; gas, heat and water left unused have no landfill price (penalty only).
    landfillYuanPerTonneByMaterial[code] =
      spec.unit !== "t"
        ? 0
        : (overrides.landfillYuanPerTonneByMaterial?.[code] ??
          overrides.landfillYuanPerTonne ??
          landfillTaxYuanPerTonne(code));
  }
  return {
    materials: codes,
    maxHaulKm,
    costYuanPerTonneKm,
    co2KgPerTonneKm,
    circuity: overrides.circuity ?? DEFAULT_CIRCUITY,
    landfillYuanPerTonne: overrides.landfillYuanPerTonne ?? DEFAULT_LANDFILL_YUAN_PER_TONNE,
    landfillYuanPerTonneByMaterial,
    utilisationPenaltyYuanPerTonne:
      overrides.utilisationPenaltyYuanPerTonne ?? DEFAULT_UTILISATION_PENALTY_YUAN_PER_TONNE,
    cycleBonusYuanPerTonne: {
      enterprise: overrides.cycleBonusYuanPerTonne?.enterprise ?? DEFAULT_CYCLE_BONUS.enterprise,
      park: overrides.cycleBonusYuanPerTonne?.park ?? DEFAULT_CYCLE_BONUS.park,
    },
    nearestN: overrides.nearestN ?? DEFAULT_NEAREST_N,
    // A pairing run is an analysis: real, operating sites only unless asked (site-inclusion.ts).
    ...withInclusionDefaults(overrides),
  };
}
