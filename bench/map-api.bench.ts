// Map API benchmark (issue 2). `npm run bench -- map-api`.
// Prints, for registries of 1k and 10k random sites in Shanxi: time to filter (material+role, bbox), to build the
// /api/sites FeatureCollection, its JSON size, and to flatten it for the MapLibre source (done in the browser).
import { MATERIAL_CODES } from "../app/domain/materials";
import type { RegistrySite } from "../app/domain/registry-types";
import { filterSites } from "../app/domain/site-query";
import { mapSiteFeatureCollection, siteFeatureCollection } from "../app/domain/site-features";
import { mulberry32 } from "../prisma/seed/synthetic-sites";

function registry(n: number): RegistrySite[] {
  const rand = mulberry32(7);
  const pick = () => MATERIAL_CODES[Math.floor(rand() * MATERIAL_CODES.length)];
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-${i}`,
    name: `站点${i}`,
    nameEn: `Site ${i}`,
    ownerGroup: null,
    industry: "cement",
    lng: 110.2 + 4.4 * rand(),
    lat: 34.5 + 6.3 * rand(),
    countyAdcode: "140882",
    cityAdcode: "140800",
    parkId: null,
    capacityMw: null,
    outsideProvince: false,
    status: "operating",
    provenance: { source: "bench", licence: "n/a", precision: "exact", synthetic: true, sourceRef: null },
    outputs:
      rand() < 0.4
        ? [{ material: pick(), tonnesPerYear: 1e5 * rand(), stockpileTonnes: 0, estimated: true, coefficient: "k" }]
        : [],
    intakes:
      rand() < 0.7
        ? [{ material: pick(), route: "cement", capacityTonnesPerYear: 1e5 * rand(), committedTonnesPerYear: 0 }]
        : [],
  }));
}

/** Median of `runs` timings in ms. */
function median(fn: () => unknown, runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export async function run() {
  for (const n of [1_000, 10_000]) {
    const sites = registry(n);
    const lookups = { regionName: () => "河津市", park: () => undefined, coefficient: () => undefined };
    const filterMs = median(() => filterSites(sites, { materials: ["red-mud"], role: "producer" }));
    const bboxMs = median(() => filterSites(sites, { bbox: [111, 35, 112, 36] }));
    const fc = siteFeatureCollection(sites, lookups);
    const buildMs = median(() => siteFeatureCollection(sites, lookups));
    const json = JSON.stringify(fc);
    const stringifyMs = median(() => JSON.stringify(fc));
    const flattenMs = median(() => mapSiteFeatureCollection(fc));
    console.log(
      `${n} sites: filter material+role ${filterMs.toFixed(2)} ms, bbox ${bboxMs.toFixed(2)} ms; ` +
        `build FeatureCollection ${buildMs.toFixed(1)} ms, JSON ${stringifyMs.toFixed(1)} ms (${(json.length / 1024).toFixed(0)} KiB); ` +
        `flatten for MapLibre ${flattenMs.toFixed(1)} ms (median of 15)`,
    );
  }
}
