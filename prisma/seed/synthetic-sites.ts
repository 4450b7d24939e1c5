/**
 * The deterministic SYNTHETIC site set, only for kinds no open dataset covers: consumers (wall materials,
 * gypsum board, ceramsite, backfill, road base, concrete, slag powder, recycled aggregate, straw users, gas
 * chemicals, district heat, water users…) and producers (magnesium, carbide PVC, construction waste, straw).
 * Coal mines, power plants, cement, steel and coking plants are real (GEM / GPPD) and never invented here.
 * Clearly labelled: synthetic=true, a "合成·" / "Synthetic" name, source naming the seed,
 * licence "n/a", precision "estimated". Same seed and inputs → identical output (mulberry32 PRNG, inputs
 * sorted by adcode). Every point is drawn inside a Shanxi county polygon.
 *
 * Capacity ranges (per site, per year) are plausible orders of magnitude for Shanxi plants, not data:
 * bricks/blocks 80–300 kt wastes; gypsum board 100–400 kt gypsum; Pidgeon magnesium 15–50 kt Mg; carbide PVC
 * 100–300 kt PVC.
 */
import { area as turfArea, bbox as turfBbox, booleanPointInPolygon } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import type { MaterialCode } from "../../app/domain/materials";
import type { SeedIntake, SeedOutput, SeedSite } from "./seed-site";
import { createCountyLocator, type CountyLocator } from "../../app/domain/point-in-county";
import { cityAdcodeOf, shanxiCity, SHANXI_CITIES } from "../../app/domain/shanxi-cities";
import { roundCoord } from "../../app/domain/coordinates";
import {
  carbideSlagFromPvc,
  gypsumIntakeFromCement,
  magnesiumSlagFromMagnesium,
  type Estimate,
} from "../../app/domain/tonnage";
import { GROUPS } from "./plan-sites";

export const DEFAULT_SYNTHETIC_SEED = 20110101;

export interface SyntheticCounty {
  adcode: string;
  nameZh: string;
  geometry: Polygon | MultiPolygon;
  /** County seat, WGS84. */
  seat: [number, number];
}

export interface SyntheticPark {
  id: string;
  center: [number, number];
  radiusKm: number;
}

/** A named producer around which consumers of `material` are placed (e.g. red mud from Hejin). */
export interface SyntheticAnchor {
  slug: string;
  lng: number;
  lat: number;
  material: MaterialCode;
  count: number;
  radiusKm: number;
}

export interface SyntheticInput {
  seed: number;
  counties: readonly SyntheticCounty[];
  /** City seats by city adcode (WGS84). */
  citySeats: Readonly<Record<string, [number, number]>>;
  parks: readonly SyntheticPark[];
  anchors: readonly SyntheticAnchor[];
}

/** mulberry32: a small, fast, well-known 32-bit PRNG; deterministic for a given seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Range = readonly [number, number];

interface IntakeRule {
  material: MaterialCode;
  route: string;
  /** Capacity range per year in the material's unit, or "gypsum-retarder" (3% of the cement output). */
  capacity: Range | "gypsum-retarder";
  /** Probability the site has this intake (1 = always). */
  p: number;
}

interface OutputRule {
  material: MaterialCode;
  estimate?: (activity: number) => Estimate;
  /** Drawn directly when there is no coefficient (synthetic, not an estimate). */
  range?: Range;
}

interface SiteType {
  slug: string;
  industry: string;
  zh: string;
  en: string;
  intakes: readonly IntakeRule[];
  outputs?: readonly OutputRule[];
  /** Activity (t/yr of main product) drawn for producers and cement plants. */
  activity?: Range;
  activityNote?: (activity: number) => string;
}

const kt = (a: number, b: number): Range => [a * 1000, b * 1000];
const Mt = (a: number, b: number): Range => [a * 1e6, b * 1e6];

