/** Benchmarks a proposal is measured against, each with its source (shown in the UI and every export). */
import type { MaterialCode } from "../materials";
import { BULK_SOLID_WASTES, planTarget, ROUTE_PLAN_TARGETS, type Comparator } from "../plan/targets";

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
    citationEn:
      "Chertow M.R. (2007) Uncovering industrial symbiosis. J. Industrial Ecology 11(1):11–30 (3-2 heuristic)",
  },
  nisp: {
    key: "nisp",
    citationZh:
      "Jensen P.D. 等 (2011) Quantifying 'geographic proximity': experiences from the UK NISP. Resour. Conserv. Recycl. 55:703–712（中位运距 20.4 英里 ≈ 32.8 km）",
    citationEn:
      "Jensen P.D. et al. (2011) Quantifying 'geographic proximity': experiences from the UK NISP. Resour. Conserv. Recycl. 55:703–712 (median 20.4 miles ≈ 32.8 km)",
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

export { BULK_SOLID_WASTES };

export interface UtilisationTarget {
  key: "bulk-solid-waste" | "construction-waste" | "straw";
  materials: readonly MaterialCode[];
  /** Target utilisation rate, 0–1. */
  targetRate: number;
  /** The plan's comparator (straw: "more than 80 %"). */
  comparator: Comparator;
  labelZh: string;
  labelEn: string;
}

const rateTarget = (
  key: UtilisationTarget["key"],
  id: string,
  materials: readonly MaterialCode[],
): UtilisationTarget => {
  const t = planTarget(id);
  return {
    key,
    materials,
    targetRate: t.target2015! / 100,
    comparator: t.comparator!,
    labelZh: t.indicatorZh,
    labelEn: t.indicatorEn,
  };
};

/** 2015 utilisation-rate targets of the plan (from the plan catalogue); the bulk target applies to the bulk wastes together. */
export const UTILISATION_TARGETS: readonly UtilisationTarget[] = [
  rateTarget("bulk-solid-waste", "bulk-solid-waste-utilisation", BULK_SOLID_WASTES),
  rateTarget("construction-waste", "construction-waste-utilisation", ["construction-waste"]),
  rateTarget("straw", "straw-utilisation", ["straw"]),
];

export interface RouteTarget {
  id: string;
  material: MaterialCode;
  /** Intake routes (catalogue route codes) counted towards this target. */
  routes: readonly string[];
  labelZh: string;
  labelEn: string;
  /** Provincial target, tonnes per year. */
  tonnesPerYear: number;
}

/** Provincial route targets of the plan (t/yr), the plan catalogue's 15 route targets. */
export const ROUTE_TARGETS: readonly RouteTarget[] = ROUTE_PLAN_TARGETS.map((t) => ({
  id: t.id,
  material: t.material!,
  routes: t.intakeRoutes,
  labelZh: t.indicatorZh,
  labelEn: t.indicatorEn,
  tonnesPerYear: t.target2015!,
}));
