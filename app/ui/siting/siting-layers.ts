/** Map sources and layer specs (constants) for siting results and scenario maps. */
import type { SourceSpecification } from "maplibre-gl";
import type { SlottedLayer } from "../map/use-map-layers";
import { MAP_FONT_STACK } from "../map/layers";

export const SITING_SOURCES = { points: "siting-points", catchments: "siting-catchments" } as const;
export const SITING_LAYERS = {
  catchments: "siting-catchments",
  candidates: "siting-candidates",
  suppliers: "siting-suppliers",
  plants: "siting-plants",
  plantLabels: "siting-plant-labels",
} as const;

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };
export const PLANT_COLOUR = "#117864";

export const SITING_MAP_SOURCES: Record<string, SourceSpecification> = {
  [SITING_SOURCES.points]: { type: "geojson", data: EMPTY },
  [SITING_SOURCES.catchments]: { type: "geojson", data: EMPTY },
};

export const SITING_MAP_LAYERS: SlottedLayer[] = [
  {
    slot: "lines",
    layer: {
      id: SITING_LAYERS.catchments,
      type: "line",
      source: SITING_SOURCES.catchments,
      paint: {
        "line-color": PLANT_COLOUR,
        "line-opacity": 0.7,
        "line-width": ["interpolate", ["linear"], ["sqrt", ["get", "tonnesPerYear"]], 0, 1, 300, 2.5, 1000, 6],
      },
    },
  },
  {
    slot: "points",
    layer: {
      id: SITING_LAYERS.candidates,
      type: "circle",
      source: SITING_SOURCES.points,
      filter: ["==", ["get", "kind"], "candidate"],
      paint: {
        "circle-radius": 3.5,
        "circle-color": "#ffffff",
        "circle-stroke-color": "#7f8c8d",
        "circle-stroke-width": 1.5,
      },
    },
  },
  {
    slot: "points",
    layer: {
      id: SITING_LAYERS.suppliers,
      type: "circle",
      source: SITING_SOURCES.points,
      filter: ["==", ["get", "kind"], "supplier"],
      paint: {
        "circle-radius": 4,
        "circle-color": ["case", ["get", "synthetic"], "#ffffff", "#c0392b"],
        "circle-stroke-color": "#c0392b",
        "circle-stroke-width": 1.5,
      },
    },
  },
  {
    slot: "top",
    layer: {
      id: SITING_LAYERS.plants,
      type: "circle",
      source: SITING_SOURCES.points,
      filter: ["==", ["get", "kind"], "plant"],
      paint: {
        "circle-radius": 11,
        "circle-color": PLANT_COLOUR,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 2,
      },
    },
  },
  {
    slot: "top",
    layer: {
      id: SITING_LAYERS.plantLabels,
      type: "symbol",
      source: SITING_SOURCES.points,
      filter: ["==", ["get", "kind"], "plant"],
      layout: {
        "text-field": ["get", "label"],
        "text-font": MAP_FONT_STACK,
        "text-size": 12,
        "text-allow-overlap": true,
      },
      paint: { "text-color": "#ffffff" },
    },
  },
];

export const SCENARIO_SOURCES = { points: "scenario-points" } as const;
export const SCENARIO_LAYERS = {
  stockpiles: "scenario-stockpiles",
  additions: "scenario-additions",
  additionLabels: "scenario-addition-labels",
} as const;

export const SCENARIO_MAP_SOURCES: Record<string, SourceSpecification> = {
  [SCENARIO_SOURCES.points]: { type: "geojson", data: EMPTY },
};

export const SCENARIO_MAP_LAYERS: SlottedLayer[] = [
  {
    slot: "points",
    layer: {
      id: SCENARIO_LAYERS.stockpiles,
      type: "circle",
      source: SCENARIO_SOURCES.points,
      filter: ["==", ["get", "kind"], "stockpile"],
      // √tonnes: 1 Mt ≈ 16 px, 10 Mt ≈ 40 px.
      paint: {
        "circle-radius": ["interpolate", ["linear"], ["sqrt", ["get", "tonnes"]], 0, 2, 1000, 16, 3200, 40],
        "circle-color": "rgba(126,81,9,0.35)",
        "circle-stroke-color": "#7e5109",
        "circle-stroke-width": 1.5,
      },
    },
  },
  {
    slot: "top",
    layer: {
      id: SCENARIO_LAYERS.additions,
      type: "circle",
      source: SCENARIO_SOURCES.points,
      filter: ["==", ["get", "kind"], "addition"],
      paint: {
        "circle-radius": 8,
        "circle-color": ["case", ["get", "active"], PLANT_COLOUR, "#ffffff"],
        "circle-stroke-color": PLANT_COLOUR,
        "circle-stroke-width": 2.5,
      },
    },
  },
];
