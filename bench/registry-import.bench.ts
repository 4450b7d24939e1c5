/**
 * Registry import/export throughput at the upload limit: 20,000 rows (10,000 sites × 2 flows) read, validated,
 * checked for duplicates against the existing registry and planned (the pure part of POST /api/import), for CSV
 * and XLSX; plus the export builders. Goal: a full-size file plans in well under 10 s on 2 cores.
 */
import { performance } from "node:perf_hooks";
import { prepareImport } from "../app/domain/import/prepare-import";
import { siteInputSchema } from "../app/domain/import/site-input";
import type { StoredSite } from "../app/domain/import/stored-site";
import { registryRows, rowsToCsv, rowsToXlsx } from "../app/domain/registry-export";

const inBox = (lng: number, lat: number) => lng >= 110.2 && lng <= 114.6 && lat >= 34.5 && lat <= 40.8;

function sites(n: number, prefix: string): StoredSite[] {
  return Array.from({ length: n }, (_, i) => ({
    ...siteInputSchema.parse({
      name: `${prefix}${i}`,
      industry: "cement",
      lng: 110.5 + ((i * 7919) % 4000) / 1000,
      lat: 35 + ((i * 104729) % 5500) / 1000,
      outputs: [{ material: "fly-ash", tonnesPerYear: 1000 + i }],
      intakes: [{ material: "coal-gangue", route: "cement", capacityTonnesPerYear: 500 + i }],
    }),
    id: `${prefix}-${i}`,
    countyAdcode: null,
  }));
}

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const r = await fn();
  console.log(`${label.padEnd(58)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
  return r;
}

export async function run() {
  const file = sites(Number(process.env.BENCH_SITES ?? 10_000), "bench-site");
  const existing = sites(5_000, "existing-site").map((s) => ({
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    lng: s.lng,
    lat: s.lat,
  }));
  const rows = registryRows(file);
  const csv = new TextEncoder().encode(
    await time(`export CSV (${rows.length} rows)`, async () => rowsToCsv(rows, "zh")),
  );
  const xlsx = await time(`export XLSX (${rows.length} rows)`, () => rowsToXlsx(rows, "zh"));
  console.log(`file sizes: CSV ${(csv.length / 1e6).toFixed(2)} MB, XLSX ${(xlsx.length / 1e6).toFixed(2)} MB`);
  for (const [format, bytes] of [
    ["csv", csv],
    ["xlsx", xlsx],
  ] as const) {
    const r = await time(`prepareImport ${format} (${rows.length} rows, vs ${existing.length} existing)`, () =>
      prepareImport(bytes, {
        format,
        crs: "gcj02",
        onDuplicate: "update",
        allowOutsideProvince: false,
        insideProvince: inBox,
        existing,
      }),
    );
    if (!r.ok) throw new Error(`bench file rejected: ${JSON.stringify(r.issues.slice(0, 3))}`);
  }
}
