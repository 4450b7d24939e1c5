/**
 * Route-handler tests of the map's data API on the fixture database: paged GeoJSON sites with next links, one site by
 * id, and the site tiles through the real tile thread (moved here from e2e/map.spec.ts: they needed no browser).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { seedFixtures, SITES } from "../../app/data/testing/fixtures";
import { markRegistryChanged } from "../../app/data/registry";
import * as sitesRoute from "../../app/api/sites/route";
import * as siteRoute from "../../app/api/sites/[id]/route";
import * as tileJsonRoute from "../../app/api/tiles/sites/route";
import * as tileRoute from "../../app/api/tiles/sites/[z]/[x]/[y]/route";
import type { SiteFeature } from "../../app/domain/site-features";

const ORIGIN = "http://localhost:3000";
const get = (url: string, headers?: Record<string, string>) => new NextRequest(new URL(url, ORIGIN), { headers });
const noCtx = { params: Promise.resolve({}) };
const tileCtx = (z: string, x: string, y: string) => ({ params: Promise.resolve({ z, x, y }) });
const tile = (z: string, x: string, y: string, headers?: Record<string, string>) =>
  tileRoute.GET(get(`/api/tiles/sites/${z}/${x}/${y}`, headers), tileCtx(z, x, y));

type Page = {
  numberMatched: number;
  numberReturned: number;
  features: SiteFeature[];
  links: { rel: string; href: string }[];
};
const sitesPage = async (url: string) => {
  const res = await sitesRoute.GET(get(url), noCtx);
  expect(res.status, url).toBe(200);
  return { res, page: (await res.json()) as Page };
};

beforeAll(async () => {
  // The tile thread runs the bundled worker (workers/dist) and reads the fixture database file itself.
  execFileSync(process.execPath, [path.join(process.cwd(), "scripts", "build-workers.mjs")], { stdio: "ignore" });
  await seedFixtures();
  markRegistryChanged();
});

describe("GET /api/sites paging", () => {
  it("pages with limit, cursor and next links (in the body and the Link header) and keeps filters in them", async () => {
    const { page: all } = await sitesPage("/api/sites?limit=10000");
    expect(all.numberMatched).toBe(all.features.length);
    expect(all.numberMatched).toBeGreaterThanOrEqual(3);
    expect(all.links).toEqual([]);

    const ids: string[] = [];
    let url: string | null = "/api/sites?limit=1";
    let pages = 0;
    while (url) {
      const { res, page }: { res: Response; page: Page } = await sitesPage(url);
      expect(page.numberMatched).toBe(all.numberMatched);
      expect(page.numberReturned).toBe(page.features.length);
      expect(page.features.length).toBeLessThanOrEqual(1);
      ids.push(...page.features.map((f) => f.id));
      const next = page.links.find((l) => l.rel === "next");
      if (next) expect(res.headers.get("link")).toContain('rel="next"');
      url = next ? new URL(next.href).pathname + new URL(next.href).search : null;
      pages += 1;
    }
    expect(pages).toBe(all.numberMatched);
    expect(ids).toEqual(all.features.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);

    const { page: first } = await sitesPage("/api/sites?bbox=110,34.5,112,37&role=consumer&limit=1");
    expect(first.numberMatched).toBeGreaterThan(1);
    const nextUrl = new URL(first.links[0].href);
    expect(nextUrl.searchParams.get("bbox")).toBe("110,34.5,112,37");
    expect(nextUrl.searchParams.get("role")).toBe("consumer");
  });

  it("answers one site by id with its edit version, 404 for an unknown one, 400 for bad paging", async () => {
    const { page: all } = await sitesPage("/api/sites?limit=10000");
    const f0 = all.features[0];
    const one = await siteRoute.GET(get(`/api/sites/${encodeURIComponent(f0.id)}`), {
      params: Promise.resolve({ id: f0.id }),
    });
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual({ ...f0, properties: { ...f0.properties, version: expect.any(Number) } });
    const missing = await siteRoute.GET(get("/api/sites/no-such-site"), { params: Promise.resolve({ id: "no-such" }) });
    expect(missing.status).toBe(404);
    for (const [url, message] of [
      ["/api/sites?limit=0", /limit must be an integer 1..10000/],
      ["/api/sites?cursor=zzz", /is not a cursor from a next link/],
    ] as const) {
      const res = await sitesRoute.GET(get(url), noCtx);
      expect(res.status, url).toBe(400);
      expect(((await res.json()) as { error: string }).error, url).toMatch(message);
    }
  });
});

describe("site tiles", () => {
  it("serves TileJSON and tiles (ETag 304, empty 204) and refuses bad tile addresses", async () => {
    const tj = (await (await tileJsonRoute.GET(get("/api/tiles/sites"), noCtx)).json()) as {
      tilejson: string;
      siteCount: number;
      facets: { count: number }[];
      tiles: string[];
    };
    expect(tj.tilejson).toBe("3.0.0");
    expect(tj.siteCount).toBe(Object.keys(SITES).length);
    expect(tj.facets.reduce((n, f) => n + f.count, 0)).toBe(tj.siteCount);
    expect(tj.tiles[0]).toMatch(/\/api\/tiles\/sites\/\{z\}\/\{x\}\/\{y\}\.pbf/);

    const world = await tile("0", "0", "0.pbf");
    expect(world.status).toBe(200);
    expect(world.headers.get("content-type")).toBe("application/vnd.mapbox-vector-tile");
    expect((await world.arrayBuffer()).byteLength).toBeGreaterThan(100);
    const etag = world.headers.get("etag")!;
    expect((await tile("0", "0", "0.pbf", { "If-None-Match": etag })).status).toBe(304);
    expect((await tile("6", "0", "0.pbf")).status).toBe(204);

    const cases: [[string, string, string], RegExp][] = [
      [["15", "0", "0.pbf"], /z must be an integer 0..14/],
      [["2", "4", "0.pbf"], /x must be an integer 0..3 at zoom 2/],
      [["2", "1", "1.png"], /y must be an integer/],
    ];
    for (const [[z, x, y], message] of cases) {
      const res = await tile(z, x, y);
      expect(res.status, `${z}/${x}/${y}`).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    }
    const extra = await tileRoute.GET(get("/api/tiles/sites/6/52/24.pbf?foo=1"), tileCtx("6", "52", "24.pbf"));
    expect(extra.status).toBe(400);
    expect(((await extra.json()) as { error: string }).error).toMatch(/unknown parameter/);
  });
});
