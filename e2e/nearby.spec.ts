/**
 * Nearby results as a real table (issue 14 §4), desktop in Chinese and phone in English: total remaining capacity
 * against the producer's output, "copy link" that reopens the same search, and the results table (virtualised,
 * sortable, filterable, CSV of the rows shown; a row click highlights the consumer on the map).
 */
import path from "node:path";
import { test, expect } from "./support/offline";
import { SearchDriver } from "./drivers/search-driver";
import type { NearbyResponse } from "../app/application/nearby";

// Synthetic consumers included (nb-syn=1), so there are several results to add up.
const SEARCH = "/?nb-mat=red-mud&nb-from=site:plan-chalco-shanxi&nb-syn=1";

for (const [name, viewport, locale] of [
  ["desktop, 中文", null, "zh"],
  ["phone, English", { width: 390, height: 844 }, "en"],
] as const) {
  test(`nearby: capacity against output, copy link, results table (${name})`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await context.addCookies([{ name: "atlas-locale", value: locale, url: baseURL! }]);
    if (viewport) await page.setViewportSize(viewport);
    const search = new SearchDriver(page);
    await search.map.open(SEARCH);
    await search.waitForResults();
    const api = (await (
      await page.request.get("/api/sites/plan-chalco-shanxi/consumers?material=red-mud&includeSynthetic=true")
    ).json()) as NearbyResponse;
    const total = api.results.reduce((s, r) => s + r.remainingCapacityTonnes, 0);
    const site = (await search.map.apiSites()).features.find((f) => f.id === "plan-chalco-shanxi")!;
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

    // The table holds every result in one line each, with headers in the UI language.
    expect(api.results.length).toBeGreaterThan(3);
    expect(await search.table.counts()).toEqual({ shown: api.results.length, total: api.results.length });
    expect((await search.rows()).map((r) => r.id)).toEqual(api.results.map((r) => r.site.id));
    const rowHeights = await search.table
      .root()
      .locator("tbody tr[data-row-key]")
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...rowHeights)).toBeLessThanOrEqual(34);
    await expect(search.table.root().locator("thead")).toContainText(locale === "zh" ? "直线距离" : "Straight km");
    await page.screenshot({ path: path.join(__dirname, "artifacts", `nearby-table-${locale}.png`) });

    // Sorting on remaining capacity (largest first) goes into the URL and survives a reload.
    await search.table.sortBy("remaining");
    await expect.poll(() => new URL(page.url()).searchParams.get("nb-sort")).toBe("-remaining");
    const byCapacity = await search.rows();
    for (let i = 1; i < byCapacity.length; i++)
      expect(byCapacity[i].remainingTonnes).toBeLessThanOrEqual(byCapacity[i - 1].remainingTonnes);
    await page.reload();
    await search.map.waitUntilReady();
    await search.waitForResults();
    expect(await search.table.sortState("remaining")).toBe("descending");
    expect((await search.rows()).map((r) => r.id)).toEqual(byCapacity.map((r) => r.id));

    // Filtering by a consumer's name leaves its row; the CSV has exactly the rows shown, numbers unformatted.
    const target = api.results[api.results.length - 1];
    const targetName = locale === "zh" ? target.site.name : target.site.nameEn || target.site.name;
    await search.table.filter(targetName);
    await expect.poll(async () => (await search.table.counts()).shown).toBeLessThan(api.results.length);
    const { shown } = await search.table.counts();
    const lines = await search.table.csvLines();
    expect(lines).toHaveLength(shown + 1);
    expect(lines.some((l) => l.includes(target.site.id))).toBe(true);
    expect(lines[0]).toContain(locale === "zh" ? "剩余消纳能力" : "Remaining");

    // A row click highlights that consumer's ring and line on the map, and it is drawn in the view.
    await page.locator(`[data-testid="search-result"][data-site-id="${target.site.id}"]`).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("nb-sel")).toBe(target.site.id);
    await page.mouse.move(1, 1);
    await expect.poll(() => search.highlightedId()).toBe(target.site.id);
    await search.map.waitForIdle();
    const inView = await page.evaluate(
      ([lng, lat]) => window.__atlasMap!.getBounds().contains([lng, lat]),
      [target.lng, target.lat],
    );
    expect(inView).toBe(true);
    await page.getByTestId("search-result-open").click();
    await expect(page.getByTestId("site-panel")).toBeVisible();
  });
}
