/**
 * Driver for layout checks at any window size: the app header (and its folded menu on narrow windows), page
 * overflow, and where the map fitted Shanxi relative to the panels that cover it.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { SHANXI_BOUNDS } from "../../app/ui/map/layers";

export class LayoutDriver {
  constructor(readonly page: Page) {}

  /** Opens the header menu when the window is narrow enough to fold it (no-op on wide windows). */
  async openHeaderMenu(): Promise<void> {
    const toggle = this.page.getByTestId("header-menu-toggle");
    if (await toggle.isVisible()) {
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      await expect(this.page.getByTestId("header-menu")).toBeVisible();
    }
  }

  /** Header items that must be reachable: nav links, sign-in and the language switch. */
  headerItems(): Locator[] {
    return [
      ...["map", "pairings", "proposals", "registry", "plan"].map((k) => this.page.getByTestId(`nav-${k}`)),
      this.page.getByTestId("sign-in-link"),
      this.page.getByTestId("language-switch"),
    ];
  }

  /** True when the element is visible and lies fully inside the window horizontally. */
  async fullyInWindow(locator: Locator): Promise<boolean> {
    if (!(await locator.isVisible())) return false;
    const box = await locator.boundingBox();
    const width = this.page.viewportSize()!.width;
    return Boolean(box && box.x >= 0 && box.x + box.width <= width + 0.5);
  }

  /** How far the page's content scrolls sideways beyond the window (0 when nothing overflows). */
  async horizontalOverflowPx(): Promise<number> {
    return this.page.evaluate(() => {
      const els = [document.documentElement, document.body, document.querySelector(".app-body")].filter(
        Boolean,
      ) as HTMLElement[];
      return Math.max(...els.map((el) => el.scrollWidth - el.clientWidth));
    });
  }

  /**
   * Font sizes (CSS px) of SVG text as drawn on screen: the computed size times the SVG's scale, so a chart whose
   * viewBox is shrunk to a phone's width reports the small text a reader actually sees.
   */
  async renderedSvgFontSizesPx(texts: Locator): Promise<number[]> {
    return texts.evaluateAll((els) =>
      els.map((el) => {
        const ctm = (el as SVGGraphicsElement).getScreenCTM();
        const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
        return parseFloat(getComputedStyle(el).fontSize) * scale;
      }),
    );
  }

  /**
   * Words inside the element that the browser broke across two lines, e.g. a figure 1,224,00|0 or Utilisati|on
   * squeezed into a narrow column; empty when every word stays whole. Words are runs between spaces, hyphens, dashes
   * and slashes (where a line may break); runs with Chinese characters are skipped, as Chinese may wrap anywhere.
   */
  async wordsBrokenAcrossLines(locator: Locator): Promise<string[]> {
    return locator.evaluate((root) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const m of text.matchAll(/[^\s\-–/]+/g)) {
          if (/[\u3000-\u9fff\uff00-\uffef]/.test(m[0])) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
      return broken;
    });
  }

  /**
   * Shanxi's bounding box as drawn on the home map, in px of the map canvas, and the free map area: above the
   * bottom sheet on phones (the left column's top edge), right of the left column on wide windows.
   */
  async provinceFrame(): Promise<{
    box: { left: number; right: number; top: number; bottom: number };
    free: { left: number; right: number; top: number; bottom: number };
    zoom: number;
  }> {
    return this.page.evaluate((bounds) => {
      const m = window.__atlasMap!;
      const sw = m.project(bounds[0] as [number, number]);
      const ne = m.project(bounds[1] as [number, number]);
      const canvas = m.getCanvas().getBoundingClientRect();
      const left = document.querySelector(".atlas__left")!.getBoundingClientRect();
      const phone = left.width > canvas.width * 0.8;
      const free = phone
        ? { left: 0, right: canvas.width, top: 0, bottom: left.top - canvas.top }
        : { left: left.right - canvas.left, right: canvas.width, top: 0, bottom: canvas.height };
      return { box: { left: sw.x, right: ne.x, top: ne.y, bottom: sw.y }, free, zoom: m.getZoom() };
    }, SHANXI_BOUNDS);
  }
}
