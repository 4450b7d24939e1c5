/**
 * Driver for the proposal pages: starts a pairing run through the API, builds a cluster from the run page,
 * reads on-screen KPIs and downloads each export through the UI buttons. Specs use only this class.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type Download, type Page } from "@playwright/test";

export type ExportFormat = "geojson" | "csv" | "xlsx" | "pdf" | "docx";

// Kept out of git (.gitignore); not under test-results/, which every Playwright run empties.
export const ARTIFACTS = path.join(__dirname, "..", "artifacts", "proposals");

export class ProposalsDriver {
  constructor(readonly page: Page) {}

  /** POST /api/pairings and wait until the run is done; returns its id. */
  async finishedRun(body: object): Promise<string> {
    const res = await this.page.request.post("/api/pairings", { data: body });
    expect(res.status(), await res.text()).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await expect
      .poll(
        async () => ((await (await this.page.request.get(`/api/pairings/${id}`)).json()) as { status: string }).status,
        { timeout: 60_000 },
      )
      .toBe("done");
    return id;
  }

  /** On a run page: opens the launcher and builds the first connected group; waits for the proposal page. */
  async buildFromRunPage(runId: string): Promise<string> {
    await this.page.goto(`/pairings/${runId}`);
    await this.page.getByTestId("build-cluster-open").click();
    const first = this.page.getByTestId("build-component-0");
    await expect(first).toBeVisible();
    mkdirSync(ARTIFACTS, { recursive: true });
    await this.page.screenshot({ path: path.join(ARTIFACTS, "run-page-launcher.png") });
    await first.click();
    await this.page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
    await expect(this.page.getByTestId("proposal-view")).toBeVisible();
    return this.page.url().split("/").pop()!;
  }

  /** The proposal name shown on its page. */
  async name(): Promise<string> {
    return (await this.page.getByTestId("proposal-name").innerText()).trim();
  }

  /** A KPI's exact value (data-value) as shown on the page. */
  async kpi(key: "tonnes" | "pairings" | "sites" | "cost" | "co2"): Promise<number> {
    return Number(await this.page.getByTestId(`kpi-${key}`).getAttribute("data-value"));
  }

  /** Site ids listed on the proposal page. */
  async siteIds(): Promise<string[]> {
    return this.page
      .getByTestId("proposal-sites")
      .locator("li")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-site-id")!));
  }

  /** Clicks a download button and saves the file under test-results/proposals/. */
  async download(format: ExportFormat, csvSheet?: string): Promise<{ file: string; download: Download }> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const testId = csvSheet && csvSheet !== "pairings" ? `download-csv-${csvSheet}` : `download-${format}`;
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByTestId(testId).click()]);
    const file = path.join(ARTIFACTS, `proposal${csvSheet ? `-${csvSheet}` : ""}.${format}`);
    await download.saveAs(file);
    return { file, download };
  }

  /**
   * On /proposals: draws an area on the draw-an-area map by clicking each [lng, lat] vertex (the map is first
   * centred on `center`), like a planner would; returns the vertices the page recorded from those clicks.
   */
  async drawArea(vertices: [number, number][], center: [number, number], zoom: number): Promise<[number, number][]> {
    const map = this.page.getByTestId("area-draw-map");
    await expect(map).toHaveAttribute("data-map-ready", "true");
    await map.scrollIntoViewIfNeeded();
    const points = await this.page.evaluate(
      ([c, z, vs]) => {
        const m = window.__atlasMap!;
        m.jumpTo({ center: c as [number, number], zoom: z as number });
        const rect = m.getCanvas().getBoundingClientRect();
        return (vs as [number, number][]).map((v) => {
          const p = m.project(v);
          return [rect.left + p.x, rect.top + p.y] as [number, number];
        });
      },
      [center, zoom, vertices] as const,
    );
    for (const [x, y] of points) await this.page.mouse.click(x, y);
    const count = this.page.getByTestId("area-vertex-count");
    await expect(count).toHaveAttribute("data-count", String(vertices.length));
    return JSON.parse((await count.getAttribute("data-vertices"))!) as [number, number][];
  }

  /**
   * On /proposals: types a name into the site search and waits until the picker lists exactly `expected` (the ids
   * of the matching sites, in any order), retrying while the search is on its way.
   */
  async searchSitesExpecting(text: string, expected: readonly string[]): Promise<void> {
    await this.page.getByTestId("site-filter").fill(text);
    const status = this.page.getByTestId("site-search-status");
    await expect(status).toHaveAttribute("data-q", text);
    await expect
      .poll(async () => (await this.listedSiteIds()).sort(), { timeout: 30_000 })
      .toEqual([...expected].sort());
    await expect(status).toHaveAttribute("data-state", "done");
  }

  /** Ids of the sites the site picker lists (checkboxes "pick-<id>"). */
  async listedSiteIds(): Promise<string[]> {
    return this.page
      .getByTestId("site-selection-builder")
      .locator('input[type="checkbox"][data-testid^="pick-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.slice("pick-".length)));
  }

  /** Number of sites the draw-an-area pick says are inside (shown before confirming). */
  async areaCount(): Promise<number> {
    return Number(await this.page.getByTestId("area-count").getAttribute("data-count"));
  }

  /** Signs in through the login form. */
  async signIn(username: string, password: string, next: string): Promise<void> {
    await this.page.goto(`/login?next=${encodeURIComponent(next)}`);
    await this.page.getByTestId("login-username").fill(username);
    await this.page.getByTestId("login-password").fill(password);
    await this.page.getByTestId("login-submit").click();
    await this.page.waitForURL((u) => u.pathname === next);
  }
}

/** Runs a poppler tool; a missing tool fails the test with the install hint (CI installs poppler-utils). */
export function poppler(tool: "pdftotext" | "pdfinfo" | "pdftoppm", args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`${tool} not found: install poppler-utils (apt-get install -y poppler-utils)`);
    throw e;
  }
}
