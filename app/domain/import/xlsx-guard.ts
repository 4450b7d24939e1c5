/**
 * Zip-bomb guard for XLSX uploads, run before exceljs expands anything: reads the zip's central directory, refuses
 * archives with too many entries or an entry whose expanded size is over the limit, then inflates each worksheet with
 * a hard output cap (declared sizes can lie) and counts its rows. A 4 MB file that expands to 300k rows is refused
 * here in well under a second, instead of exceljs building 2 GB of cell objects first.
 */
import { inflateRawSync } from "node:zlib";
import { MAX_IMPORT_ROWS } from "./limits";

/** Largest expanded size of one zip entry (a 20,000-row sheet with every column filled is ~15 MB of XML). */
export const MAX_XLSX_ENTRY_BYTES = 48 * 1024 * 1024;
/** Largest expanded size of the whole workbook. */
export const MAX_XLSX_TOTAL_BYTES = 96 * 1024 * 1024;
/** Most entries (files) in the archive; a normal workbook has a dozen or two. */
export const MAX_XLSX_ENTRIES = 500;

export type XlsxGuardResult =
  | { ok: true }
  | { ok: false; reason: "malformed"; detail: string }
  | { ok: false; reason: "entry-too-large"; entry: string; limitMb: number }
  | { ok: false; reason: "too-many-entries"; limit: number }
  | { ok: false; reason: "too-many-rows"; rows: number; limit: number };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function centralDirectory(buf: Buffer): Entry[] | string {
  // End of central directory: the last 0x06054b50 within the final 64 kB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "no zip directory";
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) return "zip64 archives are not accepted";
  if (count > MAX_XLSX_ENTRIES) return `too-many:${count}`;
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return "broken zip directory";
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(buf: Buffer, e: Entry): Buffer | null {
  const h = e.localOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) return null;
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  if (start + e.compressedSize > buf.length) return null;
  return buf.subarray(start, start + e.compressedSize);
}

/** Counts `<row` elements (with or without a namespace prefix) in sheet XML. */
function countRows(xml: string): number {
  const re = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
  let n = 0;
  while (re.exec(xml)) n++;
  return n;
}

/** Checks an XLSX archive's entry count, expanded sizes and worksheet row counts before it is parsed. */
export function checkXlsxArchive(bytes: Uint8Array, maxRows = MAX_IMPORT_ROWS): XlsxGuardResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = centralDirectory(buf);
  if (typeof dir === "string") {
    if (dir.startsWith("too-many:")) return { ok: false, reason: "too-many-entries", limit: MAX_XLSX_ENTRIES };
    return { ok: false, reason: "malformed", detail: dir };
  }
  const limitMb = MAX_XLSX_ENTRY_BYTES / 1024 / 1024;
  let total = 0;
  for (const e of dir) {
    total += e.size;
    if (e.size > MAX_XLSX_ENTRY_BYTES) return { ok: false, reason: "entry-too-large", entry: e.name, limitMb };
    if (total > MAX_XLSX_TOTAL_BYTES)
      return {
        ok: false,
        reason: "entry-too-large",
        entry: "(all entries)",
        limitMb: MAX_XLSX_TOTAL_BYTES / 1024 / 1024,
      };
  }
  for (const e of dir.filter((x) => /^xl\/worksheets\/[^/]+\.xml$/i.test(x.name))) {
    const data = entryData(buf, e);
    if (!data) return { ok: false, reason: "malformed", detail: `cannot read ${e.name}` };
    let xml: Buffer;
    try {
      // The real expanded size is capped whatever the directory claims.
      xml =
        e.method === 0
          ? data
          : e.method === 8
            ? inflateRawSync(data, { maxOutputLength: MAX_XLSX_ENTRY_BYTES })
            : Buffer.alloc(0);
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        return { ok: false, reason: "entry-too-large", entry: e.name, limitMb };
      return { ok: false, reason: "malformed", detail: `cannot inflate ${e.name}` };
    }
    if (e.method !== 0 && e.method !== 8)
      return { ok: false, reason: "malformed", detail: `unsupported compression in ${e.name}` };
    const rows = countRows(xml.toString("utf8"));
    // The header row is row 1, so a sheet may have one row more than the data-row limit.
    if (rows > maxRows + 1) return { ok: false, reason: "too-many-rows", rows: rows - 1, limit: maxRows };
  }
  return { ok: true };
}
