/**
 * Findability (issue 14 §2) and the keyboard path to a site (§8), desktop and phone: park labels by priority
 * (bases and pilot parks at the provincial zoom, all four Hejin labels by zoom 9), a legend entry per park kind,
 * quick jumps, a typed place moves the map, an enterprise ranks above its park, and a keyboard-only site list.
 */
import { test, expect } from "./support/offline";
import { MapDriver } from "./drivers/map-driver";
import { PARK_KINDS } from "../app/domain/parks-catalogue";

const PHONE = { width: 390, height: 844 };
const HEJIN: [number, number] = [110.7047, 35.5974];
const HEJIN_LABELS = [
  "park-chalco-shanxi-base",
  "park-chem-hejin-wenxi-xinjiang",
  "park-hejin-base",
  "park-red-mud-hejin",
];
const PILOT_PARKS = ["park-antai", "park-jinhaiyang", "park-luan", "park-tisco", "park-tongmei-tashan", "park-xishan"];

for (const [name, viewport] of [
  ["desktop", null],
  ["phone", PHONE],
] as const) {
  test(`park labels: the national base and pilot parks at the provincial zoom, all four Hejin labels at zoom 9 (${name})`, async ({
    page,
  }) => {
    if (viewport) await page.setViewportSize(viewport);
    const map = new MapDriver(page);
    await map.open("/");
    const province = await map.placedParkLabelIds();
    expect(province).toContain("park-shuozhou-base");
    // Pilot parks sit close to cities and each other; most must win their place at the whole-province view.
    expect(PILOT_PARKS.filter((id) => province.includes(id)).length).toBeGreaterThanOrEqual(viewport ? 2 : 4);
    // Chemical and energy parks wait for the county zoom, so they never push out a base's label.
    expect(
      province.filter((id) => id.startsWith("park-chem-") || id.startsWith("park-pv-") || id.startsWith("park-cbm-")),
    ).toEqual([]);

    await map.jumpTo([(HEJIN[0] + 111.046) / 2, 35.56], 9);
    const hejin = await map.placedParkLabelIds();
    for (const id of HEJIN_LABELS) expect(hejin, id).toContain(id);
  });
}

test("the legend has one entry per park kind, each in its own colour", async ({ page }) => {
  const map = new MapDriver(page);
  await map.open("/");
  const items = page.getByTestId("legend-park-kinds").locator("li");
  await expect(items).toHaveCount(PARK_KINDS.length);
  const colours = await items.locator("rect").evaluateAll((rects) => rects.map((r) => r.getAttribute("stroke")));
  expect(new Set(colours).size).toBe(PARK_KINDS.length);
  // Sizes in English are in kt: the smallest circle is 90 kt/yr (not 9).
  await map.switchLanguage();
  await expect(page.getByTestId("map-legend")).toContainText("90 kt/yr");
  await expect(page.getByTestId("map-legend")).toContainText("1,000 kt/yr");
});

for (const [name, viewport] of [
  ["desktop", null],
  ["phone", PHONE],
] as const) {
  test(`quick jumps and a typed place move the map (${name})`, async ({ page }) => {
    if (viewport) await page.setViewportSize(viewport);
    const map = new MapDriver(page);
    await map.open("/");
    await map.openNavigator();
    const jumps = page.getByTestId("quick-jumps");
    for (const id of [
      "park-shuozhou-base",
      "park-hejin-base",
      "park-red-mud-jiaokou",
      "park-red-mud-yangquan",
      ...PILOT_PARKS,
    ])
      await expect(jumps.getByTestId(`jump-${id}`)).toBeVisible();
    await jumps.getByTestId("jump-park-hejin-base").click();
    await expect.poll(async () => (await map.view()).zoom).toBeGreaterThan(8.5);
    await map.waitForIdle();
    // Hejin is in view and not under a panel (the fit leaves room for the left column or the bottom sheet).
    expect(await map.pointUncovered(HEJIN)).toBe(true);
    // The keyboard site list follows the view: Hejin's Chalco plant is listed now.
    await expect(page.locator('[data-testid="site-list-item"][data-site-id="plan-chalco-shanxi"]')).toBeVisible();

    // A typed place (a county) moves the map there even before a material is chosen.
    if (viewport) await page.getByTestId("search-toggle").click();
    await page.getByTestId("search-place-input").fill("交口");
    await page.getByTestId("search-place-option").first().click();
    const jiaokou = (await (await page.request.get("/api/places?q=%E4%BA%A4%E5%8F%A3&limit=1")).json()) as {
      results: { lng: number; lat: number }[];
    };
    await expect.poll(async () => (await map.view()).zoom).toBeGreaterThanOrEqual(9.9);
    await map.waitForIdle();
    expect(await map.pointUncovered([jiaokou.results[0].lng, jiaokou.results[0].lat])).toBe(true);
  });
}

test("an enterprise ranks above its own park on a name match", async ({ page }) => {
  const res = await page.request.get(`/api/places?q=${encodeURIComponent("中铝山西")}`);
  const { results } = (await res.json()) as { results: { id: string; kind: string; parkId?: string | null }[] };
  const site = results.find((r) => r.kind === "site" && r.parkId);
  expect(site, JSON.stringify(results)).toBeDefined();
  const park = results.findIndex((r) => r.kind === "park" && r.id === site!.parkId);
  expect(park).toBeGreaterThan(results.indexOf(site!));
});

for (const [name, viewport] of [
  ["desktop", null],
  ["phone", PHONE],
] as const) {
  test(`keyboard only: from the site list to a site's panel, in step with the map (${name})`, async ({ page }) => {
    if (viewport) await page.setViewportSize(viewport);
    const map = new MapDriver(page);
    await map.open("/");
    // Tab from the layers card to the places card, open it with the keyboard, filter, pick a site.
    await page.getByTestId("controls-toggle").focus();
    let guard = 0;
    while (
      !(await page.getByTestId("navigator-toggle").evaluate((el) => el === document.activeElement)) &&
      guard++ < 80
    )
      await page.keyboard.press("Tab");
    await expect(page.getByTestId("navigator-toggle")).toBeFocused();
    await page.keyboard.press("Enter");
    await page.getByTestId("site-list-filter").focus();
    await page.keyboard.type("中铝");
    const item = page.locator('[data-testid="site-list-item"][data-site-id="plan-chalco-shanxi"]');
    await expect(item).toBeVisible();
    await item.focus();
    await page.keyboard.press("Enter");
    await expect(map.panel()).toBeVisible();
    await expect(page).toHaveURL(/site=plan-chalco-shanxi/);
    await expect(item).toHaveAttribute("aria-current", "true");
    const site = (await map.apiSites()).features.find((f) => f.id === "plan-chalco-shanxi")!;
    // The map went to the site and shows it where no panel covers it (above the bottom sheet on a phone).
    await expect.poll(async () => (await map.view()).zoom).toBeGreaterThanOrEqual(10);
    await map.waitForIdle();
    expect(await map.pointUncovered(site.geometry.coordinates as [number, number])).toBe(true);
    // Esc closes the panel; the list stays.
    await map.closePanelWithKeyboard();
    await expect(item).not.toHaveAttribute("aria-current", "true");
  });
}
