/** MapLibre sources and layers of a proposal's cluster map (constants; data is set with useGeoJsonData). */
import type { SourceSpecification } from "maplibre-gl";
import type { SlottedLayer } from "../map/use-map-layers";
import type { ExpressionSpecification } from "maplibre-gl";
import { MAP_FONT_STACK, ROLE_COLOUR_EXPRESSION, SITE_FILL_OPACITY } from "../map/layers";

const IS_SYNTHETIC: ExpressionSpecification = ["==", ["get", "synthetic"], true];

export const PROPOSAL_SOURCES = { sites: "proposal-sites", flows: "proposal-flows" } as const;

const EMPTY = { type: "FeatureCollection", features: [] } as const;

export const PROPOSAL_SOURCE_SPECS: Record<string, SourceSpecification> = {
  [PROPOSAL_SOURCES.sites]: { type: "geojson", data: EMPTY as never },
  [PROPOSAL_SOURCES.flows]: { type: "geojson", data: EMPTY as never },
};

export const PROPOSAL_LAYERS: readonly SlottedLayer[] = [
  {
    slot: "lines",
    layer: {
      id: "proposal-flows",
      type: "line",
      source: PROPOSAL_SOURCES.flows,
      layout: { "line-cap": "round" },
      paint: { "line-color": ["get", "colour"], "line-width": ["get", "widthPx"], "line-opacity": 0.8 },
    },
  },
  {
    slot: "points",
    layer: {
      id: "proposal-sites",
      type: "circle",
      source: PROPOSAL_SOURCES.sites,
      // As on the main map: real sites solid with a white edge, synthetic ones hollow rings in their role colour.
      paint: {
        "circle-radius": 6,
        "circle-color": ROLE_COLOUR_EXPRESSION,
        "circle-opacity": ["case", IS_SYNTHETIC, SITE_FILL_OPACITY.synthetic, SITE_FILL_OPACITY.operating],
        "circle-stroke-color": ["case", IS_SYNTHETIC, ROLE_COLOUR_EXPRESSION, "#ffffff"],
        "circle-stroke-width": ["case", IS_SYNTHETIC, 2, 1.5],
      },
    },
  },
  {
    slot: "labels",
    layer: {
      id: "proposal-site-labels",
      type: "symbol",
      source: PROPOSAL_SOURCES.sites,
      layout: {
        "text-field": ["get", "label"],
        "text-font": MAP_FONT_STACK,
        "text-size": 11,
        "text-offset": [0, 1.2],
        "text-anchor": "top",
        "text-optional": true,
      },
      paint: { "text-color": "#1d2321", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
    },
  },
];
