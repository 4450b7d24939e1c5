/**
 * `npm run geodata`: rebuilds geodata/ from the shared source files (deterministic, re-runnable).
 *  - boundaries: DataV GCJ-02 province/cities/counties → WGS84 GeoJSON (6 decimals), seat and centroid too;
 *  - facilities: GPPD Shanxi rows → geodata/facilities/gppd-shanxi-sites.json (seed site records).
 * The shared folder is `../shared` beside the repository, or SHARED_DIR. The app reads only geodata/.
 */
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { FeatureCollection } from "geojson";
import {
  cdmdbSites,
  convertDataVCollection,
  geodbSites,
  wriSites,
  DATAV_ATTRIBUTION,
  GPPD_ATTRIBUTION,
  GCPT_ATTRIBUTION,
  type CsvRow,
  type RegionLevel,
} from "./geodata-transform";

const repoRoot = path.resolve(__dirname, "..");
const sharedDir = path.resolve(process.env.SHARED_DIR ?? path.join(repoRoot, "..", "shared"));
const outDir = path.join(repoRoot, "geodata");

function readJson(file: string): FeatureCollection {
  return JSON.parse(fs.readFileSync(file, "utf8")) as FeatureCollection;
}

function readCsv(file: string): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(fs.readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join("; ")}`);
  return parsed.data;
}

/** One feature per line: small diffs when a boundary changes, still valid GeoJSON. */
function featureCollectionText(fc: FeatureCollection, extra: Record<string, unknown>): string {
  const head = JSON.stringify({ type: "FeatureCollection", ...extra }).slice(0, -1);
  return `${head},"features":[\n${fc.features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
}

function write(rel: string, text: string) {
  const file = path.join(outDir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`[geodata] wrote geodata/${rel} (${(text.length / 1024).toFixed(0)} KB)`);
}

function main() {
  const b = path.join(sharedDir, "geodata", "boundaries");
  const f = path.join(sharedDir, "geodata", "facilities");
  if (!fs.existsSync(b)) throw new Error(`Shared geodata not found at ${b}; set SHARED_DIR to the shared folder`);

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
    const fc = convertDataVCollection(readJson(path.join(b, src)), level);
    write(`boundaries/${out}`, featureCollectionText(fc, meta));
  }

  const wri = wriSites(readCsv(path.join(f, "gppd_wri_china_raw_shanxi.csv")));
  const cdm = cdmdbSites(readCsv(path.join(f, "gppd_cdmdb_shanxi.csv")), wri);
  const geo = geodbSites(readCsv(path.join(f, "gppd_geodb_shanxi.csv")), wri);
  const sites = [...wri, ...cdm, ...geo].sort((x, y) => x.id.localeCompare(y.id));
  const doc = {
    generatedBy: "npm run geodata (scripts/build-geodata.ts)",
    coordinateSystem: "WGS84 (EPSG:4326), as in the source",
    licence: "CC BY 4.0",
    attribution: `${GPPD_ATTRIBUTION} ${GCPT_ATTRIBUTION[0].toUpperCase()}${GCPT_ATTRIBUTION.slice(1)}.`,
    sites,
  };
  write("facilities/gppd-shanxi-sites.json", `${JSON.stringify(doc, null, 1)}\n`);
  const by = (ind: string) => sites.filter((s) => s.industry === ind).length;
  console.log(`[geodata] sites: ${sites.length} (coal-power ${by("coal-power")}, gangue-power ${by("gangue-power")}, coal-mine proxies ${by("coal-mine")}, biomass ${by("biomass-power")})`);
}

main();
