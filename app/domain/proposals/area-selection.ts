/** Sites inside an area drawn on the map, for building a cluster from a selection. */
import { booleanPointInPolygon, point } from "@turf/turf";
import type { Feature, Polygon } from "geojson";
import { polygonProblem } from "../pairing/scope";

/** A site as the area pick needs it: position and the materials it produces or takes in. */
export interface AreaSite {
  id: string;
  lng: number;
  lat: number;
  materials: readonly string[];
}

export type AreaProblem = "tooFewVertices" | "selfIntersecting" | "invalid";

export type AreaSelection = { ok: true; ids: string[] } | { ok: false; problem: AreaProblem; detail: string };

/** The drawn vertices ([lng, lat], open ring) as a closed GeoJSON polygon. */
export function drawnPolygon(vertices: readonly [number, number][]): Polygon {
  return { type: "Polygon", coordinates: [[...vertices.map((v) => [v[0], v[1]]), [vertices[0][0], vertices[0][1]]]] };
}

/** Ids of the sites inside the drawn area (boundary counts as inside), only those handling one of `materials` when given; or why the area is unusable. */
export function sitesInDrawnArea(
  sites: readonly AreaSite[],
  vertices: readonly [number, number][],
  materials: readonly string[] = [],
): AreaSelection {
  if (vertices.length < 3) return { ok: false, problem: "tooFewVertices", detail: "an area needs at least 3 vertices" };
  const geometry = drawnPolygon(vertices);
  // Same validation as a drawn pairing scope, so both forms reject the same shapes.
  const problem = polygonProblem(geometry);
  if (problem)
    return { ok: false, problem: problem.includes("cross") ? "selfIntersecting" : "invalid", detail: problem };
  const shape: Feature<Polygon> = { type: "Feature", properties: {}, geometry };
  const wanted = new Set(materials);
  const ids = sites
    .filter((s) => wanted.size === 0 || s.materials.some((m) => wanted.has(m)))
    .filter((s) => booleanPointInPolygon(point([s.lng, s.lat]), shape))
    .map((s) => s.id);
  return { ok: true, ids };
}

/** The bounding box `[minLng, minLat, maxLng, maxLat]` of the drawn vertices (what to ask the server for). */
export function drawnAreaBBox(vertices: readonly [number, number][]): [number, number, number, number] {
  const lngs = vertices.map((v) => v[0]);
  const lats = vertices.map((v) => v[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}
