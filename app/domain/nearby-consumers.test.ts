import { describe, expect, it } from "vitest";
import { buildConsumerIndex, findNearbyConsumers, remainingCapacity, type NearbyQuery } from "./nearby-consumers";
import { materialSpec, type MaterialCode } from "./materials";
import type { RegistrySite, SiteIntake } from "./registry-types";
import { haversineKm } from "./distance";

const TAIYUAN: [number, number] = [112.549, 37.857];
const DATONG: [number, number] = [113.3, 40.076];

function site(
  id: string,
  [lng, lat]: [number, number],
  intakes: Partial<SiteIntake>[],
  over: Partial<RegistrySite> = {},
): RegistrySite {
  return {
    id,
    name: `厂${id}`,
    nameEn: `Plant ${id}`,
    ownerGroup: null,
    industry: "cement",
    lng,
    lat,
    countyAdcode: "140100",
    cityAdcode: "140100",
    parkId: null,
    capacityMw: null,
    outsideProvince: false,
    status: "operating",
    provenance: { source: "test", licence: "test", precision: "exact", synthetic: true, sourceRef: null },
    outputs: [],
    intakes: intakes.map((i) => ({
      material: "red-mud" as MaterialCode,
      route: "cement",
      capacityTonnesPerYear: 1000,
      committedTonnesPerYear: 0,
      ...i,
    })),
    ...over,
  };
}

const redMud = materialSpec("red-mud")!;
const pointQuery = (lngLat: [number, number], over: Partial<NearbyQuery> = {}): NearbyQuery => ({
  origin: { kind: "point", lng: lngLat[0], lat: lngLat[1] },
  material: redMud,
  ...over,
});

