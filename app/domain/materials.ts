/**
 * The material catalogue (docs/domain.md §2). Radii and costs are editable defaults:
 * `haulStatus` says whether the haul limit has a source, and the seed copies these into the Material table.
 */

export const MATERIAL_CODES = [
  "coal-gangue",
  "fly-ash",
  "fgd-gypsum",
  "red-mud",
  "magnesium-slag",
  "carbide-slag",
  "steel-slag",
  "construction-waste",
  "straw",
  "coke-oven-gas",
  "waste-heat",
  "mine-water",
] as const;

export type MaterialCode = (typeof MATERIAL_CODES)[number];

export interface MaterialSpec {
  code: MaterialCode;
  nameZh: string;
  nameEn: string;
  /** Unit of quantities; "t" for solids. Gas in Nm3, heat in GJ, water in m3. */
  unit: "t" | "Nm3" | "GJ" | "m3";
  maxHaulKm: number;
  haulStatus: "unverified" | "src";
  haulSource: string | null;
  /** Transport cost per unit·km (yuan). Trucking default for bulk solids; pipelines are cheaper per unit. */
  costYuanPerTonneKm: number;
  costStatus: "unverified" | "src";
  /** Hex colour used on the map and in charts. */
  colour: string;
  /** Main consuming routes named in the plan. */
  routes: readonly string[];
}

// Trucking bulk solids in China is commonly quoted at 0.3–0.6 yuan per t·km; 0.45 is an unverified default.
const TRUCK_YUAN_PER_T_KM = 0.45;

export const MATERIALS: readonly MaterialSpec[] = [
  {
    code: "coal-gangue",
    nameZh: "煤矸石",
    nameEn: "Coal gangue",
    unit: "t",
    maxHaulKm: 50,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: TRUCK_YUAN_PER_T_KM,
    costStatus: "unverified",
    colour: "#5b4636",
    routes: ["power", "wall-materials", "cement", "ceramsite", "backfill", "alumina-extraction", "land-reclamation"],
  },
  {
    code: "fly-ash",
    nameZh: "粉煤灰",
    nameEn: "Fly ash",
    unit: "t",
    maxHaulKm: 150,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: TRUCK_YUAN_PER_T_KM,
    costStatus: "unverified",
    colour: "#7f8c8d",
    routes: ["concrete", "cement", "wall-materials", "ceramsite", "alumina-extraction", "backfill"],
  },
  {
    code: "fgd-gypsum",
    nameZh: "脱硫石膏",
    nameEn: "FGD gypsum",
    unit: "t",
    maxHaulKm: 200,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: TRUCK_YUAN_PER_T_KM,
    costStatus: "unverified",
    colour: "#d4ac0d",
    routes: ["cement", "gypsum-board", "gypsum-powder", "mortar", "wall-materials"],
  },
  {
    code: "red-mud",
    nameZh: "赤泥",
    nameEn: "Red mud",
    unit: "t",
    maxHaulKm: 50,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: TRUCK_YUAN_PER_T_KM,
    costStatus: "unverified",
    colour: "#c0392b",
    routes: ["cement", "wall-materials", "refractories", "iron-recovery", "backfill", "desulfurisation"],
  },
  {
    code: "magnesium-slag",
    nameZh: "镁渣",
    nameEn: "Magnesium slag",
    unit: "t",
    maxHaulKm: 100,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: TRUCK_YUAN_PER_T_KM,
    costStatus: "unverified",
    colour: "#8e44ad",
    routes: ["cement", "wall-materials", "road-base", "fertiliser", "glass-ceramics"],
  },
  {
    code: "carbide-slag",
    nameZh: "电石渣",
    nameEn: "Carbide slag",
    unit: "t",
    maxHaulKm: 100,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: TRUCK_YUAN_PER_T_KM,
    costStatus: "unverified",
    colour: "#16a085",
    routes: ["cement", "desulfurisation", "light-caco3", "quicklime"],
  },
  {
    code: "steel-slag",
    nameZh: "钢渣/矿渣",
    nameEn: "Steel & blast-furnace slag",
    unit: "t",
    maxHaulKm: 150,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: TRUCK_YUAN_PER_T_KM,
    costStatus: "unverified",
    colour: "#34495e",
    routes: ["slag-powder", "cement", "road-base", "wall-materials"],
  },
  {
    code: "construction-waste",
    nameZh: "建筑废物",
    nameEn: "Construction & demolition waste",
    unit: "t",
    maxHaulKm: 30,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: TRUCK_YUAN_PER_T_KM,
    costStatus: "unverified",
    colour: "#e67e22",
    routes: ["recycled-aggregate", "road-base", "wall-materials"],
  },
  {
    code: "straw",
    nameZh: "秸秆",
    nameEn: "Crop straw",
    unit: "t",
    maxHaulKm: 50,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: TRUCK_YUAN_PER_T_KM,
    costStatus: "unverified",
    colour: "#27ae60",
    routes: ["power", "boards", "biogas", "fodder", "pellet-fuel"],
  },
  {
    code: "coke-oven-gas",
    nameZh: "焦炉煤气",
    nameEn: "Coke-oven gas",
    unit: "Nm3",
    maxHaulKm: 20,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: 0.0005,
    costStatus: "unverified",
    colour: "#2980b9",
    routes: ["lng", "methanol", "ammonia", "power"],
  },
  {
    code: "waste-heat",
    nameZh: "余热余压",
    nameEn: "Waste heat/pressure",
    unit: "GJ",
    maxHaulKm: 10,
    haulStatus: "src",
    haulSource: "Manz 2021 via Symbiosis Workbench",
    costYuanPerTonneKm: 0.5,
    costStatus: "unverified",
    colour: "#e74c3c",
    routes: ["district-heat", "power"],
  },
  {
    code: "mine-water",
    nameZh: "矿井水",
    nameEn: "Mine water",
    unit: "m3",
    maxHaulKm: 20,
    haulStatus: "unverified",
    haulSource: null,
    costYuanPerTonneKm: 0.02,
    costStatus: "unverified",
    colour: "#3498db",
    routes: ["cooling", "process-water"],
  },
];

const BY_CODE = new Map<string, MaterialSpec>(MATERIALS.map((m) => [m.code, m]));

/** True when `code` is a catalogue material code. */
export function isMaterialCode(code: string): code is MaterialCode {
  return BY_CODE.has(code);
}

/** The catalogue entry for a code, or undefined for an unknown code. */
export function materialSpec(code: string): MaterialSpec | undefined {
  return BY_CODE.get(code);
}
