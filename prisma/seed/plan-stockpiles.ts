/**
 * Stockpiles (存量) of the places the plan names as holding concentrated stockpiles: Shuozhou and Hejin ("产生量大、
 * 堆存集中") and the red-mud areas Hejin, Jiaokou and Yangquan. The plan names the places but gives no tonnages, so
 * each stockpile is ESTIMATED from the plan's own figures: the registry's real output of that material in that place
 * × the `stockpile-years-of-output` coefficient (the unused share of 2006–2010, when the plan says bulk industrial
 * solid-waste utilisation rose from 22 % to 42 %: 5 years × 68 % unused = 3.4 years of output). Each record stands at
 * the seat of the place the plan names, with the plan as its source and the sentence quoted.
 */
import type { MaterialCode } from "../../app/domain/materials";
import { coefficient } from "../../app/domain/coefficients";
import type { SeedSite } from "./seed-site";
import { PLAN_TITLE } from "../../app/domain/parks-catalogue";

export interface PlanStockpileSpec {
  id: string;
  nameZh: string;
  nameEn: string;
  material: MaterialCode;
  /** The place the plan names: a city (prefecture) or a county; the record stands at its seat. */
  place: { level: "city" | "county"; adcode: string; nameZh: string; nameEn: string };
  /** Plan section and the sentence naming the place. */
  section: string;
  quote: string;
}

const BASES_QUOTE =
  "在朔州、河津等大宗工业固体废物产生量大、堆存集中，在技术创新、体制创新方面具有一定基础的地区，建设一批资源综合利用示范基地。";
const RED_MUD_QUOTE = "在河津、交口、阳泉等赤泥集中产生区域，建设赤泥综合利用示范项目";
const SHUOZHOU = { level: "city", adcode: "140600", nameZh: "朔州市", nameEn: "Shuozhou" } as const;
const HEJIN = { level: "county", adcode: "140882", nameZh: "河津市", nameEn: "Hejin" } as const;

export const PLAN_STOCKPILES: readonly PlanStockpileSpec[] = [
  {
    id: "plan-stockpile-shuozhou-coal-gangue",
    nameZh: "朔州市煤矸石存量（规划点名，估算）",
    nameEn: "Shuozhou coal-gangue stockpiles (named by the plan, estimated)",
    material: "coal-gangue",
    place: SHUOZHOU,
    section: "四(四)1",
    quote: BASES_QUOTE,
  },
  {
    id: "plan-stockpile-shuozhou-fly-ash",
    nameZh: "朔州市粉煤灰存量（规划点名，估算）",
    nameEn: "Shuozhou fly-ash stockpiles (named by the plan, estimated)",
    material: "fly-ash",
    place: SHUOZHOU,
    section: "四(四)1",
    quote: BASES_QUOTE,
  },
  {
    id: "plan-stockpile-hejin-red-mud",
    nameZh: "河津市赤泥存量（规划点名，估算）",
    nameEn: "Hejin red-mud stockpiles (named by the plan, estimated)",
    material: "red-mud",
    place: HEJIN,
    section: "三(二)1(4); 四(四)1",
    quote: `${RED_MUD_QUOTE}；${BASES_QUOTE}`,
  },
  {
    id: "plan-stockpile-jiaokou-red-mud",
    nameZh: "交口县赤泥存量（规划点名，估算）",
    nameEn: "Jiaokou red-mud stockpiles (named by the plan, estimated)",
    material: "red-mud",
    place: { level: "county", adcode: "141130", nameZh: "交口县", nameEn: "Jiaokou" },
    section: "三(二)1(4)",
    quote: RED_MUD_QUOTE,
  },
  {
    id: "plan-stockpile-yangquan-red-mud",
    nameZh: "阳泉市赤泥存量（规划点名，估算）",
    nameEn: "Yangquan red-mud stockpiles (named by the plan, estimated)",
    material: "red-mud",
    place: { level: "city", adcode: "140300", nameZh: "阳泉市", nameEn: "Yangquan" },
    section: "三(二)1(4)",
    quote: RED_MUD_QUOTE,
  },
];

/** A site of the registry as far as the estimate needs it. */
export interface StockpileSourceSite {
  countyAdcode: string | null;
  synthetic: boolean;
  outputs: readonly { material: string; tonnesPerYear: number }[];
}

const inPlace = (place: PlanStockpileSpec["place"], countyAdcode: string | null) =>
  countyAdcode !== null &&
  (place.level === "county" ? countyAdcode === place.adcode : countyAdcode.slice(0, 4) === place.adcode.slice(0, 4));

/** Real (never synthetic) output of the spec's material in its place, t/yr: what the stockpile estimate scales. */
export function realOutputInPlace(spec: PlanStockpileSpec, sites: readonly StockpileSourceSite[]): number {
  let tonnes = 0;
  for (const s of sites)
    if (!s.synthetic && inPlace(spec.place, s.countyAdcode))
      for (const o of s.outputs) if (o.material === spec.material) tonnes += o.tonnesPerYear;
  return tonnes;
}

/**
 * The seed sites of the plan's stockpiles: one per spec with a positive estimate, at the seat of its place, producing
 * nothing now and holding the estimated stockpile (marked estimated, coefficient `stockpile-years-of-output`).
 */
export function planStockpileSites(
  sites: readonly StockpileSourceSite[],
  seatOf: (adcode: string) => [number, number],
  specs: readonly PlanStockpileSpec[] = PLAN_STOCKPILES,
): SeedSite[] {
  const years = coefficient("stockpile-years-of-output").value;
  const out: SeedSite[] = [];
  for (const spec of specs) {
    const outputTonnes = realOutputInPlace(spec, sites);
    const stockpileTonnes = Math.round(outputTonnes * years);
    if (stockpileTonnes <= 0) continue;
    const [lng, lat] = seatOf(spec.place.adcode);
    out.push({
      id: spec.id,
      nameZh: spec.nameZh,
      nameEn: spec.nameEn,
      ownerGroup: null,
      industry: "waste-stockpile",
      lng,
      lat,
      capacityMw: null,
      source: `${PLAN_TITLE} ${spec.section}: “${spec.quote}”`,
      sourceRef: null,
      licence: "public government document",
      precision: spec.place.level === "county" ? "county" : "estimated",
      synthetic: false,
      parkId: null,
      notes:
        `The plan names ${spec.place.nameEn} (${spec.place.nameZh}) as a place of concentrated stockpiles but gives no tonnage. ` +
        `ESTIMATE: ${Math.round(outputTonnes).toLocaleString("en")} t/yr real registry output of ${spec.material} in ` +
        `${spec.place.level === "city" ? "the city" : "the county"} × ${years} years (coefficient stockpile-years-of-output). ` +
        `Located at the ${spec.place.level} seat (${spec.place.level}-level precision); the heaps themselves are not mapped in open data.`,
      outputs: [
        {
          material: spec.material,
          tonnesPerYear: 0,
          stockpileTonnes,
          estimated: true,
          coefficientKey: "stockpile-years-of-output",
        },
      ],
      intakes: [],
    });
  }
  return out;
}
