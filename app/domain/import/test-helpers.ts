/** Shared helpers for the import unit tests (not used by the app). */
import Papa from "papaparse";

// A generous box around Shanxi (WGS84); real runs use the province polygon.
export const insideShanxiBox = (lng: number, lat: number) => lng >= 110.2 && lng <= 114.6 && lat >= 34.5 && lat <= 40.8;

export const HEADER = ["编号", "企业名称", "行业", "经度", "纬度", "流向", "物料", "利用途径", "年量(t/年)"];

/** CSV bytes (UTF-8) from a header and rows. */
export function csvBytes(rows: (string | number)[][], header: string[] = HEADER): Uint8Array {
  return new TextEncoder().encode(Papa.unparse({ fields: header, data: rows.map((r) => r.map(String)) }));
}
