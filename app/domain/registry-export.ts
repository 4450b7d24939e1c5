/**
 * Registry → CSV / XLSX / GeoJSON in the import layout, so an export imports back into an empty database unchanged.
 * Text cells that a spreadsheet would run as a formula (=, +, -, @) get a leading quote, which the importer strips.
 * Whole-registry exports are written page by page (csvHead/csvRows, geoJsonHead/siteFeatureJson, writeRegistryXlsx)
 * so their memory stays bounded at any registry size; the one-shot builders serve small files (templates, tests).
 */
import type { Writable } from "node:stream";
import Papa from "papaparse";
import ExcelJS from "exceljs";
import { COLUMN_KEYS, COLUMNS, columnHeader, type ColumnKey } from "./import/columns";
import type { StoredSite } from "./import/stored-site";
import { MATERIALS } from "./materials";
import { type Locale } from "./locale";

export type ExportLang = Locale;
type Cell = string | number | boolean | null;
export type ExportRow = Partial<Record<ColumnKey, Cell>>;

/** Neutralises spreadsheet formula injection in a text cell. */
export function safeCell(value: Cell): Cell {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function siteColumns(s: StoredSite): ExportRow {
  return {
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    ownerGroup: s.ownerGroup,
    industry: s.industry,
    lng: s.lng,
    lat: s.lat,
    capacityMw: s.capacityMw,
    parkId: s.parkId,
    source: s.source,
    sourceRef: s.sourceRef,
    licence: s.licence,
    precision: s.precision,
    synthetic: s.synthetic ? "yes" : "no",
    outsideProvince: s.outsideProvince ? "yes" : "no",
    status: s.status,
    notes: s.notes,
  };
}

/** One row per flow (a site without flows gets one row); the site columns repeat on each of its rows. */
export function registryRows(sites: readonly StoredSite[]): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const s of sites) {
    const base = siteColumns(s);
    for (const o of s.outputs) {
      rows.push({
        ...base,
        flow: "output",
        material: o.material,
        tonnesPerYear: o.tonnesPerYear,
        stockpileTonnes: o.stockpileTonnes,
        estimated: o.estimated ? "yes" : "no",
        coefficient: o.coefficient,
        wasteCode: o.wasteCode,
      });
    }
    for (const i of s.intakes) {
      rows.push({
        ...base,
        flow: "intake",
        material: i.material,
        route: i.route,
        tonnesPerYear: i.capacityTonnesPerYear,
        committedTonnesPerYear: i.committedTonnesPerYear,
        estimated: i.estimated ? "yes" : "no",
        coefficient: i.coefficient,
      });
    }
    if (s.outputs.length === 0 && s.intakes.length === 0) rows.push(base);
  }
  return rows;
}

/** Header row in the chosen language. */
export function exportHeaders(lang: ExportLang): string[] {
  return COLUMN_KEYS.map((k) => columnHeader(k, lang));
}

/** CSV text (UTF-8 with BOM so Excel opens Chinese correctly). */
export function rowsToCsv(rows: readonly ExportRow[], lang: ExportLang): string {
  return csvHead(lang) + csvRows(rows) + CSV_TAIL;
}

/** The start of a CSV export: BOM and header line (then csvRows per page, then CSV_TAIL), the same text as rowsToCsv. */
export function csvHead(lang: ExportLang): string {
  return `\uFEFF${Papa.unparse([exportHeaders(lang)], { newline: "\r\n" })}`;
}

/** One page of CSV data lines, each preceded by its line break ("" for no rows). */
export function csvRows(rows: readonly ExportRow[]): string {
  if (rows.length === 0) return "";
  const data = rows.map((r) => COLUMN_KEYS.map((k) => safeCell(r[k] ?? null) ?? ""));
  return `\r\n${Papa.unparse(data, { newline: "\r\n" })}`;
}

/** The end of a CSV export. */
export const CSV_TAIL = "\r\n";

function sheetNames(lang: ExportLang) {
  return {
    sites: lang === "zh" ? "企业台账" : "sites",
    materials: lang === "zh" ? "物料代码" : "material codes",
    columns: lang === "zh" ? "列说明" : "columns",
  };
}

