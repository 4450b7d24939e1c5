/**
 * Registry, import and accounts (issue 6), in real Chromium against the built app and a fresh SQLite file.
 * Accounts are created through the documented CLI (`npm run create-admin`), never a test backdoor. Every test
 * fails on a request that leaves localhost and on any JavaScript dialog (script injection check).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/offline";
import { createAccount, FIXTURES, RegistryDriver } from "./drivers/registry-driver";
import { MapDriver } from "./drivers/map-driver";
import { haversineKm } from "../app/domain/distance";
import { fromWgs84 } from "../app/domain/import/crs";

const EDITOR = { username: "e2e-editor", password: "editor-password-123" };
const VIEWER = { username: "e2e-viewer", password: "viewer-password-123" };
const EVIL = `<script>alert(1)</script><img src=x onerror=alert(2)>`;

test.beforeAll(() => {
  createAccount(EDITOR.username, "editor", EDITOR.password);
  createAccount(VIEWER.username, "viewer", VIEWER.password);
});

/** Any alert/confirm/prompt means injected script ran. */
function failOnDialog(page: Page, seen: string[]) {
  page.on("dialog", (d) => {
    seen.push(d.message());
    void d.dismiss();
  });
}

test("an editor imports a valid XLSX and the new sites are on the map", async ({ page }) => {
  // An import, then the map twice: slow on a loaded machine.
  test.slow();
  const reg = new RegistryDriver(page);
  await reg.signIn(EDITOR.username, EDITOR.password);
  const before = (await reg.apiSites()).features.length;

  await reg.checkImport("valid.xlsx");
  await expect(page.getByTestId("import-report")).toContainText("3"); // 3 sites in the dry-run summary
  expect((await reg.apiSites()).features.length).toBe(before); // a dry run writes nothing
  await page.getByTestId("import-confirm").click();
  await expect(page.getByTestId("import-done")).toBeVisible();

  const after = await reg.apiSites();
  expect(after.features.length).toBe(before + 3);
  const plantA = after.features.find((f) => f.id === "e2e-x1");
  expect(plantA?.properties.name).toBe("端到端测试电厂甲");
  expect(plantA?.properties.outputs.map((o) => o.material).sort()).toEqual(["fgd-gypsum", "fly-ash"]);
  expect(plantA?.properties.countyAdcode).toMatch(/^1401\d\d$/); // Taiyuan, by point-in-polygon
  expect(plantA?.properties.provenance.synthetic).toBe(true);

  // "View on map" frames the imported sites: every one inside the view, zoomed in beyond the province view.
  const map = new MapDriver(page);
  await page.getByTestId("import-view-on-map").click();
  await page.waitForURL(/[?&]fit=/);
  await map.waitUntilReady();
  await map.waitForIdle();
  const imported = ["e2e-x1", "e2e-x2", "e2e-x3"].map((id) => after.features.find((f) => f.id === id)!);
  const view = await page.evaluate(
    (points) => ({
      zoom: window.__atlasMap!.getZoom(),
      inside: points.map((p) => window.__atlasMap!.getBounds().contains(p as [number, number])),
    }),
    imported.map((f) => f.geometry.coordinates),
  );
  expect(view.inside).toEqual([true, true, true]);
  expect(view.zoom).toBeGreaterThan(7.5);

  // On the map (the framed view): the map's site tiles hold the new sites, and the panel opens for one.
  expect(await map.tileSiteIds()).toEqual(expect.arrayContaining(["e2e-x1", "e2e-x2", "e2e-x3"]));
  await page.goto("/?site=e2e-x2");
  await expect(page.getByTestId("site-panel-name")).toHaveText("端到端测试水泥厂乙");

  // Re-importing the same file with "update" changes nothing (idempotent).
  await reg.checkImport("valid.xlsx", { onDuplicate: "update" });
  await expect(page.getByTestId("import-nothing")).toBeVisible();
  expect((await reg.apiSites()).features.length).toBe(before + 3);
});

