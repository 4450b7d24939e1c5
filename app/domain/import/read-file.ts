/** Turns the bytes of an uploaded CSV, XLSX or GeoJSON file into raw records keyed by column, or file-level issues. */
import Papa from "papaparse";
import ExcelJS from "exceljs";
import { columnForHeader, mapHeaders, type ColumnKey } from "./columns";
import { decodeText, type TextEncodingName } from "./decode";
import { issue, type ImportIssue } from "./issues";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";
import { checkXlsxArchive } from "./xlsx-guard";

export { IMPORT_FORMATS, detectFormat, type ImportFormat } from "./file-format";
import { startsWith, ZIP_MAGIC, OLE_MAGIC, type ImportFormat } from "./file-format";

/** One input row (CSV/XLSX row number, or GeoJSON feature number) with its values by column. */
export interface RawRecord {
  row: number;
  values: Partial<Record<ColumnKey, unknown>>;
}

export interface ReadResult {
  format: ImportFormat;
  records: RawRecord[];
  /** Column → header as written in the file, for reports. */
  labels: Partial<Record<ColumnKey, string>>;
  encoding: TextEncodingName | null;
  /** Headers the importer ignored. */
  unknownColumns: string[];
  issues: ImportIssue[];
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function fail(format: ImportFormat, issues: ImportIssue[], encoding: TextEncodingName | null = null): ReadResult {
  return { format, records: [], labels: {}, encoding, unknownColumns: [], issues };
}

/** Reads an upload in the declared format, checking size, type, encoding and structure before any row is validated. */
export async function readImportFile(bytes: Uint8Array, format: ImportFormat): Promise<ReadResult> {
  if (bytes.length === 0) return fail(format, [issue(null, null, null, "file-empty")]);
  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail(format, [
      issue(null, null, `${(bytes.length / 1024 / 1024).toFixed(1)} MB`, "file-too-large", {
        limitMb: MAX_IMPORT_BYTES / 1024 / 1024,
      }),
    ]);
  }
  const isZip = startsWith(bytes, ZIP_MAGIC);
  if (format === "xlsx") {
    if (startsWith(bytes, OLE_MAGIC))
      return fail(format, [issue(null, null, ".xls", "wrong-type", { expected: "xlsx", found: "xls" })]);
    if (!isZip)
      return fail(format, [
        issue(null, null, null, "wrong-type", { expected: "xlsx", found: looksBinary(bytes) ? "binary" : "text" }),
      ]);
    return readXlsx(bytes);
  }
  if (isZip || startsWith(bytes, OLE_MAGIC))
    return fail(format, [issue(null, null, null, "wrong-type", { expected: format, found: "xlsx" })]);
  if (looksBinary(bytes) && !(bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return fail(format, [issue(null, null, null, "wrong-type", { expected: format, found: "binary" })]);
  }
  const { text, encoding } = decodeText(bytes);
  return format === "csv" ? readCsv(text, encoding) : readGeoJson(text, encoding);
}

function fromTable(
  format: ImportFormat,
  table: { row: number; cells: unknown[] }[],
  encoding: TextEncodingName | null,
): ReadResult {
  if (table.length === 0) return fail(format, [issue(null, null, null, "file-empty")], encoding);
  const [header, ...rows] = table;
  const headers = header.cells.map((c) => (c === null || c === undefined ? "" : String(c)));
  const mapping = mapHeaders(headers);
  const issues: ImportIssue[] = mapping.missing.map((key) => issue(header.row, key, null, "missing-column"));
  if (rows.length === 0) issues.push(issue(null, null, null, "no-data-rows"));
  if (rows.length > MAX_IMPORT_ROWS)
    issues.push(issue(null, null, rows.length, "too-many-rows", { limit: MAX_IMPORT_ROWS }));
  if (issues.length > 0)
    return { format, records: [], labels: mapping.label, encoding, unknownColumns: mapping.unknown, issues };
  const records = rows.map(({ row, cells }) => {
    const values: RawRecord["values"] = {};
    for (const [key, i] of Object.entries(mapping.index) as [ColumnKey, number][]) values[key] = cells[i];
    return { row, values };
  });
  return { format, records, labels: mapping.label, encoding, unknownColumns: mapping.unknown, issues: [] };
}

function isBlankRow(cells: unknown[]): boolean {
  return cells.every((c) => c === null || c === undefined || String(c).trim() === "");
}

function readCsv(text: string, encoding: TextEncodingName): ReadResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const quoteErrors = parsed.errors.filter((e) => e.type === "Quotes");
  if (quoteErrors.length > 0) {
    return fail(
      "csv",
      quoteErrors
        .slice(0, 20)
        .map((e) => issue(e.row !== undefined ? e.row + 1 : null, null, null, "malformed", { detail: e.message })),
      encoding,
    );
  }
  // Row numbers match what a spreadsheet shows (header = 1) because blank lines are kept and skipped here.
  const table = parsed.data.map((cells, i) => ({ row: i + 1, cells })).filter((r) => !isBlankRow(r.cells));
  return fromTable("csv", table, encoding);
}

