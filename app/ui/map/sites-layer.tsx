"use client";
/**
 * Registry sites from vector tiles (GET /api/tiles/sites/{z}/{x}/{y}.pbf): circles coloured by role and sized by
 * tonnage (synthetic = hollow ring), names at high zoom, counted clusters where a large registry is dense at low
 * zoom, and a ring on the selected site. Clicking a circle calls `onSelect(id)`; clicking a cluster zooms in.
 * Renders nothing itself but the hover tooltip.
 */
import { useEffect, useMemo, useState } from "react";
import type { ExpressionSpecification, FilterSpecification, MapLayerMouseEvent, VectorTileSource } from "maplibre-gl";
import type { MapSiteFeature } from "../../domain/site-features";
import { LAYERS, SITE_LAYERS, SOURCES, siteLabelText } from "./layers";
import { EMPTY_FEATURES } from "./map-style";
import { addMapLayers, useGeoJsonData, useLayerFilter, type SlottedLayer } from "./use-map-layers";
import { useAtlasMap } from "./base-map";
import { SITE_TILE_MAX_ZOOM as TILE_MAX_ZOOM } from "../../domain/site-tiles";

const SITE_LAYER_SLOTS: SlottedLayer[] = [
  ...SITE_LAYERS.points.map((layer): SlottedLayer => ({ slot: "points", layer })),
  ...SITE_LAYERS.labels.map((layer): SlottedLayer => ({ slot: "labels", layer })),
  ...SITE_LAYERS.top.map((layer): SlottedLayer => ({ slot: "top", layer })),
];

const NO_SELECTION = EMPTY_FEATURES;

export interface SitesLayerProps {
  /** Absolute tile URL template (useSiteTiles); null until known. A new URL (new registry version) reloads tiles. */
  tiles: string | null;
  /** Filter for the circles and labels (see siteVisibilityFilter); null shows every site. */
  filter?: FilterSpecification | null;
  /** Filter for clusters (see clusterVisibilityFilter) and the text of their counts (clusterCountText). */
  clusterFilter?: FilterSpecification | null;
  clusterCountText?: ExpressionSpecification | null;
  /** The selected site, flattened (mapSiteFeature), for its ring. */
  selected?: MapSiteFeature | null;
  onSelect?: (siteId: string) => void;
  /** Label by English name instead of Chinese. */
  locale?: string;
}

export function SitesLayer({
  tiles,
  filter = null,
  clusterFilter = null,
  clusterCountText = null,
  selected = null,
  onSelect,
  locale = "zh",
}: SitesLayerProps) {
  const map = useAtlasMap();
  const [ready, setReady] = useState(false);
  const [hover, setHover] = useState<{ name: string; x: number; y: number } | null>(null);

  // The vector source needs its URL when it is created, so sources and layers are added once the URL is known;
  // a later URL (the registry changed) only swaps the source's tiles.
  const hasTiles = tiles !== null;
  useEffect(() => {
    if (!map || !hasTiles) return;
    const remove = addMapLayers(
      map,
      {
        [SOURCES.sites]: {
          type: "vector",
          tiles: [tiles],
          minzoom: 0,
          maxzoom: TILE_MAX_ZOOM,
          promoteId: { sites: "id" },
        },
        [SOURCES.siteSelected]: { type: "geojson", data: NO_SELECTION },
      },
      SITE_LAYER_SLOTS,
    );
    // The layers now exist in MapLibre (an external system): the filters and data below may be applied.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
    return () => {
      setReady(false);
      remove();
    };
    // Only the first URL creates the source; later URLs go through setTiles below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, hasTiles]);
  useEffect(() => {
    if (!map || !ready || !tiles) return;
    const source = map.getSource(SOURCES.sites) as VectorTileSource | undefined;
    if (source && source.tiles?.[0] !== tiles) source.setTiles([tiles]);
  }, [map, ready, tiles]);

  const selection = useMemo(
    () => ({ type: "FeatureCollection" as const, features: selected ? [selected] : [] }),
    [selected],
  );
  useGeoJsonData(SOURCES.siteSelected, ready ? selection : null);
  useLayerFilter(LAYERS.siteCircle, ready ? filter : null);
  useLayerFilter(LAYERS.siteLabel, ready ? filter : null);
  useLayerFilter(LAYERS.siteCluster, ready ? clusterFilter : null);
  useLayerFilter(LAYERS.siteClusterCount, ready ? clusterFilter : null);
  useEffect(() => {
    if (!map || !ready) return;
    map.setLayoutProperty(LAYERS.siteLabel, "text-field", siteLabelText(locale));
    if (clusterCountText) map.setLayoutProperty(LAYERS.siteClusterCount, "text-field", clusterCountText);
  }, [map, ready, locale, clusterCountText]);

  useEffect(() => {
    if (!map || !ready) return;
    const click = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === "string") onSelect?.(id);
    };
    const clickCluster = (e: MapLayerMouseEvent) => {
      // A site under the pointer wins over the cluster behind it.
      if (map.queryRenderedFeatures(e.point, { layers: [LAYERS.siteCircle] }).length) return;
      map.easeTo({ center: e.lngLat, zoom: Math.min(map.getZoom() + 2, TILE_MAX_ZOOM) });
    };
    // A name tooltip under the pointer: site labels only appear from zoom 9, so this names sites at any zoom.
    const move = (e: MapLayerMouseEvent) => {
      const p = e.features?.[0]?.properties;
      const name = locale === "en" && typeof p?.nameEn === "string" && p.nameEn ? p.nameEn : p?.name;
      map.getCanvas().style.cursor = "pointer";
      setHover(typeof name === "string" && name ? { name, x: e.point.x, y: e.point.y } : null);
    };
    const leave = () => {
      map.getCanvas().style.cursor = "";
      setHover(null);
    };
    const pointer = () => {
      map.getCanvas().style.cursor = "pointer";
    };
    map.on("click", LAYERS.siteCircle, click);
    map.on("click", LAYERS.siteCluster, clickCluster);
    map.on("mousemove", LAYERS.siteCircle, move);
    map.on("mouseleave", LAYERS.siteCircle, leave);
    map.on("mousemove", LAYERS.siteCluster, pointer);
    map.on("mouseleave", LAYERS.siteCluster, leave);
    return () => {
      map.off("click", LAYERS.siteCircle, click);
      map.off("click", LAYERS.siteCluster, clickCluster);
      map.off("mousemove", LAYERS.siteCircle, move);
      map.off("mouseleave", LAYERS.siteCircle, leave);
      map.off("mousemove", LAYERS.siteCluster, pointer);
      map.off("mouseleave", LAYERS.siteCluster, leave);
    };
  }, [map, ready, onSelect, locale]);

  if (!hover) return null;
  return (
    <div className="map-tooltip" style={{ left: hover.x, top: hover.y }} aria-hidden="true" data-testid="site-tooltip">
      {hover.name}
    </div>
  );
}