test("a file with 5 different errors reports all 5 with row numbers and writes nothing", async ({ page }) => {
  const reg = new RegistryDriver(page);
  await reg.signIn(EDITOR.username, EDITOR.password);
  const before = (await reg.apiSites()).features.length;
  await reg.checkImport("five-errors.csv");
  const errors = await reg.reportedErrors();
  expect(errors.map((e) => [e.row, e.code])).toEqual([
    ["3", "unknown-material"],
    ["4", "negative"],
    ["5", "swapped-coordinates"],
    ["6", "missing-value"],
    ["7", "outside-province"],
  ]);
  expect(errors[0].text).toContain("fly-ash"); // the suggested code
  await expect(page.getByTestId("import-confirm")).toHaveCount(0);

  // The API answers 422 with the same report and still writes nothing, even without a dry run.
  const res = await page.evaluate(
    async (csv) => {
      const form = new FormData();
      form.set("file", new File([csv], "five-errors.csv", { type: "text/csv" }));
      form.set("dryRun", "0");
      form.set("lang", "en");
      const r = await fetch("/api/import", { method: "POST", body: form });
      return { status: r.status, body: await r.json() };
    },
    readFileSync(path.join(FIXTURES, "five-errors.csv"), "utf8"),
  );
  expect(res.status).toBe(422);
  expect(res.body.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5, 6, 7]);
  expect(res.body.errors[2].reason).toMatch(/swapped/);
  expect((await reg.apiSites()).features.length).toBe(before);
});

test("a GBK-encoded CSV and a GCJ-02 file import correctly", async ({ page }) => {
  const reg = new RegistryDriver(page);
  await reg.signIn(EDITOR.username, EDITOR.password);

  await reg.checkImport("gbk-sites.csv");
  await expect(page.getByTestId("import-encoding-gbk")).toBeVisible();
  await page.getByTestId("import-confirm").click();
  await expect(page.getByTestId("import-done")).toBeVisible();

  await reg.importFile("gcj02-sites.csv", { crs: "gcj02" });

  const sites = (await reg.apiSites()).features;
  const byId = new Map(sites.map((f) => [f.id, f]));
  expect(byId.get("e2e-g1")?.properties.name).toBe("国标码测试焦化厂");
  expect(byId.get("e2e-g2")?.properties.outputs[0]?.material).toBe("magnesium-slag"); // "镁渣" by Chinese name
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, "gcj02-expected.json"), "utf8")) as {
    id: string;
    lng: number;
    lat: number;
  }[];
  for (const e of expected) {
    const [lng, lat] = byId.get(e.id)!.geometry.coordinates;
    const metres = haversineKm(lng, lat, e.lng, e.lat) * 1000;
    expect(metres, `${e.id} within 10 m of its WGS84 position`).toBeLessThan(10);
  }
});

test("an editor edits a site: county recomputed and the change is in the audit log", async ({ page }) => {
  const reg = new RegistryDriver(page);
  await reg.signIn(EDITOR.username, EDITOR.password);
  // Its own site in Taiyuan, so this test does not depend on the import test.
  const created = await reg.browserFetch("POST", "/api/sites", {
    name: "端到端测试砖厂丙",
    industry: "wall-materials",
    lng: 112.56,
    lat: 37.87,
  });
  expect(created.status).toBe(201);
  const id = (created.json as { id: string }).id;
  const before = (await reg.apiSites()).features.find((f) => f.id === id)!;

  await page.goto(`/registry/sites/${id}`);
  await expect(page.getByTestId("site-form")).toBeVisible();
  await page.getByTestId("site-name").fill("端到端测试砖厂丙（已改名）");
  // Move it to Datong by typing coordinates as copied from Amap (GCJ-02); stored as WGS84, county recomputed.
  const [gx, gy] = fromWgs84(113.3, 40.08, "gcj02");
  await page.getByTestId("site-crs").selectOption("gcj02");
  await page.getByTestId("site-lng").fill(gx.toFixed(7));
  await page.getByTestId("site-lat").fill(gy.toFixed(7));
  await page.getByTestId("site-save").click();
  await expect(page.getByTestId("site-saved")).toBeVisible();

  const entry = page.getByTestId("audit-entry").first();
  await expect(entry).toHaveAttribute("data-action", "update");
  await expect(entry.getByTestId("audit-user")).toHaveText(EDITOR.username);
  await expect(entry.locator('[data-field="name"]')).toContainText("端到端测试砖厂丙（已改名）");
  await expect(entry.locator('[data-field="name"]')).toContainText("端到端测试砖厂丙");
  await expect(entry.locator('[data-field="countyAdcode"]')).toBeVisible();

  const after = (await reg.apiSites()).features.find((f) => f.id === id)!;
  expect(after.properties.name).toBe("端到端测试砖厂丙（已改名）");
  expect(after.properties.countyAdcode).toMatch(/^1402\d\d$/); // Datong
  expect(after.properties.countyAdcode).not.toBe(before.properties.countyAdcode);
  const [lng, lat] = after.geometry.coordinates;
  expect(haversineKm(lng, lat, 113.3, 40.08) * 1000).toBeLessThan(10);

  // A flow edit is one row per changed property, with Chinese labels and grouped numbers, in zh and en.
  const patched = await reg.browserFetch("PATCH", `/api/sites/${id}`, {
    intakes: [{ material: "fly-ash", route: "wall-materials", capacityTonnesPerYear: 250_000 }],
  });
  expect(patched.status).toBe(200);
  const again = await reg.browserFetch("PATCH", `/api/sites/${id}`, {
    intakes: [{ material: "fly-ash", route: "wall-materials", capacityTonnesPerYear: 260_000 }],
  });
  expect(again.status).toBe(200);
  await page.goto(`/registry/sites/${id}`);
  const flowChange = page
    .getByTestId("audit-entry")
    .first()
    .locator('[data-field="intakes"][data-property="capacityTonnesPerYear"]');
  await expect(flowChange).toContainText("250,000 → 260,000");
  await expect(flowChange).toContainText("消纳 · 粉煤灰");
  await expect(flowChange).toContainText("年消纳能力");
  await expect(page.getByTestId("audit-log")).not.toContainText("capacityTonnesPerYear");
  await page.context().addCookies([{ name: "atlas-locale", value: "en", url: page.url() }]);
  await page.reload();
  await expect(flowChange).toContainText("250,000 → 260,000");
  await expect(flowChange).toContainText("Intake · Fly ash");
  await expect(page.getByTestId("audit-entry").first().locator('[data-field="name"]')).toHaveCount(0);
  await page.context().clearCookies({ name: "atlas-locale" });

  // The site panel on the map offers "Edit" to editors.
  await page.goto(`/?site=${id}`);
  await expect(page.getByTestId("site-action-edit")).toBeVisible();
});

