/**
 * Real tables (issue 14 §4), desktop and phone: the run's pairings table has every row (virtualised), sorts, filters
 * and exports CSV; clicking a row highlights its flow on the map; the run map shows site points and names.
 * Runs include synthetic sites (params.includeSynthetic) so the province run has several hundred pairings.
 */
import { test, expect } from "./support/offline";
import { ProposalsDriver } from "./drivers/proposals-driver";
import { TableDriver } from "./drivers/table-driver";
import { PAIRING_LAYERS } from "../app/ui/pairing/flow-layers";

const SOLIDS = [
  "coal-gangue",
  "fly-ash",
  "fgd-gypsum",
  "red-mud",
  "magnesium-slag",
  "carbide-slag",
  "steel-slag",
  "construction-waste",
];

test("the province run's pairings table has every row, sorts, filters and exports CSV", async ({ page }) => {
  const runId = await new ProposalsDriver(page).finishedRun({
    scope: { kind: "province" },
    materials: SOLIDS,
    label: "tables e2e",
    params: { includeSynthetic: true },
  });
  const run = (await (await page.request.get(`/api/pairings/${runId}`)).json()) as {
    pairings: { id: number; tonnesPerYear: number; producerId: string; consumerId: string }[];
    summary: { involvedSites: Record<string, { name: string }> };
  };
  expect(run.pairings.length).toBeGreaterThan(200);
  await page.goto(`/pairings/${runId}`);
  const table = new TableDriver(page, "pairing-table");
  expect(await table.counts()).toEqual({ shown: run.pairings.length, total: run.pairings.length });
  // Virtualised: a window of rows is in the DOM, and the last row is reached by scrolling.
  expect((await table.renderedKeys()).length).toBeLessThan(100);
  const byTonnesDesc = [...run.pairings].sort((a, b) => b.tonnesPerYear - a.tonnesPerYear);
  const tonnesOf = (key: string) => run.pairings.find((p) => String(p.id) === key)!.tonnesPerYear;
  expect(tonnesOf((await table.renderedKeys())[0])).toBe(byTonnesDesc[0].tonnesPerYear);
  await table.scrollToEnd();
  // The last row (aria-rowindex = rows + 1 header row) is rendered once scrolled to the end.
  await expect.poll(() => table.lastRowIndex()).toBe(run.pairings.length + 1);

  // Sort ascending by tonnes: the smallest pairing comes first.
  await table.sortBy("tonnes");
  expect(await table.sortState("tonnes")).toBe("ascending");
  await table
    .root()
    .locator(".data-table__scroll")
    .evaluate((el) => el.scrollTo({ top: 0 }));
  const smallest = Math.min(...run.pairings.map((p) => p.tonnesPerYear));
  // The virtualised window re-renders after the scroll: wait for it rather than read the old window.
  await expect.poll(async () => tonnesOf((await table.renderedKeys())[0])).toBe(smallest);

  // Filter by a producer's name: the filter matches the text of every column, so all its pairings remain, every
  // row shown mentions every word of the name, and the CSV has exactly the rows shown.
  const producer = byTonnesDesc[0].producerId;
  const name = run.summary.involvedSites[producer].name;
  await table.filter(name);
  const lower = name.toLowerCase();
  const expected = run.pairings.filter((p) =>
    [p.producerId, p.consumerId].some((id) => run.summary.involvedSites[id].name.toLowerCase().includes(lower)),
  );
  await expect.poll(async () => (await table.counts()).shown).toBeGreaterThanOrEqual(expected.length);
  const { shown } = await table.counts();
  expect(shown).toBeLessThan(run.pairings.length);
  const lines = await table.csvLines();
  expect(lines).toHaveLength(shown + 1);
  const words = lower.split(/\s+/).filter(Boolean);
  for (const line of lines.slice(1)) for (const w of words) expect(line.toLowerCase()).toContain(w);
  expect(lines[0].split(",")[0]).toBe("产生方");
  // Numbers are numbers in the CSV (no thousands separators).
  expect(lines[1].split(",")[3]).toMatch(/^\d+(\.\d+)?$/);
});

