"use client";
/** The cluster on an atlas map: sites by role, flows coloured by material and sized by tonnes; fitted to the cluster. */
import { useCallback, useMemo } from "react";
import type { FeatureCollection } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { materialSpec } from "../../domain/materials";
import { siteRole } from "../../domain/registry-types";
import { flowWidthPt } from "../../domain/exports/pdf-map";
import type { ProposalSnapshot } from "../../domain/proposals/proposal-types";
import { BaseMap } from "../map/base-map";
import { useGeoJsonData, useMapLayers } from "../map/use-map-layers";
import { PROPOSAL_LAYERS, PROPOSAL_SOURCE_SPECS, PROPOSAL_SOURCES } from "./proposal-layers";
import { localName } from "../../domain/locale";
import { fitMapBounds } from "../map/fit-padding";

function ClusterLayers({ snapshot, locale }: { snapshot: ProposalSnapshot; locale: string }) {
  useMapLayers({ sources: PROPOSAL_SOURCE_SPECS, layers: PROPOSAL_LAYERS });
  const [sites, flows] = useMemo(() => {
    const byId = new Map(snapshot.sites.map((s) => [s.id, s]));
    const maxT = Math.max(0, ...snapshot.pairings.map((p) => p.tonnesPerYear));
    const sitesFc: FeatureCollection = {
      type: "FeatureCollection",
      features: snapshot.sites.map((s) => ({
        type: "Feature",
        id: s.id,
        geometry: { type: "Point", coordinates: [s.lng, s.lat] },
        properties: { id: s.id, role: siteRole(s), label: localName(s, locale), synthetic: s.provenance.synthetic },
      })),
    };
    const flowsFc: FeatureCollection = {
      type: "FeatureCollection",
      features: snapshot.pairings
        .filter((p) => p.producerId !== p.consumerId)
        .map((p) => {
          const a = byId.get(p.producerId)!;
          const b = byId.get(p.consumerId)!;
          return {
            type: "Feature",
            geometry: {
              type: "LineString",
              coordinates: [
                [a.lng, a.lat],
                [b.lng, b.lat],
              ],
            },
            properties: {
              material: p.material,
              colour: materialSpec(p.material)?.colour ?? "#555555",
              widthPx: flowWidthPt(p.tonnesPerYear, maxT),
              tonnesPerYear: p.tonnesPerYear,
            },
          };
        }),
    };
    return [sitesFc, flowsFc];
  }, [snapshot, locale]);
  useGeoJsonData(PROPOSAL_SOURCES.sites, sites);
  useGeoJsonData(PROPOSAL_SOURCES.flows, flows);
  return null;
}

export function ProposalMap({
  snapshot,
  label,
  locale,
}: {
  snapshot: ProposalSnapshot;
  label: string;
  locale: string;
}) {
  const onReady = useCallback(
    (map: MapLibreMap) => {
      if (!snapshot.sites.length) return;
      const lngs = snapshot.sites.map((s) => s.lng);
      const lats = snapshot.sites.map((s) => s.lat);
      fitMapBounds(
        map,
        [
          [Math.min(...lngs), Math.min(...lats)],
          [Math.max(...lngs), Math.max(...lats)],
        ],
        60,
        { maxZoom: 11, duration: 0 },
      );
    },
    [snapshot],
  );
  return (
    <BaseMap label={label} hash={false} onReady={onReady} testId="proposal-map">
      <ClusterLayers snapshot={snapshot} locale={locale} />
    </BaseMap>
  );
}
