/** Parks (docs/domain.md §4) → GeoJSON polygons: the stored outline, else a circle of radiusKm around the centre. */
import circle from "@turf/circle";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";

export interface PlainPark {
  id: string;
  name: string;
  nameEn: string;
  kind: string;
  countyAdcode: string | null;
  countyName: string | null;
  centerLng: number;
  centerLat: number;
  radiusKm: number;
  /** GeoJSON Polygon/MultiPolygon (WGS84) when the outline is known. */
  geometry: Polygon | MultiPolygon | null;
  precision: string;
  source: string;
  notes: string | null;
}

export interface ParkFeatureProperties {
  id: string;
  name: string;
  nameEn: string;
  kind: string;
  countyAdcode: string | null;
  countyName: string | null;
  center: [number, number];
  radiusKm: number;
  /** "outline" when the park's own polygon is stored, "circle" when drawn from centre + radius. */
  shape: "outline" | "circle";
  precision: string;
  source: string;
  notes: string | null;
}

export type ParkFeature = Feature<Polygon | MultiPolygon, ParkFeatureProperties> & { id: string };

// 64 steps keeps circles smooth at county zoom without bloating the payload.
const CIRCLE_STEPS = 64;

/** One park as a polygon feature (id = park id). */
export function parkFeature(park: PlainPark): ParkFeature {
  const center: [number, number] = [park.centerLng, park.centerLat];
  const geometry =
    park.geometry ?? circle(center, park.radiusKm, { steps: CIRCLE_STEPS, units: "kilometers" }).geometry;
  return {
    type: "Feature",
    id: park.id,
    geometry,
    properties: {
      id: park.id,
      name: park.name,
      nameEn: park.nameEn,
      kind: park.kind,
      countyAdcode: park.countyAdcode,
      countyName: park.countyName,
      center,
      radiusKm: park.radiusKm,
      shape: park.geometry ? "outline" : "circle",
      precision: park.precision,
      source: park.source,
      notes: park.notes,
    },
  };
}

/** All parks as a FeatureCollection. */
export function parkFeatureCollection(
  parks: readonly PlainPark[],
): FeatureCollection<Polygon | MultiPolygon, ParkFeatureProperties> {
  return { type: "FeatureCollection", features: parks.map(parkFeature) };
}