/** A spreadsheet cell as a plain value: rich text, formulas, hyperlinks and dates resolved. */
export function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value)
    return cellValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return (value as { text: unknown }).text;
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  // Sizes and row counts are checked on the compressed archive first (zip bombs never reach exceljs).
  const guard = checkXlsxArchive(bytes);
  if (!guard.ok) {
    if (guard.reason === "too-many-rows")
      return fail("xlsx", [issue(null, null, guard.rows, "too-many-rows", { limit: guard.limit })]);
    if (guard.reason === "entry-too-large")
      return fail("xlsx", [issue(null, null, guard.entry, "archive-too-large", { limitMb: guard.limitMb })]);
    if (guard.reason === "too-many-entries")
      return fail("xlsx", [
        issue(null, null, null, "malformed", { detail: `more than ${guard.limit} files in the archive` }),
      ]);
    return fail("xlsx", [issue(null, null, null, "malformed", { detail: guard.detail })]);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    return fail("xlsx", [issue(null, null, null, "malformed", { detail: e instanceof Error ? e.message : String(e) })]);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return fail("xlsx", [issue(null, null, null, "file-empty")]);
  const table: { row: number; cells: unknown[] }[] = [];
  // columnCount scans the whole sheet on every access, so read it once.
  const columns = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= columns; c++) cells.push(cellValue(row.getCell(c).value));
    if (!isBlankRow(cells)) table.push({ row: rowNumber, cells });
  });
  return fromTable("xlsx", table, null);
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function readGeoJson(text: string, encoding: TextEncodingName): ReadResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail(
      "geojson",
      [issue(null, null, null, "malformed", { detail: e instanceof Error ? e.message : String(e) })],
      encoding,
    );
  }
  const features =
    isObject(doc) && doc.type === "FeatureCollection" && Array.isArray(doc.features)
      ? doc.features
      : isObject(doc) && doc.type === "Feature"
        ? [doc]
        : null;
  if (!features)
    return fail("geojson", [issue(null, null, null, "malformed", { detail: "FeatureCollection" })], encoding);
  if (features.length === 0) return fail("geojson", [issue(null, null, null, "no-data-rows")], encoding);
  if (features.length > MAX_IMPORT_ROWS)
    return fail("geojson", [issue(null, null, features.length, "too-many-rows", { limit: MAX_IMPORT_ROWS })], encoding);
  const records: RawRecord[] = [];
  const labels: ReadResult["labels"] = {};
  const unknown = new Set<string>();
  const issues: ImportIssue[] = [];
  features.forEach((f: unknown, i: number) => {
    const row = i + 1;
    if (!isObject(f) || f.type !== "Feature") {
      issues.push(issue(row, null, null, "malformed", { detail: "Feature" }));
      return;
    }
    const values: RawRecord["values"] = {};
    const props = isObject(f.properties) ? f.properties : {};
    let outputs: unknown[] = [];
    let intakes: unknown[] = [];
    for (const [k, v] of Object.entries(props)) {
      if (k === "outputs" && Array.isArray(v)) outputs = v;
      else if (k === "intakes" && Array.isArray(v)) intakes = v;
      else if (k === "provenance" && isObject(v)) {
        // The map API nests provenance; accept it so /api/sites output can be re-imported too.
        for (const [pk, pv] of Object.entries(v)) {
          const key = columnForHeader(pk);
          if (key) values[key] = pv;
        }
      } else {
        const key = columnForHeader(k);
        if (key) {
          values[key] = v;
          labels[key] ??= k;
        } else unknown.add(k);
      }
    }
    if (values.id === undefined && (typeof f.id === "string" || typeof f.id === "number")) values.id = f.id;
    const geometry = f.geometry;
    if (isObject(geometry) && geometry.type === "Point" && Array.isArray(geometry.coordinates)) {
      values.lng = geometry.coordinates[0];
      values.lat = geometry.coordinates[1];
    } else if (geometry !== null && geometry !== undefined) {
      issues.push(
        issue(row, "geometry", isObject(geometry) ? geometry.type : geometry, "malformed", { detail: "Point" }),
      );
      return;
    }
    const flows = [
      ...outputs.filter(isObject).map((o) => ({ ...o, flow: "output" })),
      ...intakes.filter(isObject).map((o) => ({ ...o, flow: "intake" })),
    ];
    if (flows.length === 0) records.push({ row, values });
    for (const flow of flows) {
      const flowValues: RawRecord["values"] = { ...values };
      for (const [k, v] of Object.entries(flow)) {
        const key = k === "capacityTonnesPerYear" ? "tonnesPerYear" : columnForHeader(k);
        if (key) flowValues[key] = v;
      }
      records.push({ row, values: flowValues });
    }
  });
  return { format: "geojson", records, labels, encoding, unknownColumns: [...unknown], issues };
}
