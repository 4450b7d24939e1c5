/**
 * The provincial map (issue 2): offline map with boundaries and seeded sites, site panel, layer toggles,
 * view/selection in the URL and the language switch. Every test fails on a request that leaves
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

// The JSON map API (sites paging, one site, tiles, regions, parks, bad parameters) is tested through its route
// handlers: test/routes/map-routes.integration.test.ts and test/routes/api-routes.integration.test.ts.
