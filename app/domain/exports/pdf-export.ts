/**
 * PDF report (pdfkit): title page with a vector map of the cluster (county outlines, sites, flows, legend,
 * scale bar, north arrow) and headline KPIs; a quality page with vector charts; pairings and sites tables;
 * assumptions and data sources; page numbers. Chinese renders through an embedded, subsetted CJK font that
 * the caller passes in (domain code reads no files). Every row has a fixed height and long text is cut with
 * an ellipsis, so the page count follows from the row counts (`pdfPageCount`).
 */
import PDFDocument from "pdfkit";
import { materialSpec } from "../materials";
import { siteRole } from "../registry-types";
import { HAUL_BIN_EDGES_KM, proposalQuality, type ProposalQuality } from "../proposals/quality";
import { SOURCES } from "../proposals/benchmarks";
import { cycleLevelLabel, exportLabels, type ExportLabels, type ExportLang } from "./export-labels";
import {
  assumptionsTable,
  materialName,
  pairingsTable,
  sitesTable,
  type Cell,
  type ExportOptions,
  type ExportProposal,
  type ExportTable,
} from "./export-tables";
import { fitProjection, flowWidthPt, niceScaleKm, type Frame } from "./pdf-map";
import { localName } from "../locale";
import { ROLE_COLOURS, SYNTHETIC_FILL_OPACITY } from "../role-colours";
import { SvgCanvas, type MapCanvas } from "./svg-canvas";

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** A county outline for the map (WGS84 GeoJSON geometry). */
export interface PdfCounty {
  adcode: string;
  name: string;
  nameEn?: string | null;
  geometry: { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };
}

export interface PdfOptions extends ExportOptions {
  fonts: PdfFonts;
  counties?: readonly PdfCounty[];
}

// A4 portrait, points.
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const M = 40;
const CONTENT_W = PAGE_W - 2 * M;
const TABLE_TOP = 78;
const ROW_H = 15;
/** Rows per page of the pairings and sites tables. */
export const TABLE_ROWS_PER_PAGE = 44;
const ASSUMPTION_ROW_H = 28;
/** Rows per page of the assumptions table (two lines each). */
export const ASSUMPTION_ROWS_PER_PAGE = 25;

const INK = "#1c2833";
const MUTED = "#5d6d7e";
const GRID = "#d5dbdb";

/** Pages of the report: map, quality, pairings, sites and assumptions (each table at least one page). */
export function pdfPageCount(pairings: number, sites: number, assumptionRows: number): number {
  const pages = (n: number, per: number) => Math.max(1, Math.ceil(n / per));
  return (
    2 +
    pages(pairings, TABLE_ROWS_PER_PAGE) +
    pages(sites, TABLE_ROWS_PER_PAGE) +
    pages(assumptionRows, ASSUMPTION_ROWS_PER_PAGE)
  );
}

/** Page count of the report of a proposal (same rule as `pdfPageCount`). */
export function proposalPdfPageCount(p: ExportProposal, lang: ExportLang): number {
  return pdfPageCount(p.snapshot.pairings.length, p.snapshot.sites.length, assumptionsTable(p, lang, "").rows.length);
}

const fmt = (x: number, digits = 0) =>
  x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** The report as PDF bytes. Metadata dates are the generated-at time, so two exports differ only there. */
export async function buildPdf(p: ExportProposal, opts: PdfOptions): Promise<Uint8Array> {
  const L = exportLabels(opts.lang);
  const { doc, done } = openPdf({ title: p.name, subject: L.title, synthetic: p.snapshot.synthetic }, opts);
  const q = proposalQuality(p.snapshot);
  drawTitlePage(doc, p, q, opts, L);
  doc.addPage();
  drawQualityPage(doc, p, q, opts.lang, L);
  drawTable(
    doc,
    pairingsTable(p, opts.lang),
    [1, 3, 5, 8, 9, 10, 11, 14],
    [92, 92, 52, 62, 62, 50, 50, 55],
    TABLE_ROWS_PER_PAGE,
    `${L.tables}: ${L.pairings}`,
  );
  drawTable(
    doc,
    sitesTable(p, opts.lang),
    [1, 4, 9, 7, 12, 14, 15],
    [120, 88, 58, 52, 105, 42, 50],
    TABLE_ROWS_PER_PAGE,
    `${L.tables}: ${L.sites}`,
  );
  drawAssumptions(doc, assumptionsTable(p, opts.lang, opts.generatedAt), L);
  return finishPdf(doc, done, p.snapshot.synthetic ? `${p.name} · ${L.syntheticLabel}` : p.name, L);
}

/** A table report: a title page with summary lines, then one fixed-row table per section (same look as proposals). */
export interface TablesReport {
  title: string;
  subtitle: string;
  /** Lines under the title (sources, run used, synthetic note). */
  summaryLines: string[];
  sections: { title: string; table: Pick<ExportTable, "columns" | "rows">; columns: number[]; widths: number[] }[];
  synthetic: boolean;
}

