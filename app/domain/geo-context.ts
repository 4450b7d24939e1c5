/** Province test and county locator from boundary GeoJSON (shared by site edits and the import worker). */
import { booleanPointInPolygon } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import { createCountyLocator } from "./point-in-county";
import { inBBox, SHANXI_BBOX } from "./shanxi-bbox";

export interface GeoContext {
  insideProvince: (lng: number, lat: number) => boolean;
  countyOf: (lng: number, lat: number) => string | null;
}

/** Boundary geometries as stored (GeoJSON text), so they can be handed to a worker thread cheaply. */
export interface GeoSources {
  province: string | null;
  counties: { adcode: string; geometry: string }[];
}

/** The levels of the stored regions a GeoContext is built from. */
export const GEO_SOURCE_LEVELS = ["province", "county"] as const;

/** The province and county boundaries among stored regions (rows of GEO_SOURCE_LEVELS, in the order read). */
export function geoSourcesOf(regions: readonly { adcode: string; level: string; geometry: string }[]): GeoSources {
  return {
    province: regions.find((r) => r.level === "province")?.geometry ?? null,
    counties: regions.filter((r) => r.level === "county").map((r) => ({ adcode: r.adcode, geometry: r.geometry })),
  };
}

/** Builds the province test and the county locator (a point up to 0.5 km outside the generalised borders still gets the nearest county). */
export function buildGeoContext(src: GeoSources): GeoContext {
  const provinceGeometry = src.province ? (JSON.parse(src.province) as Polygon | MultiPolygon) : null;
  const locator = createCountyLocator(
    src.counties.map((c) => ({ adcode: c.adcode, geometry: JSON.parse(c.geometry) as Polygon | MultiPolygon })),
  );
  return {
    insideProvince: provinceGeometry
      ? (lng, lat) => booleanPointInPolygon([lng, lat], provinceGeometry)
      : (lng, lat) => inBBox(SHANXI_BBOX, lng, lat), // no province boundary yet (unseeded)
    countyOf: (lng, lat) => locator.locateWithin(lng, lat, 0.5)?.adcode ?? null,
  };
}
