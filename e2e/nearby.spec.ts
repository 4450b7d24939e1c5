/**
 * Nearby search extras (issue 14 §4), desktop and phone: total remaining capacity against the producer's output,
 * "copy link" that reopens the same search, and a CSV export of the results.
 */
import { readFileSync } from "node:fs";
import { test, expect } from "./support/offline";
import { MapDriver } from "./drivers/map-driver";

// Synthetic consumers included (nb-syn=1), so there are several results to add up.
const SEARCH = "/?nb-mat=red-mud&nb-from=site:plan-chalco-shanxi&nb-syn=1";

for (const [name, viewport] of [
  ["desktop", null],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`nearby: capacity against output, copy link, CSV (${name})`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    if (viewport) await page.setViewportSize(viewport);
    const map = new MapDriver(page);
    await map.open(SEARCH);
    await expect(page.getByTestId("search-results")).toBeVisible();
    const api = (await (
      await page.request.get("/api/sites/plan-chalco-shanxi/consumers?material=red-mud&includeSynthetic=true")
    ).json()) as { results: { remainingCapacityTonnes: number }[] };
    const total = api.results.reduce((s, r) => s + r.remainingCapacityTonnes, 0);
    const site = (await map.apiSites()).features.find((f) => f.id === "plan-chalco-shanxi")!;
    const produced = site.properties.outputs
      .filter((o) => o.material === "red-mud")
      .reduce((s, o) => s + o.tonnesPerYear, 0);
    const capacity = page.getByTestId("search-capacity");
    await expect(capacity).toHaveAttribute("data-total-remaining", String(total));
    await expect(capacity).toHaveAttribute("data-produced", String(produced));
    await expect(capacity).toContainText("%");

    await page.getByTestId("search-copy-link").click();
    await expect(page.getByTestId("search-copy-status")).not.toBeEmpty();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain("nb-mat=red-mud");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("search-csv").click()]);
    const lines = readFileSync((await download.path())!, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean);
    expect(lines).toHaveLength(api.results.length + 1);
  });
}
