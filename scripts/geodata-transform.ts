/**
 * Pure transformations behind `npm run geodata`: DataV GCJ-02 boundaries → WGS84 features, and the GPPD
 * Shanxi rows → seed site records. No file access here so the rules can be unit-tested.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { gcj02GeometryToWgs84, gcj02ToWgs84, roundCoord, type LngLat } from "../app/domain/coordinates";
import { haversineKm } from "../app/domain/distance";
import { COUNTY_NAMES_EN } from "./county-names-en";
import { SHANXI_ADCODE, SHANXI_CITIES } from "../app/domain/shanxi-cities";
import type { SeedSite } from "../prisma/seed/seed-site";
import type { GppdNameZh } from "./gppd-names-zh";
import {
  fgdGypsumFromCoalMw,
  flyAshFromCoalMw,
  gangueIntakeFromGanguePowerMw,
  gangueOfCmmProxyMine,
  strawIntakeFromBiomassMw,
} from "../app/domain/tonnage";

export const COORD_DECIMALS = 6;

// Verbatim attribution texts from shared/geodata/SOURCES.md.
export const DATAV_ATTRIBUTION =
  "Boundaries: Aliyun DataV.GeoAtlas (AutoNavi/Amap data), via github.com/Civitasv/DataV_GeoJSON";
export const GPPD_ATTRIBUTION =
  "Global Energy Observatory, Google, KTH Royal Institute of Technology in Stockholm, Enipedia, World Resources Institute. Global Power Plant Database v1.3.0 (2021). World Resources Institute. CC BY 4.0.";
export const GCPT_ATTRIBUTION = "includes data from Global Energy Monitor, Global Coal Plant Tracker";
export const GPPD_LICENCE = "CC BY 4.0";

/** English names of the province and its 11 prefecture-level cities (DataV has Chinese names only). */
export const CITY_NAMES_EN: Record<string, string> = {
  [SHANXI_ADCODE]: "Shanxi",
  ...Object.fromEntries(SHANXI_CITIES.map((c) => [c.adcode, c.nameEn])),
};

export type RegionLevel = "province" | "city" | "county";

