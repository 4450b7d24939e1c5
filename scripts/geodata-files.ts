/**
 * Reads the shared source files and renders every geodata/ output file as text (no writing), so the build
 * script and the up-to-date test share one code path.
 */
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { FeatureCollection } from "geojson";
import {
  cdmdbSites,
  convertDataVCollection,
  geodbSites,
  withChineseNames,
  wriSites,
  CITY_NAMES_EN,
  DATAV_ATTRIBUTION,
  NATURAL_EARTH_ATTRIBUTION,
  naturalEarthRivers,
  naturalEarthUrbanAreas,
  GPPD_ATTRIBUTION,
  GCPT_ATTRIBUTION,
  type CsvRow,
  type RegionLevel,
} from "./geodata-transform";
import type { SeedSite } from "../prisma/seed/seed-site";
import { GPPD_NAMES_ZH } from "./gppd-names-zh";
import { createCountyLocator } from "../app/domain/point-in-county";
import {
  countSites,
  distinctChineseNames,
  emptyGemReport,
  gcctSites,
  gchiSites,
  gcmtSites,
  gcptSites,
  gemAttribution,
  gistSites,
  mergeWithGppd,
  GEM_TRACKERS,
  type GemReport,
  type GemTracker,
} from "./gem-transform";

/** The GEM source files the transform reads, copied verbatim (with their SOURCE.md) into geodata/facilities/gem/. */
export const GEM_FILES: Record<GemTracker, string[]> = {
  gcmt: ["gcmt_mines_shanxi.csv"],
  gcpt: ["gcpt_units_shanxi.csv"],
  gcct: ["gcct_plants_shanxi.csv"],
  gist: ["gist_plant_data_shanxi.csv", "gist_plant_capacities_status_shanxi.csv"],
  gchi: ["gchi_plants_shanxi.csv"],
};

export const REPO_ROOT = path.resolve(__dirname, "..");

/** The shared folder: SHARED_DIR, else `../shared` beside the repository. */
export function sharedDir(): string {
  return path.resolve(process.env.SHARED_DIR ?? path.join(REPO_ROOT, "..", "shared"));
}

function readJson(file: string): FeatureCollection {
  return JSON.parse(fs.readFileSync(file, "utf8")) as FeatureCollection;
}

export function readCsv(file: string): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(fs.readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length)
    throw new Error(`${file}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join("; ")}`);
  return parsed.data;
}

