/** Coordinate reference systems an import file may use; everything is stored as WGS84. */
import gcoord from "gcoord";

export const IMPORT_CRS = ["wgs84", "gcj02", "bd09"] as const;
export type ImportCrs = (typeof IMPORT_CRS)[number];

/** Converts a [lng, lat] in the given CRS to WGS84 (gcoord leaves points outside China unchanged). */
export function toWgs84(lng: number, lat: number, crs: ImportCrs): [number, number] {
  if (crs === "wgs84") return [lng, lat];
  const from = crs === "gcj02" ? gcoord.GCJ02 : gcoord.BD09;
  const [x, y] = gcoord.transform([lng, lat] as [number, number], from, gcoord.WGS84) as [number, number];
  return [x, y];
}

/** Converts a WGS84 [lng, lat] to GCJ-02 or BD-09 (used to build fixtures and tests). */
export function fromWgs84(lng: number, lat: number, crs: ImportCrs): [number, number] {
  if (crs === "wgs84") return [lng, lat];
  const to = crs === "gcj02" ? gcoord.GCJ02 : gcoord.BD09;
  const [x, y] = gcoord.transform([lng, lat] as [number, number], gcoord.WGS84, to) as [number, number];
  return [x, y];
}
