/**
 * Coefficients used to estimate quantities from capacity (shared/design/domain.md §3), plus the few derived
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
  { key: "fly-ash-per-t-coal", value: 0.36, unit: "t/t", descriptionZh: "每吨燃煤产生粉煤灰", descriptionEn: "Fly ash per tonne of coal burned (China 2017: 1.90e9 t coal, 6.86e8 t ash)", source: "刘全等 2021", status: "src" },
  { key: "fly-ash-per-mw-year", value: 550, unit: "t/(MW·a)", descriptionZh: "燃煤发电每兆瓦·年产生粉煤灰（400–700 t，取 550）", descriptionEn: "Fly ash per MW-year of coal power (range 400–700 t; 550 used): 4,500 h × 0.30 kgce/kWh; replace with plant data", source: "domain.md §3 estimate", status: "est" },
  { key: "fgd-gypsum-per-t-so2", value: 2.69, unit: "t/t", descriptionZh: "每吨脱除 SO2 产生脱硫石膏（化学计量）", descriptionEn: "FGD gypsum per tonne of SO2 removed (stoichiometric, CaSO4·2H2O/SO2 = 172/64)", source: "stoichiometry", status: "est" },
  { key: "so2-removed-per-mw-year", value: 36, unit: "t/(MW·a)", descriptionZh: "燃煤发电每兆瓦·年脱除 SO2（约 1,890 t 原煤 × 1% 硫 × 2 × 95% 脱硫效率）", descriptionEn: "SO2 removed per MW-year: ≈1,890 t raw coal (1,350 tce at 4,500 h × 0.30 kgce/kWh, 5,000 kcal/kg coal) × 1% S × 2 (SO2/S) × 95% removal", source: "derived; assumes 1% sulphur coal", status: "est" },
  { key: "fgd-gypsum-per-mw-year", value: 97, unit: "t/(MW·a)", descriptionZh: "燃煤发电每兆瓦·年产生脱硫石膏（36 t SO2 × 2.69）", descriptionEn: "FGD gypsum per MW-year of coal power: so2-removed-per-mw-year (36 t) × fgd-gypsum-per-t-so2 (2.69)", source: "derived from so2-removed-per-mw-year × fgd-gypsum-per-t-so2", status: "est" },
  { key: "red-mud-per-t-alumina", value: 1.3, unit: "t/t", descriptionZh: "每吨氧化铝（拜耳法）产生赤泥（1.0–1.5 t，取 1.3）", descriptionEn: "Red mud per tonne of alumina, Bayer process (1.0–1.5 t; 1.3 used)", source: "Liu et al., Minerals 10(9):773", status: "src" },
  { key: "magnesium-slag-per-t-mg", value: 6.5, unit: "t/t", descriptionZh: "每吨原镁（皮江法）产生镁渣（6–7 t，取 6.5）", descriptionEn: "Magnesium slag per tonne of magnesium, Pidgeon process (6–7 t; 6.5 used)", source: "CM Group; 山西镁业 2011", status: "src" },
  { key: "carbide-slag-per-t-pvc", value: 1.5, unit: "t/t", descriptionZh: "每吨电石法 PVC 产生电石渣（干基 1.3–1.7 t，取 1.5）", descriptionEn: "Carbide slag per tonne of PVC, carbide route (1.3–1.7 t dry; 1.5 used)", source: "stoichiometry at 1.45 t CaC2/t PVC", status: "est" },
  { key: "coal-gangue-per-t-raw-coal", value: 0.12, unit: "t/t", descriptionZh: "每吨原煤产生煤矸石（10–15%，取 12%）", descriptionEn: "Coal gangue per tonne of raw coal (10–15%; 12% used)", source: "Anawar et al.", status: "src" },
  { key: "gangue-per-mw-year-gangue-power", value: 2600, unit: "t/(MW·a)", descriptionZh: "煤矸石电厂每兆瓦·年消纳煤矸石（30 GW ↔ 7850 万 t/a）", descriptionEn: "Gangue absorbed by gangue-fired power per MW-year (plan: 30 GW ↔ 78.5 Mt/yr)", source: "山西省“十二五”资源节约与综合利用规划 三(一)2 电力行业", status: "plan" },
  { key: "gypsum-retarder-share-of-cement", value: 0.03, unit: "t/t", descriptionZh: "水泥中石膏缓凝剂掺量（约 3%）", descriptionEn: "Gypsum retarder share of cement mass (≈3%)", source: "GB 175 commentary", status: "src" },
  { key: "coke-oven-gas-per-t-coal", value: 300, unit: "Nm3/t", descriptionZh: "每吨入炉煤产生焦炉煤气（约 300 Nm3）", descriptionEn: "Coke-oven gas per tonne of coal charged (≈300 Nm3)", source: "ispatguru", status: "src" },
  { key: "coal-per-t-coke", value: 1.33, unit: "t/t", descriptionZh: "每吨焦炭耗入炉煤（约 1.33 t）", descriptionEn: "Coal charged per tonne of coke (≈1.33 t, i.e. ≈75% coke yield)", source: "common coking yield; not yet confirmed", status: "unverified" },
  { key: "coke-oven-gas-per-t-coke", value: 400, unit: "Nm3/t", descriptionZh: "每吨焦炭产生焦炉煤气（1.33 t 煤 × 300 Nm3）", descriptionEn: "Coke-oven gas per tonne of coke: coal-per-t-coke (1.33) × coke-oven-gas-per-t-coal (300 Nm3)", source: "derived", status: "est" },
  { key: "steel-slag-per-t-steel", value: 0.4, unit: "t/t", descriptionZh: "每吨粗钢产生钢渣与高炉渣（约 0.13 t 钢渣 + 0.27 t 高炉渣）", descriptionEn: "Steel + blast-furnace slag per tonne of crude steel (≈0.13 t converter slag + ≈0.27 t BF slag)", source: "common integrated-mill figure; not yet confirmed", status: "unverified" },
  { key: "straw-per-mw-year-biomass-power", value: 7200, unit: "t/(MW·a)", descriptionZh: "秸秆电厂每兆瓦·年消耗秸秆（6,000 h × 1.2 kg/kWh）", descriptionEn: "Straw burned per MW-year of straw power (6,000 h × 1.2 kg/kWh)", source: "derived; not yet confirmed", status: "unverified" },
  { key: "raw-coal-per-cmm-proxy-mine", value: 3_000_000, unit: "t/a", descriptionZh: "以瓦斯发电项目代表的煤矿假定原煤产量（300 万 t/a）", descriptionEn: "Assumed raw-coal output of a mine represented by a coal-mine-methane power project (3 Mt/yr, a typical large Shanxi mine)", source: "assumption for the CMM mine proxies", status: "unverified" },
  { key: "gangue-per-cmm-proxy-mine", value: 360_000, unit: "t/a", descriptionZh: "瓦斯发电项目代表的煤矿年产煤矸石（300 万 t × 12%）", descriptionEn: "Coal gangue per CMM-proxy mine: raw-coal-per-cmm-proxy-mine (3 Mt) × coal-gangue-per-t-raw-coal (0.12)", source: "derived from raw-coal-per-cmm-proxy-mine × coal-gangue-per-t-raw-coal", status: "est" },
  { key: "mine-water-per-t-raw-coal", value: 1.0, unit: "m3/t", descriptionZh: "每吨原煤涌出矿井水（约 1 m3）", descriptionEn: "Mine water per tonne of raw coal (≈1 m3)", source: "common figure; not yet confirmed", status: "unverified" },
  { key: "waste-heat-per-t-steel", value: 0.5, unit: "GJ/t", descriptionZh: "每吨粗钢可回收低品位余热（约 0.5 GJ）", descriptionEn: "Recoverable low-grade waste heat per tonne of crude steel (≈0.5 GJ)", source: "common figure; not yet confirmed", status: "unverified" },
  { key: "waste-heat-per-t-coke", value: 1.0, unit: "GJ/t", descriptionZh: "每吨焦炭可回收余热（干熄焦等，约 1.0 GJ）", descriptionEn: "Recoverable waste heat per tonne of coke (dry quenching etc., ≈1.0 GJ)", source: "common figure; not yet confirmed", status: "unverified" },
  { key: "stockpile-tonnes-per-mu", value: 5600, unit: "t/亩", descriptionZh: "每亩堆存占地对应的固体废物量（“十一五”利用 2.8 亿吨、减少占地 5 万亩以上：≤ 5,600 t/亩）", descriptionEn: "Tonnes of stockpiled solid waste per mu of land (11th FYP: 280 Mt used, more than 50,000 mu of land spared: ≤ 5,600 t/mu)", source: "山西省“十二五”资源节约与综合利用规划 一(一)(3)", status: "plan" },
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
