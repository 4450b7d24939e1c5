/**
 * Basemap context, offline (issue 14 §3): Natural Earth rivers (Yellow River, Fen, …) and urban areas drawn under
 * the sites from our own geodata, city seats from our own boundaries, "Made with Natural Earth" on the map.
 */
import { test, expect } from "./support/offline";
import { MapDriver } from "./drivers/map-driver";
import { LAYERS } from "../app/ui/map/layers";

for (const [name, viewport] of [
  ["desktop", null],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`rivers, urban areas and city seats are drawn under the sites (${name})`, async ({ page }) => {
    if (viewport) await page.setViewportSize(viewport);
    const map = new MapDriver(page);
    await map.open("/");
    await expect.poll(async () => (await map.renderedNames(LAYERS.river)).length).toBeGreaterThan(0);
    const rivers = await map.renderedNames(LAYERS.river);
    expect(rivers).toEqual(expect.arrayContaining(["黄河", "汾河"]));
    expect(await map.renderedLabelCount(LAYERS.urbanFill)).toBeGreaterThan(10);
    expect(await map.renderedLabelCount(LAYERS.citySeat)).toBe(11);
    // Under the sites: the river and urban layers come before the site circles in the style.
    const order = await map.layerOrder();
    expect(order.indexOf(LAYERS.river)).toBeLessThan(order.indexOf(LAYERS.siteCircle));
    expect(order.indexOf(LAYERS.urbanFill)).toBeLessThan(order.indexOf(LAYERS.river));
    await expect(page.locator(".maplibregl-ctrl-attrib-inner")).toContainText("Made with Natural Earth");
  });
}

test("GET /api/basemap gives the rivers and urban areas, and refuses parameters", async ({ page }) => {
  const res = await page.request.get("/api/basemap");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    rivers: { features: { properties: { nameEn: string } }[] };
    urbanAreas: { features: unknown[] };
  };
  expect(body.rivers.features.map((f) => f.properties.nameEn)).toContain("Yellow River");
  expect(body.urbanAreas.features.length).toBe(55);
  const bad = await page.request.get("/api/basemap?layer=roads");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toMatch(/unknown parameter/);
});
