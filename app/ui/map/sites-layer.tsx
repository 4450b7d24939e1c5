"use client";
/**
 * Sites as circles coloured by role and sized by tonnage (synthetic = hollow ring), with names at high zoom and
 * a ring on the selected site. Clicking a circle calls `onSelect(id)`. Renders nothing itself.
 */
import { useEffect, useMemo, useState } from "react";
import type { FilterSpecification, MapLayerMouseEvent } from "maplibre-gl";
import { mapSiteFeatureCollection, type SiteFeatureCollection } from "../../domain/site-features";
import { LAYERS, SITE_LAYERS, SOURCES, selectedSiteFilter } from "./layers";
import { EMPTY_FEATURES } from "./map-style";
import { useGeoJsonData, useLayerFilter, useMapLayers, type SlottedLayer } from "./use-map-layers";
import { localName } from "../../domain/locale";

const SITE_SPEC = {
  sources: { [SOURCES.sites]: { type: "geojson" as const, data: EMPTY_FEATURES, promoteId: "id" } },
  layers: [
    ...SITE_LAYERS.points.map((layer): SlottedLayer => ({ slot: "points", layer })),
    ...SITE_LAYERS.labels.map((layer): SlottedLayer => ({ slot: "labels", layer })),
    ...SITE_LAYERS.top.map((layer): SlottedLayer => ({ slot: "top", layer })),
  ],
};

export interface SitesLayerProps {
  sites: SiteFeatureCollection | null;
  /** Filter for the circles and labels (see siteVisibilityFilter); null shows every site. */
  filter?: FilterSpecification | null;
  selectedId?: string | null;
  onSelect?: (siteId: string) => void;
  /** Label by English name instead of Chinese. */
  locale?: string;
}

export function SitesLayer({ sites, filter = null, selectedId = null, onSelect, locale = "zh" }: SitesLayerProps) {
  const map = useMapLayers(SITE_SPEC);
  const [hover, setHover] = useState<{ name: string; x: number; y: number } | null>(null);
  const data = useMemo(() => {
    if (!sites) return null;
    const flat = mapSiteFeatureCollection(sites);
    for (const f of flat.features) f.properties.name = localName(f.properties, locale);
    return flat;
  }, [sites, locale]);
  useGeoJsonData(SOURCES.sites, data);
  useLayerFilter(LAYERS.siteCircle, filter);
  useLayerFilter(LAYERS.siteLabel, filter);
  useLayerFilter(LAYERS.siteSelected, selectedSiteFilter(selectedId));

  useEffect(() => {
    if (!map) return;
    const click = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === "string") onSelect?.(id);
    };
    // A name tooltip under the pointer: site labels only appear from zoom 9, so this names sites at any zoom.
    const move = (e: MapLayerMouseEvent) => {
      const name = e.features?.[0]?.properties?.name;
      map.getCanvas().style.cursor = "pointer";
      setHover(typeof name === "string" ? { name, x: e.point.x, y: e.point.y } : null);
    };
    const leave = () => {
      map.getCanvas().style.cursor = "";
      setHover(null);
    };
    map.on("click", LAYERS.siteCircle, click);
    map.on("mousemove", LAYERS.siteCircle, move);
    map.on("mouseleave", LAYERS.siteCircle, leave);
    return () => {
      map.off("click", LAYERS.siteCircle, click);
      map.off("mousemove", LAYERS.siteCircle, move);
      map.off("mouseleave", LAYERS.siteCircle, leave);
    };
  }, [map, onSelect]);

  if (!hover) return null;
  return (
    <div className="map-tooltip" style={{ left: hover.x, top: hover.y }} aria-hidden="true" data-testid="site-tooltip">
      {hover.name}
    </div>
  );
}
