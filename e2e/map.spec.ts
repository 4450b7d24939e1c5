/**
 * The provincial map (issue 2): offline map with boundaries and seeded sites, site panel, layer toggles,
 * view/selection in the URL, language switch, and the JSON map API. Every test fails on a request that leaves
 * localhost (support/offline.ts). Writes e2e/artifacts/map-shanxi.png.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { test, expect } from "./support/offline";
import { MapDriver } from "./drivers/map-driver";
import { LAYERS } from "../app/ui/map/layers";
import type { SiteFeature } from "../app/domain/site-features";

const ARTIFACTS = path.join(__dirname, "artifacts");

test.describe("map page", () => {
  test("shows Shanxi's counties and every seeded site, offline, and saves a screenshot", async ({ page }) => {
    const map = new MapDriver(page);
    await map.open("/");
    const api = await map.apiSites();
    expect(api.features.length).toBeGreaterThan(0);

    // The map's tiles hold registry sites only, (nearly) all of them in the whole-province view, and draw them.
    const apiIds = new Set(api.features.map((f) => f.id));
    const tileIds = await map.tileSiteIds();
    for (const id of tileIds) expect(apiIds.has(id), id).toBe(true);
    expect(tileIds.length).toBeGreaterThanOrEqual(Math.floor(api.features.length * 0.95));
    const rendered = await map.renderedSiteIds();
    expect(rendered.length).toBeGreaterThanOrEqual(Math.floor(api.features.length * 0.95));
    await expect(page.getByTestId("atlas")).toHaveAttribute("data-site-count", String(api.features.length));

    // 117 county polygons and the 11 city names are on screen.
    expect((await map.renderedCountyAdcodes()).length).toBe(117);
    expect(await map.renderedLabelCount(LAYERS.cityLabel)).toBe(11);

    // Legend and attributions are visible.
    await expect(page.getByTestId("map-legend")).toBeVisible();
    const attribution = page.locator(".maplibregl-ctrl-attrib");
    await expect(attribution).toContainText("Global Power Plant Database v1.3.0, CC BY 4.0");
    await expect(attribution).toContainText("DataV.GeoAtlas");
    await expect(attribution).toContainText("合成数据");

    // The view is in the URL hash.
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#map=\d+(\.\d+)?\/\d+(\.\d+)?\/\d+(\.\d+)?$/);

    mkdirSync(ARTIFACTS, { recursive: true });
    await map.screenshot(path.join(ARTIFACTS, "map-shanxi.png"));

    // Zoomed in on Taiyuan, county names (Chinese, drawn from local fonts) appear.
    await map.jumpTo([112.55, 37.8], 8.6);
    expect(await map.renderedLabelCount(LAYERS.countyLabel)).toBeGreaterThan(5);
    await map.screenshot(path.join(ARTIFACTS, "map-taiyuan-counties.png"));
  });

  test("clicking a site opens an accessible panel with its name, county and provenance", async ({ page }) => {
    const map = new MapDriver(page);
    await map.open("/");
    const api = await map.apiSites();
    const byId = new Map(api.features.map((f) => [f.id, f]));
    const target = api.features.find(
      (f) => !f.properties.provenance.synthetic && f.properties.countyName && f.properties.outputs.length > 0,
    );
    expect(target, "a sourced producer in a county").toBeTruthy();

    const clickedId = await map.clickSite(target!);
    const clicked = byId.get(clickedId) as SiteFeature;
    expect(clicked, "a site circle under the click").toBeTruthy();

    // The pointer rests on the site: its name shows in the tooltip.
    await expect(page.getByTestId("site-tooltip")).toHaveText(clicked.properties.name);

    const panel = map.panel();
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute("data-site-id", clicked.id);
    await expect(page.getByTestId("site-panel-name")).toHaveText(clicked.properties.name);
    await expect(page.getByTestId("site-panel-county")).toContainText(clicked.properties.countyName ?? "");
    await expect(page.getByTestId("site-panel-source")).toHaveText(clicked.properties.provenance.source);
    await expect(page.getByTestId("site-panel-provenance")).toContainText(clicked.properties.provenance.licence);
    // The heading takes focus so keyboard and screen-reader users land in the panel.
    await expect(page.getByTestId("site-panel-name")).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`[?&]site=${encodeURIComponent(clicked.id)}`));
    mkdirSync(ARTIFACTS, { recursive: true });
    await map.screenshot(path.join(ARTIFACTS, "map-site-panel.png"));

    await map.closePanelWithKeyboard();
    await expect(page).not.toHaveURL(/[?&]site=/);
  });

  test("sites come as vector tiles, never as the whole registry, and a click fetches just that site", async ({
    page,
  }) => {
    const map = new MapDriver(page);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
    const tileTypes: string[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/api/tiles/sites/") && r.status() === 200)
        tileTypes.push(r.headers()["content-type"] ?? "");
    });
    await map.open("/");
    expect(requests.some((u) => /^\/api\/tiles\/sites\/\d+\/\d+\/\d+\.pbf/.test(u))).toBe(true);
    expect(tileTypes.length).toBeGreaterThan(0);
    for (const t of tileTypes) expect(t).toBe("application/vnd.mapbox-vector-tile");
    expect(requests.filter((u) => /^\/api\/sites(\?|$)/.test(u))).toEqual([]);

    const api = await map.apiSites("material=red-mud&role=producer");
    const target = api.features.find((f) => f.id.startsWith("plan-")) ?? api.features[0];
    const siteRequest = page.waitForRequest(
      (r) => new URL(r.url()).pathname.startsWith("/api/sites/") && !r.url().includes("/consumers"),
    );
    const clickedId = await map.clickSite(target);
    expect(new URL((await siteRequest).url()).pathname).toBe(`/api/sites/${encodeURIComponent(clickedId)}`);
    await expect(map.panel()).toHaveAttribute("data-site-id", clickedId);
    const clicked = (await map.apiSites()).features.find((f) => f.id === clickedId)!;
    await expect(page.getByTestId("site-panel-name")).toHaveText(clicked.properties.name);
    // The selected site's ring is drawn from the fetched feature.
    await expect
      .poll(() =>
        page.evaluate(
          (layer) => window.__atlasMap!.queryRenderedFeatures({ layers: [layer] }).length,
          LAYERS.siteSelected,
        ),
      )
      .toBeGreaterThan(0);
  });

  test("synthetic sites are labelled synthetic in the panel", async ({ page }) => {
    const map = new MapDriver(page);
    const api = await map.apiSites();
    const synthetic = api.features.find((f) => f.properties.provenance.synthetic);
    expect(synthetic, "the seed has synthetic sites").toBeDefined();
    const real = api.features.find((f) => !f.properties.provenance.synthetic)!;

    await map.open(`/?site=${encodeURIComponent(synthetic!.id)}`);
    await expect(page.getByTestId("site-panel-synthetic")).toHaveText("合成数据");
    await page.getByTestId("site-panel-close").click();
    await expect(map.panel()).toHaveCount(0);

    await map.open(`/?site=${encodeURIComponent(real.id)}`);
    await expect(map.panel()).toHaveAttribute("data-site-id", real.id);
    await expect(page.getByTestId("site-panel-synthetic")).toHaveCount(0);
  });

  test("a shared URL restores the view and the selected site", async ({ page }) => {
    const map = new MapDriver(page);
    const api = await map.apiSites();
    const site = api.features[0];
    const [lng, lat] = site.geometry.coordinates;
    await map.open(`/?site=${encodeURIComponent(site.id)}#map=9.5/${lat.toFixed(4)}/${lng.toFixed(4)}`);
    await expect(map.panel()).toHaveAttribute("data-site-id", site.id);
    const view = await map.view();
    expect(view.zoom).toBeCloseTo(9.5, 1);
    expect(view.center[0]).toBeCloseTo(lng, 2);
    expect(view.center[1]).toBeCloseTo(lat, 2);

    // Without a view in the link, the map centres on the linked site.
    await map.open(`/?site=${encodeURIComponent(site.id)}`);
    await expect.poll(async () => (await map.view()).zoom).toBeCloseTo(10, 1);
    const centred = await map.view();
    expect(centred.center[0]).toBeCloseTo(lng, 2);
    expect(centred.center[1]).toBeCloseTo(lat, 2);

    await map.open("/?site=no-such-site");
    await expect(page.getByTestId("site-panel-missing")).toContainText("no-such-site");
  });

  test("material and layer toggles filter what the map draws", async ({ page }) => {
    const map = new MapDriver(page);
    await map.open("/");
    const all = await map.renderedSiteIds();

    await map.clearMaterials();
    expect(await map.renderedSiteIds()).toEqual([]);

    await map.setMaterial("red-mud", true);
    const redMud = (await map.apiSites("material=red-mud")).features.map((f) => f.id).sort();
    expect(redMud.length).toBeGreaterThan(0);
    expect(redMud.length).toBeLessThan(all.length);
    const shown = await map.renderedSiteIds();
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(redMud).toContain(id);

    await page.getByTestId("toggle-role-consumer").setChecked(false);
    await page.getByTestId("toggle-role-both").setChecked(false);
    const producers = (await map.apiSites("material=red-mud&role=producer")).features.map((f) => f.id);
    for (const id of await map.renderedSiteIds()) expect(producers).toContain(id);

    await map.setParks(false);
    expect(await map.layerVisibility(LAYERS.parkFill)).toBe("none");
    await map.setParks(true);
    expect(await map.layerVisibility(LAYERS.parkFill)).toBe("visible");

    await page.getByTestId("materials-all").click();
    await page.getByTestId("toggle-role-consumer").setChecked(true);
    await page.getByTestId("toggle-role-both").setChecked(true);
    expect(await map.renderedSiteIds()).toEqual(all);
  });

  test("the language switch turns the whole screen English and back", async ({ page }) => {
    const map = new MapDriver(page);
    const api = await map.apiSites();
    const site = api.features.find((f) => f.properties.outputs.length > 0 && f.properties.nameEn)!;
    await map.open(`/?site=${encodeURIComponent(site.id)}`);

    await expect(page.getByTestId("app-name")).toHaveText("产业共生图谱");
    await expect(page.getByTestId("nav-map")).toHaveText("地图");
    await expect(page.getByTestId("map-legend")).toContainText("图例");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.locator(".maplibregl-ctrl-zoom-in")).toHaveAttribute("title", "放大");

    expect(await map.switchLanguage()).toBe("en");
    await expect(page.getByTestId("app-name")).toHaveText("Symbiosis Atlas");
    await expect(page.getByTestId("nav-pairings")).toHaveText("Pairings");
    await expect(page.getByTestId("map-legend")).toContainText("Legend");
    await expect(page.getByTestId("layer-toggles")).toContainText("Red mud");
    await expect(page.getByTestId("site-panel-name")).toHaveText(site.properties.nameEn);
    await expect(map.panel()).toContainText("Provenance");
    await expect(page.locator(".maplibregl-ctrl-attrib")).toContainText('Sites marked "Synthetic" are synthetic data');
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // MapLibre's own controls follow the language too (the map is re-created; the view stays).
    await expect(page.locator(".maplibregl-ctrl-zoom-in")).toHaveAttribute("title", "Zoom in");
    await map.waitUntilReady();
    mkdirSync(ARTIFACTS, { recursive: true });
    await map.screenshot(path.join(ARTIFACTS, "map-english.png"));
    // No Chinese text is left in the chrome (panel names and map labels may stay Chinese).
    const chrome = (await page.locator(".app-header, .controls-card").allInnerTexts()).join("\n");
    expect(chrome.replace("产业共生图谱", "").replace("中文", "")).not.toMatch(/[\u4e00-\u9fff]/);

    // The choice is a cookie: it survives a reload, and switching back restores Chinese.
    await page.reload();
    await map.waitUntilReady();
    await expect(page.getByTestId("app-name")).toHaveText("Symbiosis Atlas");
    expect(await map.switchLanguage()).toBe("zh");
    await expect(page.getByTestId("app-name")).toHaveText("产业共生图谱");
  });
});

test("the page links its web manifest and the app serves the icons and robots.txt", async ({ page }) => {
  await page.goto("/");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  const manifest = await page.request.get(manifestHref!);
  expect(manifest.status()).toBe(200);
  const m = (await manifest.json()) as { name: string; icons: { src: string; type: string }[] };
  expect(m.name).toBe("产业共生图谱 Symbiosis Atlas");
  for (const url of ["/favicon.ico", ...m.icons.map((i) => i.src)]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"], url).toMatch(/^image\//);
  }
  const robots = await page.request.get("/robots.txt");
  expect(await robots.text()).toContain("Disallow: /api/");
});

test.describe("map API", () => {
  test("GET /api/sites returns GeoJSON features keyed by site id with the documented properties", async ({
    request,
  }) => {
    const res = await request.get("/api/sites");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/geo+json");
    const fc = await res.json();
    expect(fc.type).toBe("FeatureCollection");
    const f = fc.features.find((x: SiteFeature) => x.properties.outputs.length > 0) as SiteFeature;
    expect(f.id).toBe(f.properties.id);
    expect(f.geometry.type).toBe("Point");
    for (const key of ["name", "nameEn", "countyAdcode", "parkId", "outputs", "intakes", "provenance", "role"])
      expect(f.properties).toHaveProperty(key);
    expect(Object.keys(f.properties.outputs[0]).sort()).toEqual(
      expect.arrayContaining(["coefficient", "estimated", "material", "stockpileTonnes", "tonnesPerYear"]),
    );
    expect(Object.keys(f.properties.provenance)).toEqual(
      expect.arrayContaining(["source", "licence", "precision", "synthetic"]),
    );
  });

  test("filters by material, role and bbox", async ({ request }) => {
    const get = async (q: string) =>
      ((await (await request.get(`/api/sites?${q}`)).json()) as { features: SiteFeature[] }).features;
    const producers = await get("material=red-mud&role=producer");
    expect(producers.length).toBeGreaterThan(0);
    for (const f of producers) expect(f.properties.outputs.map((o) => o.material)).toContain("red-mud");
    const consumers = await get("material=red-mud&role=consumer");
    for (const f of consumers) expect(f.properties.intakes.map((i) => i.material)).toContain("red-mud");
    // Hejin county area only.
    const bbox = [110.5, 35.5, 110.9, 35.75];
    const inBox = await get(`bbox=${bbox.join(",")}`);
    expect(inBox.length).toBeGreaterThan(0);
    for (const f of inBox) {
      const [lng, lat] = f.geometry.coordinates;
      expect(lng >= bbox[0] && lng <= bbox[2] && lat >= bbox[1] && lat <= bbox[3]).toBe(true);
    }
    expect(inBox.length).toBeLessThan((await get("")).length);
  });

  test("pages GET /api/sites with limit, cursor and next links, and streams the body", async ({ request }) => {
    const all = (await (await request.get("/api/sites?limit=10000")).json()) as {
      features: SiteFeature[];
      numberMatched: number;
      numberReturned: number;
      links: { rel: string; href: string }[];
    };
    expect(all.numberMatched).toBe(all.features.length);
    expect(all.links).toEqual([]);
    const ids: string[] = [];
    let url: string | null = "/api/sites?limit=100";
    let pages = 0;
    while (url) {
      const res: Awaited<ReturnType<typeof request.get>> = await request.get(url);
      expect(res.status()).toBe(200);
      const page = (await res.json()) as {
        numberMatched: number;
        numberReturned: number;
        features: SiteFeature[];
        links: { rel: string; href: string }[];
      };
      expect(page.numberMatched).toBe(all.numberMatched);
      expect(page.numberReturned).toBe(page.features.length);
      expect(page.features.length).toBeLessThanOrEqual(100);
      ids.push(...page.features.map((f: SiteFeature) => f.id));
      const next: { href: string } | undefined = page.links.find((l) => l.rel === "next");
      if (next) expect(res.headers()["link"]).toContain('rel="next"');
      url = next ? next.href : null;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(all.numberMatched / 100));
    expect(ids).toEqual(all.features.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);

    // bbox and filters combine with paging; the next link keeps them.
    const first = await (await request.get("/api/sites?bbox=110,34.5,112,37&material=fly-ash&limit=3")).json();
    expect(first.numberMatched).toBeGreaterThan(3);
    const nextUrl = new URL(first.links[0].href);
    expect(nextUrl.searchParams.get("bbox")).toBe("110,34.5,112,37");
    expect(nextUrl.searchParams.get("material")).toBe("fly-ash");

    // One site by id: the same feature as in the collection.
    const one = await request.get(`/api/sites/${encodeURIComponent(ids[0])}`);
    expect(one.status()).toBe(200);
    // The single-site answer is the same feature plus its edit version (for PATCH).
    const f0 = all.features[0];
    expect(await one.json()).toEqual({ ...f0, properties: { ...f0.properties, version: expect.any(Number) } });
    expect((await request.get("/api/sites/no-such-site")).status()).toBe(404);
  });

  test("serves site tiles and TileJSON, and refuses bad tile addresses", async ({ request }) => {
    const tj = await (await request.get("/api/tiles/sites")).json();
    expect(tj.tilejson).toBe("3.0.0");
    expect(tj.siteCount).toBe((await (await request.get("/api/sites?limit=10000")).json()).numberMatched);
    expect(tj.facets.reduce((n: number, f: { count: number }) => n + f.count, 0)).toBe(tj.siteCount);
    const tile = await request.get(tj.tiles[0].replace("{z}", "6").replace("{x}", "52").replace("{y}", "24"));
    expect(tile.status()).toBe(200);
    expect(tile.headers()["content-type"]).toBe("application/vnd.mapbox-vector-tile");
    expect((await tile.body()).length).toBeGreaterThan(100);
    const etag = tile.headers()["etag"];
    expect((await request.get("/api/tiles/sites/6/52/24.pbf", { headers: { "If-None-Match": etag } })).status()).toBe(
      304,
    );
    expect((await request.get("/api/tiles/sites/6/0/0.pbf")).status()).toBe(204);
    const cases: [string, RegExp][] = [
      ["/api/tiles/sites/15/0/0.pbf", /z must be an integer 0..14/],
      ["/api/tiles/sites/2/4/0.pbf", /x must be an integer 0..3 at zoom 2/],
      ["/api/tiles/sites/2/1/1.png", /y must be an integer/],
      ["/api/tiles/sites/6/52/24.pbf?foo=1", /unknown parameter/],
      ["/api/sites?limit=0", /limit must be an integer 1..10000/],
      ["/api/sites?cursor=zzz", /is not a cursor from a next link/],
    ];
    for (const [url, message] of cases) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      expect((await res.json()).error, url).toMatch(message);
    }
  });

  test("rejects bad parameters with 400 and a specific JSON error", async ({ request }) => {
    const cases: [string, RegExp][] = [
      ["/api/sites?material=unobtainium", /unknown material "unobtainium"/],
      ["/api/sites?bbox=110,35,111", /bbox must be four comma-separated numbers/],
      ["/api/sites?bbox=110,35,200,40", /longitudes must be within -180..180/],
      ["/api/sites?bbox=110,95,111,40", /latitudes must be within -90..90/],
      ["/api/sites?role=recycler", /unknown role "recycler"/],
      ["/api/regions?level=town", /unknown level "town"/],
      ["/api/parks?x=1", /unknown parameter/],
    ];
    for (const [url, message] of cases) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      expect((await res.json()).error, url).toMatch(message);
    }
  });

  test("GET /api/regions and /api/parks return GeoJSON", async ({ request }) => {
    const counties = await (await request.get("/api/regions?level=county")).json();
    expect(counties.features).toHaveLength(117);
    const hejin = counties.features.find((f: { properties: { adcode: string } }) => f.properties.adcode === "140882");
    expect(hejin.properties).toMatchObject({ name: "河津市", level: "county", parent: "140800" });
    expect(hejin.geometry.type).toMatch(/Polygon/);
    expect((await (await request.get("/api/regions?level=city")).json()).features).toHaveLength(11);
    expect((await (await request.get("/api/regions?level=province")).json()).features).toHaveLength(1);

    const parks = await (await request.get("/api/parks")).json();
    expect(parks.features.length).toBeGreaterThan(0);
    for (const p of parks.features) {
      expect(p.id).toBe(p.properties.id);
      expect(p.geometry.type).toMatch(/Polygon/);
      expect(p.properties.name).toBeTruthy();
    }
  });
});
