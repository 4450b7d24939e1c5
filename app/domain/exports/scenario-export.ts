/** XLSX and PDF exports of a scenario run: the years per material, years to clear per city, and every parameter. */
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import { materialSpec, type MaterialCode } from "../materials";
import { PLAN_LAND_TARGET_MU } from "../scenarios/plan-figures";
import type { ScenarioParams, ScenarioResult } from "../scenarios/types";
import type { PdfFonts } from "./pdf-export";
import { buildTablesDocx } from "./docx-export";
import zhExports from "../../i18n/messages/zh/exports.json";
import enExports from "../../i18n/messages/en/exports.json";

export interface ExportScenario {
  id: string;
  label: string | null;
  params: ScenarioParams;
  result: ScenarioResult;
  /** adcode → display names of cities. */
  cityNames: ReadonlyMap<string, { zh: string; en: string }>;
}

type Cell = string | number | null;
interface Table {
  title: string;
  columns: string[];
  rows: Cell[][];
}

// Sheet names, headers and captions from the next-intl message files (exports.json, "scenario").
const L = { zh: zhExports.scenario, en: enExports.scenario } as const;

const round = (v: number, d = 0) => Math.round(v * 10 ** d) / 10 ** d;

/** The three tables every scenario export holds, in the given language. */
export function scenarioTables(s: ExportScenario, lang: "zh" | "en"): Table[] {
  const l = L[lang];
  const name = (m: MaterialCode) => (lang === "en" ? materialSpec(m)!.nameEn : materialSpec(m)!.nameZh);
  const years: Table = {
    title: l.years,
    columns: [l.year, l.material, l.produced, l.capacity, l.flow, l.drawDown, l.utilised, l.stockpile, l.rate, l.land],
    rows: [],
  };
  for (const y of s.result.years) {
    for (const m of s.params.materials) {
      const v = y.materials[m];
      if (!v) continue;
      years.rows.push([
        y.year,
        name(m),
        round(v.producedTonnes),
        round(v.capacityTonnes),
        round(v.flowUsedTonnes),
        round(v.drawDownTonnes),
        round(v.utilisedTonnes),
        round(v.stockpileTonnes),
        round(v.utilisation, 4),
        round(y.landReleasedMu, 1),
      ]);
    }
  }
  const cities: Table = {
    title: l.cities,
    columns: [l.city, l.base, l.drawn, l.final, l.cleared, l.yearsToClear],
    rows: s.result.cities.map((c) => [
      s.cityNames.get(c.adcode)?.[lang] ?? c.adcode,
      round(c.baseStockpileTonnes),
      c.drawnDownTonnes === undefined ? null : round(c.drawnDownTonnes),
      c.finalStockpileTonnes === undefined ? null : round(c.finalStockpileTonnes),
      c.clearedYear,
      c.yearsToClear,
    ]),
  };
  const p = s.params;
  const params: Table = {
    title: l.params,
    columns: [l.key, l.value],
    rows: [
      ["fromYear – toYear", `${p.fromYear} – ${p.toYear} (base ${p.baseYear})`],
      ["utilisation", p.utilisation],
      ["drawDown.order", p.drawDown.order],
      ["drawDown.maxShareOfStockpilePerYear", p.drawDown.maxShareOfStockpilePerYear],
      ["drawDown.priorityCities", p.drawDown.priorityCities.join(", ")],
      ["land t/亩 (t/mu)", `${p.land.tonnesPerMu} — ${p.land.source} [${p.land.status}]`],
      ["includeSynthetic", String(p.includeSynthetic)],
      ["circuity / nearestN", `${p.circuity} / ${p.nearestN}`],
      ...p.materials.map((m): Cell[] => [
        `${m}: growth / path / maxHaulKm`,
        `${p.production[m]?.growthRatePerYear ?? 0} / ${JSON.stringify(p.production[m]?.path ?? [])} / ${p.maxHaulKm[m] ?? ""} km`,
      ]),
      ...p.capacityAdditions.map((a): Cell[] => [
        `+ ${a.label}`,
        `${a.material} ${a.route} ${a.tonnesPerYear} t/yr from ${a.startYear} (${a.source}) @ ${a.lng ?? "?"},${a.lat ?? "?"}`,
      ]),
      ["synthetic", s.result.synthetic ? l.synthetic : "no"],
    ],
  };
  return [years, cities, params];
}

