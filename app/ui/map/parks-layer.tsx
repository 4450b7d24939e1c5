"use client";
/** Parks (bases, pilot parks, chemical/energy parks) as tinted areas with names. Renders nothing itself. */
import { useMemo } from "react";
import type { FeatureCollection, Point } from "geojson";
import type { ParkFeatureProperties } from "../../domain/park-features";
import { placeParkLabels } from "../../domain/park-labels";
import { LAYERS, PARK_LAYERS, SOURCES } from "./layers";
import { EMPTY_FEATURES } from "./map-style";
import { useGeoJsonData, useLayerVisibility, useMapLayers, type SlottedLayer } from "./use-map-layers";
import { localName } from "../../domain/locale";

export type ParkCollection = FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, ParkFeatureProperties>;

const PARK_SPEC = {
  sources: {
    [SOURCES.parks]: { type: "geojson" as const, data: EMPTY_FEATURES, promoteId: "id" },
    [SOURCES.parkLabels]: { type: "geojson" as const, data: EMPTY_FEATURES },
  },
  layers: [
    ...PARK_LAYERS.areas.map((layer): SlottedLayer => ({ slot: "areas", layer })),
    // Park names sit in the top slot so MapLibre places them before site labels (bases and pilot parks win).
    ...PARK_LAYERS.labels.map((layer): SlottedLayer => ({ slot: "top", layer })),
  ],
};

export const PARK_LAYER_IDS = [LAYERS.parkFill, LAYERS.parkLine, LAYERS.parkLabel, LAYERS.parkLabelMajor];

export function ParksLayer({
  parks,
  visible = true,
  locale = "zh",
}: {
  parks: ParkCollection | null;
  visible?: boolean;
  locale?: string;
}) {
  useMapLayers(PARK_SPEC);
  const labels = useMemo<FeatureCollection<Point> | null>(() => {
    if (!parks) return null;
    const named = parks.features.map((f) => ({
      id: f.properties.id,
      kind: f.properties.kind,
      center: f.properties.center,
      name: localName(f.properties, locale),
    }));
    const placement = placeParkLabels(named);
    return {
      type: "FeatureCollection",
      features: named.map((p, i) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: placement[i].labelCenter },
        properties: {
          id: p.id,
          kind: p.kind,
          name: p.name,
          rank: placement[i].rank,
          anchor: placement[i].anchor,
          offsetEm: placement[i].offsetEm,
        },
      })),
    };
  }, [parks, locale]);
  useGeoJsonData(SOURCES.parks, parks);
  useGeoJsonData(SOURCES.parkLabels, labels);
  useLayerVisibility(PARK_LAYER_IDS, visible);
  return null;
}
