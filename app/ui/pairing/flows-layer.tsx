"use client";
/** Puts a run's flows and residuals on the enclosing atlas map, with colour mode, filters and click-to-explain. */
import { useEffect, useMemo } from "react";
import type { ExpressionSpecification, FilterSpecification, MapLayerMouseEvent } from "maplibre-gl";
import type { MaterialCode } from "../../domain/materials";
import type { CycleLevel } from "../../domain/registry-types";
import { flowFeatures, residualFeatures, type FlowLike } from "../../domain/pairing/flow-features";
import type { PairingSummary } from "../../domain/pairing/types";
import { useGeoJsonData, useLayerFilter, useLayerVisibility, useMapLayers } from "../map/use-map-layers";
import { FLOW_LAYERS, FLOW_SOURCES, PAIRING_LAYERS, PAIRING_SOURCES, selectedFlowFilter } from "./flow-layers";
import { fitMapBounds } from "../map/fit-padding";

export interface FlowsLayerProps {
  flows: FlowLike[];
  summary: PairingSummary;
  colourBy: "material" | "level";
  materials: MaterialCode[];
  levels: CycleLevel[];
  showResidual: boolean;
  onSelect: (pairingId: number) => void;
  /** The pairing chosen in the table: its flow is highlighted and brought into view. */
  selectedId?: number | null;
  locale?: string;
}

export function FlowsLayer({
  flows,
  summary,
  colourBy,
  materials,
  levels,
  showResidual,
  onSelect,
  selectedId = null,
  locale = "zh",
}: FlowsLayerProps) {
  const map = useMapLayers({ sources: FLOW_SOURCES, layers: FLOW_LAYERS });
  // Built once per run (flows and summary are the page's props); filters and colour modes are layer expressions.
  const flowData = useMemo(() => flowFeatures(flows, summary.involvedSites), [flows, summary]);
  const flowById = useMemo(() => new Map(flows.map((f) => [f.id, f])), [flows]);
  const featureById = useMemo(() => new Map(flowData.features.map((f) => [f.properties.pairingId, f])), [flowData]);
  const selectedData = useMemo<GeoJSON.FeatureCollection>(() => {
    const f = selectedId === null ? undefined : featureById.get(selectedId);
    return { type: "FeatureCollection", features: f ? [f] : [] };
  }, [featureById, selectedId]);
  useGeoJsonData(PAIRING_SOURCES.selectedFlow, selectedData);
  const residualData = useMemo(() => residualFeatures(summary), [summary]);
  useGeoJsonData(PAIRING_SOURCES.flows, flowData);
  useGeoJsonData(PAIRING_SOURCES.residual, residualData);
  const siteData = useMemo<GeoJSON.FeatureCollection>(
    () => ({
      type: "FeatureCollection",
      features: Object.entries(summary.involvedSites).map(([id, s]) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [s.lng, s.lat] },
        properties: { id, name: locale === "en" ? s.nameEn : s.name, synthetic: s.synthetic },
      })),
    }),
    [summary, locale],
  );
  useGeoJsonData(PAIRING_SOURCES.sites, siteData);
  useLayerFilter(
    PAIRING_LAYERS.selected,
    useMemo(() => selectedFlowFilter(selectedId) as FilterSpecification, [selectedId]),
  );

  // A pairing chosen in the table is brought into view (unless both ends are already on screen).
  useEffect(() => {
    if (!map || selectedId === null) return;
    const flow = flowById.get(selectedId);
    const a = flow && summary.involvedSites[flow.producerId];
    const b = flow && summary.involvedSites[flow.consumerId];
    if (!a || !b) return;
    const view = map.getBounds();
    if (view.contains([a.lng, a.lat]) && view.contains([b.lng, b.lat])) return;
    fitMapBounds(
      map,
      [
        [Math.min(a.lng, b.lng), Math.min(a.lat, b.lat)],
        [Math.max(a.lng, b.lng), Math.max(a.lat, b.lat)],
      ],
      { top: 60, bottom: 40, left: 260, right: 60 },
      { maxZoom: 11, duration: 400 },
    );
  }, [map, selectedId, flowById, summary]);

  const matKey = materials.join(",");
  const levelKey = levels.join(",");
  const [lineFilter, selfFilter, unmatchedFilter, spareFilter] = useMemo(() => {
    const inMaterials: ExpressionSpecification = [
      "in",
      ["get", "material"],
      ["literal", matKey ? matKey.split(",") : []],
    ];
    const inLevels: ExpressionSpecification = [
      "in",
      ["get", "cycleLevel"],
      ["literal", levelKey ? levelKey.split(",") : []],
    ];
    return [
      ["all", ["!", ["get", "selfPair"]], inMaterials, inLevels] as FilterSpecification,
      ["all", ["get", "selfPair"], inMaterials, inLevels] as FilterSpecification,
      ["all", ["==", ["get", "kind"], "unmatched"], inMaterials] as FilterSpecification,
      ["all", ["==", ["get", "kind"], "spare"], inMaterials] as FilterSpecification,
    ];
  }, [matKey, levelKey]);
  useLayerFilter(PAIRING_LAYERS.flowsByMaterial, lineFilter);
  useLayerFilter(PAIRING_LAYERS.flowsByLevel, lineFilter);
  useLayerFilter(PAIRING_LAYERS.selfPairs, selfFilter);
  useLayerFilter(PAIRING_LAYERS.unmatched, unmatchedFilter);
  useLayerFilter(PAIRING_LAYERS.spare, spareFilter);
  useLayerVisibility([PAIRING_LAYERS.flowsByMaterial], colourBy === "material");
  useLayerVisibility([PAIRING_LAYERS.flowsByLevel], colourBy === "level");
  useLayerVisibility([PAIRING_LAYERS.unmatched, PAIRING_LAYERS.spare], showResidual);

  // Frame the run once (unless the URL already carries a view, e.g. a shared link).
  useEffect(() => {
    if (!map || window.location.hash.includes("map=")) return;
    const pts = Object.values(summary.involvedSites);
    if (pts.length === 0) return;
    const lngs = pts.map((p) => p.lng);
    const lats = pts.map((p) => p.lat);
    fitMapBounds(
      map,
      [
        [Math.min(...lngs), Math.min(...lats)],
        [Math.max(...lngs), Math.max(...lats)],
      ],
      { top: 60, bottom: 40, left: 260, right: 60 },
      { maxZoom: 11, duration: 0 },
    );
  }, [map, summary]);

  useEffect(() => {
    if (!map) return;
    const ids = [PAIRING_LAYERS.flowsByMaterial, PAIRING_LAYERS.flowsByLevel, PAIRING_LAYERS.selfPairs];
    const click = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.pairingId;
      if (typeof id === "number") onSelect(id);
    };
    const enter = () => (map.getCanvas().style.cursor = "pointer");
    const leave = () => (map.getCanvas().style.cursor = "");
    for (const id of ids) {
      map.on("click", id, click);
      map.on("mouseenter", id, enter);
      map.on("mouseleave", id, leave);
    }
    return () => {
      for (const id of ids) {
        map.off("click", id, click);
        map.off("mouseenter", id, enter);
        map.off("mouseleave", id, leave);
      }
    };
  }, [map, onSelect]);
  return null;
}
