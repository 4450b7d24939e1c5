/** MapLibre sources and layers of the plan page: the utilisation choropleth and the key-project points (constants). */
import type { ExpressionSpecification, SourceSpecification } from "maplibre-gl";
import type { SlottedLayer } from "../map/use-map-layers";
import { MAP_FONT_STACK } from "../map/layers";

export const PLAN_SOURCES = { choropleth: "plan-choropleth", projects: "plan-projects" } as const;
export const PLAN_LAYERS_IDS = {
  fill: "plan-choropleth-fill",
  line: "plan-choropleth-line",
  projects: "plan-projects",
  projectLabels: "plan-project-labels",
} as const;

const EMPTY = { type: "FeatureCollection", features: [] } as const;

/** Utilisation classes of the choropleth (upper bounds, 0–1) and their colours; the bulk target 72 % is a break. */
export const UTILISATION_CLASSES: readonly { upTo: number; colour: string }[] = [
  { upTo: 0.2, colour: "#f9e0dc" },
  { upTo: 0.4, colour: "#f3b49f" },
  { upTo: 0.72, colour: "#f5d76e" },
  { upTo: 0.9, colour: "#82c99a" },
  { upTo: Infinity, colour: "#1e8449" },
];
export const NO_DATA_COLOUR = "#e5e7e9";

// `u` is the utilisation (0..1), or -1 where the region produces none of the material.
const FILL: ExpressionSpecification = [
  "case",
  ["<", ["get", "u"], 0],
  NO_DATA_COLOUR,
  [
    "step",
    ["get", "u"],
    UTILISATION_CLASSES[0].colour,
    0.2,
    UTILISATION_CLASSES[1].colour,
    0.4,
    UTILISATION_CLASSES[2].colour,
    0.72,
    UTILISATION_CLASSES[3].colour,
    0.9,
    UTILISATION_CLASSES[4].colour,
  ],
];

export const PROJECT_STATUS_COLOURS: Record<string, string> = {
  planned: "#2e86c1",
  "under-construction": "#d68910",
  operating: "#1e8449",
  delayed: "#a04000",
  cancelled: "#7f8c8d",
  unknown: "#566573",
};

export const PLAN_SOURCE_SPECS: Record<string, SourceSpecification> = {
  [PLAN_SOURCES.choropleth]: { type: "geojson", data: EMPTY as never, promoteId: "adcode" },
  [PLAN_SOURCES.projects]: { type: "geojson", data: EMPTY as never },
};

export const PLAN_LAYERS: readonly SlottedLayer[] = [
  {
    slot: "areas",
    layer: {
      id: PLAN_LAYERS_IDS.fill,
      type: "fill",
      source: PLAN_SOURCES.choropleth,
      paint: { "fill-color": FILL, "fill-opacity": 0.8 },
    },
  },
  {
    slot: "areas",
    layer: {
      id: PLAN_LAYERS_IDS.line,
      type: "line",
      source: PLAN_SOURCES.choropleth,
      paint: { "line-color": "#ffffff", "line-width": 1 },
    },
  },
  {
    slot: "points",
    layer: {
      id: PLAN_LAYERS_IDS.projects,
      type: "circle",
      source: PLAN_SOURCES.projects,
      paint: {
        "circle-radius": 6,
        "circle-color": [
          "match",
          ["get", "status"],
          ...Object.entries(PROJECT_STATUS_COLOURS).flat(),
          "#566573",
        ] as unknown as ExpressionSpecification,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1.5,
      },
    },
  },
  {
    slot: "labels",
    layer: {
      id: PLAN_LAYERS_IDS.projectLabels,
      type: "symbol",
      source: PLAN_SOURCES.projects,
      minzoom: 8,
      layout: {
        "text-field": ["get", "label"],
        "text-font": MAP_FONT_STACK,
        "text-size": 11,
        "text-offset": [0, 1.1],
        "text-anchor": "top",
        "text-optional": true,
      },
      paint: { "text-color": "#1d2321", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
    },
  },
];

/** Fill colour of a utilisation value (the same classes as the map), for the legend and the city list. */
export function utilisationColour(u: number | null): string {
  if (u === null) return NO_DATA_COLOUR;
  return (
    UTILISATION_CLASSES.find((c) => u < c.upTo)?.colour ?? UTILISATION_CLASSES[UTILISATION_CLASSES.length - 1].colour
  );
}
