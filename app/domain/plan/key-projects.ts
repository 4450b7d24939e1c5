/**
 * The key-project register (重点工程): every project, base, pilot and park the plan names, as seed records.
 * Capacities are the plan's figures in base units; a location is a registry site, a park, a county or a city when
 * the plan gives one (else the project is province-wide). The plan states no investment for any project, so
 * `investmentYuan` starts null; editors fill it, the status and the years in as they learn them (audited).
 * Scenario code reads `capacityTonnesPerYear` with `startYear`/`targetYear` as capacity additions.
 */
import type { MaterialCode } from "../materials";
import { ROUTE_PLAN_TARGETS } from "./targets";

export const KEY_PROJECT_STATUSES = [
  "planned",
  "under-construction",
  "operating",
  "delayed",
  "cancelled",
  "unknown",
] as const;
export type KeyProjectStatus = (typeof KEY_PROJECT_STATUSES)[number];

export const KEY_PROJECT_KINDS = ["route-capacity", "demonstration", "pilot", "base", "park"] as const;
export type KeyProjectKind = (typeof KEY_PROJECT_KINDS)[number];

export const CAPACITY_UNITS = ["t/yr", "MW", "m3/yr", "bricks/yr"] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

export interface PassageRef {
  section: string;
  /** The passage naming the project, verbatim. */
  quote: string;
}

export interface KeyProject {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: KeyProjectKind;
  material: MaterialCode | null;
  /** Intake route in the registry's terms (e.g. "power", "cement"), or null for a multi-use project. */
  route: string | null;
  capacity: number | null;
  capacityUnit: CapacityUnit | null;
  /** Waste the project absorbs a year at full capacity (t), when known or derivable from the plan. */
  capacityTonnesPerYear: number | null;
  siteId: string | null;
  parkId: string | null;
  countyAdcode: string | null;
  cityAdcode: string | null;
  startYear: number | null;
  targetYear: number;
  status: KeyProjectStatus;
  investmentYuan: number | null;
  planRef: PassageRef;
  notes: string | null;
}

type Spec = Partial<KeyProject> & Pick<KeyProject, "id" | "nameZh" | "nameEn" | "kind" | "planRef">;

const project = (p: Spec): KeyProject => ({
  material: null,
  route: null,
  capacity: null,
  capacityUnit: null,
  capacityTonnesPerYear: null,
  siteId: null,
  parkId: null,
  countyAdcode: null,
  cityAdcode: null,
  startYear: null,
  targetYear: 2015,
  status: "planned",
  investmentYuan: null,
  notes: null,
  ...p,
});

const S_RED_MUD = "三（二）1.（4）赤泥";
const S_MG = "三（二）1.（5）镁渣";
const S_CARBIDE = "三（二）1.（6）电石渣";
const S_CIRCULAR = "三（三）工业循环经济";
const S_ENERGY = "三（六）节能环保产业";
const S_CHEM = "三（一）5.化工行业";

// One register record per route target of §3(2)1: the plan's capacity for that use, province-wide.
const routeProjects: KeyProject[] = ROUTE_PLAN_TARGETS.filter((t) => t.id !== "gangue-power").map((t) =>
  project({
    id: `kp-${t.id}`,
    nameZh: `${t.indicatorZh}利用工程`,
    nameEn: `${t.indicatorEn} capacity`,
    kind: "route-capacity",
    material: t.material,
    route: t.intakeRoutes[0],
    capacity: t.target2015,
    capacityUnit: "t/yr",
    capacityTonnesPerYear: t.target2015,
    planRef: { section: t.planRef.section, quote: t.planRef.quote },
  }),
);

// Gangue tonnes per MW-year implied by the plan (30,000 MW total ↔ 78.5 Mt/yr), used to size the new capacity.
const GANGUE_T_PER_MW_YEAR = 78_500_000 / 30_000;

