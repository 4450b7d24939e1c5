/**
 * Producers named (by place or by enterprise) in the plan that no open dataset lists: the alumina refineries of
 * the plan's red-mud areas. The plan is the source of their existence; each is placed at the real aluminium
 * complex of its area (a GEM GCPT captive power plant) and the capacities below are ASSUMPTIONS stated in each
 * site's notes, every quantity derived from them marked estimated with its coefficient. (TISCO, formerly here,
 * is now GIST's Taigang plant under the same id `plan-tisco`: scripts/gem-transform.ts.)
 */
import type { ParkAnchor } from "../../app/domain/parks-catalogue";
import { CHALCO_HUAZE, JIAOKOU_HUARUI, PLAN_TITLE, YANGQUAN_ZHAOFENG } from "../../app/domain/parks-catalogue";
import type { SeedSite, SeedOutput, SeedIntake } from "./seed-site";
import { redMudFromAlumina, type Estimate } from "../../app/domain/tonnage";
import type { MaterialCode } from "../../app/domain/materials";

export interface PlanSiteSpec extends Omit<SeedSite, "lng" | "lat"> {
  anchor: ParkAnchor;
}

/** Owner-group names shared with the GPPD owner normalisation (scripts/geodata-transform.ts). */
export const GROUPS = {
  chalco: "中国铝业 Chalco",
  tisco: "太原钢铁集团 TISCO",
  chinaCoal: "中国中煤能源集团 China Coal",
  xishan: "西山煤电集团 Xishan Coal & Electricity",
  luan: "潞安矿业集团 Lu'an Mining",
  tongmei: "大同煤矿集团 Tongmei",
  antai: "安泰集团 Antai",
} as const;

/** Assumed capacities (t/yr) behind the plan sites' estimates. Not from the plan: replace with plant data. */
export const PLAN_ASSUMPTIONS = {
  chalcoShanxiAluminaTonnesPerYear: 2_000_000,
  jiaokouAluminaTonnesPerYear: 1_000_000,
  yangquanAluminaTonnesPerYear: 1_000_000,
  chalcoBuildingMaterialsRedMudTonnesPerYear: 300_000,
  chalcoBuildingMaterialsFlyAshTonnesPerYear: 200_000,
} as const;

function out(material: MaterialCode, e: Estimate): SeedOutput {
  return {
    material,
    tonnesPerYear: e.quantityPerYear,
    stockpileTonnes: 0,
    estimated: true,
    coefficientKey: e.coefficientKey,
  };
}

function intake(material: MaterialCode, route: string, capacityTonnesPerYear: number): SeedIntake {
  // Assumed capacity, not computed from a coefficient: estimated, no coefficient key.
  return { material, route, capacityTonnesPerYear, estimated: true, coefficientKey: null };
}

const PLAN_LICENCE = "public government document";
const BASES = `${PLAN_TITLE} 一(一)2 基地建设`;
const RED_MUD = `${PLAN_TITLE} 三(二)1(4) 赤泥综合利用`;

const common = { capacityMw: null, licence: PLAN_LICENCE, synthetic: false } as const;
const A = PLAN_ASSUMPTIONS;

