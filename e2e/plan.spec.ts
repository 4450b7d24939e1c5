/**
 * Plan tracking (issue 12): the target table against the API, picking a city on the choropleth and exporting its
 * progress (XLSX, PDF and DOCX, checked against /api/plan/progress), an editor's audited key-project edit, the APIs'
 * 400/404 answers, and the page on a phone. Every test fails on a request that leaves localhost.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { test, expect } from "./support/offline";
import { PlanDriver } from "./drivers/plan-driver";
import { createAccount, RegistryDriver } from "./drivers/registry-driver";
import { poppler } from "./drivers/proposals-driver";

const EDITOR = { username: "e2e-plan-editor", password: "plan-editor-password-1" };
const YUNCHENG = "140800";

test.beforeAll(() => createAccount(EDITOR.username, "editor", EDITOR.password));

test("the target table shows every plan target with its baseline, target and current value", async ({ page }) => {
  const plan = new PlanDriver(page);
  await plan.open();
  const api = await plan.apiTargets();
  expect(await plan.tableTargetIds()).toEqual(api.map((t) => t.id));
  expect(api.length).toBe(44);
  expect(await plan.targetRow("industrial-solid-waste-utilisation")).toMatchObject({
    baseline: "65.5%",
    target: "≥ 68%",
  });
  expect(await plan.targetRow("bulk-solid-waste-utilisation")).toMatchObject({ baseline: "42%", target: "≥ 72%" });
  expect((await plan.targetRow("bulk-solid-waste-capacity")).target).toBe("≥ 20,428 万吨");
  expect((await plan.targetRow("new-wall-materials-output")).target).toBe("≥ 260 亿标块");
  expect((await plan.targetRow("straw-utilisation")).target).toBe("> 80%");
  // The registry's bulk-waste utilisation capacity is today's value of the 204.28 Mt target.
  const capacity = api.find((t) => t.id === "bulk-solid-waste-capacity")!.current!;
  expect(capacity.basis).toBe("registry");
  expect((await plan.targetRow("bulk-solid-waste-capacity")).current).toContain(
    new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }).format(capacity.value / 1e4),
  );
  await plan.screenshot("plan-page.png");
});

test("pick a city on the map, check its progress, export it as XLSX, PDF and DOCX", async ({ page }) => {
  test.setTimeout(180_000);
  const plan = new PlanDriver(page);
  // A whole-province run supplies matched tonnes; it may take a while on a shared machine.
  const run = await page.request.post("/api/pairings", {
    data: { scope: { kind: "province" }, materials: ["red-mud"], label: "e2e plan province" },
  });
  expect(run.status()).toBe(202);
  const { id } = (await run.json()) as { id: string };
  await expect
    .poll(async () => ((await (await page.request.get(`/api/pairings/${id}`)).json()) as { status: string }).status, {
      timeout: 120_000,
    })
    .toBe("done");

  await plan.open("?material=red-mud");
  await plan.pickCityOnMap(YUNCHENG);
  await expect(page.getByTestId("plan-city-title")).toContainText("运城");
  const api = await plan.apiCityProgress(YUNCHENG);
  expect(api["red-mud"].producedTonnes).toBeGreaterThan(0); // Chalco Shanxi (Hejin) is in Yuncheng
  expect(await plan.cityProduced("red-mud")).toBe(Math.round(api["red-mud"].producedTonnes));
  await expect(page.getByTestId("plan-projects")).toContainText("河津赤泥综合利用示范项目");
  await plan.screenshot("plan-city.png");

  const xl = await plan.download("xlsx");
  expect(xl.suggested).toBe("运城市-规划进展.xlsx"); // filename* (UTF-8) wins over the ASCII filename
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xl.file);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "分物料进展",
    "区县",
    "产废企业",
    "消纳企业",
    "重点工程",
    "配对运行",
  ]);
  const row = wb
    .getWorksheet("分物料进展")!
    .getSheetValues()
    .find((r) => Array.isArray(r) && r[1] === "赤泥") as unknown[];
  const m = api["red-mud"];
  expect(row.slice(2, 6)).toEqual([
    Math.round(m.producedTonnes),
    Math.round(m.stockpileTonnes),
    Math.round(m.utilisationCapacityTonnes),
    Math.round(m.matchedTonnes),
  ]);
  expect(row[7]).toBe("计入大宗工业固废合计 72%");

  const pdf = await plan.download("pdf");
  expect(pdf.suggested).toBe("运城市-规划进展.pdf");
  const text = poppler("pdftotext", [pdf.file, "-"]).replace(/\s+/g, "");
  expect(text).toContain("运城市规划进展");
  expect(text).toContain(new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(m.producedTonnes));
  expect(text).toContain("河津赤泥综合利用示范项目");
  expect(Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", [pdf.file]))![1])).toBeGreaterThanOrEqual(2);

  // DOCX: the same tables for Word, built on the server's worker thread.
  const docx = await plan.download("docx");
  expect(docx.suggested).toBe("运城市-规划进展.docx");
  const docText = strFromU8(unzipSync(readFileSync(docx.file))["word/document.xml"]).replace(/<[^>]+>/g, "");
  expect(docText).toContain("运城市 规划进展");
  expect(docText).toContain("河津赤泥综合利用示范项目");
  expect(docText).toContain(new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(m.producedTonnes));
});

test("an editor updates a key project and the change is audited", async ({ page }) => {
  await new RegistryDriver(page).signIn(EDITOR.username, EDITOR.password);
  const plan = new PlanDriver(page);
  await plan.open();
  await plan.editProject("kp-red-mud-jiaokou", "under-construction", 2013);
  await expect(page.getByTestId("project-kp-red-mud-jiaokou").getByTestId("project-status-cell")).toHaveText("在建");
  const projects = (await (await page.request.get("/api/plan/projects")).json()) as {
    projects: { id: string; status: string; startYear: number | null }[];
  };
  expect(projects.projects.find((p) => p.id === "kp-red-mud-jiaokou")).toMatchObject({
    status: "under-construction",
    startYear: 2013,
  });
  // Bad edits are refused with a specific message; a viewer without a session gets 401.
  const bad = await page.request.patch("/api/plan/projects/kp-red-mud-jiaokou", {
    data: { status: "done" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(bad.status()).toBe(422);
  expect(((await bad.json()) as { error: string }).error).toMatch(/status must be one of/);
  const anon = await page.context().browser()!.newContext();
  const r = await anon.request.patch(new URL("/api/plan/projects/kp-red-mud-jiaokou", page.url()).toString(), {
    data: { status: "operating" },
  });
  expect(r.status()).toBe(401);
  await anon.close();
});

test("unknown level or adcode answer 400/404 with specific messages", async ({ page }) => {
  const get = async (url: string) => {
    const r = await page.request.get(url);
    return { status: r.status(), error: ((await r.json()) as { error?: string }).error };
  };
  expect(await get("/api/plan/progress?level=town")).toEqual({
    status: 400,
    error: 'unknown level "town": use province, city or county',
  });
  expect(await get("/api/plan/progress?level=city&adcode=149900")).toEqual({
    status: 404,
    error: "no city with adcode 149900",
  });
  expect(await get("/api/plan/progress?level=county&adcode=140800")).toEqual({
    status: 404,
    error: "no county with adcode 140800",
  });
  expect(await get("/api/plan/cities/149900/export?format=pdf")).toEqual({
    status: 404,
    error: "no city with adcode 149900",
  });
  expect(await get("/api/plan/cities/140800/export?format=odt")).toEqual({
    status: 400,
    error: 'unknown format "odt": use xlsx, pdf or docx',
  });
  expect((await page.goto("/plan/149900"))!.status()).toBe(404);
  // Cities add up to the province.
  const sum = async (level: string) => {
    const body = (await (await page.request.get(`/api/plan/progress?level=${level}`)).json()) as {
      regions: { materials: Record<string, { producedTonnes: number }> }[];
    };
    return body.regions.reduce((s, r) => s + r.materials["fly-ash"].producedTonnes, 0);
  };
  expect(await sum("city")).toBeCloseTo(await sum("province"), 3);
  expect(await sum("county")).toBeCloseTo(await sum("province"), 3);
});

test("on a phone the plan page fits the screen and opens a city from the list", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const plan = new PlanDriver(page);
  await plan.open();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await plan.screenshot("plan-phone.png");
  await page.getByTestId(`plan-city-${YUNCHENG}`).click();
  await page.waitForURL(`**/plan/${YUNCHENG}`);
  await expect(page.getByTestId("plan-export-pdf")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
