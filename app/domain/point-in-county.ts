/**
 * County assignment by point-in-polygon on the WGS84 county geometries (never from address text).
 * A bounding-box prefilter keeps it fast: most points are tested against one or two polygons.
 */
import { booleanPointInPolygon, bbox as turfBbox, pointToPolygonDistance, point } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";

export interface CountyShape {
  adcode: string;
  geometry: Polygon | MultiPolygon;
}

export interface CountyLocator {
  /** Adcode of the county containing [lng, lat], or null when the point is in no county. */
  locate(lng: number, lat: number): string | null;
  /**
   * Like `locate`, but a point outside every county within `toleranceKm` of one is given the nearest
   * county (for source points a little off the generalised border); `snappedKm` is 0 when inside.
   */
  locateWithin(lng: number, lat: number, toleranceKm: number): { adcode: string; snappedKm: number } | null;
}

interface Entry {
  adcode: string;
  geometry: Polygon | MultiPolygon;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Builds a locator over county shapes; shapes are tested in adcode order so the result is deterministic. */
export function createCountyLocator(counties: readonly CountyShape[]): CountyLocator {
  const entries: Entry[] = [...counties]
    .sort((a, b) => a.adcode.localeCompare(b.adcode))
    .map((c) => {
      const [minX, minY, maxX, maxY] = turfBbox(c.geometry);
      return { adcode: c.adcode, geometry: c.geometry, minX, minY, maxX, maxY };
    });

  function locate(lng: number, lat: number): string | null {
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
    const pt: [number, number] = [lng, lat];
    for (const e of entries) {
      if (lng < e.minX || lng > e.maxX || lat < e.minY || lat > e.maxY) continue;
      if (booleanPointInPolygon(pt, e.geometry)) return e.adcode;
    }
    return null;
  }

  function locateWithin(lng: number, lat: number, toleranceKm: number) {
    const inside = locate(lng, lat);
    if (inside) return { adcode: inside, snappedKm: 0 };
    if (!(toleranceKm > 0)) return null;
    // ~1° of latitude is 111 km; a generous degree margin keeps the prefilter safe at Shanxi's latitudes.
    const marginDeg = toleranceKm / 80;
    let best: { adcode: string; snappedKm: number } | null = null;
    for (const e of entries) {
      if (lng < e.minX - marginDeg || lng > e.maxX + marginDeg || lat < e.minY - marginDeg || lat > e.maxY + marginDeg)
        continue;
      const d = Math.abs(pointToPolygonDistance(point([lng, lat]), e.geometry, { units: "kilometers" }));
      if (d <= toleranceKm && (!best || d < best.snappedKm)) best = { adcode: e.adcode, snappedKm: d };
    }
    return best;
  }

  return { locate, locateWithin };
}
