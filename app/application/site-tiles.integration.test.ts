// The site-tile service end to end on the fixture database: the real tile thread (workers/dist, bundled here first)
// reads the SQLite file, the server side caches tiles, and a registry change rebuilds the index.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { VectorTile } from "@mapbox/vector-tile";
import Pbf from "pbf";
import { seedFixtures, SITES } from "../data/testing/fixtures";
import { prisma } from "../data/db";
import { markRegistryChanged } from "../data/registry";
import { siteTile, siteTileIndex } from "./site-tiles";

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(process.cwd(), "scripts", "build-workers.mjs")], { stdio: "ignore" });
  await seedFixtures();
  markRegistryChanged();
});

const tileIds = (bytes: Uint8Array) => {
  const layer = new VectorTile(new Pbf(bytes)).layers.sites;
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => String(layer.feature(i).properties.id)).sort();
};

describe("site tiles through the tile thread", () => {
  it("builds from the database file, serves tiles, and answers a repeated tile from the cache", async () => {
    const info = await siteTileIndex();
    expect(info.siteCount).toBe(4);
    expect(info.clustered).toBe(false);
    expect(info.facets.reduce((n, f) => n + f.count, 0)).toBe(4);
    const first = await siteTile(0, 0, 0);
    expect(first.cached).toBe(false);
    expect(tileIds(first.bytes)).toEqual(Object.values(SITES).sort());
    const again = await siteTile(0, 0, 0);
    expect(again.cached).toBe(true);
    expect(again.threadMs).toBe(0);
    expect(again.bytes).toEqual(first.bytes);
    // Concurrent requests for one tile share one cut and agree.
    const [a, b] = await Promise.all([siteTile(5, 25, 12), siteTile(5, 25, 12)]);
    expect(a.bytes).toEqual(b.bytes);
  });

  it("rebuilds after a registry change: a new site is in the next tiles, under a new version", async () => {
    const before = await siteTileIndex();
    await prisma.site.create({
      data: {
        id: "fx-new",
        nameZh: "新企业",
        nameEn: "New works",
        industry: "cement",
        lng: 111.5,
        lat: 37.5,
        source: "fixture",
        licence: "CC0",
        precision: "exact",
      },
    });
    markRegistryChanged();
    const after = await siteTileIndex();
    expect(after.siteCount).toBe(5);
    expect(after.version).not.toBe(before.version);
    const tile = await siteTile(0, 0, 0);
    expect(tile.cached).toBe(false);
    expect(tile.version).toBe(after.version);
    expect(tileIds(tile.bytes)).toContain("fx-new");
  });
});