/** A table report as PDF bytes, drawn with the proposal report's page, table and footer routines. */
export async function buildTablesPdf(r: TablesReport, opts: Omit<PdfOptions, "counties">): Promise<Uint8Array> {
  const L = exportLabels(opts.lang);
  const { doc, done } = openPdf({ title: r.title, subject: r.subtitle, synthetic: r.synthetic }, opts);
  doc.font("cjk-bold").fontSize(18).fillColor(INK);
  line1(doc, r.title, M, M, CONTENT_W);
  doc.font("cjk").fontSize(10).fillColor(MUTED);
  line1(doc, r.subtitle, M, M + 26, CONTENT_W);
  let y = M + 50;
  doc.fontSize(9).fillColor(INK);
  for (const text of r.summaryLines) {
    doc.text(text, M, y, { width: CONTENT_W });
    y = doc.y + 4;
  }
  for (const s of r.sections) drawTable(doc, s.table, s.columns, s.widths, TABLE_ROWS_PER_PAGE, s.title);
  return finishPdf(doc, done, r.synthetic ? `${r.title} · ${L.syntheticLabel}` : r.title, L);
}

/** Pages of a table report: the title page plus each section's table pages. */
export function tablesPdfPageCount(r: Pick<TablesReport, "sections">): number {
  return 1 + r.sections.reduce((n, s) => n + Math.max(1, Math.ceil(s.table.rows.length / TABLE_ROWS_PER_PAGE)), 0);
}

function openPdf(
  meta: { title: string; subject: string; synthetic: boolean },
  opts: { generatedAt: string; fonts: PdfFonts },
) {
  const at = new Date(opts.generatedAt);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: M, bottom: M, left: M, right: M },
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: meta.title,
      Author: "Symbiosis Atlas 产业共生图谱",
      Subject: meta.subject,
      Keywords: meta.synthetic ? "synthetic" : "",
      Creator: "Symbiosis Atlas",
      Producer: "Symbiosis Atlas (pdfkit)",
      CreationDate: at,
      ModDate: at,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.registerFont("cjk", Buffer.from(opts.fonts.regular));
  doc.registerFont("cjk-bold", Buffer.from(opts.fonts.bold));
  doc.font("cjk");
  return { doc, done };
}

/** Page footers (name and "page i of n") on every page, then the bytes. */
async function finishPdf(doc: Doc, done: Promise<Uint8Array>, footer: string, L: ExportLabels): Promise<Uint8Array> {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font("cjk").fontSize(7.5).fillColor(MUTED);
    doc.text(footer, M, PAGE_H - 28, { width: CONTENT_W - 90, lineBreak: false, ellipsis: true, height: 10 });
    doc.text(L.page(i + 1, range.count), PAGE_W - M - 90, PAGE_H - 28, { width: 90, align: "right", lineBreak: false });
  }
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

/** Text cut to one line of `width` points (with an ellipsis when needed). */
function cut(doc: MapCanvas, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let lo = 0,
    hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.widthOfString(text.slice(0, mid) + "…") <= width) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo) + "…";
}

function line1(
  doc: MapCanvas,
  text: string,
  x: number,
  y: number,
  width: number,
  align: "left" | "right" | "center" = "left",
) {
  doc.text(cut(doc, text, width), x, y, { width: width + 1, lineBreak: false, align });
}

function heading(doc: Doc, text: string, y: number, size = 13) {
  doc.font("cjk-bold").fontSize(size).fillColor(INK);
  line1(doc, text, M, y, CONTENT_W);
  doc.font("cjk");
}

function drawTitlePage(doc: Doc, p: ExportProposal, q: ProposalQuality, opts: PdfOptions, L: ExportLabels) {
  const s = p.snapshot;
  const lang = opts.lang;
  doc.font("cjk-bold").fontSize(18).fillColor(INK);
  line1(doc, p.name, M, M, CONTENT_W);
  doc.font("cjk").fontSize(9).fillColor(MUTED);
  const sub = [
    L.title,
    `${L.cycleLevelTarget}: ${cycleLevelLabel(p.cycleLevel, lang)}`,
    `${L.generatedAt}: ${opts.generatedAt}`,
  ].join("  ·  ");
  line1(doc, sub, M, M + 26, CONTENT_W);
  let y = M + 42;
  if (s.park) {
    line1(doc, `${L.park}: ${lang === "zh" ? s.park.nameZh : s.park.nameEn}`, M, M + 38, CONTENT_W);
    y += 12;
  }
  if (s.synthetic || s.example) {
    const text = [s.example ? L.exampleLabel : null, s.synthetic ? L.syntheticLabel : null].filter(Boolean).join(" · ");
    doc.rect(M, y, CONTENT_W, 16).fillColor("#fdebd0").fill();
    doc.fillColor("#a04000").fontSize(8.5);
    line1(doc, text, M + 6, y + 4, CONTENT_W - 12);
    y += 22;
  }
  if (p.notes) {
    doc.fontSize(9).fillColor(INK);
    doc.text(p.notes, M, y, { width: CONTENT_W, height: 24, ellipsis: true });
    y += 28;
  }
  const frame: Frame = { x: M, y, w: CONTENT_W, h: MAP_H };
  drawMap(doc, p, opts, frame, L);
  y = frame.y + frame.h + 8;
  y = drawLegend(doc, p, lang, y, L);
  drawKpiBoxes(doc, q, L, y + 8);
}

