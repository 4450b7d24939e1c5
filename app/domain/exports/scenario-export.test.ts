import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import {
  buildScenarioDocx,
  buildScenarioPdf,
  buildScenarioXlsx,
  scenarioTables,
  type ExportScenario,
} from "./scenario-export";
import { effectiveScenarioParams } from "../scenarios/scenario-request";
import { runScenario } from "../scenarios/run-scenario";
import type { RegistrySite } from "../registry-types";

async function scenario(): Promise<ExportScenario> {
  const site = (id: string, city: string, out: number, stock: number, cap: number): RegistrySite => ({
    id,
    name: id,
    nameEn: id,
    ownerGroup: null,
    industry: "x",
    lng: 112,
    lat: 37,
    countyAdcode: null,
    cityAdcode: city,
    parkId: null,
    capacityMw: null,
    outsideProvince: false,
    status: "operating",
    provenance: { source: "t", licence: "n/a", precision: "exact", synthetic: false, sourceRef: null },
    outputs:
      out || stock
        ? [{ material: "coal-gangue", tonnesPerYear: out, stockpileTonnes: stock, estimated: false, coefficient: null }]
        : [],
    intakes: cap
      ? [{ material: "coal-gangue", route: "power", capacityTonnesPerYear: cap, committedTonnesPerYear: 0 }]
      : [],
  });
  const params = effectiveScenarioParams({
    label: "朔州清库",
    fromYear: 2011,
    toYear: 2014,
    materials: ["coal-gangue"],
    params: { utilisation: "aggregate", drawDown: { maxShareOfStockpilePerYear: 0.5 } },
  });
  const result = (await runScenario([site("m", "140600", 100, 1000, 0), site("p", "140600", 0, 0, 600)], params))!;
  return {
    id: "s1",
    label: "朔州清库",
    params,
    result,
    cityNames: new Map([["140600", { zh: "朔州市", en: "Shuozhou" }]]),
  };
}

describe("scenario exports", () => {
  it("XLSX holds the years, the cities and every parameter", async () => {
    const s = await scenario();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildScenarioXlsx(s, { lang: "en", generatedAt: "2026-11-29T00:00:00Z" })).buffer as ArrayBuffer,
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(["years", "years to clear", "parameters"]);
    const years = wb.getWorksheet("years")!;
    expect(years.rowCount).toBe(1 + 4);
    const last = years.getRow(5).values as unknown[];
    expect(last[1]).toBe(2014);
    expect(last[8]).toBe(Math.round(s.result.years[3].materials["coal-gangue"]!.stockpileTonnes));
    expect((wb.getWorksheet("years to clear")!.getRow(2).values as unknown[]).slice(1)).toEqual([
      "Shuozhou",
      1000,
      Math.round(s.result.cities[0].drawnDownTonnes!),
      Math.round(s.result.cities[0].finalStockpileTonnes!),
      s.result.cities[0].clearedYear ?? "",
      s.result.cities[0].yearsToClear ?? "",
    ]);
    expect(scenarioTables(s, "zh")[2].rows.some((r) => String(r[1]).includes("5600"))).toBe(true);
  });

  it("PDF renders Chinese text and the year table", async () => {
    const s = await scenario();
    const dir = path.join(process.cwd(), "node_modules/@embedpdf/fonts-sc/fonts");
    const fonts = {
      regular: new Uint8Array(readFileSync(path.join(dir, "NotoSansHans-Regular.otf"))),
      bold: new Uint8Array(readFileSync(path.join(dir, "NotoSansHans-Bold.otf"))),
    };
    const pdf = await buildScenarioPdf(s, { lang: "zh", generatedAt: "2026-11-29T00:00:00Z", fonts });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "scn-")), "s.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("朔州清库");
    expect(text).toContain("朔州市");
    expect(text).toContain("2014");
  });

  it("DOCX holds the title, the three tables with the same rows as the XLSX, and is deterministic", async () => {
    const s = await scenario();
    const opts = { lang: "zh" as const, generatedAt: "2026-11-29T00:00:00Z" };
    const bytes = await buildScenarioDocx(s, opts);
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
    const text = xml.replace(/<[^>]+>/g, " ");
    expect(text).toContain("朔州清库");
    expect(text).toContain("朔州市");
    for (const t of scenarioTables(s, "zh")) expect(text).toContain(t.title);
    // One table row per XLSX row (plus a header each).
    const rows = scenarioTables(s, "zh").reduce((n, t) => n + 1 + t.rows.length, 0);
    expect(xml.match(/<w:tr>|<w:tr /g)).toHaveLength(rows);
    expect(Buffer.from(await buildScenarioDocx(s, opts)).equals(Buffer.from(bytes))).toBe(true);
  });
});
