/**
 * Import file formats and detection, kept apart from the parsers so the server thread can name the format without
 * loading exceljs or papaparse (the parsing itself runs on a worker thread).
 */
export const IMPORT_FORMATS = ["csv", "xlsx", "geojson"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls

/** True when the bytes start with the magic number. */
export function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Guesses the format from the file name, falling back to the content. */
export function detectFormat(filename: string, bytes: Uint8Array): ImportFormat | null {
  const ext = filename.toLowerCase().split(".").pop() ?? "";
  if (ext === "csv" || ext === "txt") return "csv";
  if (ext === "xlsx") return "xlsx";
  if (ext === "geojson" || ext === "json") return "geojson";
  if (startsWith(bytes, ZIP_MAGIC)) return "xlsx";
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (head.startsWith("{")) return "geojson";
  return null;
}