/** XLSX workbook: one sheet per table (deterministic for a given generated-at time). */
export async function buildScenarioXlsx(
  s: ExportScenario,
  opts: { lang: "zh" | "en"; generatedAt: string },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const at = new Date(opts.generatedAt);
  wb.creator = "Symbiosis Atlas 产业共生图谱";
  wb.created = at;
  wb.modified = at;
  wb.title = s.label ?? L[opts.lang].title;
  for (const t of scenarioTables(s, opts.lang)) {
    const ws = wb.addWorksheet(t.title, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(t.columns);
    for (const r of t.rows) ws.addRow(r.map((c) => (c === null ? "" : c)));
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((col, i) => {
      col.width = Math.min(
        60,
        Math.max(10, ...[t.columns[i], ...t.rows.map((r) => r[i])].map((v) => String(v ?? "").length + 2)),
      );
    });
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** PDF: title, stockpile and land charts (vector), years to clear, the year table and the parameters. */
export async function buildScenarioPdf(
  s: ExportScenario,
  opts: { lang: "zh" | "en"; generatedAt: string; fonts: PdfFonts },
): Promise<Uint8Array> {
  const l = L[opts.lang];
  const at = new Date(opts.generatedAt);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    info: { Title: s.label ?? l.title, Creator: "Symbiosis Atlas", CreationDate: at, ModDate: at },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  doc.registerFont("cjk", Buffer.from(opts.fonts.regular));
  doc.registerFont("cjk-bold", Buffer.from(opts.fonts.bold));
  doc
    .font("cjk-bold")
    .fontSize(18)
    .text(s.label ?? l.title);
  doc
    .font("cjk")
    .fontSize(10)
    .text(`${l.title} · ${s.params.fromYear}–${s.params.toYear} · ${s.params.utilisation} · ${opts.generatedAt}`);
  if (s.result.synthetic) doc.fillColor("#6c3483").text(l.synthetic).fillColor("#000000");

  // Stockpile total and land released, one small vector chart each.
  const ys = s.result.years;
  const tonnes = (y: (typeof ys)[number]) =>
    s.params.materials.reduce(
      (sum, m) => sum + (materialSpec(m)?.unit === "t" ? (y.materials[m]?.stockpileTonnes ?? 0) : 0),
      0,
    );
  const chart = (top: number, title: string, values: number[], ref: number | null) => {
    const x0 = 60;
    const w = 470;
    const h = 120;
    const max = Math.max(1, ref ?? 0, ...values) * 1.1;
    doc.font("cjk-bold").fontSize(11).text(title, 40, top);
    doc
      .lineWidth(0.5)
      .strokeColor("#999999")
      .rect(x0, top + 18, w, h)
      .stroke();
    if (ref !== null) {
      const yr = top + 18 + h - (ref / max) * h;
      doc
        .dash(4, { space: 3 })
        .moveTo(x0, yr)
        .lineTo(x0 + w, yr)
        .stroke()
        .undash();
    }
    doc.lineWidth(1.5).strokeColor("#7e5109");
    values.forEach((v, i) => {
      const x = x0 + (values.length > 1 ? (i / (values.length - 1)) * w : 0);
      const y = top + 18 + h - (v / max) * h;
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.stroke();
    doc.font("cjk").fontSize(8).fillColor("#333333");
    doc.text(String(ys[0]?.year ?? ""), x0, top + 20 + h);
    doc.text(String(ys[ys.length - 1]?.year ?? ""), x0 + w - 20, top + 20 + h);
    doc.text(Math.round(max).toLocaleString("en"), 4, top + 18, { width: 54, align: "right" });
    doc.fillColor("#000000");
  };
  chart(110, l.stockpile, ys.map(tonnes), null);
  chart(
    290,
    `${l.land} (${l.target})`,
    ys.map((y) => y.landReleasedMu),
    PLAN_LAND_TARGET_MU,
  );

  for (const t of scenarioTables(s, opts.lang)) {
    doc.addPage();
    doc.font("cjk-bold").fontSize(13).text(t.title);
    const widths =
      t.columns.length > 4
        ? [34, 70, 52, 52, 52, 52, 52, 52, 40, 49]
        : t.columns.length === 4
          ? [180, 120, 100, 100]
          : [170, 345];
    const row = (cells: Cell[], bold: boolean) => {
      if (doc.y > 780) doc.addPage();
      const y = doc.y;
      let x = 40;
      doc.font(bold ? "cjk-bold" : "cjk").fontSize(t.columns.length > 4 ? 6.5 : 8);
      cells.forEach((c, i) => {
        doc.text(c === null ? "" : typeof c === "number" ? c.toLocaleString("en") : c, x, y, {
          width: widths[i] - 2,
          height: 20,
          ellipsis: true,
          lineBreak: t.columns.length <= 2,
        });
        x += widths[i];
      });
      doc.x = 40;
      doc.y = Math.max(doc.y, y + 11);
    };
    row(t.columns, true);
    for (const r of t.rows) row(r, false);
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** DOCX report: title, the synthetic notice when it applies, and the three tables (same rows as the XLSX). */
export function buildScenarioDocx(
  s: ExportScenario,
  opts: { lang: "zh" | "en"; generatedAt: string },
): Promise<Uint8Array> {
  const l = L[opts.lang];
  return buildTablesDocx(
    {
      title: s.label ?? l.title,
      subtitle: `${l.title} · ${s.params.fromYear}–${s.params.toYear} · ${s.params.utilisation}`,
      summaryLines: [],
      sections: scenarioTables(s, opts.lang).map((t) => ({ title: t.title, table: t })),
      synthetic: s.result.synthetic,
    },
    opts,
  );
}