test("a viewer gets no edit controls; mutations answer 401 without a session and 403 for a viewer", async ({
  page,
  request,
}) => {
  // No session at all (a plain HTTP client).
  for (const [method, url] of [
    ["POST", "/api/sites"],
    ["PATCH", "/api/sites/plan-tisco"],
    ["DELETE", "/api/sites/plan-tisco"],
    ["POST", "/api/import"],
  ] as const) {
    const res = await request.fetch(url, {
      method,
      data: method === "POST" && url === "/api/import" ? undefined : { name: "x" },
    });
    expect(res.status(), `${method} ${url} without a session`).toBe(401);
    expect((await res.json()).error).toBeTruthy();
  }

  const reg = new RegistryDriver(page);
  await reg.signIn(VIEWER.username, VIEWER.password);
  await page.goto("/registry");
  await expect(page.getByTestId("registry-table")).toBeVisible();
  await expect(page.getByTestId("registry-edit")).toHaveCount(0);
  await expect(page.getByTestId("registry-import-link")).toHaveCount(0);
  await expect(page.getByTestId("registry-new-site")).toHaveCount(0);
  // A seeded site (not one another test imports), so the test stands alone.
  const tiscoName = (await reg.apiSites()).features.find((f) => f.id === "plan-tisco")!.properties.name;
  await page.goto("/?site=plan-tisco");
  await expect(page.getByTestId("site-panel-name")).toBeVisible();
  await expect(page.getByTestId("site-action-edit")).toHaveCount(0);
  await page.goto("/registry/import");
  await expect(page.getByTestId("forbidden")).toBeVisible();

  const site = { name: "viewer site", industry: "cement", lng: 112.5, lat: 37.8 };
  expect((await reg.browserFetch("POST", "/api/sites", site)).status).toBe(403);
  expect((await reg.browserFetch("PATCH", "/api/sites/plan-tisco", { name: "hacked" })).status).toBe(403);
  expect((await reg.browserFetch("DELETE", "/api/sites/plan-tisco")).status).toBe(403);
  expect((await reg.browserFetch("POST", "/api/import", { multipart: true })).status).toBe(403);
  const tisco = (await reg.apiSites()).features.find((f) => f.id === "plan-tisco");
  expect(tisco?.properties.name).toBe(tiscoName);
});

