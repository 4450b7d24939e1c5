/** Sorting, filtering and CSV for the app's data tables (pure; the DataTable component renders them). */
import Papa from "papaparse";

export type SortDirection = "asc" | "desc";

export interface TableColumn<Row> {
  key: string;
  /** Column title (also the CSV header). */
  header: string;
  /** The value sorted on and written to CSV (numbers stay numbers). */
  value: (row: Row) => string | number | null;
  /** Text matched by the filter box; defaults to the value. */
  text?: (row: Row) => string;
  numeric?: boolean;
}

// One collator for every comparison instead of localeCompare(…, locale) per call (half the time for 10^4 strings in Node).
const COLLATOR = new Intl.Collator("zh-Hans-CN");

/** Rows whose text in any column contains every word of `query` (case-insensitive), sorted by a column. */
export function tableRows<Row>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  query: string,
  sort: { key: string; direction: SortDirection } | null,
): Row[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const text = (row: Row) =>
    columns
      .map((c) => (c.text ? c.text(row) : String(c.value(row) ?? "")))
      .join(" ")
      .toLowerCase();
  const kept = words.length
    ? rows.filter((r) => {
        const t = text(r);
        return words.every((w) => t.includes(w));
      })
    : [...rows];
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  if (!column || !sort) return kept;
  const sign = sort.direction === "asc" ? 1 : -1;
  // Stable: equal values keep the incoming order. Empty values sort last either way.
  return kept
    .map((row, i) => ({ row, i, v: column.value(row) }))
    .sort((a, b) => {
      if (a.v === null || a.v === "") return b.v === null || b.v === "" ? a.i - b.i : 1;
      if (b.v === null || b.v === "") return -1;
      const d =
        typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : COLLATOR.compare(String(a.v), String(b.v));
      return d !== 0 ? sign * d : a.i - b.i;
    })
    .map((x) => x.row);
}

/** CSV text of the rows (header = column titles), with a UTF-8 BOM so Excel reads Chinese; numbers unquoted. */
export function tableCsv<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[]): string {
  const data = rows.map((r) => columns.map((c) => c.value(r) ?? ""));
  return `\uFEFF${Papa.unparse({ fields: columns.map((c) => c.header), data }, { newline: "\r\n" })}\r\n`;
}
