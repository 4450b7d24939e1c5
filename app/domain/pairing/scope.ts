/** Which sites a run considers: province, city, county, park (membership or area) or a drawn polygon. */
import { booleanPointInPolygon, circle, point } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { RegistrySite } from "../registry-types";
import type { PairingScope, PolygonGeometry } from "./types";
import {
  countPositions,
  hasSelfIntersection,
  MAX_POLYGON_VERTICES,
  planarArea,
  polygonContains,
} from "./polygon-geometry";

/** A park as the scope filter needs it: membership id plus its area (polygon, else a circle). */
export interface ScopePark {
  id: string;
  centerLng: number;
  centerLat: number;
  radiusKm: number;
  geometry: PolygonGeometry | null;
}

/** The message for a polygon whose edges cross (or touch) themselves. */
export const CROSSING_PROBLEM = "polygon edges cross themselves";

/** Why a drawn polygon is rejected, or null when it is a usable area (all checks, crossing included). */
export function polygonProblem(geometry: PolygonGeometry): string | null {
  return polygonStructureProblem(geometry) ?? polygonShapeProblem(geometry, hasSelfIntersection(geometry));
}

/**
 * Why a drawn polygon is malformed, or null: size cap, ring structure, closure and WGS84 ranges, in one linear pass.
 * The crossing check (an n·log n sweep) is separate so a server can run it off its event loop for large polygons.
 */
export function polygonStructureProblem(geometry: PolygonGeometry): string | null {
  const positions = countPositions(geometry);
  if (positions > MAX_POLYGON_VERTICES)
    return `polygon has ${positions} positions; at most ${MAX_POLYGON_VERTICES} are accepted`;
  const rings =
    geometry.type === "Polygon"
      ? (geometry.coordinates as number[][][])
      : (geometry.coordinates as number[][][][]).flat();
  for (const ring of rings) {
    if (!Array.isArray(ring)) return "polygon coordinates are malformed";
    if (ring.length < 4) return "polygon ring needs at least 4 positions (3 vertices, closed)";
    const [a, b] = [ring[0], ring[ring.length - 1]];
    if (a[0] !== b[0] || a[1] !== b[1]) return "polygon ring is not closed (first and last positions differ)";
    for (const p of ring) {
      if (
        p.length < 2 ||
        !Number.isFinite(p[0]) ||
        !Number.isFinite(p[1]) ||
        Math.abs(p[0]) > 180 ||
        Math.abs(p[1]) > 90
      )
        return "polygon positions must be [lng, lat] in WGS84 degrees";
    }
  }
  return null;
}

/** Why a well-formed polygon is not a usable area, given whether its edges cross: crossing, else no area, else null. */
export function polygonShapeProblem(geometry: PolygonGeometry, edgesCross: boolean): string | null {
  if (edgesCross) return CROSSING_PROBLEM;
  if (!(planarArea(geometry) > 0)) return "polygon has no area";
  return null;
}

/** A predicate that keeps the registry sites inside the scope. */
export function scopeFilter(scope: PairingScope, park?: ScopePark | null): (site: RegistrySite) => boolean {
  switch (scope.kind) {
    case "province":
      // Every registered site, including the few registered outside Shanxi: their exchanges are flagged
      // cross-province (filing needed) rather than hidden.
      return () => true;
    case "city":
      return (s) => s.cityAdcode === scope.adcode;
    case "county":
      return (s) => s.countyAdcode === scope.adcode;
    case "park": {
      if (!park) return (s) => s.parkId === scope.id || !!s.parkIds?.includes(scope.id);
      const shape: Feature<Polygon | MultiPolygon> = park.geometry
        ? { type: "Feature", properties: {}, geometry: park.geometry as Polygon | MultiPolygon }
        : circle([park.centerLng, park.centerLat], park.radiusKm, { steps: 64, units: "kilometers" });
      return (s) =>
        s.parkId === park.id || !!s.parkIds?.includes(park.id) || booleanPointInPolygon(point([s.lng, s.lat]), shape);
    }
    case "polygon": {
      const inside = polygonContains(scope.geometry);
      return (s) => inside(s.lng, s.lat);
    }
  }
}