/** One feature per line: small diffs when a boundary changes, still valid GeoJSON. */
function featureCollectionText(fc: FeatureCollection, extra: Record<string, unknown>): string {
  const head = JSON.stringify({ type: "FeatureCollection", ...extra }).slice(0, -1);
  return `${head},"features":[\n${fc.features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
}

/** Every output file of `npm run geodata`, keyed by its path under geodata/. */
export function renderGeodataFiles(shared: string = sharedDir()): {
  files: Record<string, string>;
  sites: SeedSite[];
  gem: SeedSite[];
  gemReport: GemReport;
} {
  const b = path.join(shared, "geodata", "boundaries");
  const f = path.join(shared, "geodata", "facilities");
  if (!fs.existsSync(b)) throw new Error(`Shared geodata not found at ${b}; set SHARED_DIR to the shared folder`);
  const files: Record<string, string> = {};

  const sets: [RegionLevel, string, string][] = [
    ["province", "shanxi_province_datav_gcj02.geojson", "shanxi-province.wgs84.geojson"],
    ["city", "shanxi_cities_datav_gcj02.geojson", "shanxi-cities.wgs84.geojson"],
    ["county", "shanxi_counties_datav_gcj02.geojson", "shanxi-counties.wgs84.geojson"],
  ];
  const meta = {
    coordinateSystem: "WGS84 (EPSG:4326), converted from GCJ-02 with gcoord",
    attribution: DATAV_ATTRIBUTION,
    licence: "unclear (no licence granted); see geodata/README.md",
    generatedBy: "npm run geodata (scripts/build-geodata.ts)",
  };
  for (const [level, src, out] of sets) {
    files[`boundaries/${out}`] = featureCollectionText(
      convertDataVCollection(readJson(path.join(b, src)), level),
      meta,
    );
  }

  const wri = wriSites(readCsv(path.join(f, "gppd_wri_china_raw_shanxi.csv")));
  const cdm = cdmdbSites(readCsv(path.join(f, "gppd_cdmdb_shanxi.csv")), wri);
  const geo = geodbSites(readCsv(path.join(f, "gppd_geodb_shanxi.csv")), wri);
  // Chinese names last, after GEODB duplicates have added their notes to the WRI sites.
  const sites = withChineseNames([...wri, ...cdm, ...geo], GPPD_NAMES_ZH).sort((x, y) => x.id.localeCompare(y.id));
  const doc = {
    generatedBy: "npm run geodata (scripts/build-geodata.ts)",
    coordinateSystem: "WGS84 (EPSG:4326), as in the source",
    licence: "CC BY 4.0",
    attribution: `${GPPD_ATTRIBUTION} ${GCPT_ATTRIBUTION[0].toUpperCase()}${GCPT_ATTRIBUTION.slice(1)}.`,
    sites,
  };
  files["facilities/gppd-shanxi-sites.json"] = `${JSON.stringify(doc, null, 1)}\n`;

  // GEM trackers: copy the files used (verbatim, with SOURCE.md), then transform them.
  const gemDir = path.join(f, "gem");
  const text = (t: GemTracker, file: string) =>
    fs.readFileSync(path.join(gemDir, GEM_TRACKERS[t].folder, file), "utf8");
  for (const t of Object.keys(GEM_FILES) as GemTracker[]) {
    for (const file of ["SOURCE.md", ...GEM_FILES[t]])
      files[`facilities/gem/${GEM_TRACKERS[t].folder}/${file}`] = text(t, file);
  }
  const csv = (t: GemTracker, file: string) => readCsv(path.join(gemDir, GEM_TRACKERS[t].folder, file));
  const countyFc = JSON.parse(files["boundaries/shanxi-counties.wgs84.geojson"]) as FeatureCollection;
  const locator = createCountyLocator(
    countyFc.features.map((c) => ({ adcode: String(c.properties!.adcode), geometry: c.geometry as never })),
  );
  const countyNames = new Map(countyFc.features.map((c) => [String(c.properties!.adcode), String(c.properties!.name)]));
  const countyName = (lng: number, lat: number) => {
    const hit = locator.locateWithin(lng, lat, 3);
    return hit ? (countyNames.get(hit.adcode) ?? null) : null;
  };
  const cityAt = (lng: number, lat: number) => {
    const hit = locator.locateWithin(lng, lat, 3);
    return hit ? (CITY_NAMES_EN[`${hit.adcode.slice(0, 4)}00`] ?? null) : null;
  };
  const report = emptyGemReport();
  const mines = gcmtSites(csv("gcmt", "gcmt_mines_shanxi.csv"), countyName, report);
  const merged = mergeWithGppd(gcptSites(csv("gcpt", "gcpt_units_shanxi.csv"), report, cityAt), sites, report);
  const cement = gcctSites(csv("gcct", "gcct_plants_shanxi.csv"), report);
  const steel = gistSites(
    csv("gist", "gist_plant_data_shanxi.csv"),
    csv("gist", "gist_plant_capacities_status_shanxi.csv"),
    report,
  );
  const chem = gchiSites(csv("gchi", "gchi_plants_shanxi.csv"), report);
  const gem = distinctChineseNames([...mines, ...merged.sites, ...cement, ...steel, ...chem], report).sort((x, y) =>
    x.id.localeCompare(y.id),
  );
  const ids = new Set<string>();
  for (const s of gem) {
    if (ids.has(s.id)) throw new Error(`GEM transform made two sites with id ${s.id}`);
    ids.add(s.id);
  }
  countSites(gem, report);
  const gemDoc = {
    generatedBy: "npm run geodata (scripts/build-geodata.ts, scripts/gem-transform.ts)",
    coordinateSystem: "WGS84 (EPSG:4326), as in the source",
    licence: "CC BY 4.0",
    attribution: (Object.keys(GEM_TRACKERS) as GemTracker[]).map(gemAttribution),
    note: "Shanxi subsets of Global Energy Monitor trackers, filtered to Shanxi and normalised by Symbiosis Atlas. Sites whose id starts with gppd- are GPPD coal plants merged with their GCPT plant (GCPT data used); `supersedes` lists the GPPD site ids these records replace.",
    supersedes: merged.supersedes,
    report,
    sites: gem,
  };
  files["facilities/gem-shanxi-sites.json"] = `${JSON.stringify(gemDoc, null, 1)}\n`;

  // Basemap context (Natural Earth, public domain): rivers and urban areas, drawn under the sites.
  const ne = path.join(shared, "geodata", "basemap", "natural-earth");
  const neMeta = {
    coordinateSystem: "WGS84 (EPSG:4326), as in the source",
    attribution: NATURAL_EARTH_ATTRIBUTION,
    licence: "public domain (Natural Earth)",
    generatedBy: "npm run geodata (scripts/build-geodata.ts)",
  };
  files["basemap/shanxi-rivers.ne.geojson"] = featureCollectionText(
    naturalEarthRivers(readJson(path.join(ne, "shanxi_rivers_lake_centerlines.geojson"))),
    neMeta,
  );
  files["basemap/shanxi-urban-areas.ne.geojson"] = featureCollectionText(
    naturalEarthUrbanAreas(readJson(path.join(ne, "shanxi_urban_areas_50m.geojson"))),
    neMeta,
  );
  return { files, sites, gem, gemReport: report };
}
