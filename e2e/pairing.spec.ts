import { mkdirSync } from "node:fs";
import path from "node:path";
import { test, expect } from "./support/offline";
import { PairingDriver, type ApiRun } from "./drivers/pairing-driver";
import { LayoutDriver } from "./drivers/layout-driver";
import { routeFlowsAgainstPlan } from "../app/domain/honest-numbers";

// These runs include synthetic sites (the run form's checkbox, `params.includeSynthetic` in the API) to test the
// optimiser and the run pages on the densest data; real-only runs (the default) are covered by e2e/real-data.spec.ts.
const WITH_SYNTHETIC = { includeSynthetic: true };

type ApiRunWithParams = ApiRun & {
  params: ApiRun["params"] & { maxHaulKm: Record<string, number>; circuity: number };
  pairings: (ApiRun["pairings"][number] & { distanceKm: number; roadKm: number })[];
};

const SHOTS = path.join(__dirname, "artifacts", "pairing");
const pct = (rate: number) => `${new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 }).format(rate * 100)}%`;

test.describe("pairings", () => {
  test("a city run: flows on the map, KPIs vs the plan, an explanation, reopen after reload", async ({ page }) => {
    const driver = new PairingDriver(page);
    await driver.openList();
    // 运城 (Yuncheng): fly ash and FGD gypsum producers and consumers are seeded there.
    const id = await driver.startCityRun("140800", ["fly-ash", "fgd-gypsum"], "e2e 运城", WITH_SYNTHETIC);
    await driver.waitDone();

    const run = await driver.apiRun(id);
    expect(run.status).toBe("done");
    // The run says it used synthetic sites: in its params, its summary and a banner on its page.
    expect(run.params).toMatchObject({ includeSynthetic: true, includeNonOperating: false });
    expect(run.synthetic).toBe(true);
    expect(run.summary!.synthetic).toBe(true);
    await expect(page.getByTestId("run-synthetic")).toBeVisible();
    expect(run.pairings.length).toBeGreaterThan(0);
    const flowIds = await driver.mapFlowIds();
    expect(new Set(flowIds)).toEqual(new Set(run.pairings.map((p) => p.id)));
    await expect.poll(() => driver.renderedFlowCount()).toBeGreaterThan(0);

    // KPI panel: utilisation per material; the plan's 72% is for bulk industrial solid waste as a whole, so it is
    // drawn on the bulk total (and each bulk material says it counts towards that total), not on each material.
    for (const m of run.summary!.materials) {
      const kpi = await driver.kpi(m.material);
      expect(kpi.utilisation).toBe(pct(m.utilisation));
      expect(kpi.target).toMatch(/计入大宗工业固废合计.*72%/);
      await expect(page.getByTestId(`chart-bar-${m.material}`)).toHaveAttribute("data-target", "");
    }
    const produced = run.summary!.materials.reduce((s, m) => s + m.producedTonnes, 0);
    const matched = run.summary!.materials.reduce((s, m) => s + m.matchedTonnes, 0);
    await expect(page.getByTestId("kpi-utilisation-bulk")).toHaveText(pct(matched / produced));
    await expect(page.getByTestId("chart-bar-bulk")).toHaveAttribute("data-target", "0.72");

    // One pairing explained: parties, tonnes, and the next-best alternative (or why there is none).
    const biggest = [...run.pairings].sort((a, b) => b.tonnesPerYear - a.tonnesPerYear)[0];
    const text = await driver.explain(biggest.id);
    expect(text).toMatch(/配对说明/);
    const alt = biggest.explanation!.alternative;
    const altText = page.getByTestId("explanation-alternative");
    if (alt) {
      await expect(altText).toContainText(run.summary!.involvedSites[alt.consumerId].name);
      await expect(altText).toContainText(
        new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 }).format(alt.costYuan),
      );
    } else await expect(altText).toHaveText(/没有其他消纳方/);
    await expect(page.getByTestId("explanation-parties")).toContainText(
      run.summary!.involvedSites[biggest.producerId].name,
    );
    await expect(page.getByTestId("explanation-level")).not.toBeEmpty();

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "city-run.png") });

    // The run reopens from its URL.
    await page.reload();
    await driver.waitDone();
    expect(new Set(await driver.mapFlowIds())).toEqual(new Set(flowIds));
    await expect(page.getByTestId("run-title")).toHaveText("e2e 运城");
  });

  test("a run over an area drawn on the map", async ({ page }) => {
    const driver = new PairingDriver(page);
    await driver.openList();
    // A large quadrilateral over the middle of the province.
    const id = await driver.startDrawnRun(
      [
        [0.3, 0.25],
        [0.7, 0.25],
        [0.7, 0.75],
        [0.3, 0.75],
      ],
      ["fly-ash", "coal-gangue"],
      "e2e drawn",
      WITH_SYNTHETIC,
    );
    await driver.waitDone();
    const run = await driver.apiRun(id);
    expect((run as unknown as { scope: { kind: string } }).scope.kind).toBe("polygon");
    expect(run.pairings.length).toBeGreaterThan(0);
    expect((await driver.mapFlowIds()).length).toBe(run.pairings.length);
    const kpi = await driver.kpi("fly-ash");
    expect(kpi.target).toContain("72%");
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "drawn-run.png") });

    // Compare it side by side with another run, then delete it from the list.
    const other = await page.request.post("/api/pairings", {
      data: {
        scope: { kind: "city", adcode: "140100" },
        materials: ["fly-ash"],
        label: "e2e 太原",
        params: WITH_SYNTHETIC,
      },
    });
    expect(other.status()).toBe(202);
    const otherId = ((await other.json()) as { id: string }).id;
    await expect.poll(async () => (await driver.apiRun(otherId)).status, { timeout: 60_000 }).toBe("done");
    await page.goto("/pairings");
    await expect(page.getByTestId(`run-row-${id}`)).toBeVisible();
    await page.getByTestId(`run-compare-${id}`).check();
    await page.getByTestId(`run-compare-${otherId}`).check();
    await page.getByTestId("runs-compare").click();
    const compare = page.getByTestId("compare-view");
    await expect(compare).toBeVisible();
    await expect(compare).toContainText("e2e drawn");
    await expect(compare).toContainText("e2e 太原");
    const cancelDone = await page.request.post(`/api/pairings/${otherId}/cancel`);
    expect(cancelDone.status()).toBe(409);
    await page.getByTestId(`run-delete-${id}`).click();
    await expect(page.getByTestId(`run-row-${id}`)).toHaveCount(0);
    expect((await page.request.get(`/api/pairings/${id}`)).status()).toBe(404);
  });

  test("county and park runs store every effective parameter and respect the haul limit", async ({ page, request }) => {
    const driver = new PairingDriver(page);
    // 河津 (Hejin, 140882): the plan's red-mud concentration area.
    const county = await request.post("/api/pairings", {
      data: {
        scope: { kind: "county", adcode: "140882" },
        materials: ["red-mud", "fly-ash"],
        params: { maxHaulKm: { "fly-ash": 40 }, ...WITH_SYNTHETIC },
      },
    });
    expect(county.status()).toBe(202);
    const parks = (await (await request.get("/api/parks")).json()) as { features: { id: string }[] };
    const park = await request.post("/api/pairings", {
      data: { scope: { kind: "park", id: parks.features[0].id }, materials: ["fly-ash"], params: WITH_SYNTHETIC },
    });
    expect(park.status()).toBe(202);
    for (const res of [county, park]) {
      const { id } = (await res.json()) as { id: string };
      await expect.poll(async () => (await driver.apiRun(id)).status, { timeout: 60_000 }).toBe("done");
    }
    const run = (await (
      await request.get(`/api/pairings/${((await county.json()) as { id: string }).id}`)
    ).json()) as ApiRunWithParams;
    expect(run.params).toMatchObject({
      circuity: 1.3,
      nearestN: 100,
      landfillYuanPerTonne: 25,
      maxHaulKm: { "red-mud": 50, "fly-ash": 40 },
      materials: ["red-mud", "fly-ash"],
      includeSynthetic: true,
      includeNonOperating: false,
    });
    expect(run.pairings.length).toBeGreaterThan(0);
    for (const p of run.pairings) {
      expect(p.distanceKm).toBeLessThanOrEqual(run.params.maxHaulKm[p.material]);
      expect(p.roadKm).toBeCloseTo(p.distanceKm * 1.3, 6);
    }
  });

  test("a long run shows progress and can be cancelled from its page", async ({ page }) => {
    const driver = new PairingDriver(page);
    const all = [
      "fly-ash",
      "coal-gangue",
      "fgd-gypsum",
      "red-mud",
      "magnesium-slag",
      "carbide-slag",
      "steel-slag",
      "construction-waste",
      "straw",
      "coke-oven-gas",
      "waste-heat",
      "mine-water",
    ];
    // Large haul limits and N make each of these province runs take seconds; the second waits behind the first.
    const big = {
      scope: { kind: "province" },
      materials: all,
      params: { nearestN: 2000, maxHaulKm: Object.fromEntries(all.map((m) => [m, 400])), ...WITH_SYNTHETIC },
    };
    // Started from the page's own cookie jar: only a run's creator (or an editor) gets the cancel button.
    const first = ((await (await page.request.post("/api/pairings", { data: big })).json()) as { id: string }).id;
    const second = (
      (await (await page.request.post("/api/pairings", { data: { ...big, label: "e2e cancel" } })).json()) as {
        id: string;
      }
    ).id;
    await page.goto(`/pairings/${second}`);
    await expect(page.getByTestId("run-progress")).toBeVisible();
    await expect(page.getByTestId("run-progress-bar")).toBeVisible();
    await page.getByTestId("run-cancel").click();
    await expect(page.getByTestId("pairing-run-view")).toHaveAttribute("data-status", "cancelled");
    expect((await driver.apiRun(second)).status).toBe("cancelled");
    // The first run is unaffected and finishes; the cancelled one stays cancelled with no pairings.
    await expect.poll(async () => (await driver.apiRun(first)).status, { timeout: 60_000 }).toBe("done");
    const cancelled = await driver.apiRun(second);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.pairings).toEqual([]);
  });
});