const parkProject = (
  id: string,
  parkId: string,
  nameZh: string,
  nameEn: string,
  kind: KeyProjectKind,
  cityAdcode: string | null,
  section: string,
  quote: string,
  countyAdcode: string | null = null,
) => project({ id, parkId, nameZh, nameEn, kind, cityAdcode, countyAdcode, planRef: { section, quote } });

export const KEY_PROJECTS: readonly KeyProject[] = [
  project({
    id: "kp-gangue-power-new",
    nameZh: "新增煤矸石综合利用电厂装机",
    nameEn: "New gangue-fired power capacity",
    kind: "route-capacity",
    material: "coal-gangue",
    route: "power",
    capacity: 20_000,
    capacityUnit: "MW",
    capacityTonnesPerYear: Math.round(20_000 * GANGUE_T_PER_MW_YEAR),
    planRef: {
      section: "三（一）2.电力行业",
      quote: "新增加煤矸石电厂装机2000万千瓦，总装机达到3000万千瓦，年消耗煤矸石总量达到7850万吨左右",
    },
    notes: "Gangue tonnes estimated from the plan's ratio (78.5 Mt/yr at 30,000 MW ≈ 2,617 t/MW·yr).",
  }),
  ...routeProjects,
  project({
    id: "kp-fly-ash-high-alumina",
    nameZh: "高铝粉煤灰提取氧化铝、白炭黑及配套项目",
    nameEn: "Alumina and white carbon black from high-alumina fly ash",
    kind: "demonstration",
    material: "fly-ash",
    route: "alumina-extraction",
    planRef: { section: "三（二）1.（2）粉煤灰", quote: "有序推进高铝粉煤灰提取氧化铝、白炭黑及其配套项目建设" },
    notes: "Part of the 5 Mt/yr high-value use (kp-fly-ash-high-value); no separate capacity in the plan.",
  }),
  project({
    id: "kp-red-mud-hejin",
    nameZh: "河津赤泥综合利用示范项目",
    nameEn: "Hejin red-mud utilisation demonstration",
    kind: "demonstration",
    material: "red-mud",
    siteId: "plan-chalco-shanxi",
    parkId: "park-red-mud-hejin",
    countyAdcode: "140882",
    cityAdcode: "140800",
    planRef: { section: S_RED_MUD, quote: "在河津、交口、阳泉等赤泥集中产生区域，建设赤泥综合利用示范项目" },
  }),
  project({
    id: "kp-red-mud-jiaokou",
    nameZh: "交口赤泥综合利用示范项目",
    nameEn: "Jiaokou red-mud utilisation demonstration",
    kind: "demonstration",
    material: "red-mud",
    siteId: "plan-red-mud-jiaokou",
    parkId: "park-red-mud-jiaokou",
    countyAdcode: "141130",
    cityAdcode: "141100",
    planRef: { section: S_RED_MUD, quote: "在河津、交口、阳泉等赤泥集中产生区域，建设赤泥综合利用示范项目" },
  }),
  project({
    id: "kp-red-mud-yangquan",
    nameZh: "阳泉赤泥综合利用示范项目",
    nameEn: "Yangquan red-mud utilisation demonstration",
    kind: "demonstration",
    material: "red-mud",
    siteId: "plan-red-mud-yangquan",
    parkId: "park-red-mud-yangquan",
    cityAdcode: "140300",
    planRef: { section: S_RED_MUD, quote: "在河津、交口、阳泉等赤泥集中产生区域，建设赤泥综合利用示范项目" },
  }),
  project({
    id: "kp-magnesium-slag",
    nameZh: "镁渣综合利用（水泥熟料、制砖、砌块、筑路）及技术创新平台",
    nameEn: "Magnesium slag in clinker, bricks, blocks and road base; innovation platform",
    kind: "demonstration",
    material: "magnesium-slag",
    route: "cement",
    planRef: { section: S_MG, quote: "推进镁渣综合利用企业技术创新平台建设" },
  }),
  project({
    id: "kp-carbide-slag-cement",
    nameZh: "电石渣替代石灰石生产水泥",
    nameEn: "Carbide slag replacing limestone in cement",
    kind: "demonstration",
    material: "carbide-slag",
    route: "cement",
    planRef: { section: S_CARBIDE, quote: "支持电石渣替代石灰石生产水泥" },
  }),
  project({
    id: "kp-carbide-slag-desulfurisation",
    nameZh: "电石渣用作电厂脱硫剂",
    nameEn: "Carbide slag as power-plant desulfuriser",
    kind: "demonstration",
    material: "carbide-slag",
    route: "desulfurisation",
    planRef: { section: S_CARBIDE, quote: "推广电石渣用作电厂脱硫剂" },
  }),
  project({
    id: "kp-construction-waste-aggregate",
    nameZh: "建筑废物生产再生骨料",
    nameEn: "Recycled aggregate from construction waste",
    kind: "demonstration",
    material: "construction-waste",
    route: "recycled-aggregate",
    planRef: { section: "三（二）2.（1）建筑废物", quote: "推进建筑废物生产再生骨料并应用于道路基层、建筑基层" },
  }),
  project({
    id: "kp-straw-circular-agriculture",
    nameZh: "以秸秆综合利用为核心的循环型农业示范工程",
    nameEn: "Circular-agriculture demonstration built on straw use",
    kind: "demonstration",
    material: "straw",
    planRef: { section: "三（二）2.（2）秸秆", quote: "开展以秸秆综合利用为核心的循环型农业示范工程" },
  }),
  project({
    id: "kp-coke-oven-gas-deep-processing",
    nameZh: "焦炉气制天然气、合成氨、尿素、甲醇、油品等深加工项目",
    nameEn: "Coke-oven gas to natural gas, ammonia, urea, methanol and fuels",
    kind: "demonstration",
    material: "coke-oven-gas",
    route: "lng",
    planRef: {
      section: "三（一）3.焦化行业",
      quote: "要加快建设焦炉气生产天然气、合成氨、尿素、甲醇、油品等深加工项目",
    },
  }),
  project({
    id: "kp-cbm-utilisation",
    nameZh: "煤层气利用（130 亿立方米）",
    nameEn: "Coal-bed methane utilisation (13 bn m³)",
    kind: "route-capacity",
    capacity: 13_000_000_000,
    capacityUnit: "m3/yr",
    planRef: { section: "二（三）总体目标", quote: "煤层气利用量达到130亿m3" },
  }),
  project({
    id: "kp-new-wall-materials",
    nameZh: "新型墙材（260 亿标块）",
    nameEn: "New wall materials (26 bn standard bricks)",
    kind: "route-capacity",
    capacity: 26_000_000_000,
    capacityUnit: "bricks/yr",
    planRef: { section: "二（三）总体目标", quote: "新型墙材总产量达到260亿标块" },
    notes: "Wall materials from fly ash, gangue and FGD gypsum count towards the route targets above.",
  }),
  project({
    id: "kp-denitrification-taiyuan-1",
    nameZh: "太原一电烟气脱硝试点",
    nameEn: "Flue-gas denitrification pilot, Taiyuan No. 1 power plant",
    kind: "pilot",
    siteId: "gppd-WRI1070128",
    cityAdcode: "140100",
    planRef: { section: "三（三）清洁生产", quote: "以太原一电、太原二电、大同二电为试点开展电厂烟气脱硝试点" },
    notes: 'Site: GPPD "Taiyuan 1 Coal" (太原一号燃煤电厂).',
  }),
  project({
    id: "kp-denitrification-taiyuan-2",
    nameZh: "太原二电烟气脱硝试点",
    nameEn: "Flue-gas denitrification pilot, Taiyuan No. 2 power plant",
    kind: "pilot",
    siteId: "gppd-WRI1070588",
    cityAdcode: "140100",
    planRef: { section: "三（三）清洁生产", quote: "以太原一电、太原二电、大同二电为试点开展电厂烟气脱硝试点" },
    notes: 'Site: GPPD "Taiyuan-2 power station" (太原第二电厂).',
  }),
  project({
    id: "kp-denitrification-datong-2",
    nameZh: "大同二电烟气脱硝试点",
    nameEn: "Flue-gas denitrification pilot, Datong No. 2 power plant",
    kind: "pilot",
    siteId: "gppd-WRI1070449",
    cityAdcode: "140200",
    planRef: { section: "三（三）清洁生产", quote: "以太原一电、太原二电、大同二电为试点开展电厂烟气脱硝试点" },
    notes: 'Site: GPPD "Datong power station" (Guodian), taken to be Datong No. 2; check.',
  }),
  parkProject(
    "kp-base-shuozhou",
    "park-shuozhou-base",
    "朔州资源综合利用示范基地",
    "Shuozhou resource-utilisation demonstration base",
    "base",
    "140600",
    "四（四）实施重点工程",
    "在朔州、河津等大宗工业固体废物产生量大、堆存集中",
  ),
  parkProject(
    "kp-base-hejin",
    "park-hejin-base",
    "河津资源综合利用示范基地",
    "Hejin resource-utilisation demonstration base",
    "base",
    "140800",
    "四（四）实施重点工程",
    "在朔州、河津等大宗工业固体废物产生量大、堆存集中",
    "140882",
  ),
  parkProject(
    "kp-pilot-tisco",
    "park-tisco",
    "太钢循环经济试点",
    "TISCO circular-economy pilot",
    "pilot",
    "140100",
    S_CIRCULAR,
    "大力推进太钢、潞安、西山煤电、安泰和同煤塔山工业园、中煤金海洋循环经济园区等国家和省循环经济试点企业园区建设",
  ),
  parkProject(
    "kp-pilot-luan",
    "park-luan",
    "潞安循环经济试点",
    "Lu'an circular-economy pilot",
    "pilot",
    "140400",
    S_CIRCULAR,
    "大力推进太钢、潞安、西山煤电、安泰和同煤塔山工业园、中煤金海洋循环经济园区等国家和省循环经济试点企业园区建设",
  ),
  parkProject(
    "kp-pilot-xishan",
    "park-xishan",
    "西山煤电循环经济试点",
    "Xishan Coal & Electricity circular-economy pilot",
    "pilot",
    "140100",
    S_CIRCULAR,
    "大力推进太钢、潞安、西山煤电、安泰和同煤塔山工业园、中煤金海洋循环经济园区等国家和省循环经济试点企业园区建设",
  ),
  parkProject(
    "kp-pilot-antai",
    "park-antai",
    "安泰循环经济试点",
    "Antai circular-economy pilot",
    "pilot",
    "140700",
    S_CIRCULAR,
    "大力推进太钢、潞安、西山煤电、安泰和同煤塔山工业园、中煤金海洋循环经济园区等国家和省循环经济试点企业园区建设",
    "140781",
  ),
  parkProject(
    "kp-pilot-tongmei-tashan",
    "park-tongmei-tashan",
    "同煤塔山工业园",
    "Tongmei Tashan industrial park",
    "pilot",
    "140200",
    S_CIRCULAR,
    "大力推进太钢、潞安、西山煤电、安泰和同煤塔山工业园、中煤金海洋循环经济园区等国家和省循环经济试点企业园区建设",
  ),
  parkProject(
    "kp-pilot-jinhaiyang",
    "park-jinhaiyang",
    "中煤金海洋循环经济园区",
    "China Coal Jinhaiyang circular-economy park",
    "pilot",
    "140600",
    S_CIRCULAR,
    "大力推进太钢、潞安、西山煤电、安泰和同煤塔山工业园、中煤金海洋循环经济园区等国家和省循环经济试点企业园区建设",
    "140603",
  ),
  ...(
    [
      ["park-cbm-140300", "阳泉", "Yangquan", "140300"],
      ["park-cbm-140400", "长治", "Changzhi", "140400"],
      ["park-cbm-140500", "晋城", "Jincheng", "140500"],
    ] as const
  ).map(([parkId, zh, en, city]) =>
    parkProject(
      `kp-${parkId}`,
      parkId,
      `${zh}煤层气综合利用节能环保产业园区`,
      `${en} coal-bed methane energy-saving industry park`,
      "park",
      city,
      S_ENERGY,
      "推动阳泉、长治、晋城煤层气综合利用节能环保产业园区建设",
    ),
  ),
  ...(
    [
      ["park-alcohol-ether-140800", "运城", "Yuncheng", "140800"],
      ["park-alcohol-ether-140500", "晋城", "Jincheng", "140500"],
      ["park-alcohol-ether-141100", "吕梁", "Lüliang", "141100"],
    ] as const
  ).map(([parkId, zh, en, city]) =>
    parkProject(
      `kp-${parkId}`,
      parkId,
      `${zh}醇醚燃料节能环保产业园区`,
      `${en} alcohol-ether fuels industry park`,
      "park",
      city,
      S_ENERGY,
      "支持运城、晋城、吕梁醇醚燃料生产利用节能环保产业工业园区建设",
    ),
  ),
  ...(
    [
      ["park-pv-140100", "太原", "Taiyuan", "140100"],
      ["park-pv-140400", "长治", "Changzhi", "140400"],
      ["park-pv-141000", "临汾", "Linfen", "141000"],
    ] as const
  ).map(([parkId, zh, en, city]) =>
    parkProject(
      `kp-${parkId}`,
      parkId,
      `${zh}新能源光伏产业园区`,
      `${en} photovoltaic industry park`,
      "park",
      city,
      S_ENERGY,
      "以太原、长治、临汾三市的新能源光伏产业园区为重点",
    ),
  ),
  parkProject(
    "kp-chem-jiaocheng",
    "park-chem-jiaocheng",
    "吕梁交城特色化工园区",
    "Jiaocheng chemical park",
    "park",
    "141100",
    S_CHEM,
    "通过重点发展吕梁交城、晋中介休灵石、临汾洪洞、运城河津闻喜新绛等特色化工园区",
    "141122",
  ),
  parkProject(
    "kp-chem-jiexiu-lingshi",
    "park-chem-jiexiu-lingshi",
    "晋中介休灵石特色化工园区",
    "Jiexiu–Lingshi chemical park",
    "park",
    "140700",
    S_CHEM,
    "通过重点发展吕梁交城、晋中介休灵石、临汾洪洞、运城河津闻喜新绛等特色化工园区",
  ),
  parkProject(
    "kp-chem-hongtong",
    "park-chem-hongtong",
    "临汾洪洞特色化工园区",
    "Hongtong chemical park",
    "park",
    "141000",
    S_CHEM,
    "通过重点发展吕梁交城、晋中介休灵石、临汾洪洞、运城河津闻喜新绛等特色化工园区",
    "141024",
  ),
  parkProject(
    "kp-chem-hejin-wenxi-xinjiang",
    "park-chem-hejin-wenxi-xinjiang",
    "运城河津闻喜新绛特色化工园区",
    "Hejin–Wenxi–Xinjiang chemical park",
    "park",
    "140800",
    S_CHEM,
    "通过重点发展吕梁交城、晋中介休灵石、临汾洪洞、运城河津闻喜新绛等特色化工园区",
  ),
  parkProject(
    "kp-coal-chem-jinbei",
    "park-coal-chem-jinbei",
    "晋北现代煤化工基地",
    "Northern Shanxi modern coal-chemical base",
    "base",
    null,
    S_CHEM,
    "在晋北、晋东南、吕梁地区布局三大现代煤化工基地",
  ),
  parkProject(
    "kp-coal-chem-jindongnan",
    "park-coal-chem-jindongnan",
    "晋东南现代煤化工基地",
    "South-eastern Shanxi modern coal-chemical base",
    "base",
    null,
    S_CHEM,
    "在晋北、晋东南、吕梁地区布局三大现代煤化工基地",
  ),
  parkProject(
    "kp-coal-chem-lvliang",
    "park-coal-chem-lvliang",
    "吕梁现代煤化工基地",
    "Lüliang modern coal-chemical base",
    "base",
    "141100",
    S_CHEM,
    "在晋北、晋东南、吕梁地区布局三大现代煤化工基地",
  ),
  project({
    id: "kp-alliance-coal",
    nameZh: "煤炭资源综合利用和生态建设联合体",
    nameEn: "Coal-group alliance for resource utilisation and ecological restoration",
    kind: "demonstration",
    planRef: {
      section: S_ENERGY,
      quote:
        "促进以同煤集团、山西焦煤集团、潞安集团、晋城煤业集团、阳泉煤业集团、山西煤销集团、山煤集团等煤炭集团为龙头的煤炭资源综合利用和生态建设联合体建设",
    },
  }),
  project({
    id: "kp-alliance-equipment",
    nameZh: "节能环保装备制造联合体与工程服务联合体",
    nameEn: "Energy-saving equipment manufacturing and engineering-services alliances",
    kind: "demonstration",
    planRef: {
      section: S_ENERGY,
      quote: "着力打造以太重集团、太钢、山西国际电力、驻晋军工企业等国字号企业为龙头的节能环保装备制造联合体",
    },
  }),
  project({
    id: "kp-alliance-boilers",
    nameZh: "节能环保锅炉装备联合体",
    nameEn: "Energy-saving boiler equipment alliance",
    kind: "demonstration",
    cityAdcode: "140100",
    planRef: { section: S_ENERGY, quote: "以山西蓝天环保设备有限公司、太原锅炉集团为主，建立节能环保锅炉装备的联合体" },
  }),
  project({
    id: "kp-monitoring-park",
    nameZh: "在线监测设备制造研发园区",
    nameEn: "Online-monitoring equipment manufacturing and R&D park",
    kind: "park",
    planRef: { section: S_ENERGY, quote: "以罗克佳华等龙头企业为主，建立在线监测设备制造研发园区" },
  }),
];

