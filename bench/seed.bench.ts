// Seed benchmark (issue 2). `npm run bench -- seed`.
// Prints: time to assemble the seed data from geodata/ (buildSeedData), point-in-county throughput on the
// 117 WGS84 counties (with the bounding-box prefilter), and wall time of a fresh `migrate deploy` + seed
// and of the second, no-op seed run on a temporary database.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSeedData } from "../prisma/seed-data";
import { createCountyLocator } from "../app/domain/point-in-county";
import { mulberry32 } from "../prisma/seed/synthetic-sites";
import type { MultiPolygon, Polygon } from "geojson";

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

export async function run() {
  const [data, buildMs] = timed(() => buildSeedData());
  console.log(
    `buildSeedData: ${buildMs.toFixed(0)} ms (${data.sites.length} sites, ${data.regions.length} regions, ${data.parks.length} parks)`,
  );

  const counties = data.regions
    .filter((r) => r.level === "county")
    .map((r) => ({ adcode: r.adcode, geometry: JSON.parse(r.geometry) as Polygon | MultiPolygon }));
  const locator = createCountyLocator(counties);
  const rand = mulberry32(1);
  const pts = Array.from({ length: 20_000 }, () => [110.2 + 4.4 * rand(), 34.5 + 6.3 * rand()] as const);
  const [hits, locMs] = timed(() => pts.filter(([x, y]) => locator.locate(x, y)).length);
  console.log(
    `point-in-county: ${((locMs * 1000) / pts.length).toFixed(1)} µs per point over ${pts.length} random points in Shanxi's bbox (${hits} inside a county)`,
  );

  const db = path.join(os.tmpdir(), `atlas-seed-bench-${process.pid}.db`);
  rmSync(db, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:${db}` };
  const root = path.resolve(__dirname, "..");
  const bin = (n: string) => path.join(root, "node_modules", ".bin", n);
  try {
    const [, migrateMs] = timed(() =>
      execFileSync(bin("prisma"), ["migrate", "deploy"], { env, cwd: root, stdio: "ignore" }),
    );
    const [, seedMs] = timed(() => execFileSync(bin("tsx"), ["prisma/seed.ts"], { env, cwd: root, stdio: "ignore" }));
    const [, againMs] = timed(() => execFileSync(bin("tsx"), ["prisma/seed.ts"], { env, cwd: root, stdio: "ignore" }));
    console.log(
      `fresh database: migrate deploy ${migrateMs.toFixed(0)} ms, seed ${seedMs.toFixed(0)} ms (process wall time), second seed (no-op) ${againMs.toFixed(0)} ms`,
    );
  } finally {
    rmSync(db, { force: true });
  }
}
