/**
 * Driver for the registry feature: accounts (created through the real create-admin CLI), sign-in, the import wizard,
 * the site form and API calls made from inside the signed-in browser (so cookies, SameSite and Origin are real).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import type { SiteFeatureCollection } from "../../app/domain/site-features";

const ROOT = path.join(__dirname, "..", "..");
const E2E_DB = path.join(ROOT, "prisma", "e2e.db");
export const FIXTURES = path.join(__dirname, "..", "fixtures");

/** Creates (or resets) an account in the e2e database with `npm run create-admin` (the documented command). */
export function createAccount(username: string, role: "viewer" | "editor" | "admin", password: string): void {
  execFileSync("npm", ["run", "-s", "create-admin", "--", "--username", username, "--role", role, "--reset"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${E2E_DB}`, ATLAS_ADMIN_PASSWORD: password },
    stdio: "pipe",
  });
}

export interface ImportOptions {
  crs?: "wgs84" | "gcj02" | "bd09";
  onDuplicate?: "skip" | "update" | "add";
}

export class RegistryDriver {
  constructor(readonly page: Page) {}

  async signIn(username: string, password: string): Promise<void> {
    await this.page.goto("/login");
    await this.page.getByTestId("login-username").fill(username);
    await this.page.getByTestId("login-password").fill(password);
    await this.page.getByTestId("login-submit").click();
    await expect(this.page.getByTestId("user-menu-name")).toContainText(username);
  }

  /** Runs the wizard up to the dry-run result for a fixture file. */
  async checkImport(fixture: string, opts: ImportOptions = {}): Promise<void> {
    await this.page.goto("/registry/import");
    await this.page.getByTestId("import-file").setInputFiles(path.join(FIXTURES, fixture));
    if (opts.crs) await this.page.getByTestId("import-crs").selectOption(opts.crs);
    if (opts.onDuplicate) await this.page.getByTestId("import-on-duplicate").selectOption(opts.onDuplicate);
    await this.page.getByTestId("import-check").click();
    await expect(this.page.getByTestId("import-report").or(this.page.getByTestId("import-errors"))).toBeVisible();
  }

  /** Dry run then confirm; resolves when the import is done. */
  async importFile(fixture: string, opts: ImportOptions = {}): Promise<void> {
    await this.checkImport(fixture, opts);
    await expect(this.page.getByTestId("import-report")).toBeVisible();
    await this.page.getByTestId("import-confirm").click();
    await expect(this.page.getByTestId("import-done")).toBeVisible();
  }

  /** The rows of the error report: row number, error code, reason text. */
  async reportedErrors(): Promise<{ row: string; code: string; text: string }[]> {
    const rows = this.page.getByTestId("import-error");
    return rows.evaluateAll((els) =>
      els.map((el) => ({
        row: el.getAttribute("data-row") ?? "",
        code: el.getAttribute("data-code") ?? "",
        text: el.textContent ?? "",
      })),
    );
  }

  /** Opens the registry table with query parameters (`q`, `sort`, `dir`, `synthetic`, `page`). */
  async openList(params: Record<string, string> = {}): Promise<void> {
    const qs = new URLSearchParams(params).toString();
    await this.page.goto(`/registry${qs ? `?${qs}` : ""}`);
    await expect(this.page.getByTestId("registry-page")).toBeVisible();
  }

  /** Site ids of the table's rows, in order. */
  async rowIds(): Promise<string[]> {
    return this.page
      .getByTestId("registry-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-site-id") ?? ""));
  }

  /** Clicks a column header (server-side sort) and waits for the new order. */
  async sortBy(column: string): Promise<string> {
    const header = this.page.getByTestId(`registry-sort-${column}`);
    const before = await header.getAttribute("aria-sort");
    await header.getByRole("link").click();
    await expect(header).not.toHaveAttribute("aria-sort", before ?? "none");
    return (await header.getAttribute("aria-sort")) ?? "";
  }

  async apiSites(): Promise<SiteFeatureCollection> {
    const res = await this.page.request.get("/api/sites");
    expect(res.status()).toBe(200);
    return (await res.json()) as SiteFeatureCollection;
  }

  /** A request made by the page itself (same origin, with the page's cookies): returns status and JSON body. */
  async browserFetch(method: string, url: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    return this.page.evaluate(
      async ({ method, url, body }) => {
        const init: RequestInit = { method };
        if (body instanceof Object && (body as { multipart?: boolean }).multipart) {
          const form = new FormData();
          form.set(
            "file",
            new File(["企业名称,行业,经度,纬度\n多部件测试,cement,112.5,37.8\n"], "x.csv", { type: "text/csv" }),
          );
          form.set("dryRun", "1");
          init.body = form;
        } else if (body !== undefined) {
          init.body = JSON.stringify(body);
          init.headers = { "Content-Type": "application/json" };
        }
        const res = await fetch(url, init);
        return { status: res.status, json: await res.json().catch(() => null) };
      },
      { method, url, body },
    );
  }
}
