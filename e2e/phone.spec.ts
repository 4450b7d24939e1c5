/**
 * Phones and narrow windows (issue 14 §1): the home map draws and fits Shanxi at 360–430 px, panels are bottom
 * sheets, the header folds into a menu that reaches every item (also in English), every page fits the width, and
 * signing in returns to the page you came from.
 */
import { test, expect } from "./support/offline";
import { LayoutDriver } from "./drivers/layout-driver";
import { MapDriver } from "./drivers/map-driver";
import { createAccount } from "./drivers/registry-driver";

const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 412, height: 915 },
  { width: 430, height: 932 },
];
const USER = { username: "e2e-phone-viewer", password: "phone-viewer-password-1" };

test.beforeAll(() => createAccount(USER.username, "viewer", USER.password));

for (const viewport of PHONES) {
  test(`home map draws and fits Shanxi above the bottom sheet at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setViewportSize(viewport);
    const map = new MapDriver(page);
    await map.open("/");
    const { box, free, zoom } = await new LayoutDriver(page).provinceFrame();
    expect(errors).toEqual([]);
    // Zoom 4 is the minimum the map falls back to when a fit fails.
    expect(zoom).toBeGreaterThan(5);
    // The province's box lies inside the part of the map the sheet leaves free (4 px slack for rounding).
    expect(box.left).toBeGreaterThanOrEqual(free.left - 4);
    expect(box.right).toBeLessThanOrEqual(free.right + 4);
    expect(box.top).toBeGreaterThanOrEqual(free.top - 4);
    expect(box.bottom).toBeLessThanOrEqual(free.bottom + 4);
    // And it uses the room: at least half the free width or height.
    expect(
      Math.max((box.right - box.left) / (free.right - free.left), (box.bottom - box.top) / (free.bottom - free.top)),
    ).toBeGreaterThan(0.5);
    expect((await map.renderedSiteIds()).length).toBeGreaterThan(50);
  });
}

test("desktop still fits Shanxi right of the left panel", async ({ page }) => {
  const map = new MapDriver(page);
  await map.open("/");
  const { box, free, zoom } = await new LayoutDriver(page).provinceFrame();
  expect(zoom).toBeGreaterThan(6);
  expect(box.left).toBeGreaterThanOrEqual(free.left - 4);
  expect(box.bottom).toBeLessThanOrEqual(free.bottom + 4);
});

test("phone: layers and search are a bottom sheet, a site opens as a bottom sheet, whole-province refits", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const map = new MapDriver(page);
  await map.open("/");
  const sheet = await page.locator(".atlas__left").boundingBox();
  expect(sheet!.x).toBeLessThanOrEqual(8);
  expect(sheet!.width).toBeGreaterThan(370);
  expect(sheet!.y + sheet!.height).toBeGreaterThan(844 - 12);
  // Folded by default so the map shows; opening the layers card works.
  await expect(page.getByTestId("controls-toggle")).toHaveAttribute("aria-expanded", "false");
  await page.getByTestId("controls-toggle").click();
  await expect(page.getByTestId("fit-province")).toBeVisible();
  await map.jumpTo([112.5, 37.8], 10);
  await page.getByTestId("fit-province").click();
  // The layers card folds so the province shows above the sheet.
  await expect(page.getByTestId("controls-toggle")).toHaveAttribute("aria-expanded", "false");
  await expect.poll(async () => (await map.view()).zoom).toBeLessThan(7);
  await map.waitForIdle();
  const { box, free } = await new LayoutDriver(page).provinceFrame();
  expect((await map.view()).zoom).toBeGreaterThan(5);
  expect(box.bottom).toBeLessThanOrEqual(free.bottom + 4);

  // Open a site by tapping it (the sheet is folded, the map is free).
  const site = (await map.apiSites()).features.find((f) => f.id === "plan-chalco-shanxi")!;
  await map.clickSite(site);
  const panel = await map.panel().boundingBox();
  expect(panel!.width).toBeGreaterThan(380);
  expect(panel!.y + panel!.height).toBeGreaterThan(844 - 4);
  expect(panel!.y).toBeGreaterThan(844 * 0.3);
});

for (const locale of ["zh", "en"] as const) {
  test(`header folds into a menu that reaches every item on a phone (${locale})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: "atlas-locale", value: locale, url: baseURL! }]);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/pairings");
    const layout = new LayoutDriver(page);
    await expect(page.getByTestId("header-menu-toggle")).toBeVisible();
    await expect(page.getByTestId("nav-registry")).toBeHidden();
    await layout.openHeaderMenu();
    for (const item of layout.headerItems()) expect(await layout.fullyInWindow(item), String(item)).toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("header-menu")).toBeHidden();
    await expect(page.getByTestId("header-menu-toggle")).toBeFocused();
    await layout.openHeaderMenu();
    await page.getByTestId("nav-registry").click();
    await page.waitForURL(/\/registry$/);
    await expect(page.getByTestId("header-menu")).toBeHidden();
  });
}

test("English header shows every item on a desktop window without a menu", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "atlas-locale", value: "en", url: baseURL! }]);
  for (const width of [1400, 1100]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/proposals");
    const layout = new LayoutDriver(page);
    await expect(page.getByTestId("header-menu-toggle")).toBeHidden();
    for (const item of layout.headerItems())
      expect(await layout.fullyInWindow(item), `${width}px ${String(item)}`).toBe(true);
  }
});

test("every page fits a 360 px window without sideways scrolling, and no word is broken to fit", async ({
  page,
  context,
  baseURL,
}) => {
  // English: its long words are what a squeezed table column breaks (Chinese may wrap anywhere).
  await context.addCookies([{ name: "atlas-locale", value: "en", url: baseURL! }]);
  await page.setViewportSize({ width: 360, height: 740 });
  const layout = new LayoutDriver(page);
  const overflow: Record<string, number> = {};
  const broken: Record<string, string[]> = {};
  for (const path of [
    "/",
    "/pairings",
    "/proposals",
    "/proposals/example-hejin",
    "/registry",
    "/registry/import",
    "/plan",
    "/scenarios",
    "/siting",
    "/login",
  ]) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeAttached();
    await page.waitForLoadState("networkidle");
    const px = await layout.horizontalOverflowPx();
    if (px > 1) overflow[path] = px;
    const words = await layout.wordsBrokenAcrossLines(page.locator("body"));
    if (words.length) broken[path] = words;
  }
  expect(overflow).toEqual({});
  expect(broken).toEqual({});
});

test("signing in from the header comes back to the page you were on (phone)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/proposals/example-hejin");
  await expect(page.getByTestId("proposal-name")).toBeVisible();
  const layout = new LayoutDriver(page);
  await layout.openHeaderMenu();
  await page.getByTestId("sign-in-link").click();
  await page.waitForURL(/\/login\?next=/);
  await page.getByTestId("login-username").fill(USER.username);
  await page.getByTestId("login-password").fill(USER.password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL(/\/proposals\/example-hejin$/);
  await layout.openHeaderMenu();
  await expect(page.getByTestId("user-menu-name")).toContainText(USER.username);
});