const TYPES = {
  wall: {
    slug: "wall",
    industry: "wall-materials",
    zh: "新型墙材厂",
    en: "wall-materials plant",
    intakes: [
      { material: "coal-gangue", route: "wall-materials", capacity: kt(50, 200), p: 1 },
      { material: "fly-ash", route: "wall-materials", capacity: kt(30, 150), p: 0.9 },
      { material: "construction-waste", route: "wall-materials", capacity: kt(20, 80), p: 0.4 },
      { material: "magnesium-slag", route: "wall-materials", capacity: kt(10, 40), p: 0.3 },
      { material: "steel-slag", route: "wall-materials", capacity: kt(10, 40), p: 0.3 },
      { material: "red-mud", route: "wall-materials", capacity: kt(10, 50), p: 0.3 },
      { material: "fgd-gypsum", route: "wall-materials", capacity: kt(10, 40), p: 0.3 },
    ],
  },
  gypsumBoard: {
    slug: "gypsum-board",
    industry: "gypsum-board",
    zh: "石膏板厂",
    en: "gypsum-board plant",
    intakes: [
      { material: "fgd-gypsum", route: "gypsum-board", capacity: kt(100, 400), p: 1 },
      { material: "fgd-gypsum", route: "gypsum-powder", capacity: kt(20, 80), p: 0.5 },
    ],
  },
  ceramsite: {
    slug: "ceramsite",
    industry: "ceramsite",
    zh: "陶粒厂",
    en: "ceramsite plant",
    intakes: [
      { material: "coal-gangue", route: "ceramsite", capacity: kt(50, 150), p: 1 },
      { material: "fly-ash", route: "ceramsite", capacity: kt(50, 150), p: 1 },
    ],
  },
  backfill: {
    slug: "backfill",
    industry: "mine-backfill",
    zh: "矿山充填站",
    en: "mine backfill station",
    intakes: [
      { material: "coal-gangue", route: "backfill", capacity: kt(100, 500), p: 1 },
      { material: "fly-ash", route: "backfill", capacity: kt(50, 200), p: 0.8 },
      { material: "red-mud", route: "backfill", capacity: kt(20, 100), p: 0.3 },
    ],
  },
  roadBase: {
    slug: "road-base",
    industry: "road-base",
    zh: "路基材料厂",
    en: "road-base materials plant",
    intakes: [
      { material: "magnesium-slag", route: "road-base", capacity: kt(20, 80), p: 1 },
      { material: "steel-slag", route: "road-base", capacity: kt(50, 200), p: 0.8 },
      { material: "construction-waste", route: "road-base", capacity: kt(50, 200), p: 0.7 },
    ],
  },
  concrete: {
    slug: "concrete",
    industry: "concrete",
    zh: "混凝土搅拌站",
    en: "concrete and mortar plant",
    intakes: [
      { material: "fly-ash", route: "concrete", capacity: kt(30, 120), p: 1 },
      { material: "fgd-gypsum", route: "mortar", capacity: kt(10, 40), p: 0.6 },
    ],
  },
  slagPowder: {
    slug: "slag-powder",
    industry: "slag-powder",
    zh: "矿渣微粉厂",
    en: "slag powder mill",
    intakes: [{ material: "steel-slag", route: "slag-powder", capacity: kt(300, 800), p: 1 }],
  },
  recycledAggregate: {
    slug: "recycled-aggregate",
    industry: "recycled-aggregate",
    zh: "建筑废物再生骨料厂",
    en: "recycled aggregate plant",
    intakes: [{ material: "construction-waste", route: "recycled-aggregate", capacity: kt(200, 1000), p: 1 }],
  },
  straw: {
    slug: "straw-user",
    industry: "straw-utilisation",
    zh: "秸秆利用厂",
    en: "straw utilisation plant",
    intakes: [
      { material: "straw", route: "boards", capacity: kt(20, 100), p: 0.35 },
      { material: "straw", route: "biogas", capacity: kt(10, 60), p: 0.35 },
      { material: "straw", route: "fodder", capacity: kt(10, 50), p: 0.35 },
      { material: "straw", route: "pellet-fuel", capacity: kt(20, 100), p: 1 },
    ],
  },
  gasChem: {
    slug: "gas-chem",
    industry: "gas-chemicals",
    zh: "焦炉煤气化工厂",
    en: "coke-oven-gas chemicals plant",
    intakes: [
      { material: "coke-oven-gas", route: "methanol", capacity: Mt(100, 400), p: 0.6 },
      { material: "coke-oven-gas", route: "lng", capacity: Mt(100, 400), p: 1 },
    ],
  },
  districtHeat: {
    slug: "district-heat",
    industry: "district-heating",
    zh: "集中供热站",
    en: "district heating station",
    intakes: [{ material: "waste-heat", route: "district-heat", capacity: Mt(0.3, 2), p: 1 }],
  },
  waterUser: {
    slug: "water-user",
    industry: "water-user",
    zh: "洗煤厂（矿井水回用）",
    en: "coal washery (mine-water reuse)",
    intakes: [
      { material: "mine-water", route: "process-water", capacity: Mt(0.3, 2), p: 1 },
      { material: "mine-water", route: "cooling", capacity: Mt(0.2, 1), p: 0.3 },
    ],
  },
  desulf: {
    slug: "desulf",
    industry: "desulfurisation",
    zh: "脱硫剂利用热电厂",
    en: "CFB boiler plant (desulfuriser user)",
    intakes: [
      { material: "carbide-slag", route: "desulfurisation", capacity: kt(20, 100), p: 1 },
      { material: "red-mud", route: "desulfurisation", capacity: kt(10, 50), p: 0.4 },
    ],
  },
  refractories: {
    slug: "refractories",
    industry: "refractories",
    zh: "耐火材料厂",
    en: "refractories plant",
    intakes: [{ material: "red-mud", route: "refractories", capacity: kt(20, 80), p: 1 }],
  },
  ironRecovery: {
    slug: "iron-recovery",
    industry: "iron-recovery",
    zh: "赤泥选铁厂",
    en: "red-mud iron recovery plant",
    intakes: [{ material: "red-mud", route: "iron-recovery", capacity: kt(200, 800), p: 1 }],
  },
  fertiliser: {
    slug: "fertiliser",
    industry: "fertiliser",
    zh: "复合肥厂",
    en: "compound fertiliser plant",
    intakes: [{ material: "magnesium-slag", route: "fertiliser", capacity: kt(10, 50), p: 1 }],
  },
  glassCeramics: {
    slug: "glass-ceramics",
    industry: "glass-ceramics",
    zh: "微晶玻璃厂",
    en: "glass-ceramics plant",
    intakes: [{ material: "magnesium-slag", route: "glass-ceramics", capacity: kt(10, 40), p: 1 }],
  },
  lightCaco3: {
    slug: "light-caco3",
    industry: "light-caco3",
    zh: "轻质碳酸钙厂",
    en: "light calcium carbonate plant",
    intakes: [
      { material: "carbide-slag", route: "light-caco3", capacity: kt(50, 200), p: 1 },
      { material: "carbide-slag", route: "quicklime", capacity: kt(30, 100), p: 0.4 },
    ],
  },
  aluminaExtraction: {
    slug: "alumina-extraction",
    industry: "alumina-extraction",
    zh: "高铝粉煤灰提取氧化铝厂",
    en: "alumina-from-ash plant",
    intakes: [
      { material: "fly-ash", route: "alumina-extraction", capacity: kt(300, 1000), p: 1 },
      { material: "coal-gangue", route: "alumina-extraction", capacity: kt(100, 300), p: 0.7 },
    ],
  },
  // Producers.
  magnesium: {
    slug: "magnesium",
    industry: "magnesium",
    zh: "镁冶炼厂",
    en: "magnesium smelter",
    activity: kt(15, 50),
    activityNote: (a: number) => `Assumed magnesium output ${fmt(a)} t/yr (Pidgeon process).`,
    intakes: [],
    outputs: [{ material: "magnesium-slag", estimate: magnesiumSlagFromMagnesium }],
  },
  pvc: {
    slug: "pvc",
    industry: "pvc-carbide",
    zh: "电石法PVC厂",
    en: "carbide-route PVC plant",
    activity: kt(100, 300),
    activityNote: (a: number) => `Assumed PVC output ${fmt(a)} t/yr (carbide route).`,
    intakes: [],
    outputs: [{ material: "carbide-slag", estimate: carbideSlagFromPvc }],
  },
  constructionWaste: {
    slug: "construction-waste",
    industry: "construction-waste-source",
    zh: "城区建筑废物产生点",
    en: "urban construction-waste source",
    intakes: [],
    outputs: [{ material: "construction-waste", range: Mt(0.5, 3) }],
  },
  strawSource: {
    slug: "straw-source",
    industry: "agriculture",
    zh: "秸秆收储点",
    en: "straw collection point",
    intakes: [],
    outputs: [{ material: "straw", range: kt(30, 200) }],
  },
} satisfies Record<string, SiteType>;

