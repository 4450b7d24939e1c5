/**
 * Driver for the plan pages (/plan and /plan/{adcode}): reads the target table, picks a city on the choropleth
 * by clicking its seat of government on the map, downloads the city exports through the buttons, and edits a
 * key project as an editor. Specs use only this class.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// Kept out of git (.gitignore); not under test-results/, which every Playwright run empties.
export const PLAN_ARTIFACTS = path.join(__dirname, "..", "artifacts", "plan");

export interface ApiTarget {
  id: string;
  unit: string;
  baseline2010: number | null;
  target2015: number | null;
  current: { value: number; basis: string; runId: string | null } | null;
}

export interface ApiMaterialProgress {
  producedTonnes: number;
  stockpileTonnes: number;
  utilisationCapacityTonnes: number;
  matchedTonnes: number;
  utilisation: number | null;
}

export class PlanDriver {
  constructor(readonly page: Page) {}

  /** Opens /plan (with optional query) and waits for the target table and the map's choropleth. */
  async open(query = ""): Promise<void> {
    await this.page.goto(`/plan${query}`);
    await expect(this.page.getByTestId("plan-targets")).toBeVisible();
    await expect(this.page.getByTestId("plan-map")).toHaveAttribute("data-map-ready", "true");
    await expect
      .poll(() => this.page.evaluate(() => window.__atlasMap?.querySourceFeatures("plan-choropleth").length ?? 0), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
  }

  /** The baseline, target and current cells of a target row, as shown. */
  async targetRow(id: string): Promise<{ baseline: string; target: string; current: string }> {
    const row = this.page.getByTestId(`plan-target-${id}`);
    const cell = async (c: string) => (await row.getByTestId(c).innerText()).trim();
    return { baseline: await cell("baseline"), target: await cell("target"), current: await cell("current") };
  }

  async tableTargetIds(): Promise<string[]> {
    return this.page
      .getByTestId("plan-targets")
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")!.replace("plan-target-", "")));
  }

  async apiTargets(): Promise<ApiTarget[]> {
    const res = await this.page.request.get("/api/plan/targets");
    expect(res.status()).toBe(200);
    return ((await res.json()) as { targets: ApiTarget[] }).targets;
  }

  async apiCityProgress(adcode: string): Promise<Record<string, ApiMaterialProgress>> {
    const res = await this.page.request.get(`/api/plan/progress?level=city&adcode=${adcode}`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as { regions: { materials: Record<string, ApiMaterialProgress> }[] }).regions[0]
      .materials;
  }

  /** Picks the material in the choropleth control. */
  async chooseMaterial(code: string): Promise<void> {
    await this.page.getByTestId("plan-material").selectOption(code);
    await this.page.waitForURL((u) => u.searchParams.get("material") === code);
  }

  /** Clicks the city's seat of government on the choropleth; waits for its city page. */
  async pickCityOnMap(adcode: string): Promise<void> {
    const regions = (await (await this.page.request.get("/api/regions?level=city")).json()) as {
      features: { properties: { adcode: string; seat: [number, number] | null; centroid: [number, number] } }[];
    };
    const city = regions.features.find((f) => f.properties.adcode === adcode)!.properties;
    const at = city.seat ?? city.centroid;
    await this.page.getByTestId("plan-map").scrollIntoViewIfNeeded();
    const [x, y] = await this.page.evaluate((p) => {
      const m = window.__atlasMap!;
      const rect = m.getCanvas().getBoundingClientRect();
      const q = m.project(p as [number, number]);
      return [rect.left + q.x, rect.top + q.y];
    }, at);
    await this.page.mouse.click(x, y);
    await this.page.waitForURL(`**/plan/${adcode}`);
    await expect(this.page.getByTestId("plan-city-title")).toBeVisible();
  }

  /** Produced tonnes shown for a material on a city page (digits only). */
  async cityProduced(material: string): Promise<number> {
    const text = await this.page.getByTestId(`plan-city-row-${material}`).getByTestId("produced").innerText();
    return Number(text.replace(/[^\d.]/g, ""));
  }

  /** Clicks the export button and saves the file under e2e/artifacts/plan/. */
  async download(format: "xlsx" | "pdf" | "docx"): Promise<{ file: string; suggested: string }> {
    mkdirSync(PLAN_ARTIFACTS, { recursive: true });
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByTestId(`plan-export-${format}`).click(),
    ]);
    const file = path.join(PLAN_ARTIFACTS, `city.${format}`);
    await download.saveAs(file);
    return { file, suggested: download.suggestedFilename() };
  }

  /** As a signed-in editor on /plan: edits a key project's status and start year through its form. */
  async editProject(id: string, status: string, startYear: number): Promise<void> {
    await this.page.getByTestId(`project-edit-${id}`).click();
    const form = this.page.getByTestId(`project-form-${id}`);
    await form.getByTestId("project-status").selectOption(status);
    await form.getByTestId("project-start-year").fill(String(startYear));
    await Promise.all([
      this.page.waitForResponse(
        (r) => r.url().includes(`/api/plan/projects/${id}`) && r.request().method() === "PATCH",
      ),
      form.getByTestId("project-save").click(),
    ]);
    await expect(form).toBeHidden();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(PLAN_ARTIFACTS, { recursive: true });
    await this.page.screenshot({ path: path.join(PLAN_ARTIFACTS, name), fullPage: false });
  }
}
