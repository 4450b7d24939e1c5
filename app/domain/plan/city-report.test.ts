import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildTablesPdf, tablesPdfPageCount } from "../exports/pdf-export";
import { buildTablesXlsx } from "../exports/xlsx-export";
import { cityExportFileName, cityReportTables, cityTablesReport, type CityReportInput } from "./city-report";
import { regionProgress, type ProgressRegion } from "./progress";
import { KEY_PROJECTS } from "./key-projects";

const FONT_DIR = join(process.cwd(), "node_modules/@embedpdf/fonts-sc/fonts");
const fonts = {
  regular: readFileSync(join(FONT_DIR, "NotoSansHans-Regular.otf")),
  bold: readFileSync(join(FONT_DIR, "NotoSansHans-Bold.otf")),
};

const regions: ProgressRegion[] = [
  { adcode: "140000", level: "province", name: "山西省", nameEn: "Shanxi", parentAdcode: null },
  { adcode: "140800", level: "city", name: "运城市", nameEn: "Yuncheng", parentAdcode: "140000" },
  { adcode: "140882", level: "county", name: "河津市", nameEn: "Hejin", parentAdcode: "140800" },
];
const sites: (CityReportInput["producers"][number] & { status: string })[] = [
  {
    id: "a",
    name: "中铝山西分公司",
    nameEn: "Chalco Shanxi",
    industry: "alumina",
    countyAdcode: "140882",
    synthetic: false,
    status: "operating",
    outputs: [{ material: "red-mud", tonnesPerYear: 1_300_000, stockpileTonnes: 5_000_000 }],
    intakes: [],
  },
  {
    id: "b",
    name: "河津水泥",
    nameEn: "Hejin cement",
    industry: "cement",
    countyAdcode: "140882",
    synthetic: false,
    status: "operating",
    outputs: [],
    intakes: [{ material: "red-mud", route: "cement", capacityTonnesPerYear: 200_000 }],
  },
];
const matched = new Map([["a", new Map([["red-mud", 150_000]])]]);
const input: CityReportInput = {
  city: regions[1],
  progress: regionProgress(sites, regions, "city", matched)[0],
  counties: regionProgress(sites, regions, "county", matched),
  producers: [sites[0]],
  consumers: [sites[1]],
  projects: KEY_PROJECTS.filter((p) => p.id === "kp-red-mud-hejin"),
  runs: [],
  provinceRun: { id: "run-1", label: "全省", finishedAt: "2026-11-28T00:00:00.000Z", synthetic: false },
  inclusion: { includeSynthetic: false, includeNonOperating: false },
};

describe("city report", () => {
  it("tables carry the city's progress, with the bulk target as an aggregate", () => {
    const [progress] = cityReportTables(input, "zh");
    const redMud = progress.table.rows.find((r) => r[0] === "赤泥")!;
    expect(redMud).toEqual(["赤泥", 1_300_000, 5_000_000, 200_000, 150_000, 11.5, "计入大宗工业固废合计 72%"]);
    // Routes and industries by name, and the summary lines filled from the message templates.
    const consumers = cityReportTables(input, "zh").find((t) => t.key === "consumers")!.table;
    expect(consumers.rows[0][consumers.columns.indexOf("途径")]).toBe("水泥");
    expect(consumers.rows[0][consumers.columns.indexOf("途径")]).not.toBe("cement");
    expect(cityTablesReport(input, "en").summaryLines[0]).toBe("Sites counted: real only, operating only");
    expect(cityTablesReport(input, "zh").summaryLines[1]).toBe(
      "已匹配量来自最新完成的全省配对运行 全省（2026-11-28T00:00:00.000Z）",
    );
    expect(cityExportFileName(input, "pdf", "zh")).toEqual({
      ascii: "plan-progress-140800.pdf",
      utf8: "运城市-规划进展.pdf",
    });
  });

  it("writes XLSX (one sheet per table) and a PDF with the same figures", async () => {
    const tables = cityReportTables(input, "en");
    const xlsx = await buildTablesXlsx(
      { title: "Yuncheng", subject: "", sheets: tables.map((t) => ({ name: t.title, table: t.table })) },
      "2026-11-28T00:00:00.000Z",
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Progress by material",
      "Counties",
      "Producers",
      "Consumers",
      "Key projects",
      "Pairing runs",
    ]);
    const row = wb
      .getWorksheet("Progress by material")!
      .getSheetValues()
      .find((r) => Array.isArray(r) && r[1] === "Red mud") as unknown[];
    expect(row.slice(1, 7)).toEqual(["Red mud", 1_300_000, 5_000_000, 200_000, 150_000, 11.5]);

    const report = cityTablesReport(input, "zh");
    const pdf = await buildTablesPdf(report, { lang: "zh", generatedAt: "2026-11-28T00:00:00.000Z", fonts });
    const file = join(mkdtempSync(join(tmpdir(), "atlas-city-")), "c.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    expect(text).toContain("运城市规划进展");
    expect(text).toContain("中铝山西分公司");
    expect(text).toContain("1,300,000");
    expect(text).toContain("河津赤泥综合利用示范项目");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
    expect(pages).toBe(tablesPdfPageCount(report));
  });
});