export interface RegionProperties {
  adcode: string;
  name: string;
  nameEn: string | null;
  level: RegionLevel;
  /** DataV's own level value (province | city | district). */
  datavLevel: string;
  parentAdcode: string | null;
  /** Seat of government, WGS84 (DataV `center`, converted). */
  center: LngLat;
  /** Polygon centroid, WGS84 (DataV `centroid`, converted). */
  centroid: LngLat;
  childrenNum: number | null;
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;

interface DataVProperties {
  adcode: number | string;
  name: string;
  center?: [number, number];
  centroid?: [number, number];
  childrenNum?: number;
  level: string;
  parent?: { adcode: number | string } | null;
}

function convertPointRounded(p: [number, number]): LngLat {
  const q = gcj02ToWgs84(p);
  return [roundCoord(q[0], COORD_DECIMALS), roundCoord(q[1], COORD_DECIMALS)];
}

/** Converts a DataV GCJ-02 FeatureCollection to WGS84 region features (geometry, seat and centroid). */
export function convertDataVCollection(
  fc: FeatureCollection,
  level: RegionLevel,
): FeatureCollection<Polygon | MultiPolygon, RegionProperties> {
  const features = fc.features.map((f): RegionFeature => {
    const p = f.properties as unknown as DataVProperties;
    if (f.geometry.type !== "Polygon" && f.geometry.type !== "MultiPolygon") {
      throw new Error(`Region ${p.adcode} has geometry type ${f.geometry.type}, expected (Multi)Polygon`);
    }
    const adcode = String(p.adcode);
    if (!/^14\d{4}$/.test(adcode)) throw new Error(`Unexpected adcode ${adcode} (not in Shanxi)`);
    if (!p.center && !p.centroid) throw new Error(`Region ${adcode} has neither center nor centroid`);
    const center = p.center ?? p.centroid!;
    const centroid = p.centroid ?? p.center!;
    return {
      type: "Feature",
      properties: {
        adcode,
        name: p.name,
        nameEn: CITY_NAMES_EN[adcode] ?? COUNTY_NAMES_EN[adcode] ?? null,
        level,
        datavLevel: p.level,
        parentAdcode: p.parent?.adcode != null && String(p.parent.adcode) !== "100000" ? String(p.parent.adcode) : null,
        center: convertPointRounded(center),
        centroid: convertPointRounded(centroid),
        childrenNum: p.childrenNum ?? null,
      },
      geometry: gcj02GeometryToWgs84(f.geometry, COORD_DECIMALS),
    };
  });
  features.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  return { type: "FeatureCollection", features };
}

// ---------------------------------------------------------------- GPPD facilities

export type CsvRow = Record<string, string>;

/**
 * Duplicate coal-mine-methane projects: the WRI China list copied these from the UNFCCC CDM registry,
 * which GPPD also ships as CDMDB rows. Matched by project name (and capacity); the WRI row is kept.
 */
export const CMM_DUPLICATES: Record<string, string> = {
  CDMDB0000892: "WRI1070969", // Yangquan CMM utilisation, 90.2 vs 90 MW, same point
  CDMDB0001319: "WRI1071034", // Shanxi Coal Transport Yangquan branch, 30 MW, same point
  CDMDB0002929: "WRI1071158", // SDIC Xiyang Huangyanhui, 10 MW, same point
  CDMDB0003016: "WRI1071180", // Yangquan Nanmei, 12.5 vs 12 MW, 1.3 km apart
  CDMDB0003179: "WRI1071237", // Jincheng Chengzhuang, 18 MW (points 16 km apart; WRI point kept)
  CDMDB0003190: "WRI1071239", // Shaqu phase 1, 14 MW
  CDMDB0003195: "WRI1071241", // Shaqu phase 2, 56 MW
  CDMDB0003200: "WRI1071244", // Qinxin, 1.5 vs 1 MW, same point
  CDMDB0003266: "WRI1071262", // Yangquan Yinying, 5 MW
  CDMDB0003876: "WRI1071432", // Duanwang, 4 MW
  CDMDB0004098: "WRI1071489", // Shanxi Herui, 45 MW
  CDMDB0006026: "WRI1072038", // San Yuan Fu Da, 7 MW
};

/**
 * GPPD points known to be wrong, with no open source giving a better one: kept where GPPD puts them but
 * flagged (precision "estimated" + a note), so nobody reads them as the plant's place.
 */
export const UNRELIABLE_POINTS: Record<string, string> = {
  WRI1070969:
    "COORDINATE UNRELIABLE: the project is named after Yangquan (Yangquan Coal Industry Group's CMM utilisation), but GPPD's point (112.54, 38.31, 2 decimals; the CDM registry row is the same point) lies in Xinfu district, Xinzhou, ≈100 km from Yangquan's mines. No open source gives the plant's location.",
  WRI1071034:
    "COORDINATE UNRELIABLE: the project is named after Shanxi Coal Transport's Yangquan branch, but GPPD's point (112.54, 37.40, 2 decimals; the CDM registry row is the same point) lies in Taigu, Jinzhong, ≈100 km from Yangquan. No open source gives the plant's location.",
};

/** GEODB rows duplicate WRI plants when a WRI row of the same fuel lies within this distance. */
export const GEODB_DUPLICATE_KM = 2;

/**
 * Owner strings of GPPD rows normalised to the group names used across the seed, so that a plant and
 * the group's other sites form an enterprise cycle (docs/domain.md §1). Unlisted owners are kept verbatim.
 */
export const OWNER_GROUPS: Record<string, string> = {
  "China National Coal Group (ChinaCoal)": "中国中煤能源集团 China Coal",
  "Shanxi Taigang Stainless Steel Co.Ltd": "太原钢铁集团 TISCO",
  "Xishan Coal and Eletricity Power Co Ltd": "西山煤电集团 Xishan Coal & Electricity",
  "Xishan Coal and Eletricity Power Co.": "西山煤电集团 Xishan Coal & Electricity",
  "Luan Mining Industry Group Co": "潞安矿业集团 Lu'an Mining",
  "LuAn Mining Industry Group Co": "潞安矿业集团 Lu'an Mining",
};

/** Names that mark a gangue-fired / waste-coal plant (these also absorb coal gangue). */
const GANGUE_PLANT = /gangue|waste coal/i;

function num(s: string | undefined): number | null {
  if (s == null || s.trim() === "") return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** Coordinates given to fewer than 3 decimals (≈100 m) are treated as approximate. */
function precisionOf(lat: string, lng: string): "exact" | "estimated" {
  const decimals = (s: string) => (s.includes(".") ? s.trim().split(".")[1].length : 0);
  return Math.min(decimals(lat), decimals(lng)) >= 3 ? "exact" : "estimated";
}

function coalPlantSite(
  base: Omit<SeedSite, "outputs" | "intakes" | "industry">,
  capacityMw: number,
  name: string,
): SeedSite {
  const ash = flyAshFromCoalMw(capacityMw);
  const gyp = fgdGypsumFromCoalMw(capacityMw);
  const gangue = GANGUE_PLANT.test(name);
  return {
    ...base,
    industry: gangue ? "gangue-power" : "coal-power",
    // Gangue/waste-coal plants burn in CFB boilers that usually desulfurise in the furnace (limestone in the
    // bed), which yields no FGD gypsum, so only fly ash is estimated for them.
    outputs: [
      {
        material: "fly-ash" as const,
        tonnesPerYear: ash.quantityPerYear,
        stockpileTonnes: 0,
        estimated: true,
        coefficientKey: ash.coefficientKey,
      },
      ...(gangue
        ? []
        : [
            {
              material: "fgd-gypsum" as const,
              tonnesPerYear: gyp.quantityPerYear,
              stockpileTonnes: 0,
              estimated: true,
              coefficientKey: gyp.coefficientKey,
            },
          ]),
    ],
    notes: gangue
      ? [base.notes, "Gangue-fired CFB plant: in-furnace desulfurisation assumed, so no FGD gypsum is estimated."]
          .filter(Boolean)
          .join(" ")
      : base.notes,
    intakes: gangue
      ? [
          (() => {
            const g = gangueIntakeFromGanguePowerMw(capacityMw);
            return {
              material: "coal-gangue" as const,
              route: "power",
              capacityTonnesPerYear: g.quantityPerYear,
              estimated: true,
              coefficientKey: g.coefficientKey,
            };
          })(),
        ]
      : [],
  };
}

function cmmMineSite(base: Omit<SeedSite, "outputs" | "intakes" | "industry">): SeedSite {
  const g = gangueOfCmmProxyMine();
  return {
    ...base,
    industry: "coal-mine",
    precision: "estimated",
    notes: [
      base.notes,
      "Coal-mine proxy: the point is the mine's coal-mine-methane power project, not the gangue heap; gangue output is a fixed assumed mine size (3 Mt/yr raw coal × 12%).",
    ]
      .filter(Boolean)
      .join(" "),
    outputs: [
      {
        material: "coal-gangue",
        tonnesPerYear: g.quantityPerYear,
        stockpileTonnes: 0,
        estimated: true,
        coefficientKey: g.coefficientKey,
      },
    ],
    intakes: [],
  };
}

/** WRI raw China rows (Shanxi subset) → seed sites: coal plants and CMM mine proxies; wind and hydro dropped. */
export function wriSites(rows: readonly CsvRow[]): SeedSite[] {
  // Zhaoguang phases 1 and 2 share one plant ID and one point: merged into one site with the summed capacity.
  const groups = new Map<string, CsvRow[]>();
  for (const r of rows) {
    const fuel = r["Fuel"];
    if (fuel !== "Coal" && fuel !== "Coal Mine Methane") continue;
    const id = r["Power Plant ID"];
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  const sites: SeedSite[] = [];
  for (const [id, group] of groups) {
    const r = group[0];
    const capacityMw = group.reduce((s, g) => s + (num(g["Capacity (MW)"]) ?? 0), 0);
    const lat = num(r["Latitude"]);
    const lng = num(r["Longitude"]);
    if (lat == null || lng == null) throw new Error(`WRI ${id} has no coordinates`);
    const name =
      group.length > 1
        ? `${r["Name"].replace(/\s+Phase\s+\d+$/i, "")} (${group.map((g) => g["Name"].match(/Phase\s+\d+$/i)?.[0] ?? g["Name"]).join(" + ")})`
        : r["Name"];
    const owner = r["Owner"]?.trim() || null;
    const rowSource = r["Source"]?.trim();
    const notes = [
      owner ? `Owner (GPPD): ${owner}.` : null,
      r["Location"]?.trim() ? `Location text (GPPD, not used for county): ${r["Location"].trim()}.` : null,
      group.length > 1
        ? `Merged ${group.length} rows sharing plant ID ${id}: ${group.map((g) => `${g["Name"]} ${g["Capacity (MW)"]} MW`).join(", ")}.`
        : null,
      rowSource ? `Row source: ${rowSource}.` : null,
      name === "Enipedia"
        ? 'The source row is literally named "Enipedia" (a GPPD data oddity); the plant\'s real name is unknown.'
        : null,
    ]
      .filter(Boolean)
      .join(" ");
    const base = {
      id: `gppd-WRI${id}`,
      nameZh: name, // the reviewed Chinese name replaces this in withChineseNames
      nameEn: name,
      ownerGroup: owner ? (OWNER_GROUPS[owner] ?? owner) : null,
      lng,
      lat,
      capacityMw,
      source: `${GPPD_ATTRIBUTION}${rowSource === "GCPT" ? ` ${GCPT_ATTRIBUTION[0].toUpperCase()}${GCPT_ATTRIBUTION.slice(1)}.` : ""}`,
      sourceRef: `WRI${id}`,
      licence: GPPD_LICENCE,
      precision: precisionOf(r["Latitude"], r["Longitude"]),
      synthetic: false,
      notes: notes || null,
      parkId: null,
    };
    const unreliable = UNRELIABLE_POINTS[`WRI${id}`];
    const flagged = unreliable
      ? { ...base, precision: "estimated" as const, notes: [unreliable, base.notes].filter(Boolean).join(" ") }
      : base;
    sites.push(r["Fuel"] === "Coal" ? coalPlantSite(flagged, capacityMw, name) : cmmMineSite(flagged));
  }
  return sites;
}

/** CDMDB rows → CMM mine proxies (empty fuel1) and biomass straw consumers; duplicates of WRI rows dropped. */
export function cdmdbSites(rows: readonly CsvRow[], wri: readonly SeedSite[]): SeedSite[] {
  const wriRefs = new Set(wri.map((s) => s.sourceRef));
  for (const [cdm, w] of Object.entries(CMM_DUPLICATES)) {
    if (!rows.some((r) => r["gppd_idnr"] === cdm)) throw new Error(`CMM duplicate map names missing CDMDB row ${cdm}`);
    if (!wriRefs.has(w)) throw new Error(`CMM duplicate map names missing WRI row ${w}`);
  }
  const sites: SeedSite[] = [];
  for (const r of rows) {
    const fuel = r["fuel1"]?.trim() ?? "";
    const ref = r["gppd_idnr"];
    if (fuel !== "" && fuel !== "Biomass") continue; // wind, hydro, solar: not relevant here
    if (CMM_DUPLICATES[ref]) continue;
    const lat = num(r["latitude"]);
    const lng = num(r["longitude"]);
    const capacityMw = num(r["capacity_mw"]);
    if (lat == null || lng == null || capacityMw == null) throw new Error(`CDMDB ${ref} lacks coordinates or capacity`);
    if (fuel === "") {
      const near = wri.find((w) => w.industry === "coal-mine" && haversineKm(w.lng, w.lat, lng, lat) < 2);
      if (near)
        throw new Error(`CDMDB ${ref} is within 2 km of ${near.id} but not in CMM_DUPLICATES: check for a duplicate`);
    }
    const base = {
      id: `gppd-${ref}`,
      nameZh: r["name"],
      nameEn: r["name"],
      ownerGroup: r["owner"]?.trim() || null,
      lng,
      lat,
      capacityMw,
      source: `${GPPD_ATTRIBUTION} UNFCCC CDM project registry rows (CDMDB).`,
      sourceRef: ref,
      licence: GPPD_LICENCE,
      precision: precisionOf(r["latitude"], r["longitude"]),
      synthetic: false,
      notes: null,
      parkId: null,
    };
    if (fuel === "") {
      sites.push(cmmMineSite(base));
    } else {
      const s = strawIntakeFromBiomassMw(capacityMw);
      sites.push({
        ...base,
        industry: "biomass-power",
        outputs: [],
        intakes: [
          {
            material: "straw",
            route: "power",
            capacityTonnesPerYear: s.quantityPerYear,
            estimated: true,
            coefficientKey: s.coefficientKey,
          },
        ],
      });
    }
  }
  return sites;
}

/** GEODB rows: those duplicating a WRI plant are dropped (their capacity noted on the WRI site); others kept. */
export function geodbSites(rows: readonly CsvRow[], wri: SeedSite[]): SeedSite[] {
  const sites: SeedSite[] = [];
  for (const r of rows) {
    const ref = r["gppd_idnr"];
    const lat = num(r["latitude"]);
    const lng = num(r["longitude"]);
    const capacityMw = num(r["capacity_mw"]);
    if (lat == null || lng == null || capacityMw == null) throw new Error(`GEODB ${ref} lacks coordinates or capacity`);
    if (r["primary_fuel"] !== "Coal") continue;
    const dup = wri.find(
      (w) =>
        (w.industry === "coal-power" || w.industry === "gangue-power") &&
        haversineKm(w.lng, w.lat, lng, lat) <= GEODB_DUPLICATE_KM,
    );
    if (dup) {
      dup.notes = [
        dup.notes,
        `Also listed by Global Energy Observatory as ${ref} (${r["name"]}, ${capacityMw} MW); WRI capacity kept.`,
      ]
        .filter(Boolean)
        .join(" ");
      continue;
    }
    sites.push(
      coalPlantSite(
        {
          id: `gppd-${ref}`,
          nameZh: r["name"],
          nameEn: r["name"],
          ownerGroup: r["owner"]?.trim() || null,
          lng,
          lat,
          capacityMw,
          source: `${GPPD_ATTRIBUTION} Global Energy Observatory rows (GEODB).`,
          sourceRef: ref,
          licence: GPPD_LICENCE,
          precision: precisionOf(r["latitude"], r["longitude"]),
          synthetic: false,
          notes: null,
          parkId: null,
        },
        capacityMw,
        r["name"],
      ),
    );
  }
  return sites;
}

/** Notes telling the reader where a GPPD site's Chinese name comes from (bilingual: notes have no per-language field). */
export const ZH_NAME_NOTES: Record<GppdNameZh["kind"], string> = {
  translation: "中文名为本项目据英文源名翻译 / Chinese name translated by this project from the source's English name.",
  descriptive:
    "中文名为本项目据英文源名及所在县拟定的描述性名称，括号内为未能确认汉字的源名部分 / Chinese name is a descriptive name given by this project (county and type); the part of the source's English name whose characters could not be confirmed is kept in brackets.",
};

/**
 * Gives every GPPD site its reviewed Chinese name (nameEn stays the source's verbatim) and a note saying so.
 * Throws, listing every problem, when a site has no entry, an entry's English name differs from the source's
 * (GPPD renamed the row) or an entry names no site: new rows must never silently keep English-only names.
 */
export function withChineseNames(sites: readonly SeedSite[], names: Readonly<Record<string, GppdNameZh>>): SeedSite[] {
  const problems: string[] = [];
  const used = new Set<string>();
  const out = sites.map((s) => {
    const ref = s.sourceRef ?? s.id;
    const entry = Object.hasOwn(names, ref) ? names[ref] : undefined;
    if (!entry) {
      problems.push(`${ref} "${s.nameEn}" has no Chinese name`);
      return s;
    }
    used.add(ref);
    if (entry.en !== s.nameEn) problems.push(`${ref}: entry is for "${entry.en}" but the source name is "${s.nameEn}"`);
    if (!entry.zh.trim()) problems.push(`${ref}: empty Chinese name`);
    return { ...s, nameZh: entry.zh, notes: [s.notes, ZH_NAME_NOTES[entry.kind]].filter(Boolean).join(" ") };
  });
  for (const ref of Object.keys(names))
    if (!used.has(ref)) problems.push(`${ref} "${names[ref].en}" names no GPPD site`);
  if (problems.length) {
    throw new Error(
      `scripts/gppd-names-zh.ts does not match the GPPD rows (add or fix a reviewed translation):\n  ${problems.join("\n  ")}`,
    );
  }
  return out;
}

// ---- Natural Earth basemap context (rivers, urban areas) ----

export const NATURAL_EARTH_ATTRIBUTION = "Made with Natural Earth (public domain)";

/**
 * Chinese and English names of the Natural Earth rivers in the Shanxi clip, keyed on NE `rivernum` (NE v4.0.0 has
 * pinyin names only: "Huang" is the Yellow River). A river missing here fails the build, so a new clip is reviewed.
 */
export const RIVER_NAMES: Record<number, { zh: string; en: string }> = {
  66: { zh: "黄河", en: "Yellow River" },
  95: { zh: "黄河", en: "Yellow River" },
  1070: { zh: "汾河", en: "Fen River" },
  422: { zh: "桑干河", en: "Sanggan River" },
  873: { zh: "渭河", en: "Wei River" },
  881: { zh: "大理河", en: "Dali River" },
  885: { zh: "沁河", en: "Qin River" },
  893: { zh: "漳河", en: "Zhang River" },
  945: { zh: "无定河", en: "Wuding River" },
};

/** NE river centre lines → features with `name` (zh), `nameEn`, `rank` (NE scalerank: lower = larger river). */
export function naturalEarthRivers(fc: FeatureCollection): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: fc.features.map((f) => {
      const p = f.properties as { rivernum: number; scalerank: number; name: string };
      const names = RIVER_NAMES[p.rivernum];
      if (!names) throw new Error(`Natural Earth river ${p.name} (rivernum ${p.rivernum}) has no entry in RIVER_NAMES`);
      return {
        type: "Feature",
        geometry: f.geometry,
        properties: { name: names.zh, nameEn: names.en, rank: p.scalerank, neRivernum: p.rivernum },
      };
    }),
  };
}

/** NE 1:50m urban area polygons → features with `areaKm2` only. */
export function naturalEarthUrbanAreas(fc: FeatureCollection): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: fc.features.map((f) => ({
      type: "Feature",
      geometry: f.geometry,
      properties: { areaKm2: (f.properties as { area_sqkm: number }).area_sqkm },
    })),
  };
}
