/**
 * Datum conversions between WGS84 (what the app stores), GCJ-02 (Amap/Tencent/DataV) and BD-09 (Baidu),
 * thin wrappers over gcoord so every caller uses the same library and the same [lng, lat] order.
 */
import gcoord from "gcoord";
import type { Geometry } from "geojson";

export type LngLat = [number, number];

/** Datums the app accepts on import; everything is stored as WGS84. */
export const DATUMS = ["WGS84", "GCJ02", "BD09"] as const;
export type Datum = (typeof DATUMS)[number];

function crs(datum: Datum) {
  return datum === "WGS84" ? gcoord.WGS84 : datum === "GCJ02" ? gcoord.GCJ02 : gcoord.BD09;
}

/** Converts one [lng, lat] point between datums (returns a new array). */
export function convertPoint(point: readonly [number, number], from: Datum, to: Datum): LngLat {
  if (from === to) return [point[0], point[1]];
  const out = gcoord.transform([point[0], point[1]] as [number, number], crs(from), crs(to));
  return [out[0], out[1]];
}

/** GCJ-02 (Amap, Tencent, DataV) point → WGS84. */
export function gcj02ToWgs84(point: readonly [number, number]): LngLat {
  return convertPoint(point, "GCJ02", "WGS84");
}

/** BD-09 (Baidu) point → WGS84. */
export function bd09ToWgs84(point: readonly [number, number]): LngLat {
  return convertPoint(point, "BD09", "WGS84");
}

/** WGS84 point → GCJ-02 (for comparing with Amap data). */
export function wgs84ToGcj02(point: readonly [number, number]): LngLat {
  return convertPoint(point, "WGS84", "GCJ02");
}

/** Rounds a coordinate to `decimals` places (6 decimals ≈ 0.1 m). */
export function roundCoord(value: number, decimals = 6): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function mapPositions(coords: unknown, fn: (p: LngLat) => LngLat): unknown {
  if (Array.isArray(coords) && typeof coords[0] === "number") return fn([coords[0] as number, coords[1] as number]);
  if (Array.isArray(coords)) return coords.map((c) => mapPositions(c, fn));
  throw new Error("Invalid GeoJSON coordinates");
}

/**
 * Converts every position of a GeoJSON geometry between datums, returning a new geometry
 * (the input is not modified). `decimals` rounds the output; omit it to keep full precision.
 */
export function convertGeometry<G extends Geometry>(geometry: G, from: Datum, to: Datum, decimals?: number): G {
  const fn = (p: LngLat): LngLat => {
    const q = convertPoint(p, from, to);
    return decimals === undefined ? q : [roundCoord(q[0], decimals), roundCoord(q[1], decimals)];
  };
  if (geometry.type === "GeometryCollection") {
    return { ...geometry, geometries: geometry.geometries.map((g) => convertGeometry(g, from, to, decimals)) } as G;
  }
  return {
    ...geometry,
    coordinates: mapPositions((geometry as Exclude<Geometry, { type: "GeometryCollection" }>).coordinates, fn),
  } as G;
}

/** GCJ-02 geometry → WGS84 geometry (new object). */
export function gcj02GeometryToWgs84<G extends Geometry>(geometry: G, decimals?: number): G {
  return convertGeometry(geometry, "GCJ02", "WGS84", decimals);
}

/** BD-09 geometry → WGS84 geometry (new object). */
export function bd09GeometryToWgs84<G extends Geometry>(geometry: G, decimals?: number): G {
  return convertGeometry(geometry, "BD09", "WGS84", decimals);
}
