import { describe, expect, it } from "vitest";
import { VectorTile } from "@mapbox/vector-tile";
import Pbf from "pbf";
import {
  buildSiteTileIndex,
  encodeSiteTile,
  CLUSTER_MAX_ZOOM,
  CLUSTERED_NAME_MIN_ZOOM,
  TILE_MAX_ZOOM,
} from "../../workers/site-tiles.mjs";
import {
  addToFacets,
  countShownSites,
  isKeySite,
  MATERIAL_TILE_CODES,
  parseTileAddress,
  siteTileRecord,
  SITE_TILE_MAX_ZOOM,
  STATUS_TILE_CODES,
  type SiteFacet,
} from "./site-tiles";
import type { RegistrySite } from "./registry-types";
import { mulberry32 } from "../../prisma/seed/synthetic-sites";

const OPTS = { materials: MATERIAL_TILE_CODES, statuses: STATUS_TILE_CODES };

function site(id: string, lng: number, lat: number, over: Partial<RegistrySite> = {}): RegistrySite {
  return {
    id,
    name: `站点${id}`,
    nameEn: `Site ${id}`,
    ownerGroup: null,
    industry: "cement",
    lng,
    lat,
    countyAdcode: null,
    cityAdcode: null,
    parkId: null,
    capacityMw: null,
    outsideProvince: false,
    status: "operating",
    provenance: { source: "test", licence: "CC0", precision: "exact", synthetic: false, sourceRef: null },
    outputs: [],
    intakes: [],
    ...over,
  };
}

/** Tile x/y containing [lng, lat] at zoom z (Web Mercator). */
function tileOf(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [
    Math.floor(((lng + 180) / 360) * n),
    Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n),
  ];
}

function decode(bytes: Uint8Array) {
  return new VectorTile(new Pbf(bytes));
}

const flyAshPlant = site("gppd-1", 112.55, 37.87, {
  status: "construction",
  outputs: [
    { material: "fly-ash", tonnesPerYear: 400_000, stockpileTonnes: 0, estimated: true, coefficient: null },
    { material: "waste-heat", tonnesPerYear: 9e6, stockpileTonnes: 0, estimated: true, coefficient: null },
  ],
});
const cementWorks = site("syn-2", 112.56, 37.88, {
  provenance: { source: "synthetic", licence: "CC0", precision: "county", synthetic: true, sourceRef: null },
  intakes: [
    { material: "fly-ash", route: "cement", capacityTonnesPerYear: 900_000, committedTonnesPerYear: 0 },
    { material: "red-mud", route: "cement", capacityTonnesPerYear: 100_000, committedTonnesPerYear: 0 },
  ],
});

describe("site tile records", () => {
  it("carry only role, material tokens, size, synthetic, status, id and names", () => {
    expect(siteTileRecord(flyAshPlant)).toEqual({
      id: "gppd-1",
      lng: 112.55,
      lat: 37.87,
      key: false,
      properties: {
        id: "gppd-1",
        name: "站点gppd-1",
        nameEn: "Site gppd-1",
        role: "producer",
        produces: "|fly-ash|waste-heat|",
        absorbs: "",
        synthetic: false,
        status: "construction",
        sizeTonnesPerYear: 400_000,
      },
    });
    expect(siteTileRecord(cementWorks).properties).toMatchObject({
      role: "consumer",
      absorbs: "|fly-ash|red-mud|",
      synthetic: true,
      status: "operating",
      sizeTonnesPerYear: 1_000_000,
    });
  });

  it("mark the plan's bases and real park sites as never clustered", () => {
    expect(isKeySite(site("plan-tisco", 112, 37))).toBe(true);
    expect(isKeySite(site("gppd-9", 112, 37, { parkId: "park-a" }))).toBe(true);
    expect(isKeySite({ ...cementWorks, parkId: "park-a" })).toBe(false);
    expect(isKeySite(flyAshPlant)).toBe(false);
  });

  it("facets count sites per filterable combination, and the shown count follows role and material toggles", () => {
    const facets = new Map<string, SiteFacet>();
    for (const s of [flyAshPlant, flyAshPlant, cementWorks]) addToFacets(facets, siteTileRecord(s).properties);
    const list = [...facets.values()];
    expect(list.map((f) => f.count).sort()).toEqual([1, 2]);
    const all = ["producer", "consumer", "both"] as const;
    expect(countShownSites(list, { roles: all, materials: [], allMaterials: true })).toBe(3);
    expect(countShownSites(list, { roles: ["consumer"], materials: [], allMaterials: true })).toBe(1);
    expect(countShownSites(list, { roles: all, materials: ["red-mud"], allMaterials: false })).toBe(1);
    expect(countShownSites(list, { roles: all, materials: ["fly-ash"], allMaterials: false })).toBe(3);
    expect(countShownSites(list, { roles: all, materials: [], allMaterials: false })).toBe(0);
    expect(countShownSites(list, { roles: all, materials: [], allMaterials: true, showSynthetic: false })).toBe(2);
    expect(countShownSites(list, { roles: all, materials: [], allMaterials: true, statuses: ["construction"] })).toBe(
      2,
    );
    expect(
      countShownSites(list, {
        roles: all,
        materials: [],
        allMaterials: true,
        statuses: ["operating"],
        showSynthetic: false,
      }),
    ).toBe(0);
  });
});

