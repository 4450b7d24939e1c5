/**
 * Every quantitative target of the Shanxi 12th Five-Year Plan for resource conservation and comprehensive
 * utilisation, with its 2010 baseline where the plan gives one. Values are in base units (`%`, t, MW, m3, bricks,
 * yuan, enterprises). Each value carries the passage it comes from (`planRef.quote`) and the figure as the plan
 * writes it (`planRef.figure`); `targets.test.ts` checks both against the plan text. Where the plan contradicts
 * itself both readings are kept, grouped by `readingOf`.
 */
import type { MaterialCode } from "../materials";
import type { TargetUnit } from "./plan-figure";

export type Comparator = ">=" | ">" | "<=";

export interface PlanRef {
  /** Section of the plan, e.g. "二（三）总体目标". */
  section: string;
  /** The passage, verbatim. */
  quote: string;
  /** The figure inside the quote as the plan writes it ("20428万吨"); parses to the value it supports. */
  figure: string;
}

export interface PlanTarget {
  id: string;
  indicatorZh: string;
  indicatorEn: string;
  material: MaterialCode | null;
  /** Plan route key for a route target (e.g. "concrete-mortar"), else null. */
  route: string | null;
  /** Intake routes of the registry that count towards a route target (one mapping, used everywhere). */
  intakeRoutes: readonly string[];
  unit: TargetUnit;
  baseline2010: number | null;
  /** Passage of the 2010 baseline (null when the plan gives none). */
  baselineRef: PlanRef | null;
  /** 2015 target; null for an indicator the plan reports for 2010 only. */
  target2015: number | null;
  comparator: Comparator | null;
  planRef: PlanRef;
  /** Set on each reading of a figure the plan states twice with different values. */
  readingOf?: string;
  noteZh?: string;
  noteEn?: string;
}

const S_STATUS = "一（一）“十一五”进展";
const S_GOALS = "二（三）总体目标";
const S_POWER = "三（一）2.电力行业";
const S_GANGUE = "三（二）1.（1）煤矸石";
const S_FLY_ASH = "三（二）1.（2）粉煤灰";
const S_GYPSUM = "三（二）1.（3）脱硫石膏";
const S_CLEAN = "三（三）清洁生产";
const S_GAS = "三（四）2.工业废气及余热余压";

const ref = (section: string, quote: string, figure: string): PlanRef => ({ section, quote, figure });

type Base = Omit<PlanTarget, "material" | "route" | "intakeRoutes" | "baseline2010" | "baselineRef"> &
  Partial<Pick<PlanTarget, "material" | "route" | "intakeRoutes" | "baseline2010" | "baselineRef">>;

const target = (t: Base): PlanTarget => ({
  material: null,
  route: null,
  intakeRoutes: [],
  baseline2010: null,
  baselineRef: null,
  ...t,
});

/** Route targets of §3(2): tonnes a year of one bulk waste into one use. */
const route = (
  id: string,
  material: MaterialCode,
  routeKey: string,
  intakeRoutes: readonly string[],
  indicatorZh: string,
  indicatorEn: string,
  tonnes: number,
  section: string,
  quote: string,
  figure: string,
): PlanTarget =>
  target({
    id,
    indicatorZh,
    indicatorEn,
    material,
    route: routeKey,
    intakeRoutes,
    unit: "t",
    target2015: tonnes,
    comparator: ">=",
    planRef: ref(section, quote, figure),
  });

