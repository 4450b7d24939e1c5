/** Map sources and layer specs (constants) for pairing runs: flows, unused supply, spare capacity, drawn scope. */
import type { CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, LineLayerSpecification, SourceSpecification } from "maplibre-gl";
import type { SlottedLayer } from "../map/use-map-layers";

export const PAIRING_SOURCES = {
  flows: "pairing-flows",
  residual: "pairing-residual",
  drawn: "pairing-drawn-area",
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
} as const;

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

/** Line width grows with the square root of tonnes per year (1 px at ~1 kt, ~10 px at 1 Mt). */
const FLOW_WIDTH: ExpressionSpecification = ["interpolate", ["linear"], ["sqrt", ["get", "tonnesPerYear"]], 0, 1, 30, 1.5, 300, 4, 1000, 10, 3000, 16];
const RESIDUAL_RADIUS: ExpressionSpecification = ["interpolate", ["linear"], ["sqrt", ["get", "tonnes"]], 0, 4, 300, 7, 1000, 12, 3000, 18];

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
};

export const FLOW_LAYERS: SlottedLayer[] = [
  {
    slot: "points",
    layer: {
      id: PAIRING_LAYERS.unmatched,
      type: "circle",
      source: PAIRING_SOURCES.residual,
      filter: ["==", ["get", "kind"], "unmatched"],
      paint: { "circle-radius": RESIDUAL_RADIUS, "circle-color": "rgba(192,57,43,0.25)", "circle-stroke-color": "#c0392b", "circle-stroke-width": 2 },
    } satisfies CircleLayerSpecification,
  },
  {
    slot: "points",
    layer: {
      id: PAIRING_LAYERS.spare,
      type: "circle",
      source: PAIRING_SOURCES.residual,
      filter: ["==", ["get", "kind"], "spare"],
      paint: { "circle-radius": RESIDUAL_RADIUS, "circle-color": "rgba(31,111,178,0.12)", "circle-stroke-color": "#1f6fb2", "circle-stroke-width": 1.5, "circle-stroke-opacity": 0.8 },
    } satisfies CircleLayerSpecification,
  },
  { slot: "lines", layer: flowLayer(PAIRING_LAYERS.flowsByMaterial, "materialColour") },
  { slot: "lines", layer: { ...flowLayer(PAIRING_LAYERS.flowsByLevel, "levelColour"), layout: { "line-cap": "round", "line-join": "round", visibility: "none" } } },
  {
    slot: "points",
    layer: {
      id: PAIRING_LAYERS.selfPairs,
      type: "circle",
      source: PAIRING_SOURCES.flows,
      filter: ["get", "selfPair"],
      paint: { "circle-radius": 9, "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": ["get", "levelColour"], "circle-stroke-width": 3 },
    } satisfies CircleLayerSpecification,
  },
];

export const DRAW_SOURCES: Record<string, SourceSpecification> = { [PAIRING_SOURCES.drawn]: { type: "geojson", data: EMPTY } };

export const DRAW_LAYERS: SlottedLayer[] = [
  {
    slot: "areas",
    layer: { id: PAIRING_LAYERS.drawnFill, type: "fill", source: PAIRING_SOURCES.drawn, filter: ["==", ["geometry-type"], "Polygon"], paint: { "fill-color": "#0f6e5b", "fill-opacity": 0.15 } } satisfies FillLayerSpecification,
  },
  {
    slot: "lines",
    layer: { id: PAIRING_LAYERS.drawnLine, type: "line", source: PAIRING_SOURCES.drawn, filter: ["!=", ["geometry-type"], "Point"], paint: { "line-color": "#0f6e5b", "line-width": 2, "line-dasharray": [2, 1] } } satisfies LineLayerSpecification,
  },
  {
    slot: "top",
    layer: { id: PAIRING_LAYERS.drawnVertices, type: "circle", source: PAIRING_SOURCES.drawn, filter: ["==", ["geometry-type"], "Point"], paint: { "circle-radius": 4, "circle-color": "#fff", "circle-stroke-color": "#0f6e5b", "circle-stroke-width": 2 } } satisfies CircleLayerSpecification,
  },
];
