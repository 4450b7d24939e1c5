/**
 * XLSX export (exceljs): sheets pairings, sites, site materials, KPIs and assumptions, zh or en, units in headers.
 * Numbers are numeric cells; estimates and synthetic data are flagged in their own columns.
 */
import ExcelJS from "exceljs";
import { exportTables, TABLE_KEYS, type ExportOptions, type ExportProposal, type ExportTable } from "./export-tables";
import { sheetName } from "./export-labels";

/** The proposal as an XLSX workbook (bytes). Workbook dates are the generated-at time, so nothing else varies. */
export async function buildXlsx(p: ExportProposal, opts: ExportOptions): Promise<Uint8Array> {
  const tables = exportTables(p, opts);
  return buildTablesXlsx(
    {
      title: p.name,
      subject: p.snapshot.synthetic ? "synthetic data included" : "",
      sheets: TABLE_KEYS.map((key) => ({ name: sheetName(key, opts.lang), table: tables[key] })),
    },
    opts.generatedAt,
  );
}

/** Any set of tables as an XLSX workbook, one sheet each, with the proposal export's header style and widths. */
export async function buildTablesXlsx(
  book: { title: string; subject: string; sheets: { name: string; table: Pick<ExportTable, "columns" | "rows"> }[] },
  generatedAt: string,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const at = new Date(generatedAt);
  wb.creator = "Symbiosis Atlas 产业共生图谱";
  wb.lastModifiedBy = "Symbiosis Atlas";
  wb.created = at;
  wb.modified = at;
  wb.title = book.title;
  wb.subject = book.subject;
  for (const { name, table: t } of book.sheets) {
    const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(t.columns);
    for (const r of t.rows) ws.addRow(r.map((c) => (c === null ? "" : c)));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
    ws.columns.forEach((col, i) => {
      const longest = Math.max(...[t.columns[i], ...t.rows.map((r) => r[i])].map((v) => String(v ?? "").length));
      col.width = Math.min(60, Math.max(10, longest + 2));
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