export const PLAN_TARGETS: readonly PlanTarget[] = [
  // --- Overall targets, §2(3) ---
  target({
    id: "industrial-solid-waste-utilisation",
    indicatorZh: "工业固体废弃物综合利用率",
    indicatorEn: "Industrial solid waste utilisation rate",
    unit: "%",
    baseline2010: 65.5,
    baselineRef: ref(S_STATUS, "综合利用率为65.5%", "65.5%"),
    target2015: 68,
    comparator: ">=",
    planRef: ref(S_GOALS, "全省工业固体废弃物综合利用率达到68%", "68%"),
  }),
  target({
    id: "industrial-solid-waste-utilised",
    indicatorZh: "工业固体废弃物综合利用量",
    indicatorEn: "Industrial solid waste utilised",
    unit: "t",
    baseline2010: 120_590_000,
    baselineRef: ref(S_STATUS, "全省工业固体废弃物综合利用量达到12059万吨", "12059万吨"),
    target2015: null,
    comparator: null,
    planRef: ref(S_STATUS, "全省工业固体废弃物综合利用量达到12059万吨", "12059万吨"),
    noteZh: "规划只给出 2010 年数值",
    noteEn: "The plan gives the 2010 figure only",
  }),
  target({
    id: "bulk-solid-waste-utilisation",
    indicatorZh: "大宗工业固体废弃物综合利用率（合计）",
    indicatorEn: "Bulk industrial solid waste utilisation rate (all bulk wastes together)",
    unit: "%",
    baseline2010: 42,
    baselineRef: ref(S_STATUS, "综合利用率达42%，比2005年提高20个百分点", "42%"),
    target2015: 72,
    comparator: ">=",
    planRef: ref(S_GOALS, "利用率达到72%", "72%"),
    noteZh: "目标针对大宗工业固体废弃物总量，不针对单一物料（规划未设赤泥等单项利用率目标）",
    noteEn:
      "A target for bulk industrial solid waste as a whole, not per material (the plan sets no red-mud or other single-material rate)",
  }),
  target({
    id: "bulk-solid-waste-utilised",
    indicatorZh: "大宗工业固体废弃物综合利用量",
    indicatorEn: "Bulk industrial solid waste utilised",
    unit: "t",
    baseline2010: 63_380_000,
    baselineRef: ref(S_STATUS, "大宗工业固体废弃物综合利用量达到6338万吨", "6338万吨"),
    target2015: null,
    comparator: null,
    planRef: ref(S_STATUS, "大宗工业固体废弃物综合利用量达到6338万吨", "6338万吨"),
    noteZh: "规划只给出 2010 年数值；2015 年目标为利用能力（见下一行）",
    noteEn: "2010 figure only; the 2015 target is a utilisation capacity (next row)",
  }),
  target({
    id: "bulk-solid-waste-capacity",
    indicatorZh: "大宗工业固体废弃物综合利用能力",
    indicatorEn: "Bulk industrial solid waste utilisation capacity",
    unit: "t",
    target2015: 204_280_000,
    comparator: ">=",
    planRef: ref(S_GOALS, "大宗工业固体废弃物综合利用能力达20428万吨", "20428万吨"),
  }),
  target({
    id: "construction-waste-utilisation",
    indicatorZh: "城市建筑废物利用率",
    indicatorEn: "Urban construction waste utilisation rate",
    material: "construction-waste",
    unit: "%",
    target2015: 30,
    comparator: ">=",
    planRef: ref(S_GOALS, "全省城市建筑废物利用率提高到30%", "30%"),
  }),
  target({
    id: "straw-utilisation",
    indicatorZh: "秸秆综合利用率",
    indicatorEn: "Crop straw utilisation rate",
    material: "straw",
    unit: "%",
    target2015: 80,
    comparator: ">",
    planRef: ref(S_GOALS, "秸秆综合利用率力争超过80%", "80%"),
  }),
  target({
    id: "gangue-power-capacity-goals",
    readingOf: "gangue-power-capacity",
    indicatorZh: "煤矸石综合利用电厂装机容量（总体目标的读法）",
    indicatorEn: "Gangue-fired power capacity (reading in the overall targets)",
    material: "coal-gangue",
    unit: "MW",
    baseline2010: 1527,
    baselineRef: ref(S_STATUS, "全省认定的煤矸石综合利用电厂在有效期内的有19家，总装机容量1527MW", "1527MW"),
    target2015: 20_000,
    comparator: ">=",
    planRef: ref(S_GOALS, "煤矸石综合利用电厂装机容量达到2000万千瓦", "2000万千瓦"),
    noteZh: "与三（一）2“新增加…2000万千瓦，总装机达到3000万千瓦”矛盾：此处 2000 万千瓦写作总装机",
    noteEn: "Contradicts §3(1)2 (20 GW new, 30 GW total): here 20 GW is written as the total",
  }),
  target({
    id: "gangue-power-capacity-power",
    readingOf: "gangue-power-capacity",
    indicatorZh: "煤矸石电厂总装机（电力行业的读法）",
    indicatorEn: "Gangue-fired power capacity, total (reading in the power-sector section)",
    material: "coal-gangue",
    route: "power",
    intakeRoutes: ["power"],
    unit: "MW",
    baseline2010: 1527,
    baselineRef: ref(S_STATUS, "全省认定的煤矸石综合利用电厂在有效期内的有19家，总装机容量1527MW", "1527MW"),
    target2015: 30_000,
    comparator: ">=",
    planRef: ref(S_POWER, "新增加煤矸石电厂装机2000万千瓦，总装机达到3000万千瓦", "3000万千瓦"),
  }),
  target({
    id: "gangue-power-capacity-gangue",
    readingOf: "gangue-power-capacity",
    indicatorZh: "煤矸石电厂装机（煤矸石重点工程的读法）",
    indicatorEn: "Gangue-fired power capacity (reading in the gangue key projects)",
    material: "coal-gangue",
    route: "power",
    intakeRoutes: ["power"],
    unit: "MW",
    target2015: 30_065,
    comparator: ">=",
    planRef: ref(S_GANGUE, "到2015年，煤矸石电厂装机达到3006.5万千瓦", "3006.5万千瓦"),
  }),
  target({
    id: "gangue-power-new-capacity",
    indicatorZh: "新增煤矸石电厂装机",
    indicatorEn: "New gangue-fired power capacity",
    material: "coal-gangue",
    route: "power",
    intakeRoutes: ["power"],
    unit: "MW",
    target2015: 20_000,
    comparator: ">=",
    planRef: ref(S_POWER, "新增加煤矸石电厂装机2000万千瓦", "2000万千瓦"),
  }),
  target({
    id: "coal-washing-rate",
    indicatorZh: "原煤入洗率",
    indicatorEn: "Raw coal washing rate",
    unit: "%",
    baseline2010: 71.5,
    baselineRef: ref("一（一）7.资源综合利用", "全省煤炭行业原煤入选率达到71.5%", "71.5%"),
    target2015: 80,
    comparator: ">=",
    planRef: ref(S_GOALS, "原煤入洗率达到80%以上", "80%"),
  }),
  target({
    id: "coal-washing-water",
    indicatorZh: "洗选原煤平均水耗（每吨原煤）",
    indicatorEn: "Water use per tonne of raw coal washed",
    unit: "m3",
    target2015: 0.15,
    comparator: "<=",
    planRef: ref(S_GOALS, "洗选原煤水耗平均控制在0.15m3以内", "0.15m3"),
  }),
  target({
    id: "cbm-utilisation",
    indicatorZh: "煤层气利用量",
    indicatorEn: "Coal-bed methane utilised",
    unit: "m3",
    baseline2010: 4_400_000_000,
    baselineRef: ref("一（一）7.资源综合利用", "利用量达到44亿m3", "44亿m3"),
    target2015: 13_000_000_000,
    comparator: ">=",
    planRef: ref(S_GOALS, "煤层气利用量达到130亿m3", "130亿m3"),
  }),
  target({
    id: "cbm-share-four-gases",
    indicatorZh: "煤层气在“四气”中的比重",
    indicatorEn: "Coal-bed methane share of the “four gases”",
    unit: "%",
    target2015: 54,
    comparator: ">=",
    planRef: ref(S_GOALS, "在“四气”中的比重占到54%", "54%"),
  }),
  target({
    id: "coke-oven-gas-utilisation",
    indicatorZh: "焦炉煤气利用率",
    indicatorEn: "Coke-oven gas utilisation rate",
    material: "coke-oven-gas",
    unit: "%",
    baseline2010: 91.67,
    baselineRef: ref("一（一）7.资源综合利用", "占整个焦炉煤气产生量的91.67%", "91.67%"),
    target2015: 100,
    comparator: ">=",
    planRef: ref(S_GOALS, "焦炉煤气利用率达100%", "100%"),
  }),
  target({
    id: "coking-coal-ratio-cut",
    indicatorZh: "优质炼焦煤配比降低",
    indicatorEn: "Cut in the share of prime coking coal in the blend",
    unit: "%",
    target2015: 4,
    comparator: ">=",
    planRef: ref(S_GOALS, "优质炼焦煤配比降低4%", "4%"),
  }),
  target({
    id: "tar-benzene-recovery",
    indicatorZh: "焦油、粗苯回收利用率",
    indicatorEn: "Tar and crude benzene recovery rate",
    unit: "%",
    target2015: 100,
    comparator: ">=",
    planRef: ref(S_GOALS, "焦油、粗苯回收利用率达到100%", "100%"),
  }),
  target({
    id: "furnace-gas-utilisation",
    indicatorZh: "焦炉、高炉、转炉煤气资源化利用率",
    indicatorEn: "Coke-oven, blast-furnace and converter gas utilisation rate",
    unit: "%",
    target2015: 100,
    comparator: ">=",
    planRef: ref(S_GAS, "焦炉、高炉、转炉煤气的资源化利用率基本达到100%", "100%"),
  }),
  target({
    id: "dry-process-cement-goals",
    readingOf: "dry-process-cement",
    indicatorZh: "新型干法水泥比例（总体目标的基数）",
    indicatorEn: "Share of new dry-process cement (baseline as in the overall targets)",
    unit: "%",
    baseline2010: 70,
    baselineRef: ref(S_GOALS, "新型干法水泥比例由70%提高到100%", "70%"),
    target2015: 100,
    comparator: ">=",
    planRef: ref(S_GOALS, "新型干法水泥比例由70%提高到100%", "100%"),
    noteZh: "与一（一）7“新型干法水泥熟料产量比重由20%上升到77%”矛盾",
    noteEn: "Contradicts §1(1)7, which gives 77% for 2010",
  }),
  target({
    id: "dry-process-cement-status",
    readingOf: "dry-process-cement",
    indicatorZh: "新型干法水泥熟料产量比重（现状一节的基数）",
    indicatorEn: "Share of new dry-process clinker (baseline as in the 2010 status)",
    unit: "%",
    baseline2010: 77,
    baselineRef: ref("一（一）7.资源综合利用", "建材行业新型干法水泥熟料产量比重由20%上升到77%", "77%"),
    target2015: 100,
    comparator: ">=",
    planRef: ref(S_GOALS, "新型干法水泥比例由70%提高到100%", "100%"),
  }),
  target({
    id: "limestone-utilisation",
    indicatorZh: "石灰石资源综合利用率",
    indicatorEn: "Limestone resource utilisation rate",
    unit: "%",
    target2015: 80,
    comparator: ">=",
    planRef: ref(S_GOALS, "石灰石资源综合利用率达到80%", "80%"),
  }),
  target({
    id: "new-wall-materials-output",
    indicatorZh: "新型墙材总产量",
    indicatorEn: "New wall materials output",
    unit: "bricks",
    baseline2010: 15_600_000_000,
    baselineRef: ref("一（一）4.新型墙材", "2010年产量156亿块", "156亿块"),
    target2015: 26_000_000_000,
    comparator: ">=",
    planRef: ref(S_GOALS, "新型墙材总产量达到260亿标块", "260亿标块"),
  }),
  target({
    id: "new-wall-materials-share",
    indicatorZh: "新型墙材占墙材总量的比例",
    indicatorEn: "New wall materials, share of all wall materials",
    unit: "%",
    baseline2010: 52,
    baselineRef: ref("一（一）4.新型墙材", "新型墙材占墙材总量的比例由2005年的35%上升到52%", "52%"),
    target2015: 70,
    comparator: ">=",
    planRef: ref(S_GOALS, "占墙材总量的比例达到70%", "70%"),
  }),
  target({
    id: "new-recognised-enterprises",
    indicatorZh: "新增资源综合利用认定企业",
    indicatorEn: "Newly recognised resource-utilisation enterprises",
    unit: "enterprises",
    target2015: 200,
    comparator: ">",
    planRef: ref(S_GOALS, "全省新增资源综合利用认定企业200余家", "200余家"),
    noteZh: "2010 年底认定企业共 394 家（一（一）7）",
    noteEn: "394 recognised enterprises at the end of 2010 (§1(1)7)",
  }),
  target({
    id: "energy-saving-industry-output",
    indicatorZh: "节能环保产业年产值",
    indicatorEn: "Energy-saving and environmental industry output",
    unit: "yuan",
    target2015: 100_000_000_000,
    comparator: ">=",
    planRef: ref(S_GOALS, "全省节能环保产业年产值达到1000亿元", "1000亿元"),
  }),
  target({
    id: "energy-saving-industry-growth",
    indicatorZh: "节能环保产业年增长率",
    indicatorEn: "Energy-saving and environmental industry annual growth",
    unit: "%",
    target2015: 15,
    comparator: ">=",
    planRef: ref(S_GOALS, "年增长率不低于15%", "15%"),
  }),
  target({
    id: "energy-saving-industry-gdp-share",
    indicatorZh: "节能环保产业占全省 GDP 比重",
    indicatorEn: "Energy-saving and environmental industry share of GDP",
    unit: "%",
    target2015: 5,
    comparator: ">=",
    planRef: ref(S_GOALS, "占全省GDP总量5%", "5%"),
  }),
  target({
    id: "cleaner-production-enterprises",
    indicatorZh: "重点行业实施清洁生产方案的企业比例",
    indicatorEn: "Enterprises in key sectors implementing cleaner-production plans",
    unit: "%",
    target2015: 60,
    comparator: ">=",
    planRef: ref(S_CLEAN, "重点行业60%以上的企业实施清洁生产方案", "60%"),
  }),

  // --- Route targets of the key projects, §3(2)1 (t/yr) ---
  route(
    "gangue-power",
    "coal-gangue",
    "power",
    ["power"],
    "煤矸石→发电",
    "Coal gangue → power",
    78_500_000,
    S_GANGUE,
    "年消耗煤矸石7850万吨",
    "7850万吨",
  ),
  route(
    "gangue-cement",
    "coal-gangue",
    "cement",
    ["cement"],
    "煤矸石→水泥",
    "Coal gangue → cement",
    100_000,
    S_GANGUE,
    "生产水泥10万吨",
    "10万吨",
  ),
  route(
    "gangue-backfill",
    "coal-gangue",
    "backfill",
    ["backfill"],
    "煤矸石→回填、充填矿井",
    "Coal gangue → backfill",
    660_000,
    S_GANGUE,
    "回填、充填矿井等用66万吨",
    "66万吨",
  ),
  route(
    "gangue-ceramsite",
    "coal-gangue",
    "ceramsite",
    ["ceramsite"],
    "煤矸石→陶粒",
    "Coal gangue → ceramsite",
    900_000,
    S_GANGUE,
    "生产陶粒用90万吨",
    "90万吨",
  ),
  route(
    "gangue-wall-materials",
    "coal-gangue",
    "wall-materials",
    ["wall-materials"],
    "煤矸石→烧结砖、空心砌块等建材",
    "Coal gangue → bricks and blocks",
    20_440_000,
    S_GANGUE,
    "年消耗煤矸石2044万吨",
    "2044万吨",
  ),
  route(
    "gangue-alumina",
    "coal-gangue",
    "alumina-extraction",
    ["alumina-extraction"],
    "煤矸石→氧化铝、聚合氯化铝",
    "Coal gangue → alumina / PAC",
    1_900_000,
    S_GANGUE,
    "提取氧化铝、聚合氯化铝等190万吨",
    "190万吨",
  ),
  route(
    "fly-ash-concrete-mortar",
    "fly-ash",
    "concrete-mortar",
    ["concrete", "mortar"],
    "粉煤灰→混凝土、砂浆",
    "Fly ash → concrete & mortar",
    10_000_000,
    S_FLY_ASH,
    "混凝土、砂浆综合利用粉煤灰应达到1000万吨/年",
    "1000万吨/年",
  ),
  route(
    "fly-ash-cement",
    "fly-ash",
    "cement",
    ["cement"],
    "粉煤灰→水泥",
    "Fly ash → cement",
    7_000_000,
    S_FLY_ASH,
    "水泥生产用粉煤灰应达到700万吨/年",
    "700万吨/年",
  ),
  route(
    "fly-ash-wall-materials",
    "fly-ash",
    "wall-materials",
    ["wall-materials"],
    "粉煤灰→新型墙材",
    "Fly ash → wall materials",
    10_000_000,
    S_FLY_ASH,
    "新型墙体材料用粉煤灰应达到1000万吨/年",
    "1000万吨/年",
  ),
  route(
    "fly-ash-ceramsite",
    "fly-ash",
    "ceramsite",
    ["ceramsite"],
    "粉煤灰→陶粒",
    "Fly ash → ceramsite",
    10_000_000,
    S_FLY_ASH,
    "生产利用粉煤灰陶粒用粉煤灰1000万吨/年",
    "1000万吨/年",
  ),
  // 高端利用: the plan's examples are alumina (and white carbon black) from high-alumina ash; the registry's route for it is alumina-extraction.
  route(
    "fly-ash-high-value",
    "fly-ash",
    "high-value",
    ["alumina-extraction"],
    "粉煤灰→高端利用（提取氧化铝等）",
    "Fly ash → high-value use (alumina extraction etc.)",
    5_000_000,
    S_FLY_ASH,
    "粉煤灰高端利用500万吨",
    "500万吨",
  ),
  route(
    "fly-ash-backfill",
    "fly-ash",
    "backfill",
    ["backfill"],
    "粉煤灰→工程回填",
    "Fly ash → backfill",
    20_200_000,
    S_FLY_ASH,
    "工程回填用灰2020万吨",
    "2020万吨",
  ),
  route(
    "gypsum-cement-retarder",
    "fgd-gypsum",
    "cement",
    ["cement"],
    "脱硫石膏→水泥缓凝剂",
    "FGD gypsum → cement retarder",
    2_000_000,
    S_GYPSUM,
    "生产水泥缓凝剂用脱硫石膏200万吨",
    "200万吨",
  ),
  route(
    "gypsum-board",
    "fgd-gypsum",
    "gypsum-board",
    ["gypsum-board"],
    "脱硫石膏→纸面石膏板",
    "FGD gypsum → plasterboard",
    1_000_000,
    S_GYPSUM,
    "纸面石膏板用100万吨",
    "100万吨",
  ),
  route(
    "gypsum-mortar-wall-other",
    "fgd-gypsum",
    "mortar-wall-other",
    ["mortar", "wall-materials", "gypsum-powder"],
    "脱硫石膏→石膏砂浆、墙材及其他",
    "FGD gypsum → mortar, wall materials and other",
    3_690_000,
    S_GYPSUM,
    "石膏砂浆、石膏墙材及其他用369万吨",
    "369万吨",
  ),
];

