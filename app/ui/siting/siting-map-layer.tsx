"use client";
/** Puts a siting result on the enclosing map: candidates, chosen plants (numbered), suppliers and catchments. */
import { useEffect, useMemo } from "react";
import type { SitingResult } from "../../domain/siting/types";
import { sitingFeatures } from "../../domain/siting/siting-features";
import { useGeoJsonData, useMapLayers } from "../map/use-map-layers";
import { SITING_MAP_LAYERS, SITING_MAP_SOURCES, SITING_SOURCES } from "./siting-layers";

export function SitingMapLayer({ result, fit = true }: { result: SitingResult; fit?: boolean }) {
  const map = useMapLayers({ sources: SITING_MAP_SOURCES, layers: SITING_MAP_LAYERS });
  const data = useMemo(() => sitingFeatures(result), [result]);
  useGeoJsonData(SITING_SOURCES.points, data.points);
  useGeoJsonData(SITING_SOURCES.catchments, data.catchments);
  useEffect(() => {
    if (!map || !fit || result.plants.length === 0) return;
    const pts = [
      ...result.plants.map((p) => [p.lng, p.lat]),
      ...Object.values(result.producers).map((p) => [p.lng, p.lat]),
    ];
    const lngs = pts.map((p) => p[0]);
    const lats = pts.map((p) => p[1]);
    map.fitBounds(
      [
        [Math.min(...lngs), Math.min(...lats)],
        [Math.max(...lngs), Math.max(...lats)],
      ],
      { padding: 60, maxZoom: 10, duration: 0 },
    );
  }, [map, fit, result]);
  return null;
}