type TypeKey = keyof typeof TYPES;

/** General consumers per city (placed anywhere in the city's counties, area-weighted, or near the seat). */
const CITY_CONSUMERS: readonly [TypeKey, number, "county" | "seat"][] = [
  ["wall", 4, "county"],
  ["gypsumBoard", 1, "county"],
  ["ceramsite", 1, "county"],
  ["backfill", 2, "county"],
  ["roadBase", 2, "county"],
  ["concrete", 3, "seat"],
  ["slagPowder", 1, "county"],
  ["recycledAggregate", 1, "seat"],
  ["straw", 3, "county"],
  ["gasChem", 1, "county"],
  ["districtHeat", 2, "seat"],
  ["waterUser", 1, "county"],
  ["desulf", 1, "county"],
];

/** Consumer types placed around an anchor producer of each material. */
const ANCHOR_CONSUMERS: Partial<Record<MaterialCode, readonly TypeKey[]>> = {
  "red-mud": ["wall", "refractories", "ironRecovery", "backfill", "desulf"],
  "coal-gangue": ["wall", "ceramsite", "backfill", "aluminaExtraction"],
  "steel-slag": ["slagPowder", "roadBase", "wall"],
  "magnesium-slag": ["fertiliser", "roadBase", "glassCeramics", "wall"],
  "carbide-slag": ["desulf", "lightCaco3"],
  "coke-oven-gas": ["gasChem"],
  "waste-heat": ["districtHeat"],
  "mine-water": ["waterUser"],
  "construction-waste": ["recycledAggregate"],
  straw: ["straw"],
};

