"use client";
/**
 * Hooks for feature code to put its own data on an atlas map (inside <BaseMap>):
 *   useMapLayers({ sources: { "my-src": { type: "geojson", data: EMPTY_FEATURES } }, layers: [{ slot: "lines", layer }] });
 *   useGeoJsonData("my-src", collection);
 * Sources and layers are added when the map is ready and removed on unmount. Pass constants (module-level specs):
 * they are read once per map.
 */
import { useEffect } from "react";
import type {
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification,
} from "maplibre-gl";
import type { GeoJSON } from "geojson";
import { MAP_SLOTS, type MapSlot } from "./layers";
import { useAtlasMap } from "./base-map";

export interface SlottedLayer {
  slot: MapSlot;
  layer: LayerSpecification;
}

/** Adds sources and layers to a map now; returns a function that removes them again. */
export function addMapLayers(
  map: MapLibreMap,
  sources: Record<string, SourceSpecification>,
  layers: readonly SlottedLayer[],
): () => void {
  for (const [id, spec] of Object.entries(sources)) if (!map.getSource(id)) map.addSource(id, spec);
  for (const { slot, layer } of layers) if (!map.getLayer(layer.id)) map.addLayer(layer, MAP_SLOTS[slot]);
  return () => {
    // The map may already be gone (page navigation removes it before children unmount).
    if (!map.style) return;
    try {
      for (const { layer } of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      for (const id of Object.keys(sources)) if (map.getSource(id)) map.removeSource(id);
    } catch {
      /* map already removed */
    }
  };
}

/** Adds sources/layers to the enclosing atlas map for the lifetime of the calling component. */
export function useMapLayers(spec: {
  sources?: Record<string, SourceSpecification>;
  layers: readonly SlottedLayer[];
}): MapLibreMap | null {
  const map = useAtlasMap();
  useEffect(() => {
    if (!map) return;
    return addMapLayers(map, spec.sources ?? {}, spec.layers);
    // Specs are constants by contract; re-adding on every render would flicker.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  return map;
}

/** Keeps a GeoJSON source's data in sync with `data` (no-op until the map and the source exist). */
export function useGeoJsonData(sourceId: string, data: GeoJSON | null | undefined): void {
  const map = useAtlasMap();
  useEffect(() => {
    if (!map || !data) return;
    (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(data);
  }, [map, sourceId, data]);
}

/** Keeps a layer's filter in sync. */
export function useLayerFilter(layerId: string, filter: FilterSpecification | null): void {
  const map = useAtlasMap();
  useEffect(() => {
    if (!map || !map.getLayer(layerId)) return;
    map.setFilter(layerId, filter);
  }, [map, layerId, filter]);
}

/** Shows or hides layers. */
export function useLayerVisibility(layerIds: readonly string[], visible: boolean): void {
  const map = useAtlasMap();
  const key = layerIds.join(",");
  useEffect(() => {
    if (!map) return;
    for (const id of key.split(","))
      if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", visible ? "visible" : "none");
  }, [map, key, visible]);
}
