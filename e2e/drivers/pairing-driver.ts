/**
 * Driver for the pairing pages: starts runs through the form (city or an area drawn on the map), waits for the
 * worker to finish, and reads flows from the live map source, KPIs and explanations through test ids.
 */
import { expect, type Page } from "@playwright/test";
import { PAIRING_SOURCES } from "../../app/ui/pairing/flow-layers";

export interface ApiRun {
  id: string;
  status: string;
  pairings: {
    id: number;
    producerId: string;
    consumerId: string;
    material: string;
    tonnesPerYear: number;
    explanation: { alternative: { consumerId: string; costYuan: number } | null } | null;
  }[];
  summary: {
    materials: { material: string; utilisation: number; matchedTonnes: number; producedTonnes: number }[];
    involvedSites: Record<string, { name: string; synthetic: boolean }>;
    synthetic: boolean;
  } | null;
  params: { includeSynthetic: boolean; includeNonOperating: boolean; materials: string[] };
  synthetic: boolean | null;
}

export interface RunInclusion {
  includeSynthetic?: boolean;
  includeNonOperating?: boolean;
}

export class PairingDriver {
  constructor(readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.goto("/pairings");
    await expect(this.page.getByTestId("pairing-form")).toBeVisible();
  }

  /** Ticks exactly the given materials in the form. */
  async chooseMaterials(codes: string[]): Promise<void> {
    const all = this.page.getByTestId("materials-all-solids");
    await all.check();
    await all.uncheck();
    for (const c of codes) await this.page.getByTestId(`material-${c}`).check();
  }

  /** Site options of the form: real operating sites by default; tick to include synthetic / non-operating ones. */
  async chooseInclusion(options: RunInclusion = {}): Promise<void> {
    await this.page.getByTestId("run-include-synthetic").setChecked(options.includeSynthetic ?? false);
    await this.page.getByTestId("run-include-non-operating").setChecked(options.includeNonOperating ?? false);
  }

  /** Fills the form for a city and submits; returns the new run id from the URL. */
  async startCityRun(
    adcode: string,
    materials: string[],
    label: string,
    inclusion: RunInclusion = {},
  ): Promise<string> {
    await this.page.getByTestId("run-label").fill(label);
    await this.page.getByTestId("scope-kind-city").check();
    await this.page.getByTestId("scope-city").selectOption(adcode);
    await this.chooseMaterials(materials);
    await this.chooseInclusion(inclusion);
    return this.submit();
  }

  /** Fills the form for the whole province and submits; returns the new run id from the URL. */
  async startProvinceRun(materials: string[], label: string, inclusion: RunInclusion = {}): Promise<string> {
    await this.page.getByTestId("run-label").fill(label);
    await this.page.getByTestId("scope-kind-province").check();
    await this.chooseMaterials(materials);
    await this.chooseInclusion(inclusion);
    return this.submit();
  }

  /** Draws a polygon by clicking the given points (fractions of the draw map's width/height) and submits. */
  async startDrawnRun(
    points: [number, number][],
    materials: string[],
    label: string,
    inclusion: RunInclusion = {},
  ): Promise<string> {
    await this.page.getByTestId("run-label").fill(label);
    await this.page.getByTestId("scope-kind-polygon").check();
    const map = this.page.getByTestId("pairing-draw-map");
    await expect(map).toHaveAttribute("data-map-ready", "true");
    const count = this.page.getByTestId("draw-vertex-count");
    for (const [i, [fx, fy]] of points.entries()) {
      // Measure the map for every click and wait for each vertex, as a person would: the form above the map can
      // still grow while it loads, and a click that lands elsewhere must not pass unnoticed.
      // The map can report ready a moment before the drawing tool listens: a click that adds nothing is repeated.
      await expect(async () => {
        await map.scrollIntoViewIfNeeded();
        const box = (await map.boundingBox())!;
        await this.page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
        await expect(count).toHaveAttribute("data-count", String(i + 1), { timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
    }
    await this.chooseMaterials(materials);
    await this.chooseInclusion(inclusion);
    return this.submit();
  }

  private async submit(): Promise<string> {
    await this.page.getByTestId("pairing-submit").click();
    await this.page.waitForURL(/\/pairings\/[0-9a-f-]{36}/);
    const id = /\/pairings\/([0-9a-f-]{36})/.exec(this.page.url())![1];
    return id;
  }

  /** Waits until the run view shows a finished run (the page refreshes itself when the worker is done). */
  async waitDone(): Promise<void> {
    await expect(this.page.getByTestId("pairing-run-view")).toHaveAttribute("data-status", "done", { timeout: 60_000 });
    await expect(this.page.getByTestId("pairing-map")).toHaveAttribute("data-map-ready", "true");
  }

  async apiRun(id: string): Promise<ApiRun> {
    const res = await this.page.request.get(`/api/pairings/${id}`);
    expect(res.status()).toBe(200);
    return (await res.json()) as ApiRun;
  }

  /** Pairing ids of the line features in the map's flow source (what the map was given). */
  async mapFlowIds(): Promise<number[]> {
    await this.page.waitForFunction(() => Boolean(window.__atlasMap));
    return this.page
      .waitForFunction(
        async (sourceId) => {
          const src = window.__atlasMap?.getSource(sourceId) as unknown as
            { getData?: () => Promise<GeoJSON.FeatureCollection> } | undefined;
          if (!src?.getData) return null;
          const data = await src.getData();
          return data.features.length > 0 ? data.features.map((f) => Number(f.properties?.pairingId)) : null;
        },
        PAIRING_SOURCES.flows,
        { timeout: 20_000 },
      )
      .then((h) => h.jsonValue() as Promise<number[]>);
  }

  /** Rendered flow features in the current view (proves the layer draws them). */
  async renderedFlowCount(): Promise<number> {
    return this.page.evaluate(() => {
      const map = window.__atlasMap!;
      const layers = ["pairing-flows-material", "pairing-flows-level", "pairing-self-pairs"].filter((l) =>
        map.getLayer(l),
      );
      return map.queryRenderedFeatures(undefined, { layers }).length;
    });
  }

  async kpi(material: string): Promise<{ utilisation: string; target: string }> {
    const row = this.page.getByTestId(`kpi-row-${material}`);
    await expect(row).toBeVisible();
    return {
      utilisation: (await this.page.getByTestId(`kpi-utilisation-${material}`).innerText()).trim(),
      target: (await this.page.getByTestId(`kpi-target-${material}`).innerText()).trim(),
    };
  }

  /** Opens the explanation of a pairing from the table and returns the panel text. */
  async explain(pairingId: number): Promise<string> {
    await this.page.getByTestId(`explain-${pairingId}`).click();
    const panel = this.page.getByTestId("explanation-panel");
    await expect(panel).toBeVisible();
    return panel.innerText();
  }
}