/** Straw collection points per city (agricultural south and centre weigh more). */
const STRAW_PER_CITY: Record<string, number> = {
  "140100": 1,
  "140200": 3,
  "140300": 1,
  "140400": 3,
  "140500": 2,
  "140600": 2,
  "140700": 3,
  "140800": 5,
  "140900": 3,
  "141000": 4,
  "141100": 2,
};
/** Pidgeon magnesium smelters by county (Wenxi, Xiaoyi, Qingxu, Wutai: Shanxi's magnesium districts). */
const MAGNESIUM_COUNTIES: readonly [string, number][] = [
  ["140823", 2],
  ["141181", 2],
  ["140121", 1],
  ["140922", 1],
];

/** Enterprise- and park-cycle placements: synthetic sites put inside a named park, some with a group owner. */
const PARK_PLACEMENTS: readonly { park: string; type: TypeKey; owner: string | null; force?: MaterialCode[] }[] = [
  { park: "park-tisco", type: "slagPowder", owner: GROUPS.tisco },
  { park: "park-tisco", type: "districtHeat", owner: GROUPS.tisco },
  { park: "park-jinhaiyang", type: "wall", owner: GROUPS.chinaCoal },
  { park: "park-jinhaiyang", type: "ceramsite", owner: null },
  { park: "park-tongmei-tashan", type: "wall", owner: GROUPS.tongmei },
  { park: "park-tongmei-tashan", type: "gypsumBoard", owner: null },
  { park: "park-xishan", type: "backfill", owner: GROUPS.xishan },
  { park: "park-xishan", type: "waterUser", owner: GROUPS.xishan },
  { park: "park-luan", type: "wall", owner: GROUPS.luan },
  { park: "park-luan", type: "concrete", owner: null },
  { park: "park-antai", type: "gasChem", owner: GROUPS.antai },
  { park: "park-antai", type: "districtHeat", owner: null },
  { park: "park-chem-jiaocheng", type: "pvc", owner: null },
  { park: "park-chem-jiexiu-lingshi", type: "pvc", owner: null },
  { park: "park-chem-jiexiu-lingshi", type: "lightCaco3", owner: null },
  { park: "park-chem-hongtong", type: "pvc", owner: null },
  { park: "park-chem-hongtong", type: "desulf", owner: null },
  { park: "park-chem-hejin-wenxi-xinjiang", type: "pvc", owner: null },
  { park: "park-chem-hejin-wenxi-xinjiang", type: "desulf", owner: null, force: ["carbide-slag", "red-mud"] },
  { park: "park-chem-jiaocheng", type: "lightCaco3", owner: null },
  { park: "park-chalco-shanxi-base", type: "refractories", owner: GROUPS.chalco },
];

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en");
}

