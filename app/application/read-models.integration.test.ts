// The read side of app/data on the fixture database: registry, site GeoJSON, regions, parks, places, nearby search.
import { beforeAll, describe, expect, it } from "vitest";
import { seedFixtures, HEJIN, PARK_ID, SITES, YANHU } from "../data/testing/fixtures";
import { findRegistrySite, markRegistryChanged, registryVersion } from "../data/registry";
import { loadRegistry } from "./registry-cache";
import { loadSitesGeoJson } from "./sites-geojson";
import { loadRegionNames, loadRegionNamesBilingual } from "../data/regions";
import { loadRegionsGeoJson } from "./regions";
import { loadParks, loadParksGeoJson } from "../data/parks";
import { loadPlaces } from "./places";
import { materialSettings, nearbyFromPoint, nearbyFromSite } from "./nearby";
import { prisma } from "../data/db";

// Synthetic sites count here (the Yanhu brickworks is synthetic); the default real-only rule is checked below.
const FACTORS = { circuity: 1.3, co2KgPerTonneKm: 0.08, includeSynthetic: true, includeNonOperating: false };

beforeAll(seedFixtures);

describe("registry", () => {
  it("maps every site row with its flows and provenance, ordered by id", async () => {
    const sites = await loadRegistry();
    expect(sites.map((s) => s.id)).toEqual([SITES.near, SITES.far, SITES.power, SITES.producer].sort());
    const producer = sites.find((s) => s.id === SITES.producer)!;
    expect(producer).toMatchObject({
      name: "测试铝厂",
      nameEn: "Fixture alumina",
      countyAdcode: HEJIN.adcode,
      cityAdcode: "140800",
      parkId: PARK_ID,
      ownerGroup: "G1",
      provenance: { source: "fixture", licence: "CC0", precision: "exact", synthetic: false, sourceRef: null },
      outputs: [
        { material: "red-mud", tonnesPerYear: 100_000, stockpileTonnes: 0, estimated: false, coefficient: null },
      ],
      intakes: [],
    });
    expect((await findRegistrySite(SITES.far))!.intakes).toEqual([
      {
        material: "red-mud",
        route: "wall-materials",
        capacityTonnesPerYear: 80_000,
        committedTonnesPerYear: 10_000,
        estimated: false,
        coefficient: null,
      },
    ]);
    expect(await findRegistrySite("nope")).toBeNull();
  });

  it("serves the cache until a write is announced", async () => {
    const before = await loadRegistry();
    await prisma.site.update({ where: { id: SITES.power }, data: { nameEn: "Renamed power" } });
    expect(await loadRegistry()).toBe(before); // cached: the write did not announce itself
    const v = registryVersion();
    markRegistryChanged();
    expect(registryVersion()).toBe(v + 1);
    expect((await loadRegistry()).find((s) => s.id === SITES.power)!.nameEn).toBe("Renamed power");
    await prisma.site.update({ where: { id: SITES.power }, data: { nameEn: "Fixture power" } });
    markRegistryChanged();
  });
});

describe("site GeoJSON", () => {
  it("joins county, city, park and coefficient rows and filters by material and role", async () => {
    const all = await loadSitesGeoJson();
    expect(all.features).toHaveLength(4);
    const power = all.features.find((f) => f.id === SITES.power)!;
    expect(power.geometry.coordinates).toEqual([110.6, 35.7]);
    expect(power.properties).toMatchObject({
      countyName: "河津市",
      countyNameEn: "Hejin",
      cityName: "运城市",
      role: "producer",
    });
    expect(power.properties.outputs[0].coefficientInfo).toMatchObject({ key: "fly-ash-per-mw-year", value: 550 });
    const producer = all.features.find((f) => f.id === SITES.producer)!;
    expect(producer.properties).toMatchObject({ parkName: "河津测试园区", parkNameEn: "Hejin fixture park" });

    const redMudConsumers = await loadSitesGeoJson({ materials: ["red-mud"], role: "consumer" });
    expect(redMudConsumers.features.map((f) => f.id).sort()).toEqual([SITES.far, SITES.near].sort());
    const inHejin = await loadSitesGeoJson({ bbox: [110.5, 35.4, 110.9, 35.8] });
    expect(inHejin.features.map((f) => f.id)).not.toContain(SITES.far);
  });
});

