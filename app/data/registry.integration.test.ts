// loadAllSites reads the registry in pages (so 10^5 sites never hold the server thread in one query): across page
// boundaries it gives exactly what one query gives, in id order, with every site's flows.
import { beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { prisma } from "./db";
import { SITE_INCLUDE, toRegistrySite } from "./site-rows";
import { sqliteFileOf } from "./site-tile-rows";
import { seedFixtures } from "./testing/fixtures";
import { loadAllSites, markRegistryChanged } from "./registry";
import { loadRegistry } from "../application/registry-cache";

const dbFile = sqliteFileOf(process.env.DATABASE_URL!, process.cwd());
const EXTRA = 2_345; // two full pages of 1,000 and a part page, plus the fixtures

beforeAll(async () => {
  await seedFixtures();
  const db = new Database(dbFile);
  const site = db.prepare(
    `INSERT INTO Site (id, nameZh, nameEn, industry, lng, lat, source, licence, precision, synthetic, status, updatedAt)
     VALUES (?, ?, ?, 'cement', ?, ?, 'test', 'CC0', 'exact', 1, 'operating', '2026-01-01T00:00:00.000+00:00')`,
  );
  const out = db.prepare(`INSERT INTO Output (siteId, materialCode, tonnesPerYear) VALUES (?, 'fly-ash', ?)`);
  const inn = db.prepare(
    `INSERT INTO Intake (siteId, materialCode, route, capacityTonnesPerYear) VALUES (?, 'fly-ash', 'cement', ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < EXTRA; i++) {
      const id = `page-${String(i).padStart(5, "0")}`;
      site.run(id, `站点${i}`, `Site ${i}`, 112 + i / 1e4, 37 + i / 1e4);
      if (i % 3 === 0) out.run(id, i * 10);
      if (i % 7 === 0) inn.run(id, i * 5);
    }
  })();
  db.close();
  markRegistryChanged();
});

describe("loadAllSites", () => {
  it("reads every site across page boundaries, in id order, the same as one query", async () => {
    const paged = await loadAllSites();
    const oneQuery = (await prisma.site.findMany({ include: SITE_INCLUDE, orderBy: { id: "asc" } })).map(
      toRegistrySite,
    );
    expect(paged.length).toBe(oneQuery.length);
    expect(paged.length).toBeGreaterThan(EXTRA);
    expect(paged).toEqual(oneQuery);
    expect(new Set(paged.map((s) => s.id)).size).toBe(paged.length);
    expect(paged.find((s) => s.id === "page-00021")).toMatchObject({
      outputs: [{ material: "fly-ash", tonnesPerYear: 210 }],
      intakes: [{ material: "fly-ash", route: "cement", capacityTonnesPerYear: 105 }],
    });
  });

  it("the server's cache, read on a worker thread in JSON pages, holds exactly the same sites", async () => {
    const cached = await loadRegistry();
    expect(cached).toEqual(await loadAllSites());
    expect(await loadRegistry()).toBe(cached); // kept until the next write
    markRegistryChanged();
    const [a, b] = await Promise.all([loadRegistry(), loadRegistry()]);
    expect(a).toBe(b); // one read shared by concurrent requests
    expect(a).not.toBe(cached);
    expect(a).toEqual(cached);
  });
});
