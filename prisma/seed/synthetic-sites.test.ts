import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { consumerCoverage, generateSyntheticSites, mulberry32, type SyntheticInput } from "./synthetic-sites";
import { createCountyLocator } from "../../app/domain/point-in-county";
import { MATERIAL_CODES } from "../../app/domain/materials";
import { SHANXI_CITIES } from "../../app/domain/shanxi-cities";
import { isCoefficientKey } from "../../app/domain/coefficients";

type Props = { adcode: string; name: string; center: [number, number] };
const read = (f: string) =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "..", "geodata", "boundaries", f), "utf8"),
  ) as FeatureCollection<Polygon | MultiPolygon, Props>;
const counties = read("shanxi-counties.wgs84.geojson");
const cities = read("shanxi-cities.wgs84.geojson");
const locator = createCountyLocator(
  counties.features.map((f) => ({ adcode: f.properties.adcode, geometry: f.geometry })),
);
const seat = (a: string) =>
  [...counties.features, ...cities.features].find((f) => f.properties.adcode === a)!.properties.center;

const PARK_IDS = [
  "park-tisco",
  "park-jinhaiyang",
  "park-tongmei-tashan",
  "park-xishan",
  "park-luan",
  "park-antai",
  "park-chem-jiaocheng",
  "park-chem-jiexiu-lingshi",
  "park-chem-hongtong",
  "park-chem-hejin-wenxi-xinjiang",
  "park-chalco-shanxi-base",
];
function input(seed: number): SyntheticInput {
  return {
    seed,
    counties: counties.features.map((f) => ({
      adcode: f.properties.adcode,
      nameZh: f.properties.name,
      geometry: f.geometry,
      seat: f.properties.center,
    })),
    citySeats: Object.fromEntries(cities.features.map((f) => [f.properties.adcode, f.properties.center])),
    // Park centres at a county seat are enough to exercise placement here.
    parks: PARK_IDS.map((id, i) => ({
      id,
      center: seat(
        ["140108", "140603", "140214", "140181", "140403", "140781", "141122", "140781", "141024", "140882", "140882"][
          i
        ],
      ),
      radiusKm: 5,
    })),
    anchors: [
      {
        slug: "hejin-red-mud",
        lng: seat("140882")[0],
        lat: seat("140882")[1],
        material: "red-mud",
        count: 6,
        radiusKm: 35,
      },
    ],
  };
}

describe("mulberry32", () => {
  it("is deterministic per seed and spreads over [0, 1)", () => {
    const a = mulberry32(7),
      b = mulberry32(7),
      c = mulberry32(8);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.slice(0, 5)).not.toEqual(Array.from({ length: 5 }, () => c()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });
});

describe("generateSyntheticSites", () => {
  const sites = generateSyntheticSites(input(42));

  it("is deterministic: same seed → same sites; another seed → other points", () => {
    expect(generateSyntheticSites(input(42))).toEqual(sites);
    const other = generateSyntheticSites(input(43));
    expect(other.map((s) => [s.lng, s.lat])).not.toEqual(sites.map((s) => [s.lng, s.lat]));
  });

  it("labels every site as synthetic", () => {
    for (const s of sites) {
      expect(s.synthetic).toBe(true);
      expect(s.id).toMatch(/^syn-/);
      expect(s.nameZh).toMatch(/^合成·/);
      expect(s.nameEn).toMatch(/^Synthetic /);
      expect(s.source).toBe("synthetic (deterministic demo data, seed 42)");
      expect(s.licence).toBe("n/a");
      expect(s.precision).toBe("estimated");
      expect(s.notes).toMatch(/^SYNTHETIC/);
    }
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
  });

  it("puts every point inside a Shanxi county", () => {
    for (const s of sites) expect(locator.locate(s.lng, s.lat), s.id).not.toBeNull();
  });

  it("gives every material consumers in every one of the 11 cities", () => {
    const cov = consumerCoverage(sites, (s) => locator.locate(s.lng, s.lat));
    for (const city of SHANXI_CITIES) {
      for (const m of MATERIAL_CODES) expect(cov.get(city.adcode)?.has(m), `${m} in ${city.nameEn}`).toBe(true);
    }
  });

  it("places the anchor's consumers within its radius", () => {
    const [lng, lat] = seat("140882");
    const near = sites.filter((s) => s.notes?.includes("hejin-red-mud"));
    expect(near).toHaveLength(6);
    for (const s of near) {
      expect(s.intakes.some((i) => i.material === "red-mud")).toBe(true);
      expect(
        Math.hypot((s.lng - lng) * 111.32 * Math.cos((lat * Math.PI) / 180), (s.lat - lat) * 111.32),
      ).toBeLessThanOrEqual(35.1);
    }
  });

  it("marks estimated quantities with a catalogue coefficient and keeps quantities positive", () => {
    for (const s of sites) {
      for (const o of s.outputs) {
        expect(o.tonnesPerYear).toBeGreaterThan(0);
        if (o.estimated) expect(isCoefficientKey(o.coefficientKey ?? "")).toBe(true);
      }
      for (const i of s.intakes) {
        expect(i.capacityTonnesPerYear).toBeGreaterThan(0);
        if (i.estimated) expect(isCoefficientKey(i.coefficientKey ?? "")).toBe(true);
      }
    }
  });

  it("creates group-owned sites inside parks so enterprise and park cycles exist", () => {
    const tisco = sites.filter((s) => s.parkId === "park-tisco");
    expect(
      tisco.some((s) => s.ownerGroup?.includes("TISCO") && s.intakes.some((i) => i.material === "steel-slag")),
    ).toBe(true);
    const antai = sites.filter((s) => s.parkId === "park-antai");
    expect(antai.some((s) => s.intakes.some((i) => i.material === "coke-oven-gas"))).toBe(true);
  });

  it("never invents coal mines, power plants, cement, steel or coking plants (real data covers them)", () => {
    const real = ["coal-mine", "coal-power", "gangue-power", "cement", "steel", "coking", "alumina"];
    expect(sites.filter((s) => real.includes(s.industry)).map((s) => s.id)).toEqual([]);
    expect(
      sites.filter((s) =>
        s.outputs.some((o) =>
          ["coal-gangue", "fly-ash", "fgd-gypsum", "steel-slag", "coke-oven-gas", "red-mud"].includes(o.material),
        ),
      ),
    ).toEqual([]);
  });
});
