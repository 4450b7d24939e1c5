/**
 * Driver for DataTable (app/ui/table/data-table.tsx): counts, sorting, filtering, scrolling a virtualised body,
 * selecting rows and downloading the CSV export. Addressed by the table's test id.
 */
import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

export class TableDriver {
  constructor(
    readonly page: Page,
    readonly testId: string,
  ) {}

  root(): Locator {
    return this.page.getByTestId(this.testId);
  }

  /** Rows after the filter, and rows given to the table. */
  async counts(): Promise<{ shown: number; total: number }> {
    const root = this.root();
    await expect(root).toBeVisible();
    return {
      shown: Number(await root.getAttribute("data-row-count")),
      total: Number(await root.getAttribute("data-total")),
    };
  }

  /**
   * Keys of the rows currently rendered (the virtualised window), top to bottom. Waits for the first row: the
   * table's counts are set before the virtualiser has measured its body and rendered the window.
   */
  async renderedKeys(): Promise<string[]> {
    const rows = this.root().locator("tbody tr[data-row-key]");
    await expect(rows.first()).toBeAttached();
    return rows.evaluateAll((all) => all.map((r) => r.getAttribute("data-row-key")!));
  }

  /** aria-rowindex of the last rendered row (header row = 1). */
  async lastRowIndex(): Promise<number> {
    return Number(await this.root().locator("tbody tr[data-row-key]").last().getAttribute("aria-rowindex"));
  }

  /** Text of one column in the rendered rows. */
  async renderedColumn(index: number): Promise<string[]> {
    return this.root()
      .locator(`tbody tr[data-row-key] td:nth-child(${index + 1})`)
      .allInnerTexts();
  }

  async sortBy(key: string): Promise<void> {
    await this.page.getByTestId(`${this.testId}-sort-${key}`).click();
  }

  async sortState(key: string): Promise<string | null> {
    return this.page.getByTestId(`${this.testId}-sort-${key}`).locator("xpath=..").getAttribute("aria-sort");
  }

  async filter(text: string): Promise<void> {
    await this.page.getByTestId(`${this.testId}-filter`).fill(text);
  }

  /** Scrolls the table body to its end; returns the keys rendered there. */
  async scrollToEnd(): Promise<string[]> {
    await this.root()
      .locator(".data-table__scroll")
      .evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await this.page.waitForTimeout(100);
    return this.renderedKeys();
  }

  /**
   * The data-… attributes of every row after the filter, in display order: scrolls the virtualised body from the
   * top to the end, collecting rows by their aria-rowindex, then back to the top.
   */
  async allRowData(): Promise<Record<string, string | undefined>[]> {
    const { shown } = await this.counts();
    const scroll = this.root().locator(".data-table__scroll");
    const byIndex = new Map<number, Record<string, string | undefined>>();
    await scroll.evaluate((el) => el.scrollTo({ top: 0 }));
    for (let step = 0; step < 1000 && byIndex.size < shown; step++) {
      await expect(this.root().locator("tbody tr[data-row-key]").first()).toBeAttached();
      const rendered = await this.root()
        .locator("tbody tr[data-row-key]")
        .evaluateAll((rows) =>
          rows.map((r) => ({
            index: Number(r.getAttribute("aria-rowindex")),
            data: { ...(r as HTMLElement).dataset },
          })),
        );
      for (const r of rendered) byIndex.set(r.index, r.data);
      const atEnd = await scroll.evaluate((el) => {
        const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        el.scrollBy({ top: el.clientHeight * 0.8 });
        return end;
      });
      if (atEnd && byIndex.size < shown) await this.page.waitForTimeout(50);
      else await this.page.waitForTimeout(30);
    }
    await scroll.evaluate((el) => el.scrollTo({ top: 0 }));
    expect(byIndex.size, "every row of the table was rendered while scrolling").toBe(shown);
    return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d);
  }

  /** Downloads the CSV export and returns its lines (BOM stripped). */
  async csvLines(): Promise<string[]> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByTestId(`${this.testId}-csv`).click(),
    ]);
    const text = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    return text.split("\r\n").filter((l) => l.length > 0);
  }
}
