/**
 * Map source ids, layer ids and layer specs (constants). Every map in the app uses these, so pages look alike and
 * tests can query layers by id. Feature code adds its own layers into a slot (see MAP_SLOTS) with `useMapLayers`.
 */
import type {
  BackgroundLayerSpecification,
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import { materialToken } from "../../domain/site-features";
import type { MaterialCode } from "../../domain/materials";
import type { SiteRole } from "../../domain/registry-types";
import { SITE_STATUSES, type SiteStatus } from "../../domain/site-status";
import { ROLE_COLOURS, SYNTHETIC_FILL_OPACITY } from "../../domain/role-colours";
import { SHANXI_BBOX } from "../../domain/shanxi-bbox";
import { PARK_KINDS, type ParkKind } from "../../domain/parks-catalogue";
import { MAJOR_PARK_LABEL_MAX_RANK, PARK_LABEL_MAX_WIDTH_EM } from "../../domain/park-labels";

export const SOURCES = {
  province: "atlas-province",
  cities: "atlas-cities",
  counties: "atlas-counties",
  cityLabels: "atlas-city-labels",
  countyLabels: "atlas-county-labels",
  parks: "atlas-parks",
  parkLabels: "atlas-park-labels",
  /** Vector tiles from GET /api/tiles/sites (source layers SITE_SOURCE_LAYERS). */
  sites: "atlas-sites",
  /** The selected site (one GeoJSON point, fetched by id), so its ring shows even while its tile clusters it. */
  siteSelected: "atlas-site-selected",
  basemap: "atlas-online-basemap",
  rivers: "atlas-rivers",
  urbanAreas: "atlas-urban-areas",
  citySeats: "atlas-city-seats",
} as const;

export const LAYERS = {
  background: "atlas-background",
  basemap: "atlas-online-basemap",
  countyFill: "atlas-county-fill",
  urbanFill: "atlas-urban-fill",
  river: "atlas-river",
  riverLabel: "atlas-river-label",
  citySeat: "atlas-city-seat",
  countyLine: "atlas-county-line",
  cityLine: "atlas-city-line",
  provinceHalo: "atlas-province-halo",
  provinceLine: "atlas-province-line",
  parkFill: "atlas-park-fill",
  parkLine: "atlas-park-line",
  siteCircle: "atlas-site-circle",
  siteCluster: "atlas-site-cluster",
  siteClusterCount: "atlas-site-cluster-count",
  siteSelected: "atlas-site-selected",
  siteLabel: "atlas-site-label",
  countyLabel: "atlas-county-label",
  cityLabel: "atlas-city-label",
  parkLabel: "atlas-park-label",
  parkLabelMajor: "atlas-park-label-major",
} as const;

/**
 * Invisible anchor layers that fix the drawing order. A feature layer added "into" a slot is inserted just below
 * that slot's anchor, so: areas (parks, catchments) < lines (pairing flows) < points (sites, search hits)
 * < boundary labels < labels (site/park names) < top (highlights, selection).
 */
export const MAP_SLOTS = {
  areas: "atlas-slot-areas",
  lines: "atlas-slot-lines",
  points: "atlas-slot-points",
  labels: "atlas-slot-labels",
  top: "atlas-slot-top",
} as const;
export type MapSlot = keyof typeof MAP_SLOTS;

/** The province box as MapLibre bounds (south-west, north-east). */
export const SHANXI_BOUNDS: [[number, number], [number, number]] = [
  [SHANXI_BBOX[0], SHANXI_BBOX[1]],
  [SHANXI_BBOX[2], SHANXI_BBOX[3]],
];

/** Local fonts only (TinySDF draws every glyph in the browser; the style has no glyph server). */
export const MAP_FONT_STACK = [
  "Noto Sans CJK SC",
  "Noto Sans SC",
  "Source Han Sans SC",
  "PingFang SC",
  "Microsoft YaHei",
  "sans-serif",
];
export const LOCAL_IDEOGRAPH_FONT_FAMILY = MAP_FONT_STACK.map((f) => (f.includes(" ") ? `'${f}'` : f)).join(", ");

export const MAP_COLOURS = {
  background: "#dfe6e4",
  land: "#f8f7f2",
  countyLine: "#b9c2bc",
  cityLine: "#7d8a83",
  provinceLine: "#2f4f46",
  provinceHalo: "#ffffff",
  label: "#34403b",
  labelHalo: "#f8f7f2",
  park: "#0f6e5b",
  urban: "#e6ded0",
  river: "#7fb2d9",
  riverLabel: "#3a75a6",
  selected: "#f1c40f",
} as const;

export { ROLE_COLOURS };

/** Circle colour by the feature's `role` property (the domain palette). */
export const ROLE_COLOUR_EXPRESSION: ExpressionSpecification = [
  "match",
  ["get", "role"],
  "producer",
  ROLE_COLOURS.producer,
  "consumer",
  ROLE_COLOURS.consumer,
  "both",
  ROLE_COLOURS.both,
  ROLE_COLOURS.none,
];

const isSynthetic: ExpressionSpecification = ["==", ["get", "synthetic"], true];
// Proposed, construction, mothballed, retired, cancelled and unknown sites: on the map, but out of analyses.
const isNotOperating: ExpressionSpecification = ["!=", ["coalesce", ["get", "status"], "operating"], "operating"];

/** Edge colour of a site that is not operating (faded circle with a grey edge; the legend shows the same). */
export const NOT_OPERATING_STROKE = "#6f7a75";
/** Fill opacity of real operating, non-operating and synthetic sites (the legend draws the same). */
export const SITE_FILL_OPACITY = { operating: 0.82, notOperating: 0.32, synthetic: SYNTHETIC_FILL_OPACITY } as const;

/** Circle radius in px at a zoom: interpolated on √tonnes, so area grows with tonnage. */
function radiusBySqrtTonnes(scale: number): ExpressionSpecification {
  return [
    "interpolate",
    ["linear"],
    ["sqrt", ["to-number", ["get", "sizeTonnesPerYear"], 0]],
    0,
    3 * scale,
    300,
    5 * scale, // 90 kt/yr
    1000,
    9 * scale, // 1 Mt/yr
    2500,
    15 * scale, // 6.25 Mt/yr
  ];
}

export const SITE_RADIUS: ExpressionSpecification = [
  "interpolate",
  ["linear"],
  ["zoom"],
  5,
  radiusBySqrtTonnes(0.8),
  7,
  radiusBySqrtTonnes(1),
  9,
  radiusBySqrtTonnes(1.6),
  13,
  radiusBySqrtTonnes(2.4),
];

/** Sizes shown in the legend (t/yr), matching SITE_RADIUS at the default zoom. */
export const LEGEND_SIZES_TONNES = [90_000, 1_000_000, 6_250_000];
/** The radius SITE_RADIUS gives at about zoom 6.5 (the whole-province view) for the legend sizes above. */
export const LEGEND_RADII_PX = [4.5, 8, 13.5];

const labelText = (field: string): ExpressionSpecification => ["to-string", ["get", field]];

export const BOUNDARY_LAYERS: LayerSpecification[] = [
  {
    id: LAYERS.background,
    type: "background",
    paint: { "background-color": MAP_COLOURS.background },
  } satisfies BackgroundLayerSpecification,
  {
    id: LAYERS.countyFill,
    type: "fill",
    source: SOURCES.counties,
    paint: { "fill-color": MAP_COLOURS.land, "fill-opacity": 1 },
  } satisfies FillLayerSpecification,
  // Basemap context under the boundaries and sites: urban areas, then rivers (Natural Earth).
  {
    id: LAYERS.urbanFill,
    type: "fill",
    source: SOURCES.urbanAreas,
    paint: { "fill-color": MAP_COLOURS.urban, "fill-opacity": 0.85 },
  } satisfies FillLayerSpecification,
  {
    id: LAYERS.river,
    type: "line",
    source: SOURCES.rivers,
    layout: { "line-join": "round", "line-cap": "round" },
    paint: {
      "line-color": MAP_COLOURS.river,
      // The Yellow River (NE rank 3) is drawn wider than the tributaries.
      "line-width": [
        "interpolate",
        ["linear"],
        ["zoom"],
        5,
        ["case", ["<=", ["get", "rank"], 3], 2.2, 1.1],
        10,
        ["case", ["<=", ["get", "rank"], 3], 4.5, 2.4],
      ],
    },
  } satisfies LineLayerSpecification,
  {
    id: LAYERS.countyLine,
    type: "line",
    source: SOURCES.counties,
    paint: {
      "line-color": MAP_COLOURS.countyLine,
      "line-width": ["interpolate", ["linear"], ["zoom"], 5, 0.4, 10, 1.2],
    },
  } satisfies LineLayerSpecification,
  {
    id: LAYERS.cityLine,
    type: "line",
    source: SOURCES.cities,
    layout: { "line-join": "round" },
    paint: { "line-color": MAP_COLOURS.cityLine, "line-width": ["interpolate", ["linear"], ["zoom"], 5, 1, 10, 2.4] },
  } satisfies LineLayerSpecification,
  {
    id: LAYERS.provinceHalo,
    type: "line",
    source: SOURCES.province,
    layout: { "line-join": "round" },
    paint: { "line-color": MAP_COLOURS.provinceHalo, "line-width": 7, "line-opacity": 0.7 },
  } satisfies LineLayerSpecification,
  {
    id: LAYERS.provinceLine,
    type: "line",
    source: SOURCES.province,
    layout: { "line-join": "round" },
    paint: { "line-color": MAP_COLOURS.provinceLine, "line-width": 2.2 },
  } satisfies LineLayerSpecification,
];

export const BOUNDARY_LABEL_LAYERS: (SymbolLayerSpecification | CircleLayerSpecification)[] = [
  {
    id: LAYERS.riverLabel,
    type: "symbol",
    source: SOURCES.rivers,
    minzoom: 6,
    layout: {
      "text-field": labelText("name"),
      "text-font": MAP_FONT_STACK,
      "symbol-placement": "line",
      "symbol-spacing": 400,
      "text-size": 11,
      "text-letter-spacing": 0.2,
    },
    paint: { "text-color": MAP_COLOURS.riverLabel, "text-halo-color": MAP_COLOURS.labelHalo, "text-halo-width": 1.4 },
  },
  // City seats of government (our own boundary data): a dot where the city is, the name stays at the centroid.
  {
    id: LAYERS.citySeat,
    type: "circle",
    source: SOURCES.citySeats,
    paint: {
      "circle-radius": ["interpolate", ["linear"], ["zoom"], 5, 2.5, 10, 4],
      "circle-color": "#ffffff",
      "circle-stroke-color": MAP_COLOURS.label,
      "circle-stroke-width": 1.5,
    },
  },
  {
    id: LAYERS.countyLabel,
    type: "symbol",
    source: SOURCES.countyLabels,
    minzoom: 7,
    layout: {
      "text-field": labelText("name"),
      "text-font": MAP_FONT_STACK,
      "text-size": ["interpolate", ["linear"], ["zoom"], 7, 10, 11, 14],
      "text-padding": 2,
    },
    paint: { "text-color": "#5b6862", "text-halo-color": MAP_COLOURS.labelHalo, "text-halo-width": 1.4 },
  },
  {
    id: LAYERS.cityLabel,
    type: "symbol",
    source: SOURCES.cityLabels,
    layout: {
      "text-field": labelText("name"),
      "text-font": MAP_FONT_STACK,
      "text-size": ["interpolate", ["linear"], ["zoom"], 5, 12, 10, 17],
      "text-letter-spacing": 0.08,
      // All 11 city names always show; they sit at polygon centroids, which are far apart.
      "text-allow-overlap": true,
    },
    paint: { "text-color": MAP_COLOURS.label, "text-halo-color": MAP_COLOURS.labelHalo, "text-halo-width": 2 },
  },
];

/** Invisible anchors, in drawing order (see MAP_SLOTS). */
export const SLOT_LAYERS: BackgroundLayerSpecification[] = Object.values(MAP_SLOTS).map((id) => ({
  id,
  type: "background",
  layout: { visibility: "none" },
  paint: { "background-color": "rgba(0,0,0,0)" },
}));

/** One colour per park kind (map and legend); the plan's bases are drawn with a heavier outline. */
export const PARK_KIND_COLOURS: Record<ParkKind, string> = {
  "national-base": "#0b5e4d",
  "demo-base": "#127a8a",
  "pilot-park": "#2e7d32",
  "red-mud-area": "#a93d2b",
  "coal-chemical-base": "#6d4c41",
  "chemical-park": "#7b3f96",
  "energy-park": "#9a6700",
};
const BASE_KINDS: ParkKind[] = ["national-base", "demo-base"];
/** Outline width per kind (px): bases heavier than parks. */
export function parkLineWidthPx(kind: ParkKind): number {
  return BASE_KINDS.includes(kind) ? 2.6 : 1.5;
}

const parkKindColour: ExpressionSpecification = [
  "match",
  ["get", "kind"],
  ...PARK_KINDS.flatMap((k) => [k, PARK_KIND_COLOURS[k]]),
  MAP_COLOURS.park,
] as unknown as ExpressionSpecification;

/** Park labels: placement (anchor, offset, rank) comes with each label point (app/domain/park-labels.ts). */
function parkLabelLayer(id: string, minzoom: number, filter: FilterSpecification): SymbolLayerSpecification {
  return {
    id,
    type: "symbol",
    source: SOURCES.parkLabels,
    minzoom,
    filter,
    layout: {
      "text-field": labelText("name"),
      "text-font": MAP_FONT_STACK,
      "text-size": ["interpolate", ["linear"], ["zoom"], 6, 10.5, 10, 12],
      "text-max-width": PARK_LABEL_MAX_WIDTH_EM,
      "text-anchor": ["to-string", ["get", "anchor"]] as ExpressionSpecification,
      "text-offset": ["get", "offsetEm"] as ExpressionSpecification,
      "text-justify": "auto",
      // Bases and pilot parks win collisions over chemical and energy parks.
      "symbol-sort-key": ["get", "rank"],
    },
    paint: { "text-color": parkKindColour, "text-halo-color": "#ffffff", "text-halo-width": 1.6 },
  };
}

export const PARK_LAYERS: { areas: LayerSpecification[]; labels: LayerSpecification[] } = {
  areas: [
    {
      id: LAYERS.parkFill,
      type: "fill",
      source: SOURCES.parks,
      paint: { "fill-color": parkKindColour, "fill-opacity": 0.07 },
    } satisfies FillLayerSpecification,
    {
      id: LAYERS.parkLine,
      type: "line",
      source: SOURCES.parks,
      paint: {
        "line-color": parkKindColour,
        "line-width": [
          "match",
          ["get", "kind"],
          BASE_KINDS,
          parkLineWidthPx("national-base"),
          parkLineWidthPx("pilot-park"),
        ] as unknown as ExpressionSpecification,
        "line-dasharray": [3, 2],
      },
    } satisfies LineLayerSpecification,
  ],
  // Drawing (and placement) order: minor labels below, the plan's bases and pilot parks on top (placed first).
  labels: [
    parkLabelLayer(LAYERS.parkLabel, 7.5, [">", ["get", "rank"], MAJOR_PARK_LABEL_MAX_RANK]),
    parkLabelLayer(LAYERS.parkLabelMajor, 5, ["<=", ["get", "rank"], MAJOR_PARK_LABEL_MAX_RANK]),
  ],
};

/** Layer names inside the site tiles (workers/site-tiles.mjs). */
export const SITE_SOURCE_LAYERS = { sites: "sites", clusters: "clusters" } as const;

export const CLUSTER_COLOUR = "#56606b";

export const SITE_LAYERS: { points: LayerSpecification[]; labels: LayerSpecification[]; top: LayerSpecification[] } = {
  points: [
    {
      id: LAYERS.siteCluster,
      type: "circle",
      source: SOURCES.sites,
      "source-layer": SITE_SOURCE_LAYERS.clusters,
      paint: {
        "circle-radius": [
          "interpolate",
          ["linear"],
          ["ln", ["max", 1, ["to-number", ["get", "count"], 1]]],
          0,
          9,
          4.6,
          14,
          9.2,
          26,
          11.5,
          32,
        ],
        "circle-color": CLUSTER_COLOUR,
        "circle-opacity": 0.55,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1.5,
      },
    } satisfies CircleLayerSpecification,
    {
      id: LAYERS.siteCircle,
      type: "circle",
      source: SOURCES.sites,
      "source-layer": SITE_SOURCE_LAYERS.sites,
      layout: { "circle-sort-key": ["-", 0, ["to-number", ["get", "sizeTonnesPerYear"], 0]] },
      paint: {
        "circle-radius": SITE_RADIUS,
        "circle-color": ROLE_COLOUR_EXPRESSION,
        // Synthetic sites are hollow rings in their role colour; real operating sites are solid with a white edge;
        // sites that are not operating are faded with a grey edge.
        "circle-opacity": [
          "case",
          isSynthetic,
          SITE_FILL_OPACITY.synthetic,
          isNotOperating,
          SITE_FILL_OPACITY.notOperating,
          SITE_FILL_OPACITY.operating,
        ],
        "circle-stroke-color": [
          "case",
          isSynthetic,
          ROLE_COLOUR_EXPRESSION,
          isNotOperating,
          NOT_OPERATING_STROKE,
          "#ffffff",
        ],
        "circle-stroke-width": ["case", isSynthetic, 1.8, isNotOperating, 1.6, 1],
      },
    } satisfies CircleLayerSpecification,
  ],
  labels: [
    {
      id: LAYERS.siteClusterCount,
      type: "symbol",
      source: SOURCES.sites,
      "source-layer": SITE_SOURCE_LAYERS.clusters,
      layout: {
        "text-field": ["to-string", ["get", "countLabel"]],
        "text-font": MAP_FONT_STACK,
        "text-size": 11,
        "text-allow-overlap": true,
      },
      paint: { "text-color": "#ffffff", "text-halo-color": CLUSTER_COLOUR, "text-halo-width": 1 },
    } satisfies SymbolLayerSpecification,
    {
      id: LAYERS.siteLabel,
      type: "symbol",
      source: SOURCES.sites,
      "source-layer": SITE_SOURCE_LAYERS.sites,
      minzoom: 9,
      layout: {
        "text-field": labelText("name"),
        "text-font": MAP_FONT_STACK,
        "text-size": 11,
        "text-anchor": "top",
        "text-offset": [0, 0.9],
        "text-max-width": 10,
        "text-optional": true,
      },
      paint: { "text-color": "#2b3330", "text-halo-color": "#ffffff", "text-halo-width": 1.4 },
    } satisfies SymbolLayerSpecification,
  ],
  top: [
    {
      id: LAYERS.siteSelected,
      type: "circle",
      source: SOURCES.siteSelected,
      paint: {
        // Zoom expressions must stay top-level, so the ring reuses SITE_RADIUS and grows outward by its stroke.
        "circle-radius": SITE_RADIUS,
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": MAP_COLOURS.selected,
        "circle-stroke-width": 4,
      },
    } satisfies CircleLayerSpecification,
  ],
};

/**
 * Filter for site layers: roles shown, synthetic sites unless hidden, the statuses shown (all when omitted), and
 * (unless every material is on) sites that produce or absorb at least one of the materials shown.
 */
export function siteVisibilityFilter(options: {
  roles: readonly SiteRole[];
  materials: readonly MaterialCode[];
  allMaterials: boolean;
  showSynthetic?: boolean;
  /** Statuses shown; omit to show every status. */
  statuses?: readonly SiteStatus[];
}): FilterSpecification {
  const parts: (ExpressionSpecification | boolean)[] = [["in", ["get", "role"], ["literal", [...options.roles]]]];
  if (options.showSynthetic === false) parts.push(["!=", ["get", "synthetic"], true]);
  if (options.statuses && options.statuses.length < SITE_STATUSES.length) {
    parts.push(["in", ["coalesce", ["get", "status"], "operating"], ["literal", [...options.statuses]]]);
  }
  if (!options.allMaterials) {
    const touches: ExpressionSpecification[] = options.materials.flatMap((m): ExpressionSpecification[] => [
      ["in", materialToken(m), ["get", "produces"]],
      ["in", materialToken(m), ["get", "absorbs"]],
    ]);
    parts.push(touches.length ? ["any", ...touches] : false);
  }
  return (parts.length === 1 ? parts[0] : ["all", ...parts]) as FilterSpecification;
}

/** Site names in the UI language (English names fall back to Chinese); tiles of dense areas may carry none. */
export function siteLabelText(locale: string): ExpressionSpecification {
  const zh: ExpressionSpecification = ["to-string", ["coalesce", ["get", "name"], ""]];
  return locale === "en"
    ? ["case", ["!=", ["coalesce", ["get", "nameEn"], ""], ""], ["to-string", ["get", "nameEn"]], zh]
    : zh;
}

/**
 * Filter for the cluster layers, from the same toggles as the sites: a cluster shows while it holds a site of a
 * shown role, holds a real site when synthetic sites are hidden, holds a site of a shown status, and (unless
 * every material is on) touches a shown material. Its count (clusterCountText) follows the role toggles.
 */
export function clusterVisibilityFilter(options: {
  roles: readonly SiteRole[];
  materials: readonly MaterialCode[];
  allMaterials: boolean;
  showSynthetic?: boolean;
  statuses?: readonly SiteStatus[];
}): FilterSpecification {
  const parts: (ExpressionSpecification | boolean)[] = [[">", clusterRoleCount(options.roles), 0]];
  if (options.showSynthetic === false)
    parts.push([">", ["-", ["to-number", ["get", "count"], 0], ["to-number", ["get", "nSynthetic"], 0]], 0]);
  if (options.statuses && options.statuses.length < SITE_STATUSES.length) {
    const any = options.statuses.map((st): ExpressionSpecification => ["in", `|${st}|`, ["get", "statuses"]]);
    parts.push(any.length ? ["any", ...any] : false);
  }
  if (!options.allMaterials) {
    const touches: ExpressionSpecification[] = options.materials.flatMap((m): ExpressionSpecification[] => [
      ["in", materialToken(m), ["get", "produces"]],
      ["in", materialToken(m), ["get", "absorbs"]],
    ]);
    parts.push(touches.length ? ["any", ...touches] : false);
  }
  return (parts.length === 1 ? parts[0] : ["all", ...parts]) as FilterSpecification;
}

const CLUSTER_ROLE_COUNT: Record<SiteRole, string> = {
  producer: "nProducer",
  consumer: "nConsumer",
  both: "nBoth",
  none: "nNone",
};

function clusterRoleCount(roles: readonly SiteRole[]): ExpressionSpecification {
  if (roles.length === 0) return ["literal", 0] as unknown as ExpressionSpecification;
  return [
    "+",
    0,
    ...roles.map((r): ExpressionSpecification => ["to-number", ["get", CLUSTER_ROLE_COUNT[r]], 0]),
  ] as ExpressionSpecification;
}

/** Count shown on a cluster: its sites of the shown roles (all sites when every role is on), abbreviated. */
export function clusterCountText(roles: readonly SiteRole[]): ExpressionSpecification {
  const n = clusterRoleCount(roles);
  return [
    "case",
    [">=", n, 10000],
    ["concat", ["to-string", ["round", ["/", n, 1000]]], "k"],
    [">=", n, 1000],
    ["concat", ["to-string", ["/", ["round", ["/", n, 100]], 10]], "k"],
    ["to-string", n],
  ];
}

/** Filter that shows only the selected site (or nothing). */
export function selectedSiteFilter(siteId: string | null): FilterSpecification {
  return ["==", ["get", "id"], siteId ?? ""];
}
