/**
 * Proposals end to end: build a cluster from a pairing run page, save it, reload its URL, download every
 * export through the UI and check it against what the page shows; editors edit, duplicate and delete.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { booleanPointInPolygon, point, polygon } from "@turf/turf";
import Papa from "papaparse";
import { test, expect } from "./support/offline";
import { ARTIFACTS, poppler, ProposalsDriver } from "./drivers/proposals-driver";
import { MapDriver } from "./drivers/map-driver";
import { proposalPdfPageCount } from "../app/domain/exports/pdf-export";
import type { Proposal } from "../app/domain/proposals/proposal-types";
import type { ProposalQuality } from "../app/domain/proposals/quality";
import zhMap from "../app/i18n/messages/zh/map.json";

const E2E_DB = path.join(__dirname, "..", "prisma", "e2e.db");

test("the seeded example proposal is listed and opens", async ({ page }) => {
  await page.goto("/proposals");
  const row = page.locator('[data-testid="proposal-row"][data-proposal-id="example-hejin"]');
  await expect(row).toBeVisible();
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "proposals-list.png"), fullPage: true });
  await row.getByRole("link").click();
  await expect(page.getByTestId("proposal-example")).toBeVisible();
  // Built from real, operating sites only: no synthetic ("仅供演示") label.
  await expect(page.getByTestId("proposal-synthetic")).toHaveCount(0);
  await expect(page.getByTestId("chertow-result")).toHaveAttribute("data-pass", /true|false/);
});

test("build a cluster from a pairing run, reload it, and download every format", async ({ page }) => {
  const d = new ProposalsDriver(page);
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // With synthetic sites (a dense cluster to export); real-only runs are covered by e2e/real-data.spec.ts.
  const runId = await d.finishedRun({
    scope: { kind: "city", adcode: "140800" },
    materials: ["red-mud", "fly-ash", "fgd-gypsum"],
    params: { includeSynthetic: true },
  });
  const proposalId = await d.buildFromRunPage(runId);

  const name = await d.name();
  const kpis = { tonnes: await d.kpi("tonnes"), pairings: await d.kpi("pairings"), sites: await d.kpi("sites") };
  expect(kpis.pairings).toBeGreaterThan(1);
  await expect(page.getByTestId("chertow-result")).toBeVisible();
  await expect(page.getByTestId("nisp-line")).toBeAttached();
  await expect(page.getByTestId("benchmark-sources")).toContainText("Jensen");

  // Saved: the URL reopens the same proposal after a reload.
  await page.reload();
  expect(await d.name()).toBe(name);
  expect(await d.kpi("tonnes")).toBe(kpis.tonnes);
  const siteIds = await d.siteIds();
  expect(siteIds.length).toBe(kpis.sites);
  await page.waitForFunction(() => Boolean(window.__atlasMap?.getSource("proposal-sites")));
  await page.screenshot({ path: path.join(ARTIFACTS, "proposal-view.png"), fullPage: true });
  const api = (await (await page.request.get(`/api/proposals/${proposalId}`)).json()) as Proposal & {
    quality: ProposalQuality;
  };
  expect(api.runId).toBe(runId);
  const routeCodes = new Set(Object.keys(zhMap.routes));
  const routes = api.quality.plan.routes;

  // The page names routes in Chinese (墙体材料, not wall-materials) and its map draws synthetic sites as hollow
  // rings, explained by a legend.
  const pageRoutes = await page.getByTestId("proposal-pairings").locator("tbody td:nth-child(3)").allInnerTexts();
  for (const cell of pageRoutes) expect(routeCodes.has(cell.split(" · ")[1])).toBe(false);
  await expect(page.getByTestId("proposal-legend")).toBeVisible();
  await expect(page.getByTestId("proposal-legend-synthetic")).toBeVisible();
  const opacity = await page.evaluate(() => window.__atlasMap!.getPaintProperty("proposal-sites", "circle-opacity"));
  expect(JSON.stringify(opacity)).toContain('"synthetic"');

  // GeoJSON: a Point per site, a LineString per pairing, tonnes adding up to the on-screen total.
  const gj = await d.download("geojson");
  expect(gj.download.suggestedFilename()).toMatch(/\.geojson$/);
  const fc = JSON.parse(readFileSync(gj.file, "utf8")) as {
    type: string;
    features: { geometry: { type: string }; properties: Record<string, unknown> }[];
  };
  expect(fc.type).toBe("FeatureCollection");
  const points = fc.features.filter((f) => f.geometry.type === "Point");
  const lines = fc.features.filter((f) => f.geometry.type === "LineString");
  expect(points.map((f) => f.properties.siteId).sort()).toEqual([...siteIds].sort());
  expect(lines).toHaveLength(kpis.pairings);
  const lineTonnes = lines
    .filter((f) => f.properties.unit === "t")
    .reduce((s, f) => s + Number(f.properties.tonnesPerYear), 0);
  expect(lineTonnes).toBeCloseTo(kpis.tonnes, 0);

  // CSV: the pairings table, one row per pairing, routes named in Chinese; the other tables by their own buttons.
  const readCsv = (file: string) =>
    Papa.parse<string[]>(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const rows = readCsv((await d.download("csv")).file);
  expect(rows).toHaveLength(kpis.pairings + 1);
  const routeCol = rows[0].indexOf("利用途径");
  expect(rows[0][routeCol - 1]).toBe("利用途径代码");
  for (const r of rows.slice(1)) {
    expect(routeCodes.has(r[routeCol - 1])).toBe(true);
    expect(r[routeCol]).toBe(zhMap.routes[r[routeCol - 1] as keyof typeof zhMap.routes]);
  }
  expect(readCsv((await d.download("csv", "sites")).file)).toHaveLength(kpis.sites + 1);
  const siteMaterials = readCsv((await d.download("csv", "site-materials")).file);
  const materialRows = api.snapshot.sites.reduce((n, s) => n + s.outputs.length + s.intakes.length, 0);
  expect(siteMaterials).toHaveLength(materialRows + 1);
  const kpiCsv = readCsv((await d.download("csv", "kpis")).file);
  expect(Number(kpiCsv.find((r) => r[0] === "固体废物交换总量")![1])).toBe(kpis.tonnes);
  const assumptionsCsv = readCsv((await d.download("csv", "assumptions")).file);
  expect(assumptionsCsv.flat().join("|")).toContain("含合成");

  // XLSX: opens with exceljs; its totals equal the on-screen KPIs.
  const xl = await d.download("xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xl.file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["交换对", "企业", "企业物料", "指标", "假设与来源"]);
  const kpiRows: unknown[][] = [];
  wb.getWorksheet("指标")!.eachRow((r) => kpiRows.push((r.values as unknown[]).slice(1)));
  const value = (label: string) => kpiRows.find((r) => r[0] === label)?.[1];
  expect(value("固体废物交换总量")).toBe(kpis.tonnes);
  expect(value("交换对数")).toBe(kpis.pairings);
  expect(value("企业数")).toBe(kpis.sites);
  expect(wb.getWorksheet("交换对")!.rowCount).toBe(kpis.pairings + 1);
  expect(kpiRows.filter((r) => String(r[0]).startsWith("对全省利用途径目标的贡献"))).toHaveLength(routes.length);
  // Parks by name, never by id; quantities as numeric cells with estimates flagged in their own column.
  const sitesSheet = wb.getWorksheet("企业")!;
  const parkCol = (sitesSheet.getRow(1).values as unknown[]).indexOf("园区/基地");
  sitesSheet.eachRow((r, i) => {
    if (i > 1) expect(String(r.getCell(parkCol).value ?? "")).not.toMatch(/^park-/);
  });
  const matSheet = wb.getWorksheet("企业物料")!;
  const header = matSheet.getRow(1).values as unknown[];
  const qtyCol = header.indexOf("数量（单位/年）");
  expect(header).toContain("估算值");
  expect(matSheet.rowCount).toBe(materialRows + 1);
  matSheet.eachRow((r, i) => {
    if (i > 1) expect(r.getCell(qtyCol).type).toBe(ExcelJS.ValueType.Number);
  });

  // PDF: expected pages; the text holds the cluster name and the enterprises.
  const pdf = await d.download("pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", [pdf.file]))![1]);
  expect(pages).toBe(proposalPdfPageCount(api, "zh"));
  const text = poppler("pdftotext", [pdf.file, "-"]).replace(/\s+/g, "");
  expect(text).toContain(name.replace(/\s+/g, ""));
  for (const s of api.snapshot.sites) expect(text).toContain(s.name.replace(/\s+/g, "").slice(0, 10));
  // Every route-target row of the page is on the quality page too (its tonnes, as the page shows them).
  const quality = poppler("pdftotext", ["-f", "2", "-l", "2", pdf.file, "-"]);
  for (const r of routes)
    expect(quality).toContain(`${r.tonnesPerYear.toLocaleString("en-US", { maximumFractionDigits: 0 })} t ·`);
  expect(routes.length).toBeGreaterThan(0);
  // The first page as PNG for a look by eye (kept out of git under test-results/).
  poppler("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf.file, path.join(ARTIFACTS, "proposal-page")]);

  // DOCX: a Word document with the same name, enterprises, route targets and the map as a PNG image.
  const docx = await d.download("docx");
  expect(docx.download.suggestedFilename()).toMatch(/\.docx$/);
  const parts = unzipSync(readFileSync(docx.file));
  const xml = strFromU8(parts["word/document.xml"]);
  const docText = xml.replace(/<[^>]+>/g, "");
  expect(docText).toContain(name);
  for (const s of api.snapshot.sites) expect(docText).toContain(s.name);
  for (const r of routes) expect(docText).toContain(r.labelZh);
  expect(docText).toContain("含合成（示例）数据");
  for (const code of new Set(api.snapshot.pairings.map((x) => x.route)))
    expect(docText).toContain(zhMap.routes[code as keyof typeof zhMap.routes]);
  const media = Object.keys(parts).filter((f) => f.startsWith("word/media/"));
  expect(media).toHaveLength(1);
  expect(Buffer.from(parts[media[0]].slice(0, 8)).toString("hex")).toBe("89504e470d0a1a0a");
  expect(strFromU8(parts["word/styles.xml"])).toContain('w:eastAsia="SimSun"');
  expect(pageErrors).toEqual([]);
});

test("viewers cannot edit; an editor edits, duplicates and deletes", async ({ page, request }) => {
  const d = new ProposalsDriver(page);
  // Its own proposal (building is open to everyone), so this test does not depend on the one above. Built from
  // another client (its own cookie jar), so the page is neither its owner nor signed in.
  const built = await request.post("/api/proposals", {
    data: { from: "sites", siteIds: ["plan-chalco-shanxi", "plan-red-mud-jiaokou"] },
  });
  expect(built.status()).toBe(201);
  const proposalId = ((await built.json()) as Proposal).id;
  await page.goto(`/proposals/${proposalId}`);
  await expect(page.getByTestId("sign-in-to-edit")).toBeVisible();
  const denied = await page.request.patch(`/api/proposals/${proposalId}`, { data: { name: "x" } });
  expect(denied.status()).toBe(401);

  const password = "proposals-e2e-password";
  execFileSync(
    "npx",
    ["tsx", "scripts/create-admin.ts", "--username", "proposal-editor", "--role", "editor", "--reset"],
    {
      env: { ...process.env, DATABASE_URL: `file:${E2E_DB}`, ATLAS_ADMIN_PASSWORD: password },
      stdio: "pipe",
    },
  );
  await d.signIn("proposal-editor", password, `/proposals/${proposalId}`);

  await page.getByTestId("proposal-name-input").fill("河津赤泥粉煤灰集群 E2E");
  await page.getByTestId("proposal-notes-input").fill("端到端测试备注");
  await page.getByTestId("proposal-cycle-select").selectOption("park");
  await page.getByTestId("proposal-save").click();
  await expect(page.getByTestId("proposal-edit-message")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("proposal-name")).toHaveText("河津赤泥粉煤灰集群 E2E");
  await expect(page.getByTestId("proposal-notes")).toHaveText("端到端测试备注");

  await page.getByTestId("proposal-duplicate").click();
  await page.waitForURL((u) => u.pathname.startsWith("/proposals/") && !u.pathname.endsWith(proposalId));
  await expect(page.getByTestId("proposal-name")).toContainText("河津赤泥粉煤灰集群 E2E");
  const copyId = page.url().split("/").pop()!;

  page.once("dialog", (dlg) => void dlg.accept());
  await page.getByTestId("proposal-delete").click();
  await page.waitForURL((u) => u.pathname === "/proposals");
  expect((await page.request.get(`/api/proposals/${copyId}`)).status()).toBe(404);
  await expect(page.locator(`[data-proposal-id="${proposalId}"]`)).toBeVisible();
});

test("pick sites on the map and build a proposal from them", async ({ page }) => {
  // Two zoom-and-click rounds on the WebGL (SwiftShader) map: well over a minute on a loaded shared machine.
  test.setTimeout(180_000);
  const map = new MapDriver(page);
  await map.open("/");
  const all = await map.apiSites();
  // Hejin power station (GPPD) and the Longmen Wusese cement plant in Hejin (GEM cement tracker).
  const want = ["gppd-WRI1070817", "gem-P100000125680"].map((id) => all.features.find((f) => f.id === id));
  expect(want.every(Boolean), "seeded Hejin power plant and cement plant").toBe(true);
  const picked: string[] = [];
  for (const site of want) {
    picked.push(await map.clickSite(site!));
    await expect(map.panel()).toBeVisible();
    await page.getByTestId("site-action-cluster-pick").click();
    await expect(page.getByTestId("site-action-cluster-pick")).toHaveAttribute("aria-pressed", "true");
  }
  await page.getByTestId("site-action-cluster-build").click();
  await page.waitForURL((u) => u.pathname === "/proposals");
  await expect(page.getByTestId("picked-count")).toContainText("2");
  // One of the two is synthetic: building uses real operating sites only unless asked, so the planner ticks it.
  await page.getByTestId("build-include-synthetic").check();
  await page.getByTestId("build-from-sites").click();
  await page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
  const ids = await new ProposalsDriver(page).siteIds();
  expect(ids.sort()).toEqual([...new Set(picked)].sort());
});

test("draw an area around the Hejin base and build a proposal from the sites inside", async ({ page }) => {
  const d = new ProposalsDriver(page);
  await page.goto("/proposals");
  // Two vertices are not an area yet: the page says so and offers nothing to add.
  const drawn = await d.drawArea(
    [
      [110.52, 35.48],
      [110.88, 35.5],
    ],
    [110.7, 35.62],
    8.5,
  );
  expect(drawn).toHaveLength(2);
  await expect(page.getByTestId("area-error")).toBeVisible();
  await expect(page.getByTestId("area-add")).toBeDisabled();
  await page.getByTestId("area-clear").click();

  // A pentagon around Hejin (河津), drawn by clicking on the map.
  const vertices = await d.drawArea(
    [
      [110.52, 35.48],
      [110.88, 35.5],
      [110.9, 35.7],
      [110.7, 35.78],
      [110.5, 35.7],
    ],
    [110.7, 35.62],
    8.5,
  );
  const area = polygon([[...vertices, vertices[0]]]);
  const all = await new MapDriver(page).apiSites();
  const expected = all.features
    .filter((f) => booleanPointInPolygon(point(f.geometry.coordinates), area))
    .map((f) => String(f.id))
    .sort();
  expect(expected.length).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("area-error")).toHaveCount(0);
  await expect(page.getByTestId("area-count")).toHaveAttribute("data-count", String(expected.length));

  // The material filter narrows the count to sites handling the material.
  await page.getByTestId("area-material-fly-ash").check();
  expect(await d.areaCount()).toBeLessThanOrEqual(expected.length);
  await page.getByTestId("area-material-fly-ash").uncheck();
  await expect(page.getByTestId("area-count")).toHaveAttribute("data-count", String(expected.length));

  await page.getByTestId("area-add").click();
  await expect(page.getByTestId("area-added")).toBeVisible();
  await expect(page.getByTestId("picked-count")).toContainText(String(expected.length));
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "area-pick.png"), fullPage: true });
  // Every site inside the area, synthetic and non-operating ones included (real operating only is the default).
  await page.getByTestId("build-include-synthetic").check();
  await page.getByTestId("build-include-non-operating").check();
  await page.getByTestId("build-from-sites").click();
  await page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
  expect((await d.siteIds()).sort()).toEqual(expected);
});

test("the site picker searches the registry on the server: the page carries no sites, names match, picks keep their labels", async ({
  page,
}) => {
  const d = new ProposalsDriver(page);
  const all = await new MapDriver(page).apiSites();
  // The page itself holds no registry (it used to embed every site): a site far from the example proposal is absent.
  const html = await (await page.request.get("/proposals")).text();
  const faraway = all.features.find((f) => f.id === "gem-M0165");
  expect(faraway, "seeded Anjialing mine").toBeTruthy();
  expect(html).not.toContain("gem-M0165");
  expect(html).not.toContain(faraway!.properties.name);

  await page.goto("/proposals");
  // Typed text matches Chinese or English names or ids, case-insensitively for Latin letters (as computed here).
  const matching = (text: string) =>
    all.features
      .filter((f) =>
        [f.properties.name, f.properties.nameEn, String(f.id)].some((v) =>
          v.toLowerCase().includes(text.toLowerCase()),
        ),
      )
      .map((f) => String(f.id))
      .sort();
  const hejin = matching("河津");
  expect(hejin.length).toBeGreaterThanOrEqual(2);
  expect(hejin.length).toBeLessThanOrEqual(60);
  await d.searchSitesExpecting("河津", hejin);
  const longmen = matching("LONGMEN");
  expect(longmen.length).toBeGreaterThanOrEqual(1);
  await d.searchSitesExpecting("LONGMEN", longmen);
  await d.searchSitesExpecting("不存在的企业名称", []);
  await expect(page.getByTestId("site-search-status")).toContainText("不存在的企业名称");

  // Pick two Hejin sites; after a reload the picks are listed by name again (fetched by id), before any search.
  const picked = hejin.slice(0, 2);
  await d.searchSitesExpecting("河津", hejin);
  for (const id of picked) await page.getByTestId(`pick-${id}`).check();
  await expect(page.getByTestId("picked-count")).toContainText("2");
  await page.reload();
  for (const id of picked) {
    const name = all.features.find((f) => f.id === id)!.properties.name;
    await expect(page.getByTestId(`pick-${id}`)).toBeChecked();
    await expect(
      page.getByTestId("site-selection-builder").locator("label", { has: page.getByTestId(`pick-${id}`) }),
    ).toContainText(name);
  }
  await page.getByTestId("build-include-synthetic").check();
  await page.getByTestId("build-include-non-operating").check();
  await page.getByTestId("build-from-sites").click();
  await page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
  expect((await d.siteIds()).sort()).toEqual([...picked].sort());
});
