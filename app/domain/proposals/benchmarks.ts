/** Benchmarks a proposal is measured against, each with its source (shown in the UI and every export). */
import type { MaterialCode } from "../materials";

export interface BenchmarkSource {
  key: string;
  citationZh: string;
  citationEn: string;
}

const PLAN_ZH = "山西省“十二五”资源节约与综合利用规划";
const PLAN_EN = "Shanxi 12th Five-Year Plan for resource conservation and comprehensive utilisation";

export const SOURCES = {
  chertow: {
    key: "chertow",
    citationZh: "Chertow M.R. (2007) Uncovering industrial symbiosis. J. Industrial Ecology 11(1):11–30（“3-2”启发式）",
    citationEn: "Chertow M.R. (2007) Uncovering industrial symbiosis. J. Industrial Ecology 11(1):11–30 (3-2 heuristic)",
  },
  nisp: {
    key: "nisp",
    citationZh: "Jensen P.D. 等 (2011) Quantifying 'geographic proximity': experiences from the UK NISP. Resour. Conserv. Recycl. 55:703–712（中位运距 20.4 英里 ≈ 32.8 km）",
    citationEn: "Jensen P.D. et al. (2011) Quantifying 'geographic proximity': experiences from the UK NISP. Resour. Conserv. Recycl. 55:703–712 (median 20.4 miles ≈ 32.8 km)",
  },
  planTargets: {
    key: "plan-targets",
    citationZh: `${PLAN_ZH} 二（三）总体目标（2015 年目标）`,
    citationEn: `${PLAN_EN}, §2(3) overall targets for 2015`,
  },
  planRoutes: {
    key: "plan-routes",
    citationZh: `${PLAN_ZH} 三（二）大宗固体废弃物发展方向和重点工程`,
    citationEn: `${PLAN_EN}, §3(2) bulk solid waste routes and key projects`,
  },
  gbt4754: {
    key: "gbt4754",
    citationZh: "GB/T 4754-2017 国民经济行业分类：42 废弃资源综合利用业",
    citationEn: "GB/T 4754-2017 Industrial classification: division 42, waste resource recycling",
  },
} as const satisfies Record<string, BenchmarkSource>;

/** NISP median haul of brokered exchanges, km (20.4 miles). */
export const NISP_MEDIAN_KM = 32.8;

/** Chertow's 3-2 thresholds. */
export const CHERTOW_MIN_ENTITIES = 3;
export const CHERTOW_MIN_RESOURCES = 2;

/** Bulk industrial solid wastes of the plan (the 72 % utilisation target applies to these). */
export const BULK_SOLID_WASTES: readonly MaterialCode[] = [
  "coal-gangue", "fly-ash", "fgd-gypsum", "red-mud", "magnesium-slag", "carbide-slag", "steel-slag",
];

export interface UtilisationTarget {
  key: "bulk-solid-waste" | "construction-waste" | "straw";
  materials: readonly MaterialCode[];
  /** Target utilisation rate, 0–1. */
  targetRate: number;
  labelZh: string;
  labelEn: string;
}

/** 2015 utilisation-rate targets of the plan (domain.md §5). */
export const UTILISATION_TARGETS: readonly UtilisationTarget[] = [
  { key: "bulk-solid-waste", materials: BULK_SOLID_WASTES, targetRate: 0.72, labelZh: "大宗工业固体废物利用率", labelEn: "Bulk industrial solid waste utilisation" },
  { key: "construction-waste", materials: ["construction-waste"], targetRate: 0.3, labelZh: "城市建筑废物利用率", labelEn: "Construction waste utilisation" },
  { key: "straw", materials: ["straw"], targetRate: 0.8, labelZh: "秸秆综合利用率", labelEn: "Straw utilisation" },
];

export interface RouteTarget {
  material: MaterialCode;
  /** Intake routes (catalogue route codes) counted towards this target. */
  routes: readonly string[];
  labelZh: string;
  labelEn: string;
  /** Provincial target, tonnes per year. */
  tonnesPerYear: number;
}

/** Provincial route targets of the plan (Mt/yr in domain.md §5, here in t/yr). */
export const ROUTE_TARGETS: readonly RouteTarget[] = [
  { material: "fly-ash", routes: ["concrete", "mortar"], labelZh: "粉煤灰→混凝土、砂浆", labelEn: "Fly ash → concrete & mortar", tonnesPerYear: 10e6 },
  { material: "fly-ash", routes: ["cement"], labelZh: "粉煤灰→水泥", labelEn: "Fly ash → cement", tonnesPerYear: 7e6 },
  { material: "fly-ash", routes: ["wall-materials"], labelZh: "粉煤灰→新型墙材", labelEn: "Fly ash → wall materials", tonnesPerYear: 10e6 },
  { material: "fly-ash", routes: ["ceramsite"], labelZh: "粉煤灰→陶粒", labelEn: "Fly ash → ceramsite", tonnesPerYear: 10e6 },
  { material: "fly-ash", routes: ["alumina-extraction"], labelZh: "粉煤灰→高端利用", labelEn: "Fly ash → high-value use", tonnesPerYear: 5e6 },
  { material: "fly-ash", routes: ["backfill"], labelZh: "粉煤灰→工程回填", labelEn: "Fly ash → backfill", tonnesPerYear: 20.2e6 },
  { material: "coal-gangue", routes: ["power"], labelZh: "煤矸石→发电", labelEn: "Coal gangue → power", tonnesPerYear: 78.5e6 },
  { material: "coal-gangue", routes: ["wall-materials"], labelZh: "煤矸石→墙材", labelEn: "Coal gangue → wall materials", tonnesPerYear: 20.44e6 },
  { material: "coal-gangue", routes: ["alumina-extraction"], labelZh: "煤矸石→氧化铝/聚合氯化铝", labelEn: "Coal gangue → alumina/PAC", tonnesPerYear: 1.9e6 },
  { material: "coal-gangue", routes: ["ceramsite"], labelZh: "煤矸石→陶粒", labelEn: "Coal gangue → ceramsite", tonnesPerYear: 0.9e6 },
  { material: "coal-gangue", routes: ["backfill"], labelZh: "煤矸石→回填", labelEn: "Coal gangue → backfill", tonnesPerYear: 0.66e6 },
  { material: "coal-gangue", routes: ["cement"], labelZh: "煤矸石→水泥", labelEn: "Coal gangue → cement", tonnesPerYear: 0.1e6 },
  { material: "fgd-gypsum", routes: ["cement"], labelZh: "脱硫石膏→水泥缓凝剂", labelEn: "FGD gypsum → cement retarder", tonnesPerYear: 2e6 },
  { material: "fgd-gypsum", routes: ["gypsum-board"], labelZh: "脱硫石膏→石膏板", labelEn: "FGD gypsum → gypsum board", tonnesPerYear: 1e6 },
  { material: "fgd-gypsum", routes: ["gypsum-powder", "mortar", "wall-materials"], labelZh: "脱硫石膏→砂浆/墙材/其他", labelEn: "FGD gypsum → mortar/wall/other", tonnesPerYear: 3.69e6 },
];