const materialSheetHeader = (lang: ExportLang) =>
  lang === "zh" ? ["物料代码", "名称", "单位", "利用途径"] : ["material", "name", "unit", "routes"];
const materialSheetRows = (lang: ExportLang) =>
  MATERIALS.map((m) => [m.code, lang === "zh" ? m.nameZh : m.nameEn, m.unit, m.routes.join(", ")]);
const columnSheetHeader = (lang: ExportLang) => ["中文", "English", lang === "zh" ? "必填" : "required"];
const columnSheetRows = () => COLUMNS.map((c) => [c.zh, c.en, c.required ? "✓" : ""]);

/**
 * Writes the registry as XLSX to `out`, page by page, with exceljs' streaming writer: every row is committed (written
 * to the zip stream) as soon as it is added and strings are inline (no shared-strings table), so memory stays bounded
 * whatever the registry's size. Same sheets and cells as rowsToXlsx. Resolves once `out` has finished.
 */
export async function writeRegistryXlsx(
  pages: Iterable<readonly StoredSite[]>,
  lang: ExportLang,
  out: Writable,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "Symbiosis Atlas";
  const names = sheetNames(lang);
  const ws = wb.addWorksheet(names.sites);
  ws.columns = COLUMN_KEYS.map(() => ({ width: 16 }));
  const head = ws.addRow(exportHeaders(lang));
  head.font = { bold: true };
  head.commit();
  for (const page of pages) {
    for (const r of registryRows(page)) ws.addRow(COLUMN_KEYS.map((k) => safeCell(r[k] ?? null))).commit();
    // Let the zip stream compress and write what this page produced before the next one is read.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  ws.commit();
  const ref = wb.addWorksheet(names.materials);
  ref.addRow(materialSheetHeader(lang)).commit();
  for (const row of materialSheetRows(lang)) ref.addRow(row).commit();
  ref.commit();
  const cols = wb.addWorksheet(names.columns);
  cols.addRow(columnSheetHeader(lang)).commit();
  for (const row of columnSheetRows()) cols.addRow(row).commit();
  cols.commit();
  await wb.commit();
}

/** XLSX workbook bytes: the data sheet plus a sheet listing material codes. */
export async function rowsToXlsx(rows: readonly ExportRow[], lang: ExportLang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Symbiosis Atlas";
  const names = sheetNames(lang);
  const ws = wb.addWorksheet(names.sites);
  ws.addRow(exportHeaders(lang));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(COLUMN_KEYS.map((k) => safeCell(r[k] ?? null)));
  ws.columns.forEach((c) => (c.width = 16));
  const ref = wb.addWorksheet(names.materials);
  ref.addRow(materialSheetHeader(lang));
  for (const row of materialSheetRows(lang)) ref.addRow(row);
  const cols = wb.addWorksheet(names.columns);
  cols.addRow(columnSheetHeader(lang));
  for (const row of columnSheetRows()) cols.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One site as a GeoJSON Point feature, flows as `outputs` / `intakes` arrays. */
export function siteFeature(s: StoredSite) {
  const { lng, lat, ...site } = siteColumns(s);
  return {
    type: "Feature",
    id: s.id,
    geometry: { type: "Point", coordinates: [lng, lat] },
    properties: {
      ...site,
      synthetic: s.synthetic,
      outsideProvince: s.outsideProvince,
      countyAdcode: s.countyAdcode,
      outputs: s.outputs.map((o) => ({ ...o })),
      intakes: s.intakes.map((i) => ({
        material: i.material,
        route: i.route,
        capacityTonnesPerYear: i.capacityTonnesPerYear,
        committedTonnesPerYear: i.committedTonnesPerYear,
        estimated: i.estimated,
        coefficient: i.coefficient,
      })),
    },
  };
}

/** GeoJSON FeatureCollection: one Point feature per site, flows as `outputs` / `intakes` arrays. */
export function sitesToGeoJson(sites: readonly StoredSite[]): { type: "FeatureCollection"; features: unknown[] } {
  return { type: "FeatureCollection", features: sites.map(siteFeature) };
}

/** The text before the first feature of a streamed GeoJSON export (features joined by ",", then GEOJSON_TAIL). */
export const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[';
/** The text after the last feature. */
export const GEOJSON_TAIL = "]}";