describe("regions and parks", () => {
  it("returns each level as GeoJSON with seat and centroid", async () => {
    const counties = await loadRegionsGeoJson("county");
    expect(counties.features.map((f) => f.id)).toEqual([YANHU.adcode, HEJIN.adcode]);
    expect(counties.features[1].properties).toMatchObject({
      name: "河津市",
      nameEn: "Hejin",
      parent: "140800",
      seat: [110.71, 35.6],
      centroid: [110.7, 35.6],
    });
    expect(counties.features[0].properties.seat).toBeNull();
    expect((await loadRegionsGeoJson("province")).features).toHaveLength(1);
    expect((await loadRegionNames()).get("140800")).toBe("运城市");
    expect((await loadRegionNamesBilingual()).get(YANHU.adcode)).toEqual({ zh: "盐湖区", en: "Yanhu" });
  });

  it("returns parks with their county name, drawn as a circle when they have no outline", async () => {
    const [park] = await loadParks();
    expect(park).toMatchObject({
      id: PARK_ID,
      name: "河津测试园区",
      countyName: "河津市",
      radiusKm: 8,
      geometry: null,
    });
    const fc = await loadParksGeoJson();
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].geometry.type).toBe("Polygon");
    expect(fc.features[0].properties).toMatchObject({ id: PARK_ID, shape: "circle" });
  });
});

describe("places", () => {
  it("lists counties and cities at their seat (else centroid), parks and sites with their county as alias", async () => {
    const places = await loadPlaces();
    expect(places.find((p) => p.id === HEJIN.adcode)).toMatchObject({ kind: "county", lng: 110.71, lat: 35.6 });
    expect(places.find((p) => p.id === YANHU.adcode)).toMatchObject({ kind: "county", lng: 111.1, lat: 35.1 });
    expect(places.find((p) => p.id === "140800")).toMatchObject({ kind: "city" });
    expect(places.find((p) => p.id === PARK_ID)).toMatchObject({ kind: "park", lng: 110.7, lat: 35.6 });
    expect(places.find((p) => p.id === SITES.producer)).toMatchObject({ kind: "site", aliases: ["河津市"] });
    expect(places.some((p) => p.id === "140000")).toBe(false); // the province is not a search origin
  });
});

describe("nearby consumers", () => {
  it("uses the material row's max haul as default radius and reads remaining capacity", async () => {
    expect(await materialSettings("red-mud")).toMatchObject({ code: "red-mud", maxHaulKm: 50, unit: "t" });
    const r = (await nearbyFromSite(SITES.producer, { material: "red-mud", ...FACTORS }))!;
    expect(r.query).toMatchObject({ radiusKm: 50, radiusSource: "material-max-haul" });
    expect(r.results.map((x) => x.site.id)).toEqual([SITES.near]); // the brickworks is ~62 km away
    expect(r.results[0]).toMatchObject({ remainingCapacityTonnes: 60_000, cycleLevel: "enterprise", full: false });
    expect(r.results[0].distanceKm).toBeCloseTo(4.98, 1);

    const wide = (await nearbyFromSite(SITES.producer, { material: "red-mud", radiusKm: 100, ...FACTORS }))!;
    expect(wide.results.map((x) => x.site.id)).toEqual([SITES.near, SITES.far]);
    expect(wide.results[1]).toMatchObject({ remainingCapacityTonnes: 70_000, cycleLevel: "region", synthetic: true });
    const realOnly = (await nearbyFromSite(SITES.producer, {
      material: "red-mud",
      radiusKm: 100,
      ...FACTORS,
      includeSynthetic: false,
    }))!;
    expect(realOnly.results.map((x) => x.site.id)).toEqual([SITES.near]);
    expect(await nearbyFromSite("nope", { material: "red-mud", ...FACTORS })).toBeNull();
  });

  it("searches from a point standing for a park, and answers null for an unknown park", async () => {
    const r = (await nearbyFromPoint({
      lng: 110.7,
      lat: 35.6,
      material: "fly-ash",
      k: 5,
      ...FACTORS,
      parkId: PARK_ID,
    }))!;
    expect(r.results.map((x) => x.site.id)).toEqual([SITES.near]);
    expect(
      await nearbyFromPoint({ lng: 110.7, lat: 35.6, material: "fly-ash", k: 5, ...FACTORS, parkId: "no-such-park" }),
    ).toBeNull();
  });
});