/** Height of the report map (points); the DOCX image has the same frame. */
const MAP_H = 430;

/**
 * The report's map and legend as SVG (the PDF's drawing routine on an SVG surface, text as glyph outlines), at
 * `pxPerPt` pixels per point; rasterise it for formats that take images (DOCX).
 */
export function mapSvg(
  p: ExportProposal,
  opts: Pick<PdfOptions, "lang" | "counties" | "fonts">,
  pxPerPt = 2,
): { svg: string; widthPt: number; heightPt: number } {
  const L = exportLabels(opts.lang);
  const canvas = new SvgCanvas().registerFont("cjk", opts.fonts.regular).registerFont("cjk-bold", opts.fonts.bold);
  canvas.font("cjk");
  const frame: Frame = { x: M, y: M, w: CONTENT_W, h: MAP_H };
  drawMap(canvas, p, opts, frame, L);
  const bottom = drawLegend(canvas, p, opts.lang, frame.y + frame.h + 8, L);
  const view = { x: M - 6, y: M - 6, w: CONTENT_W + 12, h: bottom - M + 10 };
  return { svg: canvas.toSvg(view, pxPerPt), widthPt: view.w, heightPt: view.h };
}

function drawMap(
  doc: MapCanvas,
  p: ExportProposal,
  opts: Pick<PdfOptions, "lang" | "counties">,
  frame: Frame,
  L: ExportLabels,
) {
  const s = p.snapshot;
  const proj = fitProjection(
    s.sites.map((x) => [x.lng, x.lat]),
    frame,
  );
  const [minLng, minLat, maxLng, maxLat] = proj.bbox;
  doc.save();
  doc.rect(frame.x, frame.y, frame.w, frame.h).fillColor("#f8f9f9").fill();
  doc.rect(frame.x, frame.y, frame.w, frame.h).clip();

  // County outlines (only those whose box meets the map).
  const labels: { name: string; x: number; y: number }[] = [];
  doc.lineWidth(0.6).strokeColor("#aab7b8").dash(2, { space: 1.5 });
  for (const c of opts.counties ?? []) {
    const polys = c.geometry.type === "Polygon" ? [c.geometry.coordinates] : c.geometry.coordinates;
    let bx0 = Infinity,
      by0 = Infinity,
      bx1 = -Infinity,
      by1 = -Infinity;
    for (const poly of polys)
      for (const [lng, lat] of poly[0]) {
        bx0 = Math.min(bx0, lng);
        bx1 = Math.max(bx1, lng);
        by0 = Math.min(by0, lat);
        by1 = Math.max(by1, lat);
      }
    if (bx1 < minLng || bx0 > maxLng || by1 < minLat || by0 > maxLat) continue;
    for (const poly of polys)
      for (const ring of poly) {
        let last: [number, number] | null = null;
        ring.forEach(([lng, lat], i) => {
          const pt = proj.project(lng, lat);
          if (i === 0) doc.moveTo(pt[0], pt[1]);
          else if (!last || Math.abs(pt[0] - last[0]) + Math.abs(pt[1] - last[1]) > 0.4) doc.lineTo(pt[0], pt[1]);
          else return;
          last = pt;
        });
        doc.closePath();
      }
    doc.stroke();
    const [cx, cy] = proj.project(
      (Math.max(bx0, minLng) + Math.min(bx1, maxLng)) / 2,
      (Math.max(by0, minLat) + Math.min(by1, maxLat)) / 2,
    );
    labels.push({ name: localName(c, opts.lang), x: cx, y: cy });
  }
  doc.undash();
  doc.fontSize(7).fillColor("#99a3a4");
  for (const l of labels) line1(doc, l.name, l.x - 40, l.y - 4, 80, "center");

  // Flows, widest first so thin ones stay visible on top.
  const byId = new Map(s.sites.map((x) => [x.id, x]));
  const maxT = Math.max(0, ...s.pairings.map((f) => f.tonnesPerYear));
  const flows = [...s.pairings].sort((a, b) => b.tonnesPerYear - a.tonnesPerYear);
  for (const f of flows) {
    const a = byId.get(f.producerId)!;
    const b = byId.get(f.consumerId)!;
    const colour = materialSpec(f.material)?.colour ?? "#555555";
    const [x1, y1] = proj.project(a.lng, a.lat);
    const [x2, y2] = proj.project(b.lng, b.lat);
    const w = flowWidthPt(f.tonnesPerYear, maxT);
    doc.lineWidth(w).strokeColor(colour).strokeOpacity(0.75).lineCap("round");
    if (f.producerId === f.consumerId) {
      doc.circle(x1, y1, 7 + w / 2).stroke();
    } else {
      doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
      // Arrow head at 60 % of the way, pointing to the consumer.
      const t = 0.6,
        ang = Math.atan2(y2 - y1, x2 - x1),
        hx = x1 + (x2 - x1) * t,
        hy = y1 + (y2 - y1) * t,
        hl = 4 + w;
      doc
        .fillColor(colour)
        .fillOpacity(0.9)
        .polygon(
          [hx + Math.cos(ang) * hl, hy + Math.sin(ang) * hl],
          [hx + Math.cos(ang + 2.5) * hl, hy + Math.sin(ang + 2.5) * hl],
          [hx + Math.cos(ang - 2.5) * hl, hy + Math.sin(ang - 2.5) * hl],
        )
        .fill();
    }
  }
  doc.strokeOpacity(1).fillOpacity(1);

  // Sites, then labels: the busiest sites first, and a label that would overlap one already placed is left out
  // (the tables list every site), so dense clusters stay legible.
  doc.fontSize(7);
  for (const x of s.sites) {
    const [px, py] = proj.project(x.lng, x.lat);
    const role = siteRole(x);
    // Real sites are solid with a white edge; synthetic ones are hollow rings in their role colour, as on the map.
    if (x.provenance.synthetic)
      doc
        .lineWidth(1.4)
        .strokeColor(ROLE_COLOURS[role])
        .fillColor(ROLE_COLOURS[role])
        .fillOpacity(SYNTHETIC_FILL_OPACITY)
        .circle(px, py, 4.3)
        .fillAndStroke()
        .fillOpacity(1);
    else doc.lineWidth(0.8).strokeColor("#ffffff").fillColor(ROLE_COLOURS[role]).circle(px, py, 4).fillAndStroke();
  }
  const volume = new Map<string, number>();
  for (const f of s.pairings)
    for (const id of [f.producerId, f.consumerId]) volume.set(id, (volume.get(id) ?? 0) + f.tonnesPerYear);
  const placed: [number, number, number, number][] = [];
  const ordered = [...s.sites].sort(
    (a, b) => (volume.get(b.id) ?? 0) - (volume.get(a.id) ?? 0) || a.id.localeCompare(b.id),
  );
  doc.fillColor(INK);
  for (const x of ordered) {
    const [px, py] = proj.project(x.lng, x.lat);
    const text = cut(doc, opts.lang === "zh" ? x.name : x.nameEn, 110);
    const w = doc.widthOfString(text);
    // Right of the point, or left of it when the frame's right edge would cut the label.
    const tx = px + 7 + w > frame.x + frame.w - 3 ? px - 7 - w : px + 7;
    const box: [number, number, number, number] = [tx - 1, py - 5, tx + w + 1, py + 5];
    if (placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
    placed.push(box);
    doc.text(text, tx, py - 4, { lineBreak: false });
  }
  doc.restore();

  // Frame, north arrow, scale bar (outside the clip so they are never cut).
  doc.lineWidth(0.8).strokeColor("#7f8c8d").rect(frame.x, frame.y, frame.w, frame.h).stroke();
  const nx = frame.x + frame.w - 22,
    ny = frame.y + 14;
  doc
    .fillColor(INK)
    .polygon([nx, ny], [nx - 5, ny + 14], [nx, ny + 10], [nx + 5, ny + 14])
    .fill();
  doc
    .fontSize(8)
    .fillColor(INK)
    .text("N", nx - 4, ny + 15, { width: 8, align: "center", lineBreak: false });
  const km = niceScaleKm(proj.kmPerPt, 120);
  const len = km / proj.kmPerPt;
  const sx = frame.x + 12,
    sy = frame.y + frame.h - 16;
  doc
    .rect(sx - 4, sy - 12, len + 40, 20)
    .fillColor("#ffffff")
    .fillOpacity(0.85)
    .fill()
    .fillOpacity(1);
  doc
    .lineWidth(1.2)
    .strokeColor(INK)
    .moveTo(sx, sy)
    .lineTo(sx + len, sy)
    .stroke();
  doc
    .moveTo(sx, sy - 3)
    .lineTo(sx, sy + 3)
    .stroke()
    .moveTo(sx + len, sy - 3)
    .lineTo(sx + len, sy + 3)
    .stroke();
  doc
    .rect(sx, sy - 2, len / 2, 2)
    .fillColor(INK)
    .fill();
  doc
    .fontSize(7.5)
    .fillColor(INK)
    .text(`0`, sx - 2, sy - 11, { lineBreak: false });
  doc.text(`${fmt(km)} ${L.km}`, sx + len - 6, sy - 11, { lineBreak: false });
  doc.fontSize(6.5).fillColor(MUTED);
  line1(
    doc,
    `WGS84 · ${L.scale} 1:${fmt(Math.round((proj.kmPerPt * 1e6 * 72) / 25.4 / 1000) * 1000)} (A4)`,
    frame.x + frame.w - 200,
    frame.y + frame.h - 11,
    194,
    "right",
  );
}

function drawLegend(doc: MapCanvas, p: ExportProposal, lang: ExportLang, y: number, L: ExportLabels): number {
  doc.font("cjk-bold").fontSize(8.5).fillColor(INK);
  line1(doc, L.legend, M, y, 60);
  doc.font("cjk").fontSize(8);
  let x = M + 44;
  const item = (draw: () => void, label: string) => {
    draw();
    const w = Math.min(doc.widthOfString(label), 130);
    doc.fillColor(INK);
    line1(doc, label, x + 14, y, 130);
    x += 14 + w + 14;
    if (x > PAGE_W - M - 80) {
      x = M + 44;
      y += 13;
    }
  };
  const roles: ("producer" | "consumer" | "both")[] = ["producer", "consumer", "both"];
  const roleLabel = { producer: L.producerLegend, consumer: L.consumerLegend, both: L.bothLegend };
  for (const r of roles)
    item(
      () =>
        doc
          .fillColor(ROLE_COLOURS[r])
          .circle(x + 5, y + 5, 4)
          .fill(),
      roleLabel[r],
    );
  item(
    () =>
      doc
        .lineWidth(1.4)
        .strokeColor(MUTED)
        .fillColor(MUTED)
        .fillOpacity(SYNTHETIC_FILL_OPACITY)
        .circle(x + 5, y + 5, 4.3)
        .fillAndStroke()
        .fillOpacity(1),
    L.synthetic,
  );
  item(
    () =>
      doc
        .lineWidth(0.6)
        .strokeColor("#aab7b8")
        .dash(2, { space: 1.5 })
        .moveTo(x, y + 5)
        .lineTo(x + 11, y + 5)
        .stroke()
        .undash(),
    L.countyLegend,
  );
  y += 13;
  x = M + 44;
  for (const m of p.snapshot.materials) {
    item(
      () =>
        doc
          .lineWidth(3)
          .strokeColor(materialSpec(m.code)?.colour ?? "#555")
          .moveTo(x, y + 5)
          .lineTo(x + 11, y + 5)
          .stroke(),
      lang === "zh" ? m.nameZh : m.nameEn,
    );
  }
  doc.fontSize(7).fillColor(MUTED);
  line1(doc, L.flowLegend, x, y, 150);
  return y + 14;
}

function drawKpiBoxes(doc: Doc, q: ProposalQuality, L: ExportLabels, y: number) {
  const boxes: [string, string][] = [
    [L.totalTonnes, `${fmt(q.totals.tonnesPerYear)} t${L.perYear}`],
    [L.pairings, `${q.totals.pairings} · ${L.sites} ${q.totals.sites}`],
    [L.chertow, q.chertow.pass ? `✓ ${L.pass}` : `✗ ${L.fail}`],
    [L.medianKm, q.haul.medianKm === null ? "—" : `${fmt(q.haul.medianKm, 1)} km (NISP 32.8)`],
    [L.totalCost, `${fmt(q.totals.costYuan)} ${L.yuan}${L.perYear}`],
    [L.totalCo2, `${fmt(q.totals.co2Kg / 1000, 1)} t${L.perYear}`],
  ];
  const w = (CONTENT_W - 2 * 8) / 3;
  boxes.forEach(([label, value], i) => {
    const bx = M + (i % 3) * (w + 8);
    const by = y + Math.floor(i / 3) * 46;
    doc.lineWidth(0.6).strokeColor(GRID).rect(bx, by, w, 40).stroke();
    doc.font("cjk").fontSize(7.5).fillColor(MUTED);
    line1(doc, label, bx + 6, by + 5, w - 12);
    const pass = label === L.chertow;
    doc
      .font("cjk-bold")
      .fontSize(12)
      .fillColor(pass ? (q.chertow.pass ? "#1e8449" : "#b03a2e") : INK);
    line1(doc, value, bx + 6, by + 19, w - 12);
  });
  doc.font("cjk");
}

/** Height left for bar rows on the quality page once its headings, histogram and notes are placed (points). */
const QUALITY_BAR_SPACE_PT = 355;

interface Bar {
  label: string;
  value: number;
  text: string;
  colour: string;
  /** Optional target marker on the same axis. */
  marker?: number;
}

/** Horizontal bar chart; returns the y below it. */
function hbars(
  doc: Doc,
  bars: Bar[],
  x: number,
  y: number,
  w: number,
  max: number,
  source?: string,
  rowH = 15,
): number {
  const labelW = 130,
    textW = 110,
    barW = w - labelW - textW,
    barH = rowH - 5;
  doc.fontSize(Math.min(8, rowH - 5));
  for (const b of bars) {
    doc.fillColor(INK);
    line1(doc, b.label, x, y + 2, labelW - 6);
    doc
      .rect(x + labelW, y + 1, barW, barH)
      .fillColor("#f2f3f4")
      .fill();
    const bw = max > 0 ? Math.min(1, b.value / max) * barW : 0;
    if (bw > 0)
      doc
        .rect(x + labelW, y + 1, Math.max(0.8, bw), barH)
        .fillColor(b.colour)
        .fill();
    if (b.marker !== undefined && max > 0) {
      const mx = x + labelW + Math.min(1, b.marker / max) * barW;
      doc
        .lineWidth(1.5)
        .strokeColor("#b03a2e")
        .moveTo(mx, y - 1)
        .lineTo(mx, y + barH + 3)
        .stroke();
    }
    doc.fillColor(INK);
    line1(doc, b.text, x + labelW + barW + 6, y + 2, textW - 6);
    y += rowH;
  }
  if (source) {
    doc.fontSize(6.5).fillColor(MUTED);
    line1(doc, source, x, y + 1, w);
    y += 10;
  }
  return y + 6;
}

function drawQualityPage(doc: Doc, p: ExportProposal, q: ProposalQuality, lang: ExportLang, L: ExportLabels) {
  const s = p.snapshot;
  const cite = (src: { citationZh: string; citationEn: string }) => (lang === "zh" ? src.citationZh : src.citationEn);
  heading(doc, L.quality, M);
  let y = M + 24;
  // Bar rows shrink (15 → 11 pt) so every material, cycle level, rate and route target fits on this one page.
  const barRows = q.byMaterial.length + q.byCycleLevel.length + q.plan.rates.length + q.plan.routes.length;
  const rowH = Math.max(11, Math.min(15, QUALITY_BAR_SPACE_PT / Math.max(1, barRows)));

  // Chertow 3-2.
  const ok = q.chertow.pass;
  doc
    .rect(M, y, CONTENT_W, 46)
    .fillColor(ok ? "#eafaf1" : "#fdedec")
    .fill();
  doc
    .font("cjk-bold")
    .fontSize(11)
    .fillColor(ok ? "#1e8449" : "#b03a2e");
  line1(doc, `${L.chertow}: ${ok ? L.pass : L.fail}`, M + 8, y + 5, CONTENT_W - 16);
  doc.font("cjk").fontSize(8).fillColor(INK);
  // English lists take commas; 、 is the Chinese enumeration comma.
  const sep = lang === "en" ? ", " : "、";
  const entities = q.chertow.entities.map((e) => `${e.names.join("/")}${e.recycler ? L.recycler : ""}`).join(sep);
  line1(
    doc,
    `${L.entities}: ${q.chertow.qualifyingEntityCount} (≥${q.chertow.minEntities}) — ${entities || L.none}`,
    M + 8,
    y + 20,
    CONTENT_W - 16,
  );
  line1(
    doc,
    `${L.resources}: ${q.chertow.resources.length} (≥${q.chertow.minResources}) — ${q.chertow.resources.map((m) => materialName(m, s, lang)).join(sep) || L.none}`,
    M + 8,
    y + 31,
    CONTENT_W - 16,
  );
  y += 50;
  doc.fontSize(6.5).fillColor(MUTED);
  line1(doc, cite(SOURCES.chertow), M, y, CONTENT_W);
  y += 14;

  // Quantity by material with utilisation of the cluster's own production.
  heading(doc, L.tonnesByMaterial, y, 10);
  y += 16;
  const maxMat = Math.max(0, ...q.byMaterial.map((f) => Math.max(f.tonnesPerYear, f.producedTonnesPerYear)));
  y = hbars(
    doc,
    q.byMaterial.map((f) => ({
      label: materialName(f.material, s, lang),
      value: f.tonnesPerYear,
      colour: materialSpec(f.material)?.colour ?? "#555",
      text: `${fmt(f.tonnesPerYear)} ${f.unit}${f.utilisationRate === null ? "" : ` · ${fmt(f.utilisationRate * 100, 1)}%`}`,
      marker: f.producedTonnesPerYear > 0 ? f.producedTonnesPerYear : undefined,
    })),
    M,
    y,
    CONTENT_W,
    maxMat,
    `${L.utilisation} = ${L.tonnesByMaterial} / ${L.producedByCluster} (│)`,
    rowH,
  );

  // Cycle levels.
  heading(doc, L.byCycleLevel, y, 10);
  y += 16;
  const cycleColour: Record<string, string> = {
    enterprise: "#1e8449",
    park: "#2874a6",
    region: "#b9770e",
    "cross-province": "#922b21",
  };
  y = hbars(
    doc,
    q.byCycleLevel.map((c) => ({
      label: cycleLevelLabel(c.cycleLevel, lang),
      value: c.share,
      colour: cycleColour[c.cycleLevel],
      text: `${fmt(c.share * 100, 1)}% · ${fmt(c.tonnesPerYear)} t`,
    })),
    M,
    y,
    CONTENT_W,
    1,
    undefined,
    rowH,
  );

  // Haul distances: equal-width bins, with the NISP median drawn where it falls.
  heading(doc, L.haulDistribution, y, 10);
  y += 16;
  const bins = q.haul.bins;
  const chartH = 90,
    bw = (CONTENT_W - 40) / bins.length,
    x0 = M + 30;
  const maxCount = Math.max(1, ...bins.map((b) => b.pairings));
  doc
    .lineWidth(0.5)
    .strokeColor(GRID)
    .moveTo(x0, y + chartH)
    .lineTo(x0 + bw * bins.length, y + chartH)
    .stroke();
  doc.fontSize(7).fillColor(MUTED);
  line1(doc, String(maxCount), M, y - 3, 26, "right");
  line1(doc, "0", M, y + chartH - 4, 26, "right");
  bins.forEach((b, i) => {
    const h = (b.pairings / maxCount) * chartH;
    if (h > 0)
      doc
        .rect(x0 + i * bw + 2, y + chartH - h, bw - 4, h)
        .fillColor("#5d6d7e")
        .fill();
    doc.fontSize(6.5).fillColor(MUTED);
    line1(doc, b.toKm === null ? `≥${b.fromKm}` : `${b.fromKm}–${b.toKm}`, x0 + i * bw, y + chartH + 3, bw, "center");
  });
  const ref = q.haul.referenceMedianKm;
  const bi = HAUL_BIN_EDGES_KM.findIndex(
    (e, i) => ref >= e && (HAUL_BIN_EDGES_KM[i + 1] === undefined || ref < HAUL_BIN_EDGES_KM[i + 1]),
  );
  const next = HAUL_BIN_EDGES_KM[bi + 1];
  const rx = x0 + (bi + (next === undefined ? 0 : (ref - HAUL_BIN_EDGES_KM[bi]) / (next - HAUL_BIN_EDGES_KM[bi]))) * bw;
  doc
    .lineWidth(1.2)
    .strokeColor("#b03a2e")
    .dash(3, { space: 2 })
    .moveTo(rx, y - 4)
    .lineTo(rx, y + chartH)
    .stroke()
    .undash();
  doc.fontSize(7.5).fillColor("#b03a2e");
  line1(doc, `${L.nispMedian} ${ref} km`, rx + 4, y - 4, 150);
  y += chartH + 14;
  doc.fontSize(8).fillColor(INK);
  line1(
    doc,
    `${L.medianKm}: ${q.haul.medianKm === null ? "—" : `${fmt(q.haul.medianKm, 1)} km`} · ${L.weightedMedianKm}: ${q.haul.tonneWeightedMedianKm === null ? "—" : `${fmt(q.haul.tonneWeightedMedianKm, 1)} km`} · ${L.withinNisp}: ${fmt(q.haul.shareWithinReference * 100, 1)}%`,
    M,
    y,
    CONTENT_W,
  );
  y += 11;
  doc.fontSize(6.5).fillColor(MUTED);
  line1(doc, `${L.haulAxes} ${cite(q.haul.source)}`, M, y, CONTENT_W);
  y += 16;

  // Key nodes.
  heading(doc, L.keyNodes, y, 10);
  y += 16;
  doc.fontSize(8).fillColor(INK);
  for (const [label, k] of [
    [L.keyProducer, q.keyNodes.largestProducer],
    [L.keyConsumer, q.keyNodes.largestConsumer],
  ] as const) {
    if (!k) continue;
    const name =
      lang === "zh"
        ? (s.sites.find((x) => x.id === k.siteId)?.name ?? k.siteId)
        : (s.sites.find((x) => x.id === k.siteId)?.nameEn ?? k.siteId);
    line1(
      doc,
      `${label}（${name}）: −${fmt(k.lostTonnesPerYear)} t${L.perYear} (${fmt(k.lostShare * 100, 1)}%), ${L.pairings} −${k.lostPairings}; ${L.chertowAfter}: ${k.after.chertowPass ? L.pass : L.fail}; ${L.stranded}: ${k.strandedSiteIds.length}`,
      M,
      y,
      CONTENT_W,
    );
    y += 12;
  }
  y += 6;

  // Plan targets.
  heading(doc, L.planTarget, y, 10);
  y += 16;
  const rateBars: Bar[] = q.plan.rates.map((r) => ({
    label: lang === "zh" ? r.labelZh : r.labelEn,
    value: r.rate ?? 0,
    marker: r.targetRate,
    colour: r.meetsTarget ? "#1e8449" : "#b9770e",
    text: `${r.rate === null ? "—" : `${fmt(r.rate * 100, 1)}%`} / ${fmt(r.targetRate * 100)}%`,
  }));
  if (rateBars.length) y = hbars(doc, rateBars, M, y, CONTENT_W, 1, cite(SOURCES.planTargets), rowH);
  // Every route target (the rows the page, XLSX, CSV and DOCX show), not a first few.
  const routeBars: Bar[] = q.plan.routes.map((r) => ({
    label: lang === "zh" ? r.labelZh : r.labelEn,
    value: r.shareOfTarget,
    colour: materialSpec(r.material)?.colour ?? "#555",
    text: `${fmt(r.tonnesPerYear)} t · ${fmt(r.shareOfTarget * 100, 2)}%`,
  }));
  if (routeBars.length) {
    doc.fontSize(8).fillColor(MUTED);
    line1(doc, L.routeContribution, M, y, CONTENT_W);
    y += 12;
    hbars(doc, routeBars, M, y, CONTENT_W, Math.max(...routeBars.map((b) => b.value)), cite(SOURCES.planRoutes), rowH);
  }
}

/** Draws a table over as many pages as its rows need (fixed rows per page), with its title on each page. */
function drawTable(
  doc: Doc,
  t: Pick<ExportTable, "columns" | "rows">,
  cols: number[],
  widths: number[],
  perPage: number,
  title: string,
) {
  const pages = Math.max(1, Math.ceil(t.rows.length / perPage));
  const scale = CONTENT_W / widths.reduce((a, b) => a + b, 0);
  const w = widths.map((x) => x * scale);
  for (let pg = 0; pg < pages; pg++) {
    doc.addPage();
    heading(doc, pages > 1 ? `${title} (${pg + 1}/${pages})` : title, M);
    let y = TABLE_TOP;
    doc
      .rect(M, y - 3, CONTENT_W, ROW_H)
      .fillColor("#e8eef4")
      .fill();
    doc.font("cjk-bold").fontSize(7).fillColor(INK);
    let x = M;
    cols.forEach((c, i) => {
      line1(doc, t.columns[c], x + 2, y, w[i] - 4);
      x += w[i];
    });
    doc.font("cjk").fontSize(7.5);
    y += ROW_H;
    for (const r of t.rows.slice(pg * perPage, (pg + 1) * perPage)) {
      x = M;
      doc.fillColor(INK);
      cols.forEach((c, i) => {
        const v: Cell = r[c];
        const numeric = typeof v === "number";
        line1(
          doc,
          v === null ? "" : numeric ? fmt(v, Math.abs(v) < 100 ? 2 : 0) : String(v),
          x + 2,
          y,
          w[i] - 4,
          numeric ? "right" : "left",
        );
        x += w[i];
      });
      doc
        .lineWidth(0.3)
        .strokeColor(GRID)
        .moveTo(M, y + ROW_H - 4)
        .lineTo(M + CONTENT_W, y + ROW_H - 4)
        .stroke();
      y += ROW_H;
    }
  }
}

function drawAssumptions(doc: Doc, t: ExportTable, L: ExportLabels) {
  const pages = Math.max(1, Math.ceil(t.rows.length / ASSUMPTION_ROWS_PER_PAGE));
  const w = [140, 270, 45, CONTENT_W - 455];
  for (let pg = 0; pg < pages; pg++) {
    doc.addPage();
    heading(doc, pages > 1 ? `${L.assumptionsTitle} (${pg + 1}/${pages})` : L.assumptionsTitle, M);
    let y = TABLE_TOP;
    doc.font("cjk-bold").fontSize(7).fillColor(INK);
    let x = M;
    t.columns.forEach((c, i) => {
      line1(doc, c, x + 2, y, w[i] - 4);
      x += w[i];
    });
    doc.font("cjk").fontSize(7.5);
    y += ROW_H;
    for (const r of t.rows.slice(pg * ASSUMPTION_ROWS_PER_PAGE, (pg + 1) * ASSUMPTION_ROWS_PER_PAGE)) {
      x = M;
      r.forEach((v, i) => {
        doc.fillColor(i === 0 ? MUTED : INK);
        // Two lines at most; longer text ends with an ellipsis so the row height stays fixed.
        doc.text(v === null ? "" : String(v), x + 2, y, {
          width: w[i] - 4,
          height: ASSUMPTION_ROW_H - 4,
          ellipsis: true,
          lineGap: 0,
        });
        x += w[i];
      });
      doc
        .lineWidth(0.3)
        .strokeColor(GRID)
        .moveTo(M, y + ASSUMPTION_ROW_H - 4)
        .lineTo(M + CONTENT_W, y + ASSUMPTION_ROW_H - 4)
        .stroke();
      y += ASSUMPTION_ROW_H;
    }
  }
}
