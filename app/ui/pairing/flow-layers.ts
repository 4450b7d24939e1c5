/** Map sources and layer specs (constants) for pairing runs: flows, unused supply, spare capacity, drawn scope. */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SourceSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import { MAP_FONT_STACK } from "../map/layers";
import type { SlottedLayer } from "../map/use-map-layers";

export const PAIRING_SOURCES = {
  flows: "pairing-flows",
  residual: "pairing-residual",
  drawn: "pairing-drawn-area",
  sites: "pairing-sites",
  /** Only the selected pairing's flow: changing the highlight then re-lays out one feature, not 10^4. */
  selectedFlow: "pairing-flows-selected",
} as const;

export const PAIRING_LAYERS = {
  flowsByMaterial: "pairing-flows-material",
  flowsByLevel: "pairing-flows-level",
  selfPairs: "pairing-self-pairs",
  unmatched: "pairing-unmatched",
  spare: "pairing-spare",
  drawnFill: "pairing-drawn-fill",
  drawnLine: "pairing-drawn-line",
  drawnVertices: "pairing-drawn-vertices",
  selected: "pairing-flow-selected",
  sitePoints: "pairing-site-points",
  siteLabels: "pairing-site-labels",
} as const;

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

/** Line width grows with the square root of tonnes per year (1 px at ~1 kt, ~10 px at 1 Mt). */
const FLOW_WIDTH: ExpressionSpecification = [
  "interpolate",
  ["linear"],
  ["sqrt", ["get", "tonnesPerYear"]],
  0,
  1,
  30,
  1.5,
  300,
  4,
  1000,
  10,
  3000,
  16,
];
const RESIDUAL_RADIUS: ExpressionSpecification = [
  "interpolate",
  ["linear"],
  ["sqrt", ["get", "tonnes"]],
  0,
  4,
  300,
  7,
  1000,
  12,
  3000,
  18,
];

const flowLayer = (id: string, colourProp: string): LineLayerSpecification => ({
  id,
  type: "line",
  source: PAIRING_SOURCES.flows,
  filter: ["!", ["get", "selfPair"]],
  layout: { "line-cap": "round", "line-join": "round" },
  paint: { "line-color": ["get", colourProp], "line-width": FLOW_WIDTH, "line-opacity": 0.8 },
});

export const FLOW_SOURCES: Record<string, SourceSpecification> = {
  [PAIRING_SOURCES.flows]: { type: "geojson", data: EMPTY },
  [PAIRING_SOURCES.residual]: { type: "geojson", data: EMPTY },
  [PAIRING_SOURCES.sites]: { type: "geojson", data: EMPTY },
  [PAIRING_SOURCES.selectedFlow]: { type: "geojson", data: EMPTY },
};

/** Filter showing only the flow of one pairing (or nothing). */
export function selectedFlowFilter(pairingId: number | null): ExpressionSpecification {
  return ["==", ["get", "pairingId"], pairingId ?? -1];
}

