/**
 * CSV export: one table per file, chosen with `sheet` (pairings by default; also sites, kpis, assumptions).
 * Plain RFC 4180 CSV with a UTF-8 byte-order mark (so Excel/WPS open Chinese correctly) and no comment lines
 * (QGIS and pandas read it as is); the synthetic label travels as a column on every row it concerns.
 */
import Papa from "papaparse";
import { exportTables, type ExportOptions, type ExportProposal, type TableKey } from "./export-tables";

export const CSV_BOM = "\uFEFF";

/** One table of the proposal as CSV text (CRLF line ends, BOM first). */
export function buildCsv(p: ExportProposal, opts: ExportOptions & { sheet?: TableKey }): string {
  const table = exportTables(p, opts)[opts.sheet ?? "pairings"];
  return (
    CSV_BOM +
    Papa.unparse({ fields: table.columns, data: table.rows }, { newline: "\r\n", escapeFormulae: true }) +
    "\r\n"
  );
}
