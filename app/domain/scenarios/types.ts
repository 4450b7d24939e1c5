/** Data shapes of year-by-year scenarios (issue 13): production, capacity, utilisation, stockpiles, land. */
import type { MaterialCode } from "../materials";

/** How a material's production changes from the base year: a yearly growth rate, or a path of factors. */
export interface ProductionPath {
  /** Yearly growth (−0.5..0.5), compounding from the base year; used when `path` is empty. */
  growthRatePerYear: number;
  /** Factors on the base year's production at given years (e.g. a coal phase-down); linear in between, flat outside. */
  path: Array<{ year: number; factor: number }>;
}

/** New utilisation capacity from a start year: a key project, a plant placed by siting, or a manual entry. */
export interface CapacityAddition {
  id: string;
  label: string;
  material: MaterialCode;
  route: string;
  tonnesPerYear: number;
  startYear: number;
  /** Where it stands (needed when utilisation is solved with haul limits). */
  lng: number | null;
  lat: number | null;
  countyAdcode: string | null;
  source: "key-project" | "siting" | "manual";
}

/** Which stockpiles are drawn down first when capacity is left over after the year's flow. */
export type DrawDownOrder = "plan-priority" | "largest-first" | "proportional";

/** Every effective value a scenario used. */
export interface ScenarioParams {
  fromYear: number;
  toYear: number;
  /** The registry stands for the end of this year (fromYear − 1). */
  baseYear: number;
  materials: MaterialCode[];
  /** "pairing": the transportation LP per year with haul limits; "aggregate": min(flow, capacity), no geography. */
  utilisation: "pairing" | "aggregate";
  production: Partial<Record<MaterialCode, ProductionPath>>;
  capacityAdditions: CapacityAddition[];
  /** Whether the key-project register's capacities were added (they appear in capacityAdditions, source "key-project"). */
  includeKeyProjects: boolean;
  drawDown: {
    order: DrawDownOrder;
    /** Largest share of a stockpile (as it stood at the start of the year) that can be used in one year. */
    maxShareOfStockpilePerYear: number;
    /** City adcodes drawn first under "plan-priority" (the plan names Shuozhou and Hejin in Yuncheng). */
    priorityCities: string[];
  };
  land: { tonnesPerMu: number; coefficientKey: string; source: string; status: string };
  includeSynthetic: boolean;
  /** Whether sites not operating take part (never by default; the shared site-inclusion rule). */
  includeNonOperating: boolean;
  maxHaulKm: Partial<Record<MaterialCode, number>>;
  costYuanPerTonneKm: Partial<Record<MaterialCode, number>>;
  circuity: number;
  nearestN: number;
}

export interface MaterialYear {
  producedTonnes: number;
  capacityTonnes: number;
  /** Flow used + stockpile drawn down. */
  utilisedTonnes: number;
  /** Of the year's production, how much was used. */
  flowUsedTonnes: number;
  drawDownTonnes: number;
  stockpileTonnes: number;
  /** utilised / produced (can exceed 1 while stockpiles are drawn down). */
  utilisation: number;
}

export interface ScenarioYear {
  year: number;
  materials: Partial<Record<MaterialCode, MaterialYear>>;
  /** Cumulative land released by stockpiles shrinking below their base-year size (亩). */
  landReleasedMu: number;
  /** Stockpile (t, materials in tonnes) per city adcode at the end of the year. */
  stockpileByCity: Record<string, number>;
}

export interface ScenarioResult {
  years: ScenarioYear[];
  /** Base-year stockpile (t) per city and the first year it is cleared (≤ 1 t), null when not within the horizon. */
  cities: Array<{
    adcode: string;
    baseStockpileTonnes: number;
    /** Tonnes drawn down from the city's stockpiles over the horizon (absent in runs stored before it existed). */
    drawnDownTonnes?: number;
    /** Stockpile at the end of the last year (t). */
    finalStockpileTonnes?: number;
    clearedYear: number | null;
    yearsToClear: number | null;
  }>;
  baseStockpileTonnes: number;
  synthetic: boolean;
}
