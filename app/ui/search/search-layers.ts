/**
 * Map sources and layers of the nearby search (constants): the radius circle (Turf), lines from the origin to
 * each result, result rings with rank labels, the origin marker, and a highlight for the hovered/selected result.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from "maplibre-gl";
import { circle, featureCollection, lineString, point } from "@turf/turf";
import type { Feature, FeatureCollection, LineString, Point, Polygon } from "geojson";
import type { NearbyResult } from "../../domain/nearby-consumers";
import type { SlottedLayer } from "../map/use-map-layers";
import { MAP_FONT_STACK } from "../map/layers";

export const SEARCH_SOURCES = {
  radius: "atlas-search-radius",
  lines: "atlas-search-lines",
  hits: "atlas-search-hits",
  origin: "atlas-search-origin",
} as const;

export const SEARCH_LAYERS = {
  radiusFill: "atlas-search-radius-fill",
  radiusLine: "atlas-search-radius-line",
  lines: "atlas-search-lines",
  lineHighlight: "atlas-search-line-highlight",
  hits: "atlas-search-hits",
  hitHighlight: "atlas-search-hit-highlight",
  hitRank: "atlas-search-hit-rank",
  origin: "atlas-search-origin",
} as const;

const ACCENT = "#0f6e5b";
const HIGHLIGHT = "#e67e22";
const RADIUS = "#d35400";
const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
const NOTHING: FilterSpecification = ["==", ["get", "id"], ""];

export const SEARCH_MAP_SPEC = {
  sources: {
    [SEARCH_SOURCES.radius]: { type: "geojson" as const, data: EMPTY },
    [SEARCH_SOURCES.lines]: { type: "geojson" as const, data: EMPTY },
    [SEARCH_SOURCES.hits]: { type: "geojson" as const, data: EMPTY },
    [SEARCH_SOURCES.origin]: { type: "geojson" as const, data: EMPTY },
  },
  layers: [
    // Solid and orange, unlike the dashed green park areas, so the search radius is not mistaken for a park.
    {
      slot: "areas",
      layer: {
        id: SEARCH_LAYERS.radiusFill,
        type: "fill",
        source: SEARCH_SOURCES.radius,
        paint: { "fill-color": RADIUS, "fill-opacity": 0.05 },
      },
    },
    {
      slot: "areas",
      layer: {
        id: SEARCH_LAYERS.radiusLine,
        type: "line",
        source: SEARCH_SOURCES.radius,
        paint: { "line-color": RADIUS, "line-width": 2 },
      },
    },
    {
      slot: "lines",
      layer: {
        id: SEARCH_LAYERS.lines,
        type: "line",
        source: SEARCH_SOURCES.lines,
        paint: { "line-color": ACCENT, "line-width": 1.2, "line-opacity": 0.7 },
      },
    },
    {
      slot: "lines",
      layer: {
        id: SEARCH_LAYERS.lineHighlight,
        type: "line",
        source: SEARCH_SOURCES.lines,
        filter: NOTHING,
        paint: { "line-color": HIGHLIGHT, "line-width": 3 },
      },
    },
    {
      slot: "top",
      layer: {
        id: SEARCH_LAYERS.hits,
        type: "circle",
        source: SEARCH_SOURCES.hits,
        paint: {
          "circle-radius": 8,
          "circle-color": "rgba(0,0,0,0)",
          "circle-stroke-color": ACCENT,
          "circle-stroke-width": 2,
        },
      },
    },
    {
      slot: "top",
      layer: {
        id: SEARCH_LAYERS.hitHighlight,
        type: "circle",
        source: SEARCH_SOURCES.hits,
        filter: NOTHING,
        paint: {
          "circle-radius": 11,
          "circle-color": "rgba(0,0,0,0)",
          "circle-stroke-color": HIGHLIGHT,
          "circle-stroke-width": 3,
        },
      },
    },
    {
      slot: "top",
      layer: {
        id: SEARCH_LAYERS.hitRank,
        type: "symbol",
        source: SEARCH_SOURCES.hits,
        layout: {
          "text-field": ["to-string", ["get", "rank"]] as ExpressionSpecification,
          "text-font": MAP_FONT_STACK,
          "text-size": 11,
          "text-offset": [0, -1.4],
          "text-allow-overlap": true,
        },
        paint: { "text-color": ACCENT, "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
      },
    },
    {
      slot: "top",
      layer: {
        id: SEARCH_LAYERS.origin,
        type: "circle",
        source: SEARCH_SOURCES.origin,
        paint: {
          "circle-radius": 7,
          "circle-color": HIGHLIGHT,
          "circle-stroke-color": "#ffffff",
          "circle-stroke-width": 2.5,
        },
      },
    },
  ] satisfies { slot: SlottedLayer["slot"]; layer: LayerSpecification }[] as SlottedLayer[],
};

/** Filter that shows only the feature with this id (for the highlight layers). */
export function searchHighlightFilter(id: string | null): FilterSpecification {
  return ["==", ["get", "id"], id ?? ""];
}

/** The radius drawn as a Turf circle (128 steps) around the origin, or an empty collection in k-nearest mode. */
export function radiusCircle(origin: [number, number], radiusKm: number | null): FeatureCollection<Polygon> {
  if (!radiusKm) return featureCollection([]);
  const c = circle(origin, radiusKm, { steps: 128, units: "kilometers", properties: { radiusKm } });
  return featureCollection([c]);
}

/** One line from the origin to each result, carrying the result's id and rank. */
export function resultLines(origin: [number, number], results: readonly NearbyResult[]): FeatureCollection<LineString> {
  return featureCollection(
    results.map((r, i) =>
      lineString([origin, [r.lng, r.lat]], { id: r.site.id, rank: i + 1, distanceKm: r.distanceKm }),
    ),
  );
}

/** Result points with id and rank (rank follows the list order shown). */
export function resultPoints(results: readonly NearbyResult[]): FeatureCollection<Point> {
  return featureCollection(results.map((r, i) => point([r.lng, r.lat], { id: r.site.id, rank: i + 1 })));
}

/** The origin marker. */
export function originPoint(origin: [number, number] | null): FeatureCollection<Point> {
  return featureCollection(origin ? [point(origin, { id: "origin" }) as Feature<Point>] : []);
}