export const PLAN_SITES: readonly PlanSiteSpec[] = [
  {
    ...common,
    id: "plan-chalco-shanxi",
    nameZh: "中铝山西分公司（氧化铝）",
    nameEn: "Chalco Shanxi branch (alumina)",
    ownerGroup: GROUPS.chalco,
    industry: "alumina",
    anchor: CHALCO_HUAZE,
    source: `${BASES}; ${RED_MUD}; location: GEM Global Coal Plant Tracker, July 2024, CC BY 4.0 (L100000101484)`,
    sourceRef: null,
    precision: "estimated",
    parkId: "park-chalco-shanxi-base",
    notes: `The plan names Chalco Shanxi branch in Hejin; placed at Chalco's Huaze Aluminum captive power plant (GEM GCPT), which sits at the aluminium complex (the refinery's own outline is not in open sources). Red mud = ASSUMED alumina output ${A.chalcoShanxiAluminaTonnesPerYear.toLocaleString("en")} t/yr (not from the plan) × 1.3 t/t.`,
    outputs: [out("red-mud", redMudFromAlumina(A.chalcoShanxiAluminaTonnesPerYear))],
    intakes: [],
  },
  {
    ...common,
    id: "plan-chalco-shanxi-building-materials",
    nameZh: "中铝山西分公司节能建筑环保建材示范基地（建材线）",
    nameEn: "Chalco Shanxi branch building-materials line (demonstration base)",
    ownerGroup: GROUPS.chalco,
    industry: "building-materials",
    anchor: CHALCO_HUAZE,
    source: `${BASES}; location: GEM Global Coal Plant Tracker, July 2024, CC BY 4.0 (L100000101484)`,
    sourceRef: null,
    precision: "estimated",
    parkId: "park-chalco-shanxi-base",
    notes: `The plan names the branch a national energy-saving building-materials demonstration base; the line's intake capacities (red mud ${A.chalcoBuildingMaterialsRedMudTonnesPerYear.toLocaleString("en")} t/yr, fly ash ${A.chalcoBuildingMaterialsFlyAshTonnesPerYear.toLocaleString("en")} t/yr) are ASSUMPTIONS. Same group as the alumina plant: an enterprise cycle.`,
    outputs: [],
    intakes: [
      intake("red-mud", "wall-materials", A.chalcoBuildingMaterialsRedMudTonnesPerYear),
      intake("fly-ash", "wall-materials", A.chalcoBuildingMaterialsFlyAshTonnesPerYear),
    ],
  },
  {
    ...common,
    id: "plan-red-mud-jiaokou",
    nameZh: "交口县氧化铝赤泥产生源（规划点名集中区）",
    nameEn: "Jiaokou alumina red-mud source (concentration area named in the plan)",
    ownerGroup: null,
    industry: "alumina",
    anchor: JIAOKOU_HUARUI,
    source: `${RED_MUD}; location: GEM Global Coal Plant Tracker, July 2024, CC BY 4.0 (L100000101483)`,
    sourceRef: null,
    precision: "estimated",
    parkId: "park-red-mud-jiaokou",
    notes: `Aggregate red-mud source for the county the plan names as a red-mud concentration area; no plant is named. Placed at the Huarui Jiaokou captive plant site (GEM GCPT, other metals & mining), the only open-data industrial complex location in Jiaokou. ASSUMED alumina output ${A.jiaokouAluminaTonnesPerYear.toLocaleString("en")} t/yr × 1.3 t/t.`,
    outputs: [out("red-mud", redMudFromAlumina(A.jiaokouAluminaTonnesPerYear))],
    intakes: [],
  },
  {
    ...common,
    id: "plan-red-mud-yangquan",
    nameZh: "阳泉市氧化铝赤泥产生源（规划点名集中区）",
    nameEn: "Yangquan alumina red-mud source (concentration area named in the plan)",
    ownerGroup: null,
    industry: "alumina",
    anchor: YANGQUAN_ZHAOFENG,
    source: `${RED_MUD}; location: GEM Global Coal Plant Tracker, July 2024, CC BY 4.0 (L100000101557)`,
    sourceRef: null,
    precision: "estimated",
    parkId: "park-red-mud-yangquan",
    notes: `Aggregate red-mud source for the city the plan names as a red-mud concentration area; no plant is named. Placed at the Zhaofeng Aluminum captive power plant (GEM GCPT, Pingding), Yangquan's aluminium complex. ASSUMED alumina output ${A.yangquanAluminaTonnesPerYear.toLocaleString("en")} t/yr × 1.3 t/t.`,
    outputs: [out("red-mud", redMudFromAlumina(A.yangquanAluminaTonnesPerYear))],
    intakes: [],
  },
];
