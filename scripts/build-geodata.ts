/**
 * `npm run geodata`: rebuilds geodata/ from the shared source files (deterministic, re-runnable).
 *  - boundaries: DataV GCJ-02 province/cities/counties → WGS84 GeoJSON (6 decimals), seat and centroid too;
 *  - facilities: GPPD Shanxi rows → geodata/facilities/gppd-shanxi-sites.json (seed site records);
 *  - GEM trackers: copies of the files used (geodata/facilities/gem/) → geodata/facilities/gem-shanxi-sites.json,
 *    GCPT plants merged with the GPPD coal plants; prints a report of odd rows.
 * The shared folder is `../shared` beside the repository, or SHARED_DIR. The app reads only geodata/.
 */
import fs from "node:fs";
import path from "node:path";
import { renderGeodataFiles, REPO_ROOT, sharedDir } from "./geodata-files";
import { gemReportLines } from "./gem-transform";

const outDir = path.join(REPO_ROOT, "geodata");
const { files, sites, gem, gemReport } = renderGeodataFiles(sharedDir());
for (const [rel, text] of Object.entries(files)) {
  const file = path.join(outDir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`[geodata] wrote geodata/${rel} (${(text.length / 1024).toFixed(0)} KB)`);
}
const by = (ind: string) => sites.filter((s) => s.industry === ind).length;
console.log(
  `[geodata] sites: ${sites.length} (coal-power ${by("coal-power")}, gangue-power ${by("gangue-power")}, coal-mine proxies ${by("coal-mine")}, biomass ${by("biomass-power")})`,
);
for (const line of gemReportLines(gemReport, gem.length)) console.log(line);
