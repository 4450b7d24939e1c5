"use client";
/** Click-to-add-vertices polygon drawing on the enclosing atlas map (inside <BaseMap>). */
import { useEffect, useMemo } from "react";
import type { FeatureCollection } from "geojson";
import type { MapMouseEvent } from "maplibre-gl";
import { useGeoJsonData, useMapLayers } from "../map/use-map-layers";
import { DRAW_LAYERS, DRAW_SOURCES, PAIRING_SOURCES } from "./flow-layers";

export type LngLat = [number, number];

/** The drawn vertices as GeoJSON: points, the outline so far, and the closed polygon once there are 3. */
export function drawnFeatures(vertices: readonly LngLat[]): FeatureCollection {
  const features: FeatureCollection["features"] = vertices.map((v) => ({
    type: "Feature",
    properties: {},
    geometry: { type: "Point", coordinates: v },
  }));
  if (vertices.length >= 3)
    features.push({
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates: [[...vertices, vertices[0]]] },
    });
  else if (vertices.length === 2)
    features.push({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [...vertices] } });
  return { type: "FeatureCollection", features };
}

export function PolygonDraw({ vertices, onAdd }: { vertices: readonly LngLat[]; onAdd: (v: LngLat) => void }) {
  const map = useMapLayers({ sources: DRAW_SOURCES, layers: DRAW_LAYERS });
  const data = useMemo(() => drawnFeatures(vertices), [vertices]);
  useGeoJsonData(PAIRING_SOURCES.drawn, data);
  useEffect(() => {
    if (!map) return;
    const onClick = (e: MapMouseEvent) => onAdd([Number(e.lngLat.lng.toFixed(6)), Number(e.lngLat.lat.toFixed(6))]);
    map.on("click", onClick);
    map.getCanvas().style.cursor = "crosshair";
    return () => {
      map.off("click", onClick);
      if (map.style) map.getCanvas().style.cursor = "";
    };
  }, [map, onAdd]);
  return null;
}
