"use client";
/** Small map with one draggable marker for the site position (WGS84); typing coordinates moves the marker. */
import { useEffect, useRef } from "react";
import type { Marker } from "maplibre-gl";
import { BaseMap, useAtlasMap } from "../map/base-map";

function DraggableMarker({
  lng,
  lat,
  onMove,
}: {
  lng: number | null;
  lat: number | null;
  onMove: (lng: number, lat: number) => void;
}) {
  const map = useAtlasMap();
  const marker = useRef<Marker | null>(null);
  const onMoveRef = useRef(onMove);
  useEffect(() => {
    onMoveRef.current = onMove;
  }, [onMove]);

  useEffect(() => {
    if (!map) return;
    let cancelled = false;
    void import("maplibre-gl").then(({ default: maplibregl }) => {
      if (cancelled) return;
      const m = new maplibregl.Marker({ draggable: true, color: "#c0392b" })
        .setLngLat([lng ?? 112.5, lat ?? 37.8])
        .addTo(map);
      m.getElement().setAttribute("data-testid", "site-location-marker");
      m.on("dragend", () => {
        const p = m.getLngLat();
        onMoveRef.current(Math.round(p.lng * 1e6) / 1e6, Math.round(p.lat * 1e6) / 1e6);
      });
      marker.current = m;
      if (lng !== null && lat !== null) map.jumpTo({ center: [lng, lat], zoom: 10 });
    });
    // A click on the map moves the marker there too (keyboard users type the coordinates instead).
    const onClick = (e: { lngLat: { lng: number; lat: number } }) => {
      onMoveRef.current(Math.round(e.lngLat.lng * 1e6) / 1e6, Math.round(e.lngLat.lat * 1e6) / 1e6);
    };
    map.on("click", onClick);
    return () => {
      cancelled = true;
      map.off("click", onClick);
      marker.current?.remove();
      marker.current = null;
    };
    // Created once per map; position updates are handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);

  useEffect(() => {
    if (marker.current && lng !== null && lat !== null && Math.abs(lng) <= 180 && Math.abs(lat) <= 90)
      marker.current.setLngLat([lng, lat]);
  }, [lng, lat]);
  return null;
}

export function SiteLocationMap({
  label,
  lng,
  lat,
  onMove,
}: {
  label: string;
  lng: number | null;
  lat: number | null;
  onMove: (lng: number, lat: number) => void;
}) {
  return (
    <BaseMap label={label} hash={false} className="site-location-map" testId="site-location-map">
      <DraggableMarker lng={lng} lat={lat} onMove={onMove} />
    </BaseMap>
  );
}
