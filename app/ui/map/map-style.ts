/**
 * The offline MapLibre style: our own GeoJSON boundaries on a plain background, no tiles, sprites or glyph server.
 * With no `glyphs` URL MapLibre 5 draws every label glyph locally (TinySDF), so Chinese and Latin labels render
 * with zero network requests. An online raster basemap (e.g. Tianditu) can be switched on with
 * NEXT_PUBLIC_ATLAS_BASEMAP_URL (an XYZ template); it is off by default.
 */
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { BOUNDARY_LABEL_LAYERS, BOUNDARY_LAYERS, LAYERS, MAP_SLOTS, SLOT_LAYERS, SOURCES } from "./layers";

export const EMPTY_FEATURES: FeatureCollection = { type: "FeatureCollection", features: [] };

export const BOUNDARY_ATTRIBUTION =
  "Boundaries: Aliyun DataV.GeoAtlas (AutoNavi/Amap data), via github.com/Civitasv/DataV_GeoJSON";
/** Rivers and urban areas (geodata/basemap, public domain). */
export const NATURAL_EARTH_ATTRIBUTION = "Made with Natural Earth";

export interface OnlineBasemap {
  /** XYZ raster tile template, e.g. "https://t0.tianditu.gov.cn/vec_w/wmts?...&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY". */
  url: string;
  attribution: string;
}

/** The optional online basemap from NEXT_PUBLIC_ATLAS_BASEMAP_URL (null = fully offline, the default). */
export function onlineBasemapFromEnv(): OnlineBasemap | null {
  const url = process.env.NEXT_PUBLIC_ATLAS_BASEMAP_URL;
  if (!url) return null;
  return { url, attribution: process.env.NEXT_PUBLIC_ATLAS_BASEMAP_ATTRIBUTION ?? "Basemap" };
}

const emptyGeoJson = (promoteId?: string): GeoJSONSourceSpecification => ({
  type: "geojson",
  data: EMPTY_FEATURES,
  ...(promoteId ? { promoteId } : {}),
});

/** The base style every atlas map starts from; boundary data is filled in by BaseMap after load. */
export function buildOfflineStyle(basemap: OnlineBasemap | null = null): StyleSpecification {
  const layers: LayerSpecification[] = [];
  for (const layer of BOUNDARY_LAYERS) {
    layers.push(layer);
    if (layer.id === LAYERS.background && basemap) {
      layers.push({ id: LAYERS.basemap, type: "raster", source: SOURCES.basemap });
    }
  }
  if (basemap) {
    // Let the online basemap show through the county fill.
    const fill = layers.find((l) => l.id === LAYERS.countyFill);
    if (fill && fill.type === "fill") fill.paint = { ...fill.paint, "fill-opacity": 0.25 };
  }
  const slots = Object.fromEntries(SLOT_LAYERS.map((l) => [l.id, l]));
  layers.push(slots[MAP_SLOTS.areas], slots[MAP_SLOTS.lines], slots[MAP_SLOTS.points]);
  layers.push(...BOUNDARY_LABEL_LAYERS);
  layers.push(slots[MAP_SLOTS.labels], slots[MAP_SLOTS.top]);

  return {
    version: 8,
    name: "Symbiosis Atlas offline",
    sources: {
      [SOURCES.province]: emptyGeoJson("adcode"),
      [SOURCES.cities]: emptyGeoJson("adcode"),
      [SOURCES.counties]: emptyGeoJson("adcode"),
      [SOURCES.cityLabels]: emptyGeoJson(),
      [SOURCES.countyLabels]: emptyGeoJson(),
      [SOURCES.rivers]: emptyGeoJson(),
      [SOURCES.urbanAreas]: emptyGeoJson(),
      [SOURCES.citySeats]: emptyGeoJson(),
      ...(basemap
        ? {
            [SOURCES.basemap]: {
              type: "raster" as const,
              tiles: [basemap.url],
              tileSize: 256,
              attribution: basemap.attribution,
            },
          }
        : {}),
    },
    layers,
  };
}
