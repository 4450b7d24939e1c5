// The registry table at a size where the sort runs on a worker thread (> 5,000 sites) and the search scans in chunks:
// the pages are the ones the pure functions give when run inline on the same registry.
import { beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { seedFixtures } from "../data/testing/fixtures";
import { markRegistryChanged } from "../data/registry";
import { sqliteFileOf } from "../data/site-tile-rows";
import { loadRegionNames } from "../data/regions";
import { loadRegistry } from "./registry-cache";
import { LARGE_REGISTRY_SITES, loadRegistryListPage } from "./registry-list";
import {
  parseRegistryListQuery,
  registryListPage,
  registrySearchText,
  registrySortKey,
  sortOrder,
  type RegistrySort,
} from "../domain/registry-list";
import type { RegistrySite } from "../domain/registry-types";

const dbFile = sqliteFileOf(process.env.DATABASE_URL!, process.cwd());
const EXTRA = 6_000;
const WORDS = ["煤矿", "电厂", "水泥", "钢铁", "焦化", "铝业"];

beforeAll(async () => {
  await seedFixtures();
  const db = new Database(dbFile);
  const site = db.prepare(
    `INSERT INTO Site (id, nameZh, nameEn, industry, lng, lat, source, licence, precision, synthetic, status, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, 'test', 'CC0', 'exact', ?, 'operating', '2026-01-01T00:00:00.000+00:00')`,
  );
  const out = db.prepare(`INSERT INTO Output (siteId, materialCode, tonnesPerYear) VALUES (?, 'coal-gangue', ?)`);
  db.transaction(() => {
    for (let i = 0; i < EXTRA; i++) {
      // Names in a scrambled order (so the id order is not the name order) with repeats (ties broken by id).
      const id = `big-${String(i).padStart(5, "0")}`;
      const name = `${WORDS[(i * 7) % WORDS.length]}${(i * 7919) % 1013}`;
      site.run(id, name, `Site ${i}`, i % 2 ? "coal-mine" : "cement", 112 + i / 1e5, 37, i % 4 === 0 ? 1 : 0);
      if (i % 3 === 0) out.run(id, (i * 37) % 5000);
    }
  })();
  db.close();
  markRegistryChanged();
});

async function inline(sort: RegistrySort, params: Record<string, string>) {
  const [sites, regionNames] = await Promise.all([loadRegistry(), loadRegionNames()]);
  const countyName = (a: string) => regionNames.get(a);
  const key = registrySortKey(sort, countyName);
  const order = sortOrder(
    sites.map(key),
    sites.map((s) => s.id),
  );
  const sorted = Array.from(order, (i) => sites[i]);
  return registryListPage(sorted, parseRegistryListQuery({ sort, ...params }), (s: RegistrySite) =>
    registrySearchText(s, countyName),
  );
}

describe("loadRegistryListPage over 6,000 sites", () => {
  it("sorts on a worker thread and pages exactly like the inline sort", async () => {
    for (const [sort, params] of [
      ["name", { page: "3" }],
      ["name", { dir: "desc", page: "60" }],
      ["outputs", {}],
      ["industry", { page: "31" }],
    ] as const) {
      const query = parseRegistryListQuery({ sort, ...params });
      const got = await loadRegistryListPage(query);
      const want = await inline(sort, params);
      expect(got.rows.map((s) => s.id)).toEqual(want.rows.map((s) => s.id));
      expect([got.total, got.page, got.pages]).toEqual([want.total, want.page, want.pages]);
      expect(got.all).toBeGreaterThan(LARGE_REGISTRY_SITES); // the worker-thread path
    }
  });

  it("searches and filters across scan chunks like the inline filter", async () => {
    const cases: Record<string, string>[] = [{ q: "煤矿" }, { q: "水泥 1", synthetic: "real" }, { q: "no-such-site" }];
    for (const params of cases) {
      const got = await loadRegistryListPage(parseRegistryListQuery({ sort: "name", ...params }));
      const want = await inline("name", params);
      expect(got.total).toBe(want.total);
      expect(got.rows.map((s) => s.id)).toEqual(want.rows.map((s) => s.id));
    }
    expect((await loadRegistryListPage(parseRegistryListQuery({ q: "煤矿" }))).total).toBeGreaterThan(500);
  });
});
