"use client";
/** Parks (bases, pilot parks, chemical/energy parks) as tinted areas with names. Renders nothing itself. */
import { useMemo } from "react";
import type { FeatureCollection, Point } from "geojson";
import type { ParkFeatureProperties } from "../../domain/park-features";
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
    ...PARK_LAYERS.labels.map((layer): SlottedLayer => ({ slot: "labels", layer })),
  ],
};

export const PARK_LAYER_IDS = [LAYERS.parkFill, LAYERS.parkLine, LAYERS.parkLabel];

export function ParksLayer({ parks, visible = true, locale = "zh" }: { parks: ParkCollection | null; visible?: boolean; locale?: string }) {
  useMapLayers(PARK_SPEC);
  const labels = useMemo<FeatureCollection<Point> | null>(
    () =>
      parks && {
        type: "FeatureCollection",
        features: parks.features.map((f) => ({
          type: "Feature",
          geometry: { type: "Point", coordinates: f.properties.center },
          properties: { id: f.properties.id, name: localName(f.properties, locale) },
        })),
      },
    [parks, locale],
  );
  useGeoJsonData(SOURCES.parks, parks);
  useGeoJsonData(SOURCES.parkLabels, labels);
  useLayerVisibility(PARK_LAYER_IDS, visible);
  return null;
}
