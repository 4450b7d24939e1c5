/** Coordinate reference systems an import file may use; everything is stored as WGS84 (conversions in ../coordinates). */
import { bd09ToWgs84, convertPoint, gcj02ToWgs84 } from "../coordinates";

export const IMPORT_CRS = ["wgs84", "gcj02", "bd09"] as const;
export type ImportCrs = (typeof IMPORT_CRS)[number];

const DATUM = { wgs84: "WGS84", gcj02: "GCJ02", bd09: "BD09" } as const;

/** Converts a [lng, lat] in the given CRS to WGS84 (points outside China are left unchanged by gcoord). */
export function toWgs84(lng: number, lat: number, crs: ImportCrs): [number, number] {
  if (crs === "wgs84") return [lng, lat];
  return crs === "gcj02" ? gcj02ToWgs84([lng, lat]) : bd09ToWgs84([lng, lat]);
}

/** Converts a WGS84 [lng, lat] to GCJ-02 or BD-09 (used to build fixtures and tests). */
export function fromWgs84(lng: number, lat: number, crs: ImportCrs): [number, number] {
  return convertPoint([lng, lat], "WGS84", DATUM[crs]);
}