interface Placed {
  lng: number;
  lat: number;
  county: string;
}

/** Generates the synthetic sites; deterministic for a given input. */
export function generateSyntheticSites(input: SyntheticInput): SeedSite[] {
  const rand = mulberry32(input.seed);
  const counties = [...input.counties].sort((a, b) => a.adcode.localeCompare(b.adcode));
  const locator: CountyLocator = createCountyLocator(counties);
  const countyInfo = counties.map((c) => ({ ...c, bbox: turfBbox(c.geometry), areaKm2: turfArea(c.geometry) / 1e6 }));
  const byAdcode = new Map(countyInfo.map((c) => [c.adcode, c]));
  const parks = new Map(input.parks.map((p) => [p.id, p]));
  const counters = new Map<string, number>();
  const sites: SeedSite[] = [];
  const source = `synthetic (deterministic demo data, seed ${input.seed})`;

  const between = (r: Range) => r[0] + (r[1] - r[0]) * rand();
  const roundTo = (v: number, step: number) => Math.max(step, Math.round(v / step) * step);

  function pickWeighted<T>(items: readonly T[], weight: (t: T) => number): T {
    const total = items.reduce((s, t) => s + weight(t), 0);
    let x = rand() * total;
    for (const t of items) {
      x -= weight(t);
      if (x <= 0) return t;
    }
    return items[items.length - 1];
  }

  function pointInCounty(adcode: string): Placed {
    const c = byAdcode.get(adcode);
    if (!c) throw new Error(`Unknown county ${adcode}`);
    const [minX, minY, maxX, maxY] = c.bbox;
    for (let i = 0; i < 5000; i++) {
      const lng = roundCoord(minX + (maxX - minX) * rand());
      const lat = roundCoord(minY + (maxY - minY) * rand());
      if (booleanPointInPolygon([lng, lat], c.geometry)) return { lng, lat, county: adcode };
    }
    throw new Error(`Could not place a point in county ${adcode}`);
  }

  function pointNear(center: readonly [number, number], radiusKm: number, minKm = 0.5): Placed {
    for (let i = 0; i < 5000; i++) {
      const d = minKm + (radiusKm - minKm) * Math.sqrt(rand());
      const theta = 2 * Math.PI * rand();
      const lat = roundCoord(center[1] + (d * Math.sin(theta)) / 111.32);
      const lng = roundCoord(center[0] + (d * Math.cos(theta)) / (111.32 * Math.cos((center[1] * Math.PI) / 180)));
      const county = locator.locate(lng, lat);
      if (county) return { lng, lat, county };
    }
    throw new Error(`Could not place a point within ${radiusKm} km of ${center.join(",")}`);
  }

  function make(
    typeKey: TypeKey,
    at: Placed,
    opts: { owner?: string | null; parkId?: string | null; force?: readonly MaterialCode[]; note?: string } = {},
  ): SeedSite {
    const t: SiteType = TYPES[typeKey];
    const city = cityAdcodeOf(at.county);
    const c = shanxiCity(city);
    if (!c) throw new Error(`County ${at.county} is not in a Shanxi city`);
    const key = `${t.slug}-${city}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const nn = String(n).padStart(2, "0");
    const activity = t.activity ? roundTo(between(t.activity), t.activity[0] >= 1e6 ? 100_000 : 1_000) : null;
    const force = new Set(opts.force ?? []);
    const intakes: SeedIntake[] = [];
    for (const rule of t.intakes) {
      const draw = rand(); // always drawn so one rule's outcome never shifts the others
      if (!(rule.p >= 1 || draw < rule.p || force.has(rule.material))) continue;
      if (intakes.some((i) => i.material === rule.material && i.route === rule.route)) continue;
      if (rule.capacity === "gypsum-retarder") {
        const e = gypsumIntakeFromCement(activity ?? 1e6);
        intakes.push({
          material: rule.material,
          route: rule.route,
          capacityTonnesPerYear: e.quantityPerYear,
          estimated: true,
          coefficientKey: e.coefficientKey,
        });
      } else {
        intakes.push({
          material: rule.material,
          route: rule.route,
          capacityTonnesPerYear: roundTo(between(rule.capacity), 1000),
          estimated: false,
          coefficientKey: null,
        });
      }
    }
    const outputs: SeedOutput[] = (t.outputs ?? []).map((o) => {
      if (o.estimate) {
        const e = o.estimate(activity ?? 0);
        return {
          material: o.material,
          tonnesPerYear: e.quantityPerYear,
          stockpileTonnes: 0,
          estimated: true,
          coefficientKey: e.coefficientKey,
        };
      }
      return {
        material: o.material,
        tonnesPerYear: roundTo(between(o.range!), 1000),
        stockpileTonnes: 0,
        estimated: false,
        coefficientKey: null,
      };
    });
    const site: SeedSite = {
      id: `syn-${t.slug}-${city}-${nn}`,
      nameZh: `合成·${c.shortZh}${t.zh}${nn}`,
      nameEn: `Synthetic ${c.nameEn} ${t.en} ${nn}`,
      ownerGroup: opts.owner ?? null,
      industry: t.industry,
      lng: at.lng,
      lat: at.lat,
      capacityMw: null,
      source,
      sourceRef: null,
      licence: "n/a",
      precision: "estimated",
      synthetic: true,
      notes: [
        "SYNTHETIC: not a real facility; location and quantities are generated demo data.",
        activity && t.activityNote ? t.activityNote(activity) : null,
        opts.note ?? null,
      ]
        .filter(Boolean)
        .join(" "),
      parkId: opts.parkId ?? null,
      outputs,
      intakes,
    };
    sites.push(site);
    return site;
  }

  const cityCounties = (city: string) => countyInfo.filter((c) => cityAdcodeOf(c.adcode) === city);
  const randomCountyOf = (city: string, rural = false) => {
    const all = cityCounties(city);
    const pool = rural ? all.filter((c) => !c.nameZh.endsWith("区")) : all;
    return pickWeighted(pool.length ? pool : all, (c) => c.areaKm2).adcode;
  };
  const seatOf = (city: string) => {
    const s = input.citySeats[city];
    if (!s) throw new Error(`No seat for city ${city}`);
    return s;
  };

  // 1. Producers with no open dataset: magnesium, construction waste, straw (carbide PVC: park placements).
  const producers: SeedSite[] = [];
  for (const { adcode: city } of SHANXI_CITIES) {
    producers.push(
      make("constructionWaste", pointNear(seatOf(city), 5, 0), {
        note: "City construction-waste arisings, aggregated at the city seat.",
      }),
    );
    for (let i = 0; i < STRAW_PER_CITY[city]; i++)
      producers.push(make("strawSource", pointInCounty(randomCountyOf(city, true))));
  }
  for (const [county, n] of MAGNESIUM_COUNTIES)
    for (let i = 0; i < n; i++) producers.push(make("magnesium", pointInCounty(county)));

  // 2. Park placements (enterprise and park cycles).
  for (const pl of PARK_PLACEMENTS) {
    const park = parks.get(pl.park);
    if (!park) throw new Error(`Synthetic placement names unknown park ${pl.park}`);
    const s = make(pl.type, pointNear(park.center, Math.max(1, park.radiusKm * 0.8), 0.3), {
      owner: pl.owner,
      parkId: park.id,
      force: pl.force,
    });
    if (s.outputs.length) producers.push(s);
  }

  // 3. General consumers in every city.
  for (const { adcode: city } of SHANXI_CITIES) {
    for (const [typeKey, n, where] of CITY_CONSUMERS) {
      for (let i = 0; i < n; i++) {
        const at = where === "seat" ? pointNear(seatOf(city), 15, 1) : pointInCounty(randomCountyOf(city));
        // The first wall-materials plant of each city takes the minor slags, so each city has consumers for them.
        const force =
          typeKey === "wall" && i === 0 ? (["red-mud", "magnesium-slag", "steel-slag"] as MaterialCode[]) : [];
        make(typeKey, at, { force });
      }
    }
  }

  // 4. Consumers around named anchors and around the producers generated above.
  // Rotating through each material's pool across anchors so every consumer type appears.
  const rotation = new Map<MaterialCode, number>();
  const around = (center: [number, number], material: MaterialCode, count: number, radiusKm: number, label: string) => {
    const pool = ANCHOR_CONSUMERS[material];
    if (!pool) return;
    for (let i = 0; i < count; i++) {
      const k = rotation.get(material) ?? 0;
      rotation.set(material, k + 1);
      make(pool[k % pool.length], pointNear(center, radiusKm, 1), {
        force: [material],
        note: `Placed within ${radiusKm} km of ${label}.`,
      });
    }
  };
  for (const a of [...input.anchors].sort((x, y) => x.slug.localeCompare(y.slug)))
    around([a.lng, a.lat], a.material, a.count, a.radiusKm, a.slug);
  for (const p of producers) {
    for (const o of p.outputs) {
      const spec: Partial<Record<MaterialCode, [number, number]>> = {
        "magnesium-slag": [3, 60],
        "carbide-slag": [3, 60],
        "coke-oven-gas": [1, 10],
        "waste-heat": [1, 6],
        "mine-water": [1, 12],
        "construction-waste": [1, 15],
        straw: [1, 30],
      };
      const s = spec[o.material];
      if (s) around([p.lng, p.lat], o.material, s[0], s[1], p.id);
    }
  }

  return sites;
}

/** Materials with at least one synthetic consumer, per city adcode (used by tests and the seed report). */
export function consumerCoverage(
  sites: readonly SeedSite[],
  countyOf: (s: SeedSite) => string | null,
): Map<string, Set<MaterialCode>> {
  const cov = new Map<string, Set<MaterialCode>>();
  for (const s of sites) {
    const county = countyOf(s);
    if (!county) continue;
    const city = cityAdcodeOf(county);
    const set = cov.get(city) ?? new Set<MaterialCode>();
    for (const i of s.intakes) set.add(i.material);
    cov.set(city, set);
  }
  return cov;
}
