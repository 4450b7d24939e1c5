/**
 * Nearby-consumer search (issue 3), in real Chromium against the built app and real SQLite: from a red-mud
 * producer in Hejin (河津), the list is sorted by distance and inside the radius, the map shows the radius circle
 * and lines, list and map are linked, the URL reproduces the search, and typed places and map picks work. Every test
 * fails on a request that leaves localhost. The API's errors, park origins and index invalidation are route-handler
 * tests (test/routes/search-routes.integration.test.ts).
 * These tests search synthetic consumers too (includeSynthetic / nb-syn=1): they test the search mechanics on the
 * densest data; the real-only default is covered by e2e/real-data.spec.ts.
 */
import { distance } from "@turf/turf";
import { test, expect } from "./support/offline";
import { SearchDriver } from "./drivers/search-driver";

const HEJIN = "140882";

test.describe("nearby consumer search", () => {
  test("from a red-mud producer in Hejin: sorted, inside the radius, drawn on the map, reproduced by the URL", async ({
    page,
  }) => {
    const search = new SearchDriver(page);
    const producer = await search.producerIn(HEJIN, "red-mud");
    await search.findConsumersFromSitePanel(producer.id, { includeSynthetic: true });

    // The URL holds the search.
    const url = new URL(page.url());
    expect(url.searchParams.get("nb-mat")).toBe("red-mud");
    expect(url.searchParams.get("nb-from")).toBe(`site:${producer.id}`);
    expect(url.searchParams.get("nb-syn")).toBe("1");
    await expect(page.getByTestId("search-include-synthetic")).toBeChecked();

    // Same answer as the API; sorted by distance; every result inside the radius (the material's max haul).
    const api = await search.nearbyApi(
      `/api/sites/${encodeURIComponent(producer.id)}/consumers?material=red-mud&includeSynthetic=true`,
    );
    expect(api.status).toBe(200);
    const radiusKm = api.body.query.radiusKm!;
    expect(radiusKm).toBe(api.body.query.maxHaulKm);
    const rows = await search.rows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).toEqual(api.body.results.map((r) => r.site.id));
    for (let i = 1; i < rows.length; i++) expect(rows[i].distanceKm).toBeGreaterThanOrEqual(rows[i - 1].distanceKm);
    for (const r of rows) expect(r.distanceKm).toBeLessThanOrEqual(radiusKm);
    expect(await search.radiusKm()).toBe(radiusKm);
    // Consumers beyond the radius exist and are left out (the radius is doing something).
    const wider = await search.nearbyApi(
      `/api/sites/${encodeURIComponent(producer.id)}/consumers?material=red-mud&radiusKm=${radiusKm * 4}&includeSynthetic=true`,
    );
    expect(wider.body.results.length).toBeGreaterThan(rows.length);

    // The map: a circle of that radius around the producer, one line from the producer to each result, one ring each.
    const origin = producer.geometry.coordinates as [number, number];
    const circle = await search.sourceData("atlas-search-radius");
    expect(circle.features).toHaveLength(1);
    for (const v of SearchDriver.coords(circle.features[0]))
      expect(distance(origin, v, { units: "kilometers" })).toBeCloseTo(radiusKm, 0);
    const lines = await search.sourceData("atlas-search-lines");
    expect(lines.features.map((f) => f.properties?.id)).toEqual(rows.map((r) => r.id));
    for (const [i, f] of lines.features.entries()) {
      const [from, to] = SearchDriver.coords(f);
      expect(from).toEqual(origin);
      const hit = api.body.results[i];
      expect(to).toEqual([hit.lng, hit.lat]);
    }
    const hits = await search.sourceData("atlas-search-hits");
    expect(hits.features.map((f) => f.properties?.id)).toEqual(rows.map((r) => r.id));

    // List → map: hovering a row highlights its ring and line.
    const target = rows[Math.min(2, rows.length - 1)];
    await page.locator(`[data-testid="search-result"][data-site-id="${target.id}"]`).hover();
    await expect.poll(() => search.highlightedId()).toBe(target.id);
    // Map → list: clicking a ring selects its row (and the selection goes into the URL).
    await page.mouse.move(5, 5);
    const clicked = await search.clickSomeResultOnMap(
      api.body.results.map((r) => ({ id: r.site.id, lngLat: [r.lng, r.lat] as [number, number] })),
    );
    // The table scrolls the clicked result's row into view and marks it.
    await expect(page.locator(`[data-testid="search-result"][data-site-id="${clicked}"]`)).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect.poll(() => new URL(page.url()).searchParams.get("nb-sel")).toBe(clicked);
    await expect(page.getByTestId("search-selected")).toBeVisible();

    // Table → map: clicking a row selects it and highlights its ring and line.
    const other = rows.find((r) => r.id !== clicked)!;
    await page.locator(`[data-testid="search-result"][data-site-id="${other.id}"]`).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("nb-sel")).toBe(other.id);
    await page.mouse.move(5, 5);
    await expect.poll(() => search.highlightedId()).toBe(other.id);

    // Sorting by cost (a header click: most expensive first, again: cheapest first) is kept in the URL.
    await search.table.sortBy("cost");
    await expect.poll(() => new URL(page.url()).searchParams.get("nb-sort")).toBe("-cost");
    const byCostDesc = await search.rows();
    for (let i = 1; i < byCostDesc.length; i++) expect(byCostDesc[i].cost).toBeLessThanOrEqual(byCostDesc[i - 1].cost);
    await search.table.sortBy("cost");
    await expect.poll(() => new URL(page.url()).searchParams.get("nb-sort")).toBe("cost");
    expect(await search.table.sortState("cost")).toBe("ascending");
    const byCost = await search.rows();
    for (let i = 1; i < byCost.length; i++) expect(byCost[i].cost).toBeGreaterThanOrEqual(byCost[i - 1].cost);
    // Back to distance order (descending first, then ascending: the default, which leaves the URL).
    await search.table.sortBy("distance");
    await search.table.sortBy("distance");
    await expect.poll(() => new URL(page.url()).searchParams.get("nb-sort")).toBeNull();

    // Reloading the URL shows the same result.
    const before = await search.rows();
    const linesBefore = await search.sourceData("atlas-search-lines");
    await page.reload();
    await search.map.waitUntilReady();
    await search.waitForResults();
    expect(await search.rows()).toEqual(before);
    expect(await search.radiusKm()).toBe(radiusKm);
    expect((await search.sourceData("atlas-search-lines")).features).toEqual(linesBefore.features);
    await expect(page.getByTestId("search-origin")).toContainText(producer.properties.name);
  });

  test("k nearest and a typed place (河津), and picking a point on the map", async ({ page }) => {
    const search = new SearchDriver(page);
    await search.map.open("/?nb-syn=1");

    // Typed place: partial Chinese input finds Hejin county first.
    await page.getByTestId("search-material").selectOption("red-mud");
    await page.getByTestId("search-place-input").fill("河津");
    const first = page.getByTestId("search-place-option").first();
    await expect(first).toHaveAttribute("data-place-id", HEJIN);
    await first.click();
    await search.waitForResults();
    await expect(page.getByTestId("search-origin")).toContainText("河津");
    expect(new URL(page.url()).searchParams.get("nb-from")).toMatch(/^pt:/);

    // k nearest: exactly k results, sorted, equal to the API's k nearest.
    await page.getByTestId("search-mode-nearest").check();
    await page.getByTestId("search-k").fill("5");
    await page.getByTestId("search-run").click();
    await expect(page.getByTestId("search-results")).toHaveAttribute("data-mode", "nearest");
    await search.waitForResults();
    const rows = await search.rows();
    expect(rows).toHaveLength(5);
    for (let i = 1; i < rows.length; i++) expect(rows[i].distanceKm).toBeGreaterThanOrEqual(rows[i - 1].distanceKm);
    expect((await search.sourceData("atlas-search-radius")).features).toHaveLength(0);
    expect((await search.sourceData("atlas-search-lines")).features).toHaveLength(5);

    // Pick on map: the clicked point becomes the origin.
    await page.getByTestId("search-pick-on-map").click();
    const box = (await page.getByTestId("atlas-map").locator("canvas").boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.62, box.y + box.height * 0.5);
    await expect(page.getByTestId("search-origin")).toContainText(/地图点|Map point/);
    await search.waitForResults();
    const from = new URL(page.url()).searchParams.get("nb-from")!;
    const [lng, lat] = from.slice(3).split(",").map(Number);
    const api = await search.nearbyApi(
      `/api/consumers/nearby?lng=${lng}&lat=${lat}&material=red-mud&k=5&includeSynthetic=true`,
    );
    expect((await search.rows()).map((r) => r.id)).toEqual(api.body.results.map((r) => r.site.id));
  });
});