/** The 15 route targets (t/yr) of §3(2)1, one per (material, plan route). */
export const ROUTE_PLAN_TARGETS: readonly PlanTarget[] = PLAN_TARGETS.filter(
  (t) => t.unit === "t" && t.route !== null && t.material !== null,
);

/** Bulk industrial solid wastes (大宗工业固体废弃物): the 72 % target applies to these together. */
export const BULK_SOLID_WASTES: readonly MaterialCode[] = [
  "coal-gangue",
  "fly-ash",
  "fgd-gypsum",
  "red-mud",
  "magnesium-slag",
  "carbide-slag",
  "steel-slag",
];

const BY_ID = new Map(PLAN_TARGETS.map((t) => [t.id, t]));

/** A target by id (throws on an unknown id: ids are code constants). */
export function planTarget(id: string): PlanTarget {
  const t = BY_ID.get(id);
  if (!t) throw new Error(`unknown plan target ${id}`);
  return t;
}

/** The route target an intake route of a material counts towards (e.g. fly ash "mortar" → concrete & mortar), or undefined. */
export function routeTargetFor(material: string, intakeRoute: string): PlanTarget | undefined {
  return ROUTE_PLAN_TARGETS.find((t) => t.material === material && t.intakeRoutes.includes(intakeRoute));
}

/** True when `value` meets the target under its comparator. */
export function meetsTarget(t: Pick<PlanTarget, "target2015" | "comparator">, value: number): boolean | null {
  if (t.target2015 === null || t.comparator === null) return null;
  if (t.comparator === ">=") return value >= t.target2015;
  if (t.comparator === ">") return value > t.target2015;
  return value <= t.target2015;
}