for (const [name, viewport, locale] of [
  ["desktop, 中文", null, "zh"],
  ["phone, English", { width: 390, height: 844 }, "en"],
] as const) {
  test(`honest numbers: flows beyond the plan's route capacity are flagged; the comparison shows B − A (${name})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: "atlas-locale", value: locale, url: baseURL! }]);
    if (viewport) await page.setViewportSize(viewport);
    const driver = new PairingDriver(page);
    // A: the province's real operating sites (the default); B: synthetic sites too, so more gangue is placed.
    const start = async (label: string, params: object) => {
      const res = await page.request.post("/api/pairings", {
        data: { scope: { kind: "province" }, materials: ["coal-gangue"], label, params },
      });
      expect(res.status()).toBe(202);
      const { id } = (await res.json()) as { id: string };
      await expect.poll(async () => (await driver.apiRun(id)).status, { timeout: 90_000 }).toBe("done");
      return driver.apiRun(id);
    };
    const a = await start(`honest A ${name}`, {});
    const b = await start(`honest B ${name}`, WITH_SYNTHETIC);

    // The run page: every route flow beyond the plan's figure is listed in a visible warning, with its ratio.
    const materials = a.summary!.materials as unknown as Parameters<typeof routeFlowsAgainstPlan>[0];
    const over = routeFlowsAgainstPlan(materials).filter((c) => c.over);
    expect(over.map((c) => c.targetId)).toContain("gangue-cement");
    await page.goto(`/pairings/${a.id}`);
    const warning = page.getByTestId("route-capacity-warning");
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("⚠");
    for (const c of over) {
      const item = page.getByTestId(`route-over-${c.targetId}`);
      await expect(item).toContainText(locale === "zh" ? c.labelZh : c.labelEn);
      expect(Number(await item.getAttribute("data-ratio"))).toBeCloseTo(c.ratio, 3);
    }
    await expect(warning).toContainText(locale === "zh" ? "规划" : "plan's route capacity");
    mkdirSync(SHOTS, { recursive: true });
    await warning.screenshot({ path: path.join(SHOTS, `route-warning-${locale}.png`) });
    // The KPI chart marks the material and explains the marker.
    await expect(page.getByTestId("chart-bar-coal-gangue")).toHaveAttribute("data-flagged", "true");
    await expect(page.getByTestId("chart-flag-legend")).toBeVisible();
    // 11 px as drawn: the chart is laid out at its own width, not a fixed viewBox shrunk to the phone's.
    const chartText = page.getByTestId("utilisation-chart").locator("svg text");
    const layout = new LayoutDriver(page);
    await expect
      .poll(async () => Math.min(...(await layout.renderedSvgFontSizesPx(chartText))))
      .toBeGreaterThanOrEqual(10.9);

    // The comparison: B − A per material and KPI, signed, judged in words and coloured.
    await page.goto(`/pairings?compare=${a.id},${b.id}`);
    await expect(page.getByTestId("compare-view")).toBeVisible();
    const cell = page.getByTestId("compare-diff-coal-gangue");
    const ua = a.summary!.materials[0].utilisation;
    const ub = b.summary!.materials[0].utilisation;
    // Synthetic consumers add capacity, so B places more gangue: a positive, better difference.
    expect(ub).toBeGreaterThan(ua);
    expect(Number(await cell.getAttribute("data-delta"))).toBeCloseTo(ub - ua, 9);
    await expect(cell).toHaveAttribute("data-tone", "better");
    await expect(cell).toContainText("+");
    await expect(cell).toContainText(locale === "zh" ? "更优" : "better");
    await page.getByTestId("compare-kpis").screenshot({ path: path.join(SHOTS, `compare-${locale}.png`) });
    // On a phone the table scrolls sideways in its own focusable box: no figure or word is broken to fit, and the
    // page itself does not scroll sideways.
    expect(await layout.wordsBrokenAcrossLines(page.getByTestId("compare-kpis"))).toEqual([]);
    expect(await layout.horizontalOverflowPx()).toBeLessThanOrEqual(1);
    const box = page.getByTestId("compare-kpis").locator("xpath=..");
    await expect(box).toHaveAttribute("tabindex", "0");
    await expect(box).toHaveAttribute("role", "region");
    const pairings = page.getByTestId("compare-diff-pairings");
    expect(Number(await pairings.getAttribute("data-delta"))).toBe(b.pairings.length - a.pairings.length);
    expect(await cell.evaluate((el) => getComputedStyle(el).color)).not.toBe(
      await page.getByTestId("compare-diff-pairings").evaluate((el) => getComputedStyle(el).color),
    );
  });
}
