/**
 * axe-core on the main pages, desktop and phone, zh and en: no serious or critical violation, and none of the
 * rules the review found (label-content-name-mismatch on the brand link and language switch, color-contrast).
 */
import { test, expect } from "./support/offline";
import { A11yDriver } from "./drivers/a11y-driver";
import { MapDriver } from "./drivers/map-driver";
import { ProposalsDriver } from "./drivers/proposals-driver";

const VIEWPORTS = { desktop: { width: 1400, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** Pages that need no setup; the run page is covered below with a run made for the test. */
const PAGES = [
  { path: "/", map: true },
  { path: "/pairings", map: false },
  { path: "/proposals", map: false },
  { path: "/proposals/example-hejin", map: false },
  { path: "/registry", map: false },
  { path: "/login", map: false },
] as const;

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  for (const locale of ["zh", "en"] as const) {
    test(`main pages have no serious axe violations (${name}, ${locale})`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "atlas-locale", value: locale, url: baseURL! }]);
      await page.setViewportSize(viewport);
      const axe = new A11yDriver(page);
      const found: Record<string, unknown> = {};
      for (const p of PAGES) {
        if (p.map) await new MapDriver(page).open(p.path);
        else {
          await page.goto(p.path);
          await expect(page.locator("main h1").first()).toBeVisible();
        }
        const violations = await axe.seriousViolations();
        if (violations.length) found[p.path] = violations;
      }
      expect(found).toEqual({});
    });
  }
}

test("a finished run page has no serious axe violations (desktop and phone)", async ({ page }) => {
  const runId = await new ProposalsDriver(page).finishedRun({
    scope: { kind: "city", adcode: "140800" },
    materials: ["red-mud", "fly-ash"],
    label: "a11y run",
  });
  const axe = new A11yDriver(page);
  for (const viewport of Object.values(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.goto(`/pairings/${runId}`);
    await expect(page.getByTestId("run-title")).toBeVisible();
    await expect(page.getByTestId("pairing-map")).toHaveAttribute("data-map-ready", "true");
    expect(await axe.seriousViolations()).toEqual([]);
  }
});

test("the brand link and language switch name what they show; the phone home page has an h1", async ({ page }) => {
  const axe = new A11yDriver(page);
  await page.setViewportSize(VIEWPORTS.phone);
  await new MapDriver(page).open("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  expect(await axe.violationsOf("label-content-name-mismatch")).toEqual([]);
  await page.goto("/proposals");
  await expect(page.locator("main h1")).toBeVisible();
  expect(await axe.violationsOf("color-contrast")).toEqual([]);
});
