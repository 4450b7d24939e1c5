/**
 * Driver for the siting and scenario pages: solves a siting through the form, carries its plants into a new
 * scenario, waits for the scenario to finish, and reads what the live map was given and draws.
 */
import { expect, type Page } from "@playwright/test";
import { SCENARIO_LAYERS, SCENARIO_SOURCES, SITING_LAYERS, SITING_SOURCES } from "../../app/ui/siting/siting-layers";

export interface ApiScenario {
  id: string;
  status: string;
  params: {
    fromYear: number;
    toYear: number;
    capacityAdditions: { lng: number; lat: number; tonnesPerYear: number; source: string }[];
    land: { tonnesPerMu: number };
  };
  years: {
    year: number;
    materials: Record<
      string,
      {
        producedTonnes: number;
        capacityTonnes: number;
        utilisedTonnes: number;
        stockpileTonnes: number;
        utilisation: number;
      }
    >;
    landReleasedMu: number;
  }[];
  cities: { adcode: string; clearedYear: number | null }[];
}

export class ScenariosDriver {
  constructor(readonly page: Page) {}

  /** Fills the siting form and solves; waits for the result panel. */
  async site(opts: {
    material: string;
    route: string;
    capacity: number;
    k: number;
    synthetic: boolean;
  }): Promise<void> {
    await this.page.goto("/siting");
    await expect(this.page.getByTestId("siting-form")).toBeVisible();
    await this.page.getByTestId("siting-material").selectOption(opts.material);
    await this.page.getByTestId("siting-route").selectOption(opts.route);
    await this.page.getByTestId("siting-capacity").fill(String(opts.capacity));
    await this.page.getByTestId("siting-k").fill(String(opts.k));
    if (opts.synthetic) await this.page.getByTestId("siting-synthetic").check();
    await this.page.getByTestId("siting-run").click();
    await expect(this.page.getByTestId("siting-result")).toBeVisible({ timeout: 90_000 });
    await expect(this.page.getByTestId("siting-map")).toHaveAttribute("data-map-ready", "true");
  }

  /** Candidate ids of the chosen plants as listed in the result panel. */
  async listedPlants(): Promise<string[]> {
    return this.page
      .getByTestId("siting-plant")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-candidate") ?? ""));
  }

  /** Features of a GeoJSON source on the live map with the given `kind`, once it has any. */
  async mapFeatures(sourceId: string, kind: string): Promise<GeoJSON.Feature[]> {
    await this.page.waitForFunction(() => Boolean(window.__atlasMap));
    const handle = await this.page.waitForFunction(
      async ([src, k]) => {
        const s = window.__atlasMap?.getSource(src) as unknown as
          { getData?: () => Promise<GeoJSON.FeatureCollection> } | undefined;
        if (!s?.getData) return null;
        const data = await s.getData();
        const hits = data.features.filter((f) => f.properties?.kind === k);
        return hits.length > 0 ? hits : null;
      },
      [sourceId, kind] as const,
      { timeout: 20_000 },
    );
    return (await handle.jsonValue()) as GeoJSON.Feature[];
  }

  /** Rendered features of the given layers in the current view (proves the map draws them). */
  async rendered(layers: string[]): Promise<number> {
    return this.page.evaluate((ids) => {
      const map = window.__atlasMap!;
      return map.queryRenderedFeatures(undefined, { layers: ids.filter((l) => map.getLayer(l)) }).length;
    }, layers);
  }

  /** Every feature of a GeoJSON source on the live map (waits until it has some). */
  async sourceFeatures(sourceId: string): Promise<GeoJSON.Feature[]> {
    await this.page.waitForFunction(() => Boolean(window.__atlasMap));
    const handle = await this.page.waitForFunction(
      async (src) => {
        const s = window.__atlasMap?.getSource(src) as unknown as
          { getData?: () => Promise<GeoJSON.FeatureCollection> } | undefined;
        const data = s?.getData ? await s.getData() : null;
        return data && data.features.length > 0 ? data.features : null;
      },
      sourceId,
      { timeout: 20_000 },
    );
    return (await handle.jsonValue()) as GeoJSON.Feature[];
  }

  sitingPlants = () => this.mapFeatures(SITING_SOURCES.points, "plant");
  sitingCandidates = () => this.mapFeatures(SITING_SOURCES.points, "candidate");
  sitingCatchments = () => this.sourceFeatures(SITING_SOURCES.catchments);
  renderedCandidates = () => this.rendered([SITING_LAYERS.candidates]);
  renderedCatchments = () => this.rendered([SITING_LAYERS.catchments]);
  renderedPlants = () => this.rendered([SITING_LAYERS.plants]);

  /** "Export as a cluster proposal" → the new proposal's page; returns its id. */
  async exportProposal(): Promise<string> {
    await this.page.getByTestId("siting-export-proposal").click();
    await this.page.waitForURL(/\/proposals\/[^/?#]+$/, { timeout: 60_000 });
    return decodeURIComponent(/\/proposals\/([^/?#]+)$/.exec(this.page.url())![1]);
  }

  /** "Add to a scenario" → the new-scenario form with the plants as additions. */
  async addToScenario(): Promise<void> {
    await this.page.getByTestId("siting-add-to-scenario").click();
    await this.page.waitForURL(/\/scenarios\?add=/);
    await expect(this.page.getByTestId("scenario-form")).toBeVisible();
  }

  /** Submits the scenario form with a label and year range; returns the new scenario id. */
  async runScenario(label: string, fromYear: number, toYear: number): Promise<string> {
    await this.page.getByTestId("scenario-label").fill(label);
    await this.page.getByTestId("scenario-from").fill(String(fromYear));
    await this.page.getByTestId("scenario-to").fill(String(toYear));
    await this.page.getByTestId("scenario-run").click();
    await this.page.waitForURL(/\/scenarios\/[0-9a-f-]{36}/);
    return /\/scenarios\/([0-9a-f-]{36})/.exec(this.page.url())![1];
  }

  async waitScenarioDone(): Promise<void> {
    await expect(this.page.getByTestId("scenario-view")).toHaveAttribute("data-status", "done", { timeout: 120_000 });
    await expect(this.page.getByTestId("scenario-map")).toHaveAttribute("data-map-ready", "true");
  }

  scenarioAdditions = () => this.mapFeatures(SCENARIO_SOURCES.points, "addition");
  scenarioStockpiles = () => this.mapFeatures(SCENARIO_SOURCES.points, "stockpile");
  renderedScenario = () => this.rendered([SCENARIO_LAYERS.additions, SCENARIO_LAYERS.stockpiles]);

  async apiScenario(id: string): Promise<ApiScenario> {
    const res = await this.page.request.get(`/api/scenarios/${id}`);
    expect(res.status()).toBe(200);
    return (await res.json()) as ApiScenario;
  }

  /** Starts a scenario through the API and waits until it has finished. */
  async apiRunScenario(body: unknown): Promise<ApiScenario> {
    const res = await this.page.request.post("/api/scenarios", { data: body });
    expect(res.status()).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await expect.poll(async () => (await this.apiScenario(id)).status, { timeout: 120_000 }).toBe("done");
    return this.apiScenario(id);
  }
}