for (const [name, viewport] of [
  ["desktop", null],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`clicking a pairing row highlights its flow; the run map shows its sites (${name})`, async ({ page }) => {
    if (viewport) await page.setViewportSize(viewport);
    const runId = await new ProposalsDriver(page).finishedRun({
      scope: { kind: "city", adcode: "140800" },
      materials: ["red-mud", "fly-ash"],
      label: `rows ${name}`,
      params: { includeSynthetic: true },
    });
    const run = (await (await page.request.get(`/api/pairings/${runId}`)).json()) as {
      pairings: { id: number; producerId: string; consumerId: string }[];
      summary: { involvedSites: Record<string, unknown> };
    };
    await page.goto(`/pairings/${runId}`);
    await expect(page.getByTestId("pairing-map")).toHaveAttribute("data-map-ready", "true");
    const table = new TableDriver(page, "pairing-table");
    // A flow between two sites (a site pairing with itself is a ring, not a line).
    const key = (await table.renderedKeys()).find((k) => {
      const p = run.pairings.find((x) => String(x.id) === k)!;
      return p.producerId !== p.consumerId;
    })!;
    const row = page.getByTestId(`pairing-row-${key}`);
    await row.click();
    await expect(row).toHaveAttribute("aria-selected", "true");
    await expect(page.getByTestId("explanation-panel")).toBeVisible();
    const filter = await page.evaluate(
      (layer) => JSON.stringify(window.__atlasMap!.getFilter(layer)),
      PAIRING_LAYERS.selected,
    );
    expect(filter).toContain(key);
    // The selected flow is drawn (the map went to it if needed).
    await expect
      .poll(() =>
        page.evaluate(
          (layer) => window.__atlasMap!.queryRenderedFeatures({ layers: [layer] }).length,
          PAIRING_LAYERS.selected,
        ),
      )
      .toBeGreaterThan(0);
    const ids = await page.evaluate(async (source) => {
      const src = window.__atlasMap!.getSource(source) as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
      return (await src.getData()).features.map((f) => String(f.properties?.id));
    }, "pairing-sites");
    expect(ids.sort()).toEqual(Object.keys(run.summary.involvedSites).sort());
    expect(
      await page.evaluate(
        (layer) => window.__atlasMap!.queryRenderedFeatures({ layers: [layer] }).length,
        PAIRING_LAYERS.sitePoints,
      ),
    ).toBeGreaterThan(0);
    expect(run.pairings.length).toBeGreaterThan(1);
  });
}

test("the run map's controls filter the flows and the table, switch the colouring, and fold into a button on a phone", async ({
  page,
}) => {
  const runId = await new ProposalsDriver(page).finishedRun({
    scope: { kind: "city", adcode: "140800" },
    materials: ["red-mud", "fly-ash"],
    label: "map controls",
    params: { includeSynthetic: true },
  });
  const run = (await (await page.request.get(`/api/pairings/${runId}`)).json()) as {
    pairings: { id: number; material: string }[];
  };
  const redMud = run.pairings.filter((p) => p.material === "red-mud").length;
  expect(redMud).toBeGreaterThan(0);
  expect(redMud).toBeLessThan(run.pairings.length);
  await page.goto(`/pairings/${runId}`);
  await expect(page.getByTestId("pairing-map")).toHaveAttribute("data-map-ready", "true");
  const toggle = page.getByTestId("flow-controls-toggle");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const count = page.getByTestId("flow-count");
  await expect(count).toHaveAttribute("data-count", String(run.pairings.length));

  // Hiding fly ash leaves the red-mud flows, on the map and in the table.
  await page.getByTestId("flow-filter-material-fly-ash").uncheck();
  await expect(count).toHaveAttribute("data-count", String(redMud));
  const table = new TableDriver(page, "pairing-table");
  await expect.poll(async () => (await table.counts()).total).toBe(redMud);
  const layerVisibility = (layer: string) =>
    page.evaluate((l) => window.__atlasMap!.getLayoutProperty(l, "visibility") ?? "visible", layer);
  expect(await layerVisibility(PAIRING_LAYERS.flowsByMaterial)).toBe("visible");

  // Colouring by cycle level swaps the drawn flow layer.
  await page.getByTestId("colour-by-level").check();
  await expect.poll(() => layerVisibility(PAIRING_LAYERS.flowsByLevel)).toBe("visible");
  expect(await layerVisibility(PAIRING_LAYERS.flowsByMaterial)).toBe("none");

  // On a phone the controls start folded (they covered half the map) and open from their button.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("flow-filter-material-fly-ash")).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByTestId("flow-filter-material-fly-ash")).toBeVisible();
});