describe("site tiles (MVT)", () => {
  it("encode every site of a small registry as its own point, decodable with its properties and position", () => {
    const index = buildSiteTileIndex([flyAshPlant, cementWorks].map(siteTileRecord), OPTS);
    const [x, y] = tileOf(112.55, 37.87, 12);
    const tile = decode(encodeSiteTile(index, 12, x, y));
    expect(Object.keys(tile.layers)).toEqual(["sites"]);
    const layer = tile.layers.sites;
    expect(layer.length).toBe(2);
    const features = Array.from({ length: layer.length }, (_, i) => layer.feature(i));
    const byId = new Map(features.map((f) => [f.properties.id, f]));
    expect(byId.get("syn-2")!.properties).toEqual({
      id: "syn-2",
      name: "站点syn-2",
      nameEn: "Site syn-2",
      role: "consumer",
      produces: "",
      absorbs: "|fly-ash|red-mud|",
      synthetic: true,
      status: "operating",
      sizeTonnesPerYear: 1_000_000,
    });
    const geo = byId.get("gppd-1")!.toGeoJSON(x, y, 12);
    expect(geo.geometry.type).toBe("Point");
    const [lng, lat] = (geo.geometry as GeoJSON.Point).coordinates;
    // Tile coordinates are whole units of 1/512 tile: ~19 m at zoom 12.
    expect(Math.abs(lng - 112.55)).toBeLessThan(0.0005);
    expect(Math.abs(lat - 37.87)).toBeLessThan(0.0005);
    // A tile with no site is empty (no layers), not an error.
    const [ex, ey] = tileOf(100, 20, 12);
    expect(encodeSiteTile(index, 12, ex, ey).length).toBe(0);
  });

  it("cluster a large registry at low zoom with counts per role, but never the key sites", () => {
    const rand = mulberry32(7);
    const sites: RegistrySite[] = [];
    for (let i = 0; i < 3000; i++) {
      const producer = i % 3 === 0;
      sites.push(
        site(`s${String(i).padStart(5, "0")}`, 111 + rand() * 2, 36 + rand() * 2, {
          provenance: {
            source: "synthetic",
            licence: "CC0",
            precision: "county",
            synthetic: i % 2 === 0,
            sourceRef: null,
          },
          ...(producer
            ? {
                outputs: [
                  {
                    material: "coal-gangue",
                    tonnesPerYear: 1000,
                    stockpileTonnes: 0,
                    estimated: false,
                    coefficient: null,
                  },
                ],
              }
            : {
                intakes: [
                  { material: "fly-ash", route: "bricks", capacityTonnesPerYear: 1000, committedTonnesPerYear: 0 },
                ],
              }),
        }),
      );
    }
    sites.push(
      site("plan-base", 112, 37, {
        outputs: [{ material: "red-mud", tonnesPerYear: 1e6, stockpileTonnes: 0, estimated: true, coefficient: null }],
      }),
    );
    const index = buildSiteTileIndex(sites.map(siteTileRecord), { ...OPTS, clusterMinSites: 1000 });
    expect(index.clustering).toBe(true);

    // Zoom 3: one tile (90–135° E) holds the whole 111–113° E test area.
    const [x, y] = tileOf(112, 37, 3);
    const tile = decode(encodeSiteTile(index, 3, x, y));
    const clusters = Array.from(
      { length: tile.layers.clusters.length },
      (_, i) => tile.layers.clusters.feature(i).properties,
    );
    const points = Array.from({ length: tile.layers.sites.length }, (_, i) => tile.layers.sites.feature(i).properties);
    // Every site is in exactly one cluster or point of the one tile that covers them all.
    const clustered = clusters.reduce((n, c) => n + Number(c.count), 0);
    expect(clustered + points.length).toBe(3001);
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters.length).toBeLessThan(300);
    expect(points.map((p) => p.id)).toContain("plan-base");
    expect(points.find((p) => p.id === "plan-base")).toMatchObject({ name: "站点plan-base", produces: "|red-mud|" });
    // Ordinary single points in dense low-zoom tiles carry no names; role counts add up; tokens list what is inside.
    for (const p of points.filter((p) => p.id !== "plan-base")) expect(p.name).toBeUndefined();
    for (const c of clusters) {
      expect(Number(c.nProducer) + Number(c.nConsumer) + Number(c.nBoth) + Number(c.nNone)).toBe(Number(c.count));
      expect(Number(c.nSynthetic)).toBeLessThanOrEqual(Number(c.count));
      expect(String(c.statuses)).toBe("|operating|");
      if (Number(c.nProducer) > 0) expect(String(c.produces)).toBe("|coal-gangue|");
      if (Number(c.nConsumer) > 0) expect(String(c.absorbs)).toBe("|fly-ash|");
    }
    const producers =
      clusters.reduce((n, c) => n + Number(c.nProducer), 0) + points.filter((p) => p.role === "producer").length;
    expect(producers).toBe(1000 + 1);

    // Above CLUSTER_MAX_ZOOM every site is a point again, named from CLUSTERED_NAME_MIN_ZOOM.
    const z = Math.max(CLUSTER_MAX_ZOOM + 1, CLUSTERED_NAME_MIN_ZOOM);
    const [hx, hy] = tileOf(sites[5].lng, sites[5].lat, z);
    const high = decode(encodeSiteTile(index, z, hx, hy));
    expect(high.layers.clusters).toBeUndefined();
    const ids = Array.from({ length: high.layers.sites.length }, (_, i) => high.layers.sites.feature(i).properties);
    expect(ids.find((p) => p.id === sites[5].id)).toMatchObject({ name: sites[5].name, role: "consumer" });
  });
});

describe("tile addresses", () => {
  it("accept z/x/y(.pbf) within the zoom's range and say which part is wrong otherwise", () => {
    expect(SITE_TILE_MAX_ZOOM).toBe(TILE_MAX_ZOOM);
    expect(parseTileAddress("6", "52", "25.pbf", 14)).toEqual({ ok: true, value: { z: 6, x: 52, y: 25 } });
    expect(parseTileAddress("0", "0", "0", 14)).toEqual({ ok: true, value: { z: 0, x: 0, y: 0 } });
    expect(parseTileAddress("15", "0", "0", 14)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^z must be an integer 0..14/),
    });
    expect(parseTileAddress("2", "4", "0", 14)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^x must be an integer 0..3 at zoom 2/),
    });
    expect(parseTileAddress("2", "1", "-1", 14)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^y must be/),
    });
    expect(parseTileAddress("2", "1", "1.png", 14)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^y must be/),
    });
    expect(parseTileAddress("a", "1", "1", 14)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^z must be/),
    });
  });
});
