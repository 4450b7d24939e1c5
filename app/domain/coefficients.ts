/**
 * Coefficients used to estimate quantities from capacity (docs/domain.md §3), plus the few derived
 * factors the seed needs. Every estimated tonnage stores the key of the coefficient that produced it.
 * status: "src" = published source, "plan" = derived from the plan's own figures, "est" = our derivation
 * (shown as an estimate), "unverified" = a common figure not yet confirmed (editable default).
 */

export type CoefficientStatus = "src" | "plan" | "est" | "unverified";

export interface CoefficientSpec {
  key: string;
  value: number;
  unit: string;
  descriptionZh: string;
  descriptionEn: string;
  source: string;
  status: CoefficientStatus;
}

export const COEFFICIENTS = [
  {
    key: "fly-ash-per-t-coal",
    value: 0.36,
    unit: "t/t",
    descriptionZh: "每吨燃煤产生粉煤灰",
    descriptionEn: "Fly ash per tonne of coal burned (China 2017: 1.90e9 t coal, 6.86e8 t ash)",
    source: "刘全等 2021",
    status: "src",
  },
  {
    key: "coal-power-capacity-factor",
    value: 0.5137,
    unit: "1",
    descriptionZh: "燃煤机组容量系数（年利用 4,500 小时 ÷ 8,760 小时）",
    descriptionEn:
      "Capacity factor of Shanxi coal units: 4,500 full-load hours a year ÷ 8,760 h (GCPT's own China default is 0.53)",
    source: 'docs/domain.md §3 (4,500 h/yr); cf. GEM Global Coal Plant Tracker, July 2024, column "Capacity factor"',
    status: "est",
  },
  {
    key: "fly-ash-per-mwh-coal-power",
    value: 0.1222,
    unit: "t/MWh",
    descriptionZh: "燃煤发电每兆瓦时产生粉煤灰（550 t/(MW·a) ÷ 4,500 h）",
    descriptionEn: "Fly ash per MWh of coal power: 550 t per MW-year (domain.md §3 range 400–700) ÷ 4,500 h",
    source: "docs/domain.md §3 estimate",
    status: "est",
  },
  {
    key: "fly-ash-per-mw-year",
    value: 550,
    unit: "t/(MW·a)",
    descriptionZh: "燃煤发电每兆瓦·年产生粉煤灰 = 8,760 h × 容量系数 0.5137 × 0.1222 t/MWh",
    descriptionEn:
      "Fly ash per MW-year of coal power = 8,760 h × coal-power-capacity-factor (0.5137) × fly-ash-per-mwh-coal-power (0.1222 t/MWh); range 400–700 t; replace with plant data",
    source: "derived from coal-power-capacity-factor × fly-ash-per-mwh-coal-power",
    status: "est",
  },
  {
    key: "fgd-gypsum-per-t-so2",
    value: 2.69,
    unit: "t/t",
    descriptionZh: "每吨脱除 SO2 产生脱硫石膏（化学计量）",
    descriptionEn: "FGD gypsum per tonne of SO2 removed (stoichiometric, CaSO4·2H2O/SO2 = 172/64)",
    source: "stoichiometry",
    status: "est",
  },
  {
    key: "so2-removed-per-mw-year",
    value: 36,
    unit: "t/(MW·a)",
    descriptionZh: "燃煤发电每兆瓦·年脱除 SO2（约 1,890 t 原煤 × 1% 硫 × 2 × 95% 脱硫效率）",
    descriptionEn:
      "SO2 removed per MW-year: ≈1,890 t raw coal (1,350 tce at 4,500 h × 0.30 kgce/kWh, 5,000 kcal/kg coal) × 1% S × 2 (SO2/S) × 95% removal",
    source: "derived; assumes 1% sulphur coal",
    status: "est",
  },
  {
    key: "fgd-gypsum-per-mwh-coal-power",
    value: 0.02156,
    unit: "t/MWh",
    descriptionZh: "湿法脱硫燃煤发电每兆瓦时产生脱硫石膏（97 t/(MW·a) ÷ 4,500 h）",
    descriptionEn: "FGD gypsum per MWh of coal power with wet limestone FGD: fgd-gypsum-per-mw-year (97 t) ÷ 4,500 h",
    source: "derived from so2-removed-per-mw-year × fgd-gypsum-per-t-so2 ÷ 4,500 h",
    status: "est",
  },
  {
    key: "fgd-gypsum-per-mw-year",
    value: 97,
    unit: "t/(MW·a)",
    descriptionZh: "燃煤发电每兆瓦·年产生脱硫石膏（36 t SO2 × 2.69 = 8,760 h × 容量系数 0.5137 × 0.02156 t/MWh）",
    descriptionEn:
      "FGD gypsum per MW-year of coal power: so2-removed-per-mw-year (36 t) × fgd-gypsum-per-t-so2 (2.69) = 8,760 h × coal-power-capacity-factor (0.5137) × fgd-gypsum-per-mwh-coal-power",
    source: "derived from so2-removed-per-mw-year × fgd-gypsum-per-t-so2",
    status: "est",
  },
  {
    key: "red-mud-per-t-alumina",
    value: 1.3,
    unit: "t/t",
    descriptionZh: "每吨氧化铝（拜耳法）产生赤泥（1.0–1.5 t，取 1.3）",
    descriptionEn: "Red mud per tonne of alumina, Bayer process (1.0–1.5 t; 1.3 used)",
    source: "Liu et al., Minerals 10(9):773",
    status: "src",
  },
  {
    key: "magnesium-slag-per-t-mg",
    value: 6.5,
    unit: "t/t",
    descriptionZh: "每吨原镁（皮江法）产生镁渣（6–7 t，取 6.5）",
    descriptionEn: "Magnesium slag per tonne of magnesium, Pidgeon process (6–7 t; 6.5 used)",
    source: "CM Group; 山西镁业 2011",
    status: "src",
  },
  {
    key: "carbide-slag-per-t-pvc",
    value: 1.5,
    unit: "t/t",
    descriptionZh: "每吨电石法 PVC 产生电石渣（干基 1.3–1.7 t，取 1.5）",
    descriptionEn: "Carbide slag per tonne of PVC, carbide route (1.3–1.7 t dry; 1.5 used)",
    source: "stoichiometry at 1.45 t CaC2/t PVC",
    status: "est",
  },
  {
    key: "coal-gangue-per-t-raw-coal",
    value: 0.12,
    unit: "t/t",
    descriptionZh: "每吨原煤产生煤矸石（10–15%，取 12%）",
    descriptionEn: "Coal gangue per tonne of raw coal (10–15%; 12% used)",
    source: "Anawar et al.",
    status: "src",
  },
  {
    key: "gangue-per-mw-year-gangue-power",
    value: 2600,
    unit: "t/(MW·a)",
    descriptionZh:
      "煤矸石（低热值煤、循环流化床）电厂每兆瓦·年消纳煤矸石：规划“总装机达到3000万千瓦，年消耗煤矸石总量达到7850万吨左右”，7850 万 t ÷ 30,000 MW ≈ 2,617，取 2,600",
    descriptionEn:
      "Gangue burned per MW-year by gangue-fired (waste-coal, CFB) units: the plan's 30 GW ↔ 78.5 Mt/yr (78.5 Mt ÷ 30,000 MW ≈ 2,617; 2,600 used)",
    source:
      "山西省“十二五”资源节约与综合利用规划 三(一)2 电力行业：“到2015年，新增加煤矸石电厂装机2000万千瓦，总装机达到3000万千瓦，年消耗煤矸石总量达到7850万吨左右”；三(二)1(1)：“煤矸石电厂装机达到3006.5万千瓦，年消耗煤矸石7850万吨”",
    status: "plan",
  },
  {
    key: "gypsum-retarder-share-of-cement",
    value: 0.03,
    unit: "t/t",
    descriptionZh: "水泥中石膏缓凝剂掺量（约 3%）",
    descriptionEn: "Gypsum retarder share of cement mass (≈3%)",
    source: "GB 175 commentary",
    status: "src",
  },
  {
    key: "coke-oven-gas-per-t-coal",
    value: 300,
    unit: "Nm3/t",
    descriptionZh: "每吨入炉煤产生焦炉煤气（约 300 Nm3）",
    descriptionEn: "Coke-oven gas per tonne of coal charged (≈300 Nm3)",
    source: "ispatguru",
    status: "src",
  },
  {
    key: "coal-per-t-coke",
    value: 1.33,
    unit: "t/t",
    descriptionZh: "每吨焦炭耗入炉煤（约 1.33 t）",
    descriptionEn: "Coal charged per tonne of coke (≈1.33 t, i.e. ≈75% coke yield)",
    source: "common coking yield; not yet confirmed",
    status: "unverified",
  },
  {
    key: "coke-oven-gas-per-t-coke",
    value: 400,
    unit: "Nm3/t",
    descriptionZh: "每吨焦炭产生焦炉煤气（1.33 t 煤 × 300 Nm3）",
    descriptionEn: "Coke-oven gas per tonne of coke: coal-per-t-coke (1.33) × coke-oven-gas-per-t-coal (300 Nm3)",
    source: "derived",
    status: "est",
  },
  {
    key: "bf-slag-per-t-iron",
    value: 0.3,
    unit: "t/t",
    descriptionZh: "每吨铁水产生高炉渣（0.25–0.35 t，取 0.30）",
    descriptionEn: "Blast-furnace slag per tonne of hot metal (0.25–0.35 t; 0.30 used)",
    source: "GEM Global Iron and Steel Tracker SOURCE.md caveat (0.25–0.35 t/t iron); common figure, not yet confirmed",
    status: "unverified",
  },
  {
    key: "steel-slag-per-t-crude-steel",
    value: 0.12,
    unit: "t/t",
    descriptionZh: "每吨粗钢产生钢渣（转炉/电炉，0.10–0.15 t，取 0.12）",
    descriptionEn: "Steel (BOF/EAF) slag per tonne of crude steel (0.10–0.15 t; 0.12 used)",
    source:
      "GEM Global Iron and Steel Tracker SOURCE.md caveat (0.10–0.15 t/t steel); common figure, not yet confirmed",
    status: "unverified",
  },
  {
    key: "steel-slag-per-t-steel",
    value: 0.4,
    unit: "t/t",
    descriptionZh:
      "（旧）每吨粗钢产生钢渣与高炉渣合计（约 0.13 + 0.27 t）；已拆分为 bf-slag-per-t-iron 与 steel-slag-per-t-crude-steel",
    descriptionEn:
      "Legacy combined steel + BF slag per tonne of crude steel (≈0.13 + 0.27 t); superseded by bf-slag-per-t-iron and steel-slag-per-t-crude-steel, kept so older records resolve",
    source: "common integrated-mill figure; not yet confirmed",
    status: "unverified",
  },
  {
    key: "cement-admixture-share-integrated",
    value: 0.2,
    unit: "t/t",
    descriptionZh: "熟料水泥一体化厂水泥中工业废渣混合材掺量（20%）",
    descriptionEn:
      "Share of industrial-waste admixture (fly ash, slag) in the cement of an integrated (clinker + cement) plant: 20%",
    source: "assumption at the VAT-refund catalogue threshold for cement (≥20% listed wastes, domain.md §6)",
    status: "unverified",
  },
  {
    key: "cement-admixture-share-grinding",
    value: 0.3,
    unit: "t/t",
    descriptionZh: "水泥粉磨站水泥中工业废渣混合材掺量（30%，复合水泥）",
    descriptionEn: "Share of industrial-waste admixture in the cement of a grinding plant (composite cement): 30%",
    source: "assumption (GB 175 composite cement allows 20–50% admixture)",
    status: "unverified",
  },
  {
    key: "cement-admixture-fly-ash-share",
    value: 0.5,
    unit: "t/t",
    descriptionZh: "混合材中粉煤灰所占比例（其余为矿渣/钢渣，各半）",
    descriptionEn: "Fly ash share of the admixture (the rest is BF/steel slag): half and half",
    source: "assumption",
    status: "unverified",
  },
  {
    key: "fly-ash-per-t-cement-integrated",
    value: 0.1,
    unit: "t/t",
    descriptionZh: "一体化水泥厂每吨水泥可掺粉煤灰 = 0.20 × 0.5",
    descriptionEn:
      "Fly ash an integrated plant can take per tonne of cement = cement-admixture-share-integrated (0.20) × cement-admixture-fly-ash-share (0.5)",
    source: "derived",
    status: "est",
  },
  {
    key: "slag-per-t-cement-integrated",
    value: 0.1,
    unit: "t/t",
    descriptionZh: "一体化水泥厂每吨水泥可掺矿渣/钢渣 = 0.20 × 0.5",
    descriptionEn:
      "BF/steel slag an integrated plant can take per tonne of cement = cement-admixture-share-integrated (0.20) × (1 − cement-admixture-fly-ash-share)",
    source: "derived",
    status: "est",
  },
  {
    key: "fly-ash-per-t-cement-grinding",
    value: 0.15,
    unit: "t/t",
    descriptionZh: "水泥粉磨站每吨水泥可掺粉煤灰 = 0.30 × 0.5",
    descriptionEn:
      "Fly ash a grinding plant can take per tonne of cement = cement-admixture-share-grinding (0.30) × cement-admixture-fly-ash-share (0.5)",
    source: "derived",
    status: "est",
  },
  {
    key: "slag-per-t-cement-grinding",
    value: 0.15,
    unit: "t/t",
    descriptionZh: "水泥粉磨站每吨水泥可掺矿渣/钢渣 = 0.30 × 0.5",
    descriptionEn:
      "BF/steel slag a grinding plant can take per tonne of cement = cement-admixture-share-grinding (0.30) × (1 − cement-admixture-fly-ash-share)",
    source: "derived",
    status: "est",
  },
  {
    key: "gangue-raw-meal-per-t-clinker",
    value: 0.05,
    unit: "t/t",
    descriptionZh: "每吨熟料生料中可替代黏土的煤矸石（约 5%）",
    descriptionEn: "Coal gangue replacing clay in the raw meal per tonne of clinker (≈5%)",
    source:
      "assumption; the plan targets only 0.1 Mt/yr of gangue in cement by 2015 (三(二)1(1)), so real use may be far lower",
    status: "unverified",
  },
  {
    key: "coke-output-assumed-gchi-coking-plant",
    value: 1_000_000,
    unit: "t/a",
    descriptionZh: "GEM 化工清单焦化厂假定焦炭产能（100 万 t/a，源数据无产能）",
    descriptionEn:
      "Assumed coke output of a coking plant listed by the GEM Global Chemicals Inventory, which gives no capacity (1 Mt/yr, a common minimum size for Shanxi coking plants kept after consolidation)",
    source: "assumption; GEM Global Chemicals Inventory, November 2025 (V1) has no capacity column",
    status: "unverified",
  },
  {
    key: "straw-per-mw-year-biomass-power",
    value: 7200,
    unit: "t/(MW·a)",
    descriptionZh: "秸秆电厂每兆瓦·年消耗秸秆（6,000 h × 1.2 kg/kWh）",
    descriptionEn: "Straw burned per MW-year of straw power (6,000 h × 1.2 kg/kWh)",
    source: "derived; not yet confirmed",
    status: "unverified",
  },
  {
    key: "raw-coal-per-cmm-proxy-mine",
    value: 3_000_000,
    unit: "t/a",
    descriptionZh: "以瓦斯发电项目代表的煤矿假定原煤产量（300 万 t/a）",
    descriptionEn:
      "Assumed raw-coal output of a mine represented by a coal-mine-methane power project (3 Mt/yr, a typical large Shanxi mine)",
    source: "assumption for the CMM mine proxies",
    status: "unverified",
  },
  {
    key: "gangue-per-cmm-proxy-mine",
    value: 360_000,
    unit: "t/a",
    descriptionZh: "瓦斯发电项目代表的煤矿年产煤矸石（300 万 t × 12%）",
    descriptionEn:
      "Coal gangue per CMM-proxy mine: raw-coal-per-cmm-proxy-mine (3 Mt) × coal-gangue-per-t-raw-coal (0.12)",
    source: "derived from raw-coal-per-cmm-proxy-mine × coal-gangue-per-t-raw-coal",
    status: "est",
  },
  {
    key: "mine-water-per-t-raw-coal",
    value: 1.0,
    unit: "m3/t",
    descriptionZh: "每吨原煤涌出矿井水（约 1 m3）",
    descriptionEn: "Mine water per tonne of raw coal (≈1 m3)",
    source: "common figure; not yet confirmed",
    status: "unverified",
  },
  {
    key: "waste-heat-per-t-steel",
    value: 0.5,
    unit: "GJ/t",
    descriptionZh: "每吨粗钢可回收低品位余热（约 0.5 GJ）",
    descriptionEn: "Recoverable low-grade waste heat per tonne of crude steel (≈0.5 GJ)",
    source: "common figure; not yet confirmed",
    status: "unverified",
  },
  {
    key: "waste-heat-per-t-coke",
    value: 1.0,
    unit: "GJ/t",
    descriptionZh: "每吨焦炭可回收余热（干熄焦等，约 1.0 GJ）",
    descriptionEn: "Recoverable waste heat per tonne of coke (dry quenching etc., ≈1.0 GJ)",
    source: "common figure; not yet confirmed",
    status: "unverified",
  },
  {
    key: "stockpile-tonnes-per-mu",
    value: 5600,
    unit: "t/亩",
    descriptionZh: "每亩堆存占地对应的固体废物量（“十一五”利用 2.8 亿吨、减少占地 5 万亩以上：≤ 5,600 t/亩）",
    descriptionEn:
      "Tonnes of stockpiled solid waste per mu of land (11th FYP: 280 Mt used, more than 50,000 mu of land spared: ≤ 5,600 t/mu)",
    source: "山西省“十二五”资源节约与综合利用规划 一(一)(3)",
    status: "plan",
  },
  {
    key: "stockpile-years-of-output",
    value: 3.4,
    unit: "yr",
    descriptionZh:
      "存量估算：相当于几年的产生量（“十一五”大宗工业固废利用率由 22% 升至 42%，5 年平均未利用约 68%：5 × 0.68 = 3.4 年；不含 2006 年以前的存量，偏低）",
    descriptionEn:
      "Stockpile estimate in years of current output (11th FYP: bulk industrial solid-waste utilisation rose from 22 % to 42 %, so about 68 % went unused over 5 years: 5 × 0.68 = 3.4; ignores stockpiles from before 2006, so low)",
    source: "山西省“十二五”资源节约与综合利用规划 一(一)(1)",
    status: "plan",
  },
] as const satisfies readonly CoefficientSpec[];

export type CoefficientKey = (typeof COEFFICIENTS)[number]["key"];

const BY_KEY = new Map<string, CoefficientSpec>(COEFFICIENTS.map((c) => [c.key, c]));

/** The coefficient for a key; throws on an unknown key (a programming error). */
export function coefficient(key: CoefficientKey): CoefficientSpec {
  const c = BY_KEY.get(key);
  if (!c) throw new Error(`Unknown coefficient: ${key}`);
  return c;
}

/** True when `key` names a catalogue coefficient. */
export function isCoefficientKey(key: string): key is CoefficientKey {
  return BY_KEY.has(key);
}

/** Joins the keys of an estimate made from several coefficients (e.g. BF slag + steel slag into one output). */
export const COMPOSITE_KEY_SEPARATOR = "+";

/** The catalogue keys behind a stored coefficient key: one key, or the parts of a composite "a+b" key. */
export function coefficientKeysOf(key: string): string[] {
  return key
    .split(COMPOSITE_KEY_SEPARATOR)
    .map((k) => k.trim())
    .filter(Boolean);
}
