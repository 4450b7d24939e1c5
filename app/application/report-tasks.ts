/**
 * Report building that runs on the app worker thread (worker-tasks.ts): proposal XLSX / PDF / DOCX (with the map
 * rendered to PNG), plan city reports and scenario reports. Free of Next and Prisma so it bundles into the worker;
 * the worker reads the report fonts itself, so the request thread copies no font bytes.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { buildDocx, buildTablesDocx, type DocxImage, type DocxTablesReport } from "../domain/exports/docx-export";
import type { ExportProposal } from "../domain/exports/export-tables";
import type { ExportLang } from "../domain/exports/export-labels";
import {
  buildPdf,
  buildTablesPdf,
  mapSvg,
  type PdfCounty,
  type PdfFonts,
  type TablesReport,
} from "../domain/exports/pdf-export";
import { buildTablesXlsx, buildXlsx } from "../domain/exports/xlsx-export";
import {
  buildScenarioDocx,
  buildScenarioPdf,
  buildScenarioXlsx,
  type ExportScenario,
} from "../domain/exports/scenario-export";

export type ReportFormat = "xlsx" | "pdf" | "docx";

export interface ProposalReportInput {
  proposal: ExportProposal;
  format: ReportFormat;
  lang: ExportLang;
  generatedAt: string;
  /** County outlines for the map, as JSON text (cloned to the worker as one string, parsed there). */
  countiesJson: string;
}

export interface TablesReportInput {
  report: TablesReport;
  /** XLSX sheets (may differ from the PDF sections, e.g. every column). */
  sheets: { name: string; table: TablesReport["sections"][number]["table"] }[];
  format: ReportFormat;
  lang: ExportLang;
  generatedAt: string;
}

export interface ScenarioReportInput {
  scenario: ExportScenario;
  format: ReportFormat;
  lang: ExportLang;
  generatedAt: string;
}

/** Pixels per point of the map image in DOCX reports (2 ≈ 144 dpi: sharp on screen and in print at A4 width). */
export const MAP_IMAGE_PX_PER_PT = 2;

/** The CJK report fonts (Noto Sans Hans, OFL-1.1, from the npm package @embedpdf/fonts-sc). */
export async function readReportFonts(): Promise<PdfFonts> {
  const dir = path.join(process.cwd(), "node_modules", "@embedpdf", "fonts-sc", "fonts");
  const [regular, bold] = await Promise.all([
    readFile(path.join(dir, "NotoSansHans-Regular.otf")),
    readFile(path.join(dir, "NotoSansHans-Bold.otf")),
  ]);
  return { regular, bold };
}

/** The PDF report's map (and legend) as a PNG: the same vector drawing rasterised by sharp (librsvg). */
export async function renderMapPng(
  p: ExportProposal,
  opts: { lang: ExportLang; fonts: PdfFonts; counties: readonly PdfCounty[] },
): Promise<DocxImage> {
  const { svg, widthPt, heightPt } = mapSvg(p, opts, MAP_IMAGE_PX_PER_PT);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return { png: new Uint8Array(png), widthPt, heightPt };
}

/** Builds a proposal report (XLSX, PDF or DOCX). */
export async function buildProposalReport(input: ProposalReportInput): Promise<Uint8Array> {
  const { proposal: p, format, lang, generatedAt } = input;
  if (format === "xlsx") return buildXlsx(p, { lang, generatedAt });
  const fonts = await readReportFonts();
  const counties = JSON.parse(input.countiesJson) as PdfCounty[];
  if (format === "pdf") return buildPdf(p, { lang, generatedAt, fonts, counties });
  const map = await renderMapPng(p, { lang, fonts, counties });
  return buildDocx(p, { lang, generatedAt, map });
}

/** Builds a table report (plan city progress) as XLSX, PDF or DOCX. */
export async function buildTablesReport(input: TablesReportInput): Promise<Uint8Array> {
  const { report, format, lang, generatedAt } = input;
  if (format === "xlsx")
    return buildTablesXlsx(
      { title: report.title, subject: report.synthetic ? "synthetic data included" : "", sheets: input.sheets },
      generatedAt,
    );
  if (format === "docx") return buildTablesDocx(report satisfies DocxTablesReport, { lang, generatedAt });
  return buildTablesPdf(report, { lang, generatedAt, fonts: await readReportFonts() });
}

/** Builds a scenario report as XLSX, PDF or DOCX. */
export async function buildScenarioReport(input: ScenarioReportInput): Promise<Uint8Array> {
  const { scenario: s, format, lang, generatedAt } = input;
  if (format === "xlsx") return buildScenarioXlsx(s, { lang, generatedAt });
  if (format === "docx") return buildScenarioDocx(s, { lang, generatedAt });
  return buildScenarioPdf(s, { lang, generatedAt, fonts: await readReportFonts() });
}
