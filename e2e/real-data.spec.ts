/**
 * Analyses run on real, operating enterprises unless asked (issue 9): a search around a named base lists only real
 * operating consumers and the "include synthetic" checkbox brings synthetic ones back; a province-wide run through
 * the form pairs only real operating sites; a site that is not operating stays on the map (filterable by status,
 * kept in the URL) but out of search, pairing and proposals unless the request includes it; the map's synthetic
 * toggle is kept in the URL. Every expectation is checked against the API, never against hard-coded counts, so it
 * holds on any seed.
 */
import { test, expect } from "./support/offline";
import { createEditorAccount, SearchDriver } from "./drivers/search-driver";
import { PairingDriver } from "./drivers/pairing-driver";
import { MapDriver } from "./drivers/map-driver";
import type { SiteFeature, SiteFeatureCollection } from "../app/domain/site-features";
import type { NearbyResponse } from "../app/application/nearby";

const SHUOZHOU_BASE = "park-shuozhou-base";
const REAL_OPERATING = "includeSynthetic=false&status=operating";

test.describe("real data first", () => {
  test("a real-only search around the Shuozhou base lists real operating consumers; the checkbox brings synthetic ones back", async ({
    page,
  }) => {
    test.setTimeout(180_000); // several map loads and searches on a shared machine
    const search = new SearchDriver(page);
    await search.map.open("/");
    const includeSynthetic = page.getByTestId("search-include-synthetic");
    await expect(includeSynthetic).not.toBeChecked();
    await expect(page.getByTestId("search-include-non-operating")).not.toBeChecked();

    await page.getByTestId("search-material").selectOption("coal-gangue");
    await search.choosePlace("朔州全国工业固体废物综合利用基地", SHUOZHOU_BASE);
    await search.waitForResults();
    await expect(page.getByTestId("search-results")).toHaveAttribute("data-include-synthetic", "false");
    const url = new URL(page.url());
    expect(url.searchParams.get("nb-park")).toBe(SHUOZHOU_BASE);
    expect(url.searchParams.has("nb-syn")).toBe(false);

    // Every result is a real, operating site according to GET /api/sites.
    const realOperating = await search.siteIds(REAL_OPERATING);
    const rows = await search.rows();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(realOperating.has(r.id), `${r.id} is real and operating`).toBe(true);
      expect(r).toMatchObject({ synthetic: false, status: "operating" });
    }
    // The list is the API's default answer, which says what it searched.
    const [lng, lat] = url.searchParams.get("nb-from")!.slice(3).split(",").map(Number);
    const base = `/api/consumers/nearby?lng=${lng}&lat=${lat}&material=coal-gangue&parkId=${SHUOZHOU_BASE}`;
    const api = await search.nearbyApi(base);
    expect(rows.map((r) => r.id)).toEqual(api.body.results.map((r) => r.site.id));
    expect(api.body.query).toMatchObject({ includeSynthetic: false, includeNonOperating: false, syntheticResults: 0 });

    // No real consumer is lost: the real operating part of the answer with synthetic sites is exactly the real-only answer.
    const all = await search.nearbyApi(`${base}&includeSynthetic=true&limit=1000`);
    const realOnly = await search.nearbyApi(`${base}&limit=1000`);
    expect(all.body.query.truncated).toBe(false);
    expect(all.body.query.syntheticResults).toBeGreaterThan(0);
    expect(all.body.results.filter((r) => realOperating.has(r.site.id)).map((r) => r.site.id)).toEqual(
      realOnly.body.results.map((r) => r.site.id),
    );

    // Ticking the checkbox searches synthetic sites too, and the URL keeps it.
    await includeSynthetic.check();
    await expect(page.getByTestId("search-results")).toHaveAttribute("data-include-synthetic", "true");
    await search.waitForResults();
    await expect.poll(() => new URL(page.url()).searchParams.get("nb-syn")).toBe("1");
    const withSynthetic = await search.rows();
    const apiWithSynthetic = await search.nearbyApi(`${base}&includeSynthetic=true`);
    expect(withSynthetic.map((r) => r.id)).toEqual(apiWithSynthetic.body.results.map((r) => r.site.id));
    expect(withSynthetic.filter((r) => r.synthetic).length).toBe(apiWithSynthetic.body.query.syntheticResults);
    expect(withSynthetic.some((r) => r.synthetic)).toBe(true);
    await expect(page.getByTestId("search-summary")).toContainText(
      String(apiWithSynthetic.body.query.syntheticResults),
    );

    // A reload reproduces it; unticking goes back to real sites only.
    await page.reload();
    await search.map.waitUntilReady();
    await search.waitForResults();
    await expect(includeSynthetic).toBeChecked();
    expect((await search.rows()).map((r) => r.id)).toEqual(withSynthetic.map((r) => r.id));
    await includeSynthetic.uncheck();
    await expect(page.getByTestId("search-results")).toHaveAttribute("data-include-synthetic", "false");
    await search.waitForResults();
    expect((await search.rows()).map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  test("a real-only province run (fly ash, coal gangue, steel slag, FGD gypsum) pairs only real operating sites", async ({
    page,
  }) => {
    const driver = new PairingDriver(page);
    await driver.openList();
    await expect(page.getByTestId("run-include-synthetic")).not.toBeChecked();
    await expect(page.getByTestId("run-include-non-operating")).not.toBeChecked();
    const materials = ["fly-ash", "coal-gangue", "steel-slag", "fgd-gypsum"];
    const id = await driver.startProvinceRun(materials, "e2e 全省 真实企业");
    await driver.waitDone();

    const run = await driver.apiRun(id);
    expect(run.status).toBe("done");
    expect(run.params).toMatchObject({ includeSynthetic: false, includeNonOperating: false });
    expect([...run.params.materials].sort()).toEqual([...materials].sort());
    expect(run.synthetic).toBe(false);
    expect(run.summary!.synthetic).toBe(false);
    await expect(page.getByTestId("run-synthetic")).toHaveCount(0);
    expect(run.summary!.materials.map((m) => m.material)).toEqual(run.params.materials);

    const realOperating = new Set(
      ((await (await page.request.get(`/api/sites?${REAL_OPERATING}`)).json()) as SiteFeatureCollection).features.map(
        (f) => f.id,
      ),
    );
    expect(run.pairings.length).toBeGreaterThan(0);
    for (const p of run.pairings) {
      expect(realOperating.has(p.producerId), `producer ${p.producerId} is real and operating`).toBe(true);
      expect(realOperating.has(p.consumerId), `consumer ${p.consumerId} is real and operating`).toBe(true);
    }
    for (const [siteId, site] of Object.entries(run.summary!.involvedSites)) {
      expect(realOperating.has(siteId), `${siteId} is real and operating`).toBe(true);
      expect(site.synthetic).toBe(false);
    }
    expect(new Set(await driver.mapFlowIds())).toEqual(new Set(run.pairings.map((p) => p.id)));
    // The parameters table says which sites the run used.
    await expect(page.getByTestId("params-table")).toContainText("包含合成数据");
  });

  test("a site that is not operating: on the map (status filter in the URL) but out of analyses unless asked", async ({
    page,
  }) => {
    test.setTimeout(180_000); // two pairing runs, a proposal and two map loads on a shared machine
    const search = new SearchDriver(page);
    createEditorAccount("real-data-e2e-editor", "real-data-e2e-password-42");
    await search.signIn("real-data-e2e-editor", "real-data-e2e-password-42");
    const call = (method: string, url: string, body?: unknown) =>
      page.evaluate(
        async ({ method, url, body }) => {
          const r = await fetch(url, {
            method,
            headers: { "Content-Type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          return { status: r.status, json: r.status === 204 ? null : await r.json() };
        },
        { method, url, body },
      );
    const [lng, lat] = [112.43, 39.33];
    const created = await call("POST", "/api/sites", {
      name: "E2E 已退役矸石电厂",
      nameEn: "E2E retired gangue power plant",
      industry: "gangue-power",
      lng,
      lat,
      source: "e2e",
      status: "retired",
      outputs: [{ material: "fly-ash", tonnesPerYear: 100000 }],
      intakes: [{ material: "coal-gangue", route: "power", capacityTonnesPerYear: 500000 }],
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = (created.json as { id: string }).id;
    try {
      // GET /api/sites: status in the properties and as a filter.
      const retired = (await (await page.request.get("/api/sites?status=retired")).json()) as SiteFeatureCollection;
      const site = retired.features.find((f) => f.id === id) as SiteFeature;
      expect(site.properties.status).toBe("retired");
      expect(retired.features.every((f) => f.properties.status === "retired")).toBe(true);
      const operating = (await (await page.request.get("/api/sites?status=operating")).json()) as SiteFeatureCollection;
      expect(operating.features.some((f) => f.id === id)).toBe(false);

      // Search: left out by default, listed (with its status) when non-operating sites are included.
      const nearby = (q: string) =>
        search.nearbyApi(`/api/consumers/nearby?lng=${lng}&lat=${lat}&material=coal-gangue&k=50${q}`);
      const found = (r: { body: NearbyResponse }) => r.body.results.find((x) => x.site.id === id);
      expect(found(await nearby(""))).toBeUndefined();
      expect(found(await nearby("&includeNonOperating=true"))?.site.status).toBe("retired");
      expect(
        found(
          await search.nearbyApi(
            `/api/sites/${encodeURIComponent(id)}/consumers?material=coal-gangue&k=5&includeNonOperating=true`,
          ),
        )?.distanceKm,
      ).toBe(0);

      // Pairing: only a run that includes non-operating sites counts its output and intake.
      const county = site.properties.countyAdcode!;
      const start = async (params: object) => {
        const res = await page.request.post("/api/pairings", {
          data: { scope: { kind: "county", adcode: county }, materials: ["fly-ash", "coal-gangue"], params },
        });
        expect(res.status()).toBe(202);
        const runId = ((await res.json()) as { id: string }).id;
        await expect
          .poll(async () => (await new PairingDriver(page).apiRun(runId)).status, { timeout: 60_000 })
          .toBe("done");
        return new PairingDriver(page).apiRun(runId);
      };
      const without = await start({});
      expect(without.params.includeNonOperating).toBe(false);
      expect(without.summary!.involvedSites[id]).toBeUndefined();
      const withIt = await start({ includeNonOperating: true });
      expect(withIt.params.includeNonOperating).toBe(true);
      expect(withIt.summary!.involvedSites[id]).toBeDefined();

      // Proposals from sites: a non-operating pick is refused by default with a specific message, accepted when asked.
      const partner = operating.features.find((f) => !f.properties.provenance.synthetic && f.id !== id)!;
      const refused = await call("POST", "/api/proposals", { from: "sites", siteIds: [id, partner.id] });
      expect(refused.status).toBe(400);
      expect((refused.json as { error: string }).error).toMatch(
        /1 not operating \(set includeNonOperating: true to use them\)/,
      );
      const accepted = await call("POST", "/api/proposals", {
        from: "sites",
        siteIds: [id, partner.id],
        includeNonOperating: true,
      });
      expect(accepted.status, JSON.stringify(accepted.json)).toBe(201);
      const proposal = accepted.json as { id: string; snapshot: { sites: { id: string }[] } };
      expect(proposal.snapshot.sites.map((s) => s.id).sort()).toEqual([id, partner.id].sort());
      await call("DELETE", `/api/proposals/${proposal.id}`);

      // The map: the panel shows the status; "operating only" hides it and the URL keeps the filter.
      const map = new MapDriver(page);
      await map.open(`/?site=${encodeURIComponent(id)}`);
      await expect(page.getByTestId("site-panel-status")).toHaveAttribute("data-status", "retired");
      await expect(page.getByTestId("site-panel-status")).toHaveText("已退役");
      await expect(page.getByTestId("site-panel-not-operating-note")).toBeVisible();
      await expect(page.getByTestId("legend-not-operating")).toBeAttached();
      expect(await map.renderedSiteIds()).toContain(id);
      await page.getByTestId("statuses-operating").click();
      await expect.poll(() => new URL(page.url()).searchParams.get("st")).toBe("operating");
      await expect.poll(() => map.renderedSiteIds()).not.toContain(id);
      await page.reload();
      await map.waitUntilReady();
      await expect(page.getByTestId("toggle-status-retired")).not.toBeChecked();
      expect(await map.renderedSiteIds()).not.toContain(id);
      await page.getByTestId("toggle-status-retired").check();
      await expect.poll(() => map.renderedSiteIds()).toContain(id);
    } finally {
      expect((await call("DELETE", `/api/sites/${encodeURIComponent(id)}`)).status).toBe(200);
    }
  });

  test("the map's synthetic toggle hides the hollow rings and is kept in the URL", async ({ page }) => {
    const map = new MapDriver(page);
    await map.open("/");
    const synthetic = new Set(
      (await map.apiSites()).features.filter((f) => f.properties.provenance.synthetic).map((f) => f.id),
    );
    const all = await map.renderedSiteIds();
    expect(all.some((id) => synthetic.has(id))).toBe(true);
    await page.getByTestId("toggle-synthetic").uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get("syn")).toBe("0");
    const real = all.filter((id) => !synthetic.has(id));
    await expect.poll(() => map.renderedSiteIds()).toEqual(real);
    await page.reload();
    await map.waitUntilReady();
    await expect(page.getByTestId("toggle-synthetic")).not.toBeChecked();
    expect(await map.renderedSiteIds()).toEqual(real);
    await page.getByTestId("toggle-synthetic").check();
    await expect.poll(() => new URL(page.url()).searchParams.has("syn")).toBe(false);
    await expect.poll(() => map.renderedSiteIds()).toEqual(all);
  });
});