const BY_ID = new Map(KEY_PROJECTS.map((p) => [p.id, p]));

/** A seed record by id, or undefined. */
export function keyProjectSpec(id: string): KeyProject | undefined {
  return BY_ID.get(id);
}

export interface RouteRollup {
  targetId: string;
  material: MaterialCode;
  indicatorZh: string;
  indicatorEn: string;
  targetTonnesPerYear: number;
  /** Σ capacityTonnesPerYear of the register's live projects (not cancelled) on the target's routes. */
  projectTonnesPerYear: number;
  projectCount: number;
  /** projectTonnesPerYear / target. */
  share: number;
}

/** Rolls the register up against the plan's 15 route targets (cancelled projects do not count). */
export function rollUpAgainstRouteTargets(
  projects: readonly Pick<KeyProject, "id" | "material" | "route" | "capacityTonnesPerYear" | "status">[],
): RouteRollup[] {
  return ROUTE_PLAN_TARGETS.map((t) => {
    const mine = projects.filter(
      (p) =>
        p.status !== "cancelled" &&
        p.material === t.material &&
        p.route !== null &&
        t.intakeRoutes.includes(p.route) &&
        p.capacityTonnesPerYear !== null,
    );
    const tonnes = mine.reduce((s, p) => s + p.capacityTonnesPerYear!, 0);
    return {
      targetId: t.id,
      material: t.material!,
      indicatorZh: t.indicatorZh,
      indicatorEn: t.indicatorEn,
      targetTonnesPerYear: t.target2015!,
      projectTonnesPerYear: tonnes,
      projectCount: mine.length,
      share: tonnes / t.target2015!,
    };
  });
}
