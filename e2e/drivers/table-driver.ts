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

  /** Keys of the rows currently rendered (the virtualised window), top to bottom. */
  async renderedKeys(): Promise<string[]> {
    return this.root()
      .locator("tbody tr[data-row-key]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row-key")!));
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
