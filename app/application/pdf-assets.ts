import "server-only";
/** County outlines for report maps (WGS84), read once per server process. */
import { loadCountyOutlines } from "../data/regions";
import type { PdfCounty } from "../domain/exports/pdf-export";

let countyCache: Promise<PdfCounty[]> | null = null;

/** County outlines for the PDF map (WGS84), read once per process. */
export function pdfCounties(): Promise<PdfCounty[]> {
  countyCache ??= loadCountyOutlines();
  return countyCache;
}
