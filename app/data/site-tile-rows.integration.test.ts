// The tile thread's direct SQLite reader on the fixture database, checked against the Prisma read of the registry,
// and the index the tile thread builds from it.
import { beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { VectorTile } from "@mapbox/vector-tile";
import Pbf from "pbf";
import { seedFixtures, SITES } from "./testing/fixtures";
import { loadAllSites } from "./registry";
import { readSiteTileSources, sqliteFileOf } from "./site-tile-rows";
import { siteTileRecord } from "../domain/site-tiles";
import { buildSiteTileIndexFromFile, siteTileThread, type SiteTileReply } from "../application/site-tile-thread";
import { encodeSiteTile } from "../../workers/site-tiles.mjs";

const dbFile = sqliteFileOf(process.env.DATABASE_URL!, process.cwd());

beforeAll(async () => {
  await seedFixtures();
  // More sites than one page of the reader below (pages of 2), some with several flows, one with none.
  const db = new Database(dbFile);
  const site = db.prepare(
    `INSERT INTO Site (id, nameZh, nameEn, industry, lng, lat, source, licence, precision, synthetic, status, updatedAt)
     VALUES (?, ?, ?, 'cement', ?, ?, 'test', 'CC0', 'exact', ?, ?, '2026-01-01T00:00:00.000+00:00')`,
  );
  const out = db.prepare(`INSERT INTO Output (siteId, materialCode, tonnesPerYear) VALUES (?, ?, ?)`);
  const inn = db.prepare(`INSERT INTO Intake (siteId, materialCode, route, capacityTonnesPerYear) VALUES (?, ?, ?, ?)`);
  site.run("zz-a", "甲", "A", 112.1, 37.1, 0, "retired");
  out.run("zz-a", "coal-gangue", 123_456.789);
  out.run("zz-a", "coke-oven-gas", 9e8);
  inn.run("zz-a", "fly-ash", "cement", 5000.5);
  inn.run("zz-a", "fly-ash", "concrete", 2500.25);
  site.run("zz-b", "乙", "B", 112.2, 37.2, 1, "operating");
  site.run("zz-c", "丙", "C", 112.3, 37.3, 1, "proposed");
  inn.run("zz-c", "steel-slag", "cement", 1);
  db.close();
});

describe("readSiteTileSources (direct SQLite, read-only)", () => {
  it("gives the same tile records as the Prisma registry read, in id order, across page boundaries", async () => {
    const viaPrisma = (await loadAllSites()).map(siteTileRecord);
    const pages = [...readSiteTileSources(dbFile, 2)];
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
    const direct = pages.flat().map(siteTileRecord);
    expect(direct.map((r) => r.id)).toEqual([...viaPrisma.map((r) => r.id)].sort());
    expect(direct).toEqual(viaPrisma);
    expect(direct.find((r) => r.id === "zz-a")!.properties).toMatchObject({
      role: "both",
      produces: "|coal-gangue|coke-oven-gas|",
      absorbs: "|fly-ash|",
      status: "retired",
      synthetic: false,
      // Gas (Nm³) stays out of the tonnes; both fly-ash routes count.
      sizeTonnesPerYear: 123_456.789,
    });
    expect(direct.find((r) => r.id === "zz-b")!.properties).toMatchObject({ role: "none", synthetic: true });
    expect(direct.find((r) => r.id === SITES.producer)!.key).toBe(true);
  });

  it("holds no lock between pages: a writer commits mid-read without waiting, and later pages see it", () => {
    const iterator = readSiteTileSources(dbFile, 2);
    const first = iterator.next();
    expect(first.done).toBe(false);
    const db = new Database(dbFile);
    db.pragma("busy_timeout = 0"); // SQLITE_BUSY at once if the reader still held its read lock
    db.prepare(`UPDATE Site SET nameEn = 'B2' WHERE id = 'zz-b'`).run();
    const rest = [...iterator].flat();
    db.prepare(`UPDATE Site SET nameEn = 'B' WHERE id = 'zz-b'`).run();
    db.close();
    expect(first.value!.length + rest.length).toBe(7);
    expect(rest.find((s) => s.id === "zz-b")!.nameEn).toBe("B2");
  });

  it("refuses a missing file instead of creating an empty database", () => {
    expect(() => [...readSiteTileSources(`${dbFile}.missing`)]).toThrow(/unable to open|does not exist/i);
  });
});

describe("the tile thread's build from the file", () => {
  it("indexes every site with facets that add up to the registry", () => {
    const built = buildSiteTileIndexFromFile(dbFile);
    expect(built.index.siteCount).toBe(7);
    expect(built.index.clustering).toBe(false);
    expect(built.facets.reduce((n, f) => n + f.count, 0)).toBe(7);
    const tile = new VectorTile(new Pbf(encodeSiteTile(built.index, 0, 0, 0)));
    const ids = Array.from({ length: tile.layers.sites.length }, (_, i) => tile.layers.sites.feature(i).properties.id);
    expect(ids.sort()).toEqual([SITES.near, SITES.far, SITES.power, SITES.producer, "zz-a", "zz-b", "zz-c"].sort());
  });

  it("answers tiles of the version it built, transfers their bytes, and refuses another version", () => {
    const replies: { reply: SiteTileReply; transfer?: ArrayBuffer[] }[] = [];
    const handle = siteTileThread((reply, transfer) => replies.push({ reply, transfer }));
    handle({ type: "build", version: 3, dbFile });
    expect(replies[0].reply).toMatchObject({ type: "built", version: 3, siteCount: 7 });
    handle({ type: "tile", id: 1, version: 3, z: 0, x: 0, y: 0 });
    const tile = replies[1];
    expect(tile.reply.type).toBe("tile");
    const bytes = (tile.reply as Extract<SiteTileReply, { type: "tile" }>).bytes;
    expect(bytes.byteLength).toBeGreaterThan(0);
    // The tile's own compact buffer goes in the transfer list (moved, not cloned).
    expect(tile.transfer).toEqual([bytes.buffer]);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    handle({ type: "tile", id: 2, version: 4, z: 0, x: 0, y: 0 });
    expect(replies[2].reply).toMatchObject({ type: "error", id: 2, error: expect.stringMatching(/version 4/) });
  });
});