describe("findNearbyConsumers", () => {
  it("measures Taiyuan–Datong as the known ~255 km great-circle distance, road estimate × 1.3", () => {
    const index = buildConsumerIndex([site("datong", DATONG, [{}])]);
    const [r] = findNearbyConsumers(index, pointQuery(TAIYUAN));
    expect(r.distanceKm).toBeGreaterThan(250);
    expect(r.distanceKm).toBeLessThan(260);
    expect(r.roadKm).toBeCloseTo(r.distanceKm * 1.3, 2);
    expect(findNearbyConsumers(index, pointQuery(TAIYUAN, { circuity: 1.5 }))[0].roadKm).toBeCloseTo(
      r.distanceKm * 1.5,
      2,
    );
  });

  it("only returns consumers of the asked material, sorted by distance, inside the radius", () => {
    const sites = [
      site("far", [112.0, 36.0], [{}]),
      site("near", [110.7, 35.6], [{}]),
      site("ash", [110.66, 35.6], [{ material: "fly-ash" }]),
      site("mid", [111.0, 35.7], [{}]),
    ];
    const index = buildConsumerIndex(sites);
    const origin: [number, number] = [110.65, 35.6];
    const all = findNearbyConsumers(index, pointQuery(origin));
    expect(all.map((r) => r.site.id)).toEqual(["near", "mid", "far"]);
    const within = findNearbyConsumers(index, pointQuery(origin, { radiusKm: 40 }));
    expect(within.map((r) => r.site.id)).toEqual(["near", "mid"]);
    expect(within.every((r) => r.distanceKm <= 40)).toBe(true);
    expect(findNearbyConsumers(index, pointQuery(origin, { limit: 1 })).map((r) => r.site.id)).toEqual(["near"]);
    expect(findNearbyConsumers(index, { ...pointQuery(origin), material: materialSpec("straw")! })).toEqual([]);
  });

  it("computes cost from road km and the material's cost, and trucking CO2 from the factor", () => {
    const index = buildConsumerIndex([site("a", [111, 36], [{}])]);
    const [r] = findNearbyConsumers(index, pointQuery([111.5, 36], { co2KgPerTonneKm: 0.1 }));
    const road = haversineKm(111.5, 36, 111, 36) * 1.3;
    expect(r.costYuanPerTonne).toBeCloseTo(road * redMud.costYuanPerTonneKm, 1);
    expect(r.co2KgPerTonne).toBeCloseTo(road * 0.1, 2);
  });

  it("gives no trucking CO2 for piped materials", () => {
    const index = buildConsumerIndex([site("a", [111, 36], [{ material: "mine-water" }])]);
    const [r] = findNearbyConsumers(index, { ...pointQuery([111.1, 36]), material: materialSpec("mine-water")! });
    expect(r.co2KgPerTonne).toBeNull();
  });

  it("classifies cycle levels: same site / owner group → enterprise, same park → park, else region, cross-province flagged", () => {
    const producer = { id: "p", ownerGroup: "中铝", parkId: "hejin-base", outsideProvince: false };
    const sites = [
      site("p", [110.65, 35.6], [{}], { ownerGroup: "中铝", parkId: "hejin-base" }),
      site("sister", [110.7, 35.6], [{}], { ownerGroup: "中铝" }),
      site("parkmate", [110.75, 35.6], [{}], { parkId: "hejin-base" }),
      site("other", [110.8, 35.6], [{}], { parkId: "elsewhere" }),
      site("shaanxi", [110.2, 35.5], [{}], { outsideProvince: true }),
    ];
    const index = buildConsumerIndex(sites);
    const levels = Object.fromEntries(
      findNearbyConsumers(index, {
        origin: { kind: "site", lng: 110.65, lat: 35.6, site: producer },
        material: redMud,
      }).map((r) => [r.site.id, [r.cycleLevel, r.crossProvince]]),
    );
    expect(levels).toEqual({
      p: ["enterprise", false],
      sister: ["enterprise", false],
      parkmate: ["park", false],
      other: ["region", false],
      shaanxi: ["cross-province", true],
    });
    const fromPark = findNearbyConsumers(index, {
      origin: { kind: "park", lng: 110.65, lat: 35.6, parkId: "hejin-base" },
      material: redMud,
    });
    expect(fromPark.find((r) => r.site.id === "parkmate")?.cycleLevel).toBe("park");
    expect(fromPark.find((r) => r.site.id === "sister")?.cycleLevel).toBe("region");
  });

  it("includes consumers with no remaining capacity, marked full", () => {
    const index = buildConsumerIndex([
      site("full", [111, 36], [{ capacityTonnesPerYear: 500, committedTonnesPerYear: 500 }]),
      site("free", [111.2, 36], [{}]),
    ]);
    const results = findNearbyConsumers(index, pointQuery([111, 36]));
    expect(results.map((r) => [r.site.id, r.full, r.remainingCapacityTonnes])).toEqual([
      ["full", true, 0],
      ["free", false, 1000],
    ]);
  });
});

describe("remainingCapacity", () => {
  it("sums capacity − committed per route, never letting an over-committed route eat another's capacity", () => {
    const intakes: SiteIntake[] = [
      { material: "red-mud", route: "cement", capacityTonnesPerYear: 100_000, committedTonnesPerYear: 30_000 },
      { material: "red-mud", route: "backfill", capacityTonnesPerYear: 20_000, committedTonnesPerYear: 25_000 },
      { material: "fly-ash", route: "cement", capacityTonnesPerYear: 999_999, committedTonnesPerYear: 0 },
    ];
    const c = remainingCapacity(intakes, "red-mud");
    expect(c.capacityTonnes).toBe(120_000);
    expect(c.committedTonnes).toBe(55_000);
    expect(c.remainingTonnes).toBe(70_000);
    expect(c.routes.map((r) => [r.route, r.remainingTonnes])).toEqual([
      ["cement", 70_000],
      ["backfill", 0],
    ]);
  });
  it("is zero with no intake of the material", () => {
    expect(remainingCapacity([], "red-mud")).toEqual({
      capacityTonnes: 0,
      committedTonnes: 0,
      remainingTonnes: 0,
      routes: [],
    });
  });
});