test("a site named with HTML/script is shown as text in the registry, the map panel and exports", async ({ page }) => {
  const dialogs: string[] = [];
  failOnDialog(page, dialogs);
  const reg = new RegistryDriver(page);
  await reg.signIn(EDITOR.username, EDITOR.password);
  const created = await reg.browserFetch("POST", "/api/sites", {
    name: EVIL,
    nameEn: EVIL,
    industry: "cement",
    lng: 112.55,
    lat: 37.86,
    synthetic: true,
    intakes: [{ material: "fly-ash", route: "cement", capacityTonnesPerYear: 1000 }],
  });
  expect(created.status).toBe(201);
  const id = (created.json as { id: string }).id;

  await page.goto(`/registry?q=${encodeURIComponent("<script>")}`);
  await expect(page.getByTestId("registry-site-name").first()).toHaveText(EVIL);
  expect(await page.locator("img[src='x']").count()).toBe(0);

  await page.goto(`/?site=${encodeURIComponent(id)}`);
  await expect(page.getByTestId("site-panel-name")).toHaveText(EVIL);
  expect(await page.locator("img[src='x']").count()).toBe(0);

  await page.goto(`/registry/sites/${encodeURIComponent(id)}`);
  await expect(page.getByTestId("site-edit-title")).toHaveText(EVIL);

  for (const format of ["csv", "geojson"] as const) {
    const res = await page.request.get(`/api/registry/export?format=${format}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(await res.text()).toContain(format === "csv" ? EVIL : JSON.stringify(EVIL).slice(1, -1));
  }
  // Opening the export URL in the browser downloads it; nothing is rendered or run.
  const download = page.waitForEvent("download");
  await page.goto("/registry");
  await page.getByTestId("export-csv").click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test("the exported registry re-imports unchanged (round trip through the real database)", async ({ page }) => {
  const reg = new RegistryDriver(page);
  await reg.signIn(EDITOR.username, EDITOR.password);
  const total = (await reg.apiSites()).features.length;
  for (const [format, type] of [
    ["csv", "text/csv"],
    ["xlsx", "application/octet-stream"],
    ["geojson", "application/geo+json"],
  ] as const) {
    const res = await page.request.get(`/api/registry/export?format=${format}&lang=${format === "xlsx" ? "en" : "zh"}`);
    expect(res.status()).toBe(200);
    const body = (await res.body()).toString("base64");
    // Re-import the export as a dry run with "update": every site must match an existing one with identical data.
    const report = await page.evaluate(
      async ({ body, format, type }) => {
        const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
        const form = new FormData();
        form.set("file", new File([bytes], `export.${format}`, { type }));
        form.set("onDuplicate", "update");
        form.set("dryRun", "1");
        const r = await fetch("/api/import", { method: "POST", body: form });
        return { status: r.status, json: await r.json() };
      },
      { body, format, type },
    );
    expect(report.status, JSON.stringify(report.json).slice(0, 500)).toBe(200);
    expect(report.json.report).toMatchObject({ sites: total, unchanged: total, created: 0, updated: 0, skipped: 0 });
  }
});

test("the registry table pages, sorts and filters on the server", async ({ page }) => {
  const reg = new RegistryDriver(page);
  const api = (await reg.apiSites()).features;
  await reg.openList();
  const pageOne = await reg.rowIds();
  expect(pageOne.length).toBe(Math.min(100, api.length));
  await expect(page.getByTestId("registry-count")).toContainText(String(api.length));
  await expect(page.getByTestId("registry-sort-name")).toHaveAttribute("aria-sort", "ascending");

  // Next page: new rows, none repeated; the URL says which page.
  await page.getByTestId("registry-next").click();
  await expect(page).toHaveURL(/[?&]page=2/);
  const pageTwo = await reg.rowIds();
  expect(pageTwo.length).toBeGreaterThan(0);
  for (const id of pageTwo) expect(pageOne).not.toContain(id);

  // Sorting by output tonnage (largest first) matches the API's figures; clicking again reverses it.
  expect(await reg.sortBy("outputs")).toBe("descending");
  await expect(page).not.toHaveURL(/[?&]page=/);
  const tonnes = new Map(api.map((f) => [f.id, f.properties.outputTonnesPerYear]));
  const desc = (await reg.rowIds()).map((id) => tonnes.get(id)!);
  expect(desc[0]).toBe(Math.max(...tonnes.values()));
  for (let i = 1; i < desc.length; i++) expect(desc[i]).toBeLessThanOrEqual(desc[i - 1]);
  expect(await reg.sortBy("outputs")).toBe("ascending");
  const asc = (await reg.rowIds()).map((id) => tonnes.get(id)!);
  for (let i = 1; i < asc.length; i++) expect(asc[i]).toBeGreaterThanOrEqual(asc[i - 1]);

  // Real sites only: no synthetic badge, and the count is the API's real sites.
  await reg.openList({ synthetic: "real" });
  const real = api.filter((f) => !f.properties.provenance.synthetic);
  await expect(page.getByTestId("registry-count")).toContainText(`${real.length}`);
  await expect(page.getByTestId("badge-synthetic")).toHaveCount(0);
  for (const id of await reg.rowIds()) expect(real.map((f) => f.id)).toContain(id);
});
