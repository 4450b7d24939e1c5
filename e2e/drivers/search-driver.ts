/**
 * Driver for the nearby-consumer search on the map page: specs use it instead of raw selectors.
 * Map assertions read the live MapLibre sources (window.__atlasMap), never pixels.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { Feature, FeatureCollection } from "geojson";
import type { SiteFeature, SiteFeatureCollection } from "../../app/domain/site-features";
import type { NearbyResponse } from "../../app/application/nearby";
import { SEARCH_LAYERS, SEARCH_SOURCES } from "../../app/ui/search/search-layers";
import { MapDriver } from "./map-driver";
import { TableDriver } from "./table-driver";

export interface ResultRow {
  id: string;
  distanceKm: number;
  remainingTonnes: number;
  cost: number;
  cycleLevel: string;
  synthetic: boolean;
  status: string;
}

const ROOT = path.join(__dirname, "..", "..");
// The database playwright.config.ts gives the e2e server.
const E2E_DB = path.join(ROOT, "prisma", "e2e.db");

/** Creates (or resets) an account in the e2e database through the documented CLI (`npm run create-admin`). */
export function createEditorAccount(username: string, password: string): void {
  execFileSync("npm", ["run", "-s", "create-admin", "--", "--username", username, "--role", "editor", "--reset"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${E2E_DB}`, ATLAS_ADMIN_PASSWORD: password },
    stdio: "pipe",
  });
}

export class SearchDriver {
  readonly map: MapDriver;
  /** The results table (app/ui/table/data-table.tsx, test id "search-table"). */
  readonly table: TableDriver;
  constructor(readonly page: Page) {
    this.map = new MapDriver(page);
    this.table = new TableDriver(page, "search-table");
  }

  /** A site producing `material` in the county, looked up through the map API (ids are not hard-coded). */
  async producerIn(countyAdcode: string, material: string): Promise<SiteFeature> {
    const res = await this.page.request.get(`/api/sites?material=${material}&role=producer`);
    expect(res.status()).toBe(200);
    const fc = (await res.json()) as SiteFeatureCollection;
    const site = fc.features.find(
      (f) => f.properties.countyAdcode === countyAdcode && f.properties.outputs.some((o) => o.material === material),
    );
    expect(site, `a ${material} producer in county ${countyAdcode}`).toBeTruthy();
    return site!;
  }

  /** Opens the map with a site's panel and presses its "Find consumers" action (optionally searching synthetic sites too). */
  async findConsumersFromSitePanel(siteId: string, options: { includeSynthetic?: boolean } = {}): Promise<void> {
    await this.map.open(`/?site=${encodeURIComponent(siteId)}${options.includeSynthetic ? "&nb-syn=1" : ""}`);
    await expect(this.page.getByTestId("site-panel")).toBeVisible();
    await this.page.getByTestId("site-action-find-consumers").click();
    await this.waitForResults();
  }

  async waitForResults(): Promise<void> {
    await expect(this.page.getByTestId("search-panel")).toHaveAttribute("data-search-status", "done");
    await expect(this.page.getByTestId("search-results")).toBeVisible();
    await this.map.waitForIdle();
  }

  /** Every row of the results table in display order (the table is virtualised: scrolled through to read them all). */
  async rows(): Promise<ResultRow[]> {
    const rows = await this.table.allRowData();
    return rows.map((d) => ({
      id: d.siteId!,
      distanceKm: Number(d.distanceKm),
      remainingTonnes: Number(d.remainingTonnes),
      cost: Number(d.cost),
      cycleLevel: d.cycleLevel!,
      synthetic: d.synthetic === "true",
      status: d.status!,
    }));
  }

  async radiusKm(): Promise<number | null> {
    const v = await this.page.getByTestId("search-results").getAttribute("data-radius-km");
    return v ? Number(v) : null;
  }

  /** Data currently in one of the search's map sources. */
  async sourceData(source: (typeof SEARCH_SOURCES)[keyof typeof SEARCH_SOURCES]): Promise<FeatureCollection> {
    return this.page.evaluate(async (id) => {
      const src = window.__atlasMap!.getSource(id) as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
      return src.getData();
    }, source);
  }

  /** The id the highlight layers currently show ("" for none). */
  async highlightedId(): Promise<string> {
    return this.page.evaluate((layer) => {
      const filter = window.__atlasMap!.getFilter(layer) as unknown as [string, unknown, string];
      return String(filter?.[2] ?? "");
    }, SEARCH_LAYERS.hitHighlight);
  }

  /**
   * Clicks the ring of a result that is unambiguous on screen: visible (not under a panel) and the only ring at
   * that pixel. Returns the clicked result's id.
   */
  async clickSomeResultOnMap(results: { id: string; lngLat: [number, number] }[]): Promise<string> {
    await this.map.waitForIdle();
    const canvas = this.page.getByTestId("atlas-map").locator("canvas");
    const box = (await canvas.boundingBox())!;
    const pick = await this.page.evaluate(
      ({ results, layer, box }) => {
        const map = window.__atlasMap!;
        const el = map.getCanvas();
        for (const r of [...results].reverse()) {
          const p = map.project(r.lngLat);
          if (document.elementFromPoint(box.x + p.x, box.y + p.y) !== el) continue;
          const ids = new Set(
            map.queryRenderedFeatures([p.x, p.y], { layers: [layer] }).map((f) => String(f.properties.id)),
          );
          if (ids.size === 1 && ids.has(r.id)) return { id: r.id, x: p.x, y: p.y };
        }
        return null;
      },
      { results, layer: SEARCH_LAYERS.hits, box },
    );
    expect(pick, "a result ring that can be clicked on its own").toBeTruthy();
    await this.page.mouse.click(box.x + pick!.x, box.y + pick!.y);
    return pick!.id;
  }

  /** Signs in on the login page (the session cookie then rides on in-page fetches). */
  async signIn(username: string, password: string): Promise<void> {
    await this.page.goto("/login");
    await this.page.getByTestId("login-username").fill(username);
    await this.page.getByTestId("login-password").fill(password);
    await this.page.getByTestId("login-submit").click();
    await expect(this.page.getByTestId("user-menu-name")).toContainText(username);
  }

  /** Ids of the sites GET /api/sites lists for a query (e.g. "includeSynthetic=false&status=operating"). */
  async siteIds(query: string): Promise<Set<string>> {
    const res = await this.page.request.get(`/api/sites?${query}`);
    expect(res.status()).toBe(200);
    return new Set(((await res.json()) as SiteFeatureCollection).features.map((f) => f.id));
  }

  /** Chooses a typed place by its id among the suggestions for `text`. */
  async choosePlace(text: string, placeId: string): Promise<void> {
    await this.page.getByTestId("search-place-input").fill(text);
    const option = this.page.locator(`[data-testid="search-place-option"][data-place-id="${placeId}"]`);
    await expect(option).toBeVisible();
    await option.click();
  }

  async nearbyApi(path: string): Promise<{ status: number; body: NearbyResponse & { error?: string } }> {
    const res = await this.page.request.get(path);
    return { status: res.status(), body: await res.json() };
  }

  /** Coordinates of a feature's geometry (polygon ring or line). */
  static coords(f: Feature): number[][] {
    const g = f.geometry;
    if (g.type === "Polygon") return g.coordinates[0];
    if (g.type === "LineString") return g.coordinates;
    if (g.type === "Point") return [g.coordinates];
    throw new Error(`unexpected geometry ${g.type}`);
  }
}
