/**
 * Registry → CSV / XLSX / GeoJSON in the import layout, so an export imports back into an empty database unchanged.
 * Text cells that a spreadsheet would run as a formula (=, +, -, @) get a leading quote, which the importer strips.
 */
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
  const data = rows.map((r) => COLUMN_KEYS.map((k) => safeCell(r[k] ?? null) ?? ""));
  return `\uFEFF${Papa.unparse({ fields: exportHeaders(lang), data }, { newline: "\r\n" })}\r\n`;
}

/** XLSX workbook bytes: the data sheet plus a sheet listing material codes. */
export async function rowsToXlsx(rows: readonly ExportRow[], lang: ExportLang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Symbiosis Atlas";
  const ws = wb.addWorksheet(lang === "zh" ? "企业台账" : "sites");
  ws.addRow(exportHeaders(lang));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(COLUMN_KEYS.map((k) => safeCell(r[k] ?? null)));
  ws.columns.forEach((c) => (c.width = 16));
  const ref = wb.addWorksheet(lang === "zh" ? "物料代码" : "material codes");
  ref.addRow(lang === "zh" ? ["物料代码", "名称", "单位", "利用途径"] : ["material", "name", "unit", "routes"]);
  for (const m of MATERIALS) ref.addRow([m.code, lang === "zh" ? m.nameZh : m.nameEn, m.unit, m.routes.join(", ")]);
  const cols = wb.addWorksheet(lang === "zh" ? "列说明" : "columns");
  cols.addRow(["中文", "English", lang === "zh" ? "必填" : "required"]);
  for (const c of COLUMNS) cols.addRow([c.zh, c.en, c.required ? "✓" : ""]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** GeoJSON FeatureCollection: one Point feature per site, flows as `outputs` / `intakes` arrays. */
export function sitesToGeoJson(sites: readonly StoredSite[]): { type: "FeatureCollection"; features: unknown[] } {
  return {
    type: "FeatureCollection",
    features: sites.map((s) => {
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
    }),
  };
}
