"use client";
/** The plan map: cities or counties coloured by utilisation of one material, and the key projects as points. */
import { useEffect, useMemo, useState } from "react";
import type { FeatureCollection } from "geojson";
import type { MapLayerMouseEvent } from "maplibre-gl";
import { BaseMap } from "../map/base-map";
import { useGeoJsonData, useMapLayers } from "../map/use-map-layers";
import { PLAN_LAYERS, PLAN_LAYERS_IDS, PLAN_SOURCE_SPECS, PLAN_SOURCES } from "./plan-layers";

export interface PlanMapRegion {
  adcode: string;
  utilisation: number | null;
}

export interface PlanMapProject {
  id: string;
  label: string;
  status: string;
  position: [number, number];
}

function PlanLayers({
  level,
  regions,
  projects,
  onPick,
}: {
  level: "city" | "county";
  regions: PlanMapRegion[];
  projects: PlanMapProject[];
  onPick: (adcode: string) => void;
}) {
  const map = useMapLayers({ sources: PLAN_SOURCE_SPECS, layers: PLAN_LAYERS });
  const [shapes, setShapes] = useState<Record<string, FeatureCollection | undefined>>({});
  useEffect(() => {
    if (shapes[level]) return;
    let cancelled = false;
    void fetch(`/api/regions?level=${level}`)
      .then((r) => r.json())
      .then((fc: FeatureCollection) => !cancelled && setShapes((s) => ({ ...s, [level]: fc })));
    return () => {
      cancelled = true;
    };
  }, [level, shapes]);
  const choropleth = useMemo((): FeatureCollection | null => {
    const fc = shapes[level];
    if (!fc) return null;
    const u = new Map(regions.map((r) => [r.adcode, r.utilisation]));
    return {
      type: "FeatureCollection",
      features: fc.features.map((f) => ({
        ...f,
        properties: { ...f.properties, u: u.get(String(f.properties?.adcode)) ?? -1 },
      })),
    };
  }, [shapes, level, regions]);
  const points = useMemo(
    (): FeatureCollection => ({
      type: "FeatureCollection",
      features: projects.map((p) => ({
        type: "Feature",
        id: p.id,
        geometry: { type: "Point", coordinates: p.position },
        properties: { id: p.id, label: p.label, status: p.status },
      })),
    }),
    [projects],
  );
  useGeoJsonData(PLAN_SOURCES.choropleth, choropleth);
  useGeoJsonData(PLAN_SOURCES.projects, points);
  useEffect(() => {
    if (!map) return;
    const click = (e: MapLayerMouseEvent) => {
      const adcode = e.features?.[0]?.properties?.adcode;
      if (adcode) onPick(String(adcode));
    };
    const enter = () => {
      map.getCanvas().style.cursor = "pointer";
    };
    const leave = () => {
      map.getCanvas().style.cursor = "";
    };
    map.on("click", PLAN_LAYERS_IDS.fill, click);
    map.on("mouseenter", PLAN_LAYERS_IDS.fill, enter);
    map.on("mouseleave", PLAN_LAYERS_IDS.fill, leave);
    return () => {
      map.off("click", PLAN_LAYERS_IDS.fill, click);
      map.off("mouseenter", PLAN_LAYERS_IDS.fill, enter);
      map.off("mouseleave", PLAN_LAYERS_IDS.fill, leave);
    };
  }, [map, onPick]);
  return null;
}

export function PlanMap(props: {
  label: string;
  level: "city" | "county";
  regions: PlanMapRegion[];
  projects: PlanMapProject[];
  onPick: (adcode: string) => void;
}) {
  return (
    <BaseMap label={props.label} hash={false} testId="plan-map">
      <PlanLayers level={props.level} regions={props.regions} projects={props.projects} onPick={props.onPick} />
    </BaseMap>
  );
}
