/**
 * Driver for atlas map pages (maputnik-style): specs talk to the map through this class, never raw selectors or
 * pixels. It reads the live MapLibre instance that BaseMap exposes as `window.__atlasMap`.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { LAYERS, SITE_SOURCE_LAYERS, SOURCES } from "../../app/ui/map/layers";
import type { SiteFeatureCollection } from "../../app/domain/site-features";

export class MapDriver {
  constructor(readonly page: Page) {}

  /** Opens a page with a map and waits until boundaries and sites are drawn. */
  async open(path = "/"): Promise<void> {
    await this.page.goto(path);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    const map = this.page.getByTestId("atlas-map");
    await expect(map).toHaveAttribute("data-map-ready", "true");
    await expect(map).toHaveAttribute("data-boundaries", "loaded");
    await expect(this.page.getByTestId("atlas")).toHaveAttribute("data-site-count", /^\d+$/);
    await this.waitForIdle();
  }

  /** Resolves once MapLibre has finished rendering (no pending tiles, no animation). */
  async waitForIdle(): Promise<void> {
    await this.page.waitForFunction(() => Boolean(window.__atlasMap));
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__atlasMap!;
          const done = setTimeout(resolve, 10_000);
          map.once("idle", () => {
            clearTimeout(done);
            resolve();
          });
          map.triggerRepaint();
        }),
    );
  }

  /** Every site GET /api/sites answers for a query (following its `next` links page by page). */
  async apiSites(query = ""): Promise<SiteFeatureCollection> {
    const features: SiteFeatureCollection["features"] = [];
    let url: string | null = `/api/sites${query ? `?${query}` : ""}`;
    while (url) {
      const res = await this.page.request.get(url);
      expect(res.status()).toBe(200);
      const page = (await res.json()) as SiteFeatureCollection & { links: { rel: string; href: string }[] };
      features.push(...page.features);
      url = page.links.find((l) => l.rel === "next")?.href ?? null;
    }
    return { type: "FeatureCollection", features };
  }

  /** Ids of the sites in the map's loaded vector tiles (what the map was given, whether on screen or not). */
  async tileSiteIds(): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate(
      ([sourceId, sourceLayer]) => {
        const ids = window
          .__atlasMap!.querySourceFeatures(sourceId, { sourceLayer })
          .map((f) => String(f.properties.id));
        return [...new Set(ids)].sort();
      },
      [SOURCES.sites, SITE_SOURCE_LAYERS.sites] as const,
    );
  }

  /** Ids of site circles currently drawn in the viewport (after layer filters). */
  async renderedSiteIds(): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate((layer) => {
      const ids = window.__atlasMap!.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id));
      return [...new Set(ids)].sort();
    }, LAYERS.siteCircle);
  }

  /** Adcodes of the county polygons drawn in the viewport. */
  async renderedCountyAdcodes(): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate((layer) => {
      const codes = window
        .__atlasMap!.queryRenderedFeatures({ layers: [layer] })
        .map((f) => String(f.properties.adcode));
      return [...new Set(codes)].sort();
    }, LAYERS.countyFill);
  }

  async renderedLabelCount(layer: string): Promise<number> {
    await this.waitForIdle();
    return this.page.evaluate((id) => window.__atlasMap!.queryRenderedFeatures({ layers: [id] }).length, layer);
  }

  /** Ids of park labels MapLibre placed (drew after collisions) in the viewport, over both park label layers. */
  async placedParkLabelIds(): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate(
      (layers) => {
        const ids = window.__atlasMap!.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id));
        return [...new Set(ids)].sort();
      },
      [LAYERS.parkLabel, LAYERS.parkLabelMajor],
    );
  }

  /** Great-circle distance in km from the map centre to a point (to check where the map went). */
  async centreDistanceKm(to: [number, number]): Promise<number> {
    const { center } = await this.view();
    const rad = Math.PI / 180;
    const dLat = (to[1] - center[1]) * rad;
    const dLng = (to[0] - center[0]) * rad;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(center[1] * rad) * Math.cos(to[1] * rad) * Math.sin(dLng / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
  }

  /** True when a point is drawn inside the map canvas and not under a panel (left column, site panel, legend). */
  async pointUncovered(lngLat: [number, number]): Promise<boolean> {
    return this.page.evaluate((c) => {
      const m = window.__atlasMap!;
      const p = m.project(c as [number, number]);
      const canvas = m.getCanvas().getBoundingClientRect();
      const x = canvas.left + p.x;
      const y = canvas.top + p.y;
      if (x < canvas.left || x > canvas.right || y < canvas.top || y > canvas.bottom) return false;
      return [".atlas__left", ".site-panel", ".atlas__legend"].every((sel) => {
        const el = document.querySelector(sel);
        if (!el) return true;
        const r = el.getBoundingClientRect();
        return !(x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      });
    }, lngLat);
  }

  /** Opens the "places & sites" card (quick jumps and the keyboard site list). */
  async openNavigator(): Promise<void> {
    const toggle = this.page.getByTestId("navigator-toggle");
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(this.page.getByTestId("quick-jumps")).toBeVisible();
  }

  /** Distinct `name` properties of the features of a layer drawn in the viewport. */
  async renderedNames(layer: string): Promise<string[]> {
    await this.waitForIdle();
    return this.page.evaluate(
      (id) =>
        [
          ...new Set(window.__atlasMap!.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.name))),
        ].sort(),
      layer,
    );
  }

  /** Layer ids in drawing order (bottom first). */
  async layerOrder(): Promise<string[]> {
    return this.page.evaluate(() => window.__atlasMap!.getStyle().layers.map((l) => l.id));
  }

  async layerVisibility(layer: string): Promise<string> {
    return this.page.evaluate(
      (id) => String(window.__atlasMap!.getLayoutProperty(id, "visibility") ?? "visible"),
      layer,
    );
  }

  async view(): Promise<{ zoom: number; center: [number, number] }> {
    return this.page.evaluate(() => {
      const m = window.__atlasMap!;
      const c = m.getCenter();
      return { zoom: m.getZoom(), center: [c.lng, c.lat] as [number, number] };
    });
  }

  /** Centres the map on [lng, lat] at a zoom and waits for the render. */
  async jumpTo(center: [number, number], zoom: number): Promise<void> {
    await this.page.evaluate(
      ([c, z]) => window.__atlasMap!.jumpTo({ center: c as [number, number], zoom: z as number }),
      [center, zoom] as const,
    );
    await this.waitForIdle();
  }

  /**
   * Zooms to a site and clicks it like a user would. Returns the id of the site circle that is topmost at that
   * pixel (co-located sites overlap; the click selects the top one).
   */
  async clickSite(site: { geometry: { coordinates: number[] } }, zoom = 12): Promise<string> {
    const [lng, lat] = site.geometry.coordinates;
    await this.jumpTo([lng, lat], zoom);
    const { x, y, top } = await this.page.evaluate(
      ([c, layer]) => {
        const m = window.__atlasMap!;
        const p = m.project(c as [number, number]);
        const hit = m.queryRenderedFeatures(p, { layers: [layer as string] })[0];
        return { x: p.x, y: p.y, top: hit ? String(hit.properties.id) : "" };
      },
      [[lng, lat], LAYERS.siteCircle] as const,
    );
    const box = await this.canvas().boundingBox();
    if (!box) throw new Error("map canvas not visible");
    await this.page.mouse.click(box.x + x, box.y + y);
    return top;
  }

  canvas(): Locator {
    return this.page.locator(".atlas-map__canvas canvas.maplibregl-canvas");
  }

  panel(): Locator {
    return this.page.getByTestId("site-panel");
  }

  async closePanelWithKeyboard(): Promise<void> {
    await this.page.keyboard.press("Escape");
    await expect(this.panel()).toHaveCount(0);
  }

  async setMaterial(code: string, on: boolean): Promise<void> {
    await this.page.getByTestId(`toggle-material-${code}`).setChecked(on);
  }

  async clearMaterials(): Promise<void> {
    await this.page.getByTestId("materials-none").click();
  }

  async setParks(on: boolean): Promise<void> {
    await this.page.getByTestId("toggle-parks").setChecked(on);
  }

  /** Clicks the language switch and waits for the UI to re-render in the other locale. */
  async switchLanguage(): Promise<"zh" | "en"> {
    const button = this.page.getByTestId("language-switch");
    // Narrow windows fold the switch into the header menu.
    const menu = this.page.getByTestId("header-menu-toggle");
    if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    const before = await button.getAttribute("data-locale");
    const next = before === "zh" ? "en" : "zh";
    await button.click();
    await expect(button).toHaveAttribute("data-locale", next);
    return next;
  }

  async screenshot(path: string): Promise<void> {
    await this.waitForIdle();
    await this.page.screenshot({ path });
  }
}