export const FLOW_LAYERS: SlottedLayer[] = [
  {
    slot: "points",
    layer: {
      id: PAIRING_LAYERS.unmatched,
      type: "circle",
      source: PAIRING_SOURCES.residual,
      filter: ["==", ["get", "kind"], "unmatched"],
      paint: {
        "circle-radius": RESIDUAL_RADIUS,
        "circle-color": "rgba(192,57,43,0.25)",
        "circle-stroke-color": "#c0392b",
        "circle-stroke-width": 2,
      },
    } satisfies CircleLayerSpecification,
  },
  {
    slot: "points",
    layer: {
      id: PAIRING_LAYERS.spare,
      type: "circle",
      source: PAIRING_SOURCES.residual,
      filter: ["==", ["get", "kind"], "spare"],
      paint: {
        "circle-radius": RESIDUAL_RADIUS,
        "circle-color": "rgba(31,111,178,0.12)",
        "circle-stroke-color": "#1f6fb2",
        "circle-stroke-width": 1.5,
        "circle-stroke-opacity": 0.8,
      },
    } satisfies CircleLayerSpecification,
  },
  { slot: "lines", layer: flowLayer(PAIRING_LAYERS.flowsByMaterial, "materialColour") },
  {
    slot: "lines",
    layer: {
      ...flowLayer(PAIRING_LAYERS.flowsByLevel, "levelColour"),
      layout: { "line-cap": "round", "line-join": "round", visibility: "none" },
    },
  },
  // The run's sites (every producer and consumer it pairs) with their names, synthetic ones hollow.
  {
    slot: "points",
    layer: {
      id: PAIRING_LAYERS.sitePoints,
      type: "circle",
      source: PAIRING_SOURCES.sites,
      paint: {
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 6, 2.5, 11, 5],
        "circle-color": ["case", ["get", "synthetic"], "rgba(0,0,0,0)", "#34403b"],
        "circle-stroke-color": ["case", ["get", "synthetic"], "#34403b", "#ffffff"],
        "circle-stroke-width": 1.2,
      },
    } satisfies CircleLayerSpecification,
  },
  {
    slot: "labels",
    layer: {
      id: PAIRING_LAYERS.siteLabels,
      type: "symbol",
      source: PAIRING_SOURCES.sites,
      minzoom: 8,
      layout: {
        "text-field": ["to-string", ["get", "name"]],
        "text-font": MAP_FONT_STACK,
        "text-size": 11,
        "text-anchor": "top",
        "text-offset": [0, 0.7],
        "text-max-width": 10,
        "text-optional": true,
      },
      paint: { "text-color": "#2b3330", "text-halo-color": "#ffffff", "text-halo-width": 1.4 },
    } satisfies SymbolLayerSpecification,
  },
  // The flow chosen in the table or on the map, drawn over the others.
  {
    slot: "top",
    layer: {
      id: PAIRING_LAYERS.selected,
      type: "line",
      source: PAIRING_SOURCES.selectedFlow,
      filter: selectedFlowFilter(null),
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        "line-color": "#f1c40f",
        "line-width": ["+", FLOW_WIDTH, 5] as unknown as ExpressionSpecification,
        "line-opacity": 0.95,
      },
    } satisfies LineLayerSpecification,
  },
  {
    slot: "points",
    layer: {
      id: PAIRING_LAYERS.selfPairs,
      type: "circle",
      source: PAIRING_SOURCES.flows,
      filter: ["get", "selfPair"],
      paint: {
        "circle-radius": 9,
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": ["get", "levelColour"],
        "circle-stroke-width": 3,
      },
    } satisfies CircleLayerSpecification,
  },
];

export const DRAW_SOURCES: Record<string, SourceSpecification> = {
  [PAIRING_SOURCES.drawn]: { type: "geojson", data: EMPTY },
};

export const DRAW_LAYERS: SlottedLayer[] = [
  {
    slot: "areas",
    layer: {
      id: PAIRING_LAYERS.drawnFill,
      type: "fill",
      source: PAIRING_SOURCES.drawn,
      filter: ["==", ["geometry-type"], "Polygon"],
      paint: { "fill-color": "#0f6e5b", "fill-opacity": 0.15 },
    } satisfies FillLayerSpecification,
  },
  {
    slot: "lines",
    layer: {
      id: PAIRING_LAYERS.drawnLine,
      type: "line",
      source: PAIRING_SOURCES.drawn,
      filter: ["!=", ["geometry-type"], "Point"],
      paint: { "line-color": "#0f6e5b", "line-width": 2, "line-dasharray": [2, 1] },
    } satisfies LineLayerSpecification,
  },
  {
    slot: "top",
    layer: {
      id: PAIRING_LAYERS.drawnVertices,
      type: "circle",
      source: PAIRING_SOURCES.drawn,
      filter: ["==", ["geometry-type"], "Point"],
      paint: { "circle-radius": 4, "circle-color": "#fff", "circle-stroke-color": "#0f6e5b", "circle-stroke-width": 2 },
    } satisfies CircleLayerSpecification,
  },
];
