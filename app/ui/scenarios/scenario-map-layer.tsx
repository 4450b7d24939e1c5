"use client";
/** Puts a scenario on the enclosing map: city stockpiles at the chosen year and the capacity additions. */
import { useEffect, useMemo, useState } from "react";
import { scenarioFeatures, type CityPlace } from "../../domain/scenarios/scenario-features";
import type { ScenarioParams, ScenarioResult } from "../../domain/scenarios/types";
import { useGeoJsonData, useMapLayers } from "../map/use-map-layers";
import { SCENARIO_MAP_LAYERS, SCENARIO_MAP_SOURCES, SCENARIO_SOURCES } from "../siting/siting-layers";

export function ScenarioMapLayer({
  result,
  params,
  year,
  onFeatures,
}: {
  result: ScenarioResult;
  params: ScenarioParams;
  year: number;
  onFeatures?: (n: { stockpiles: number; additions: number }) => void;
}) {
  useMapLayers({ sources: SCENARIO_MAP_SOURCES, layers: SCENARIO_MAP_LAYERS });
  const [cities, setCities] = useState<CityPlace[]>([]);
  useEffect(() => {
    let stop = false;
    fetch("/api/regions?level=city")
      .then((r) => r.json())
      .then((fc: GeoJSON.FeatureCollection) => {
        if (stop) return;
        setCities(
          fc.features.map((f) => {
            const p = f.properties as {
              adcode: string;
              name: string;
              nameEn: string | null;
              seat: [number, number] | null;
              centroid: [number, number];
            };
            return { adcode: p.adcode, name: p.name, nameEn: p.nameEn ?? p.name, at: p.seat ?? p.centroid };
          }),
        );
      })
      .catch(() => undefined);
    return () => {
      stop = true;
    };
  }, []);
  const data = useMemo(() => scenarioFeatures(result, params, cities, year), [result, params, cities, year]);
  useGeoJsonData(SCENARIO_SOURCES.points, data);
  useEffect(() => {
    onFeatures?.({
      stockpiles: data.features.filter((f) => f.properties?.kind === "stockpile").length,
      additions: data.features.filter((f) => f.properties?.kind === "addition").length,
    });
  }, [data, onFeatures]);
  return null;
}
