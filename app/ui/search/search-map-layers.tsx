"use client";
/**
 * The nearby search on the map (render inside <AtlasApp> so it sits in the map context): radius circle, lines,
 * result rings, origin marker; hover/click on a result links to the list; "pick on map" mode takes a click as origin.
 */
import { useEffect, useMemo } from "react";
import type { MapLayerMouseEvent, MapMouseEvent } from "maplibre-gl";
import { bbox } from "@turf/turf";
import { useGeoJsonData, useLayerFilter, useMapLayers } from "../map/use-map-layers";
import {
  SEARCH_LAYERS,
  SEARCH_MAP_SPEC,
  SEARCH_SOURCES,
  originPoint,
  radiusCircle,
  resultLines,
  resultPoints,
  searchHighlightFilter,
} from "./search-layers";
import { updateSearch, updateSearchUi, useSearch } from "./search-store";
import { fitMapBounds } from "../map/fit-padding";

const SEARCH_FIT_PADDING = {
  wide: { top: 40, bottom: 40, left: 340, right: 40 },
  phone: { top: 40, bottom: 140, left: 24, right: 48 },
};

export function SearchMapLayers() {
  const map = useMapLayers(SEARCH_MAP_SPEC);
  const { url, ui } = useSearch();
  const response = ui.response;
  const origin = useMemo<[number, number] | null>(
    () => (response ? [response.query.origin.lng, response.query.origin.lat] : null),
    [response],
  );
  // In the API's order (by distance); the table's own order does not change what the map draws.
  const sorted = useMemo(() => response?.results ?? [], [response]);

  const circleData = useMemo(
    () => radiusCircle(origin ?? [0, 0], origin && response ? response.query.radiusKm : null),
    [origin, response],
  );
  const lineData = useMemo(() => (origin ? resultLines(origin, sorted) : resultLines([0, 0], [])), [origin, sorted]);
  const pointData = useMemo(() => resultPoints(sorted), [sorted]);
  const originData = useMemo(() => originPoint(origin), [origin]);
  useGeoJsonData(SEARCH_SOURCES.radius, circleData);
  useGeoJsonData(SEARCH_SOURCES.lines, lineData);
  useGeoJsonData(SEARCH_SOURCES.hits, pointData);
  useGeoJsonData(SEARCH_SOURCES.origin, originData);
  const highlight = ui.hoveredId ?? url.selectedId;
  const filter = useMemo(() => searchHighlightFilter(highlight), [highlight]);
  useLayerFilter(SEARCH_LAYERS.hitHighlight, filter);
  useLayerFilter(SEARCH_LAYERS.lineHighlight, filter);

  // Frame a new search once (not on reload: the #map= hash restores the shared view).
  useEffect(() => {
    if (!map || !origin || ui.fitRequested === 0 || ui.status !== "done") return;
    const [minX, minY, maxX, maxY] =
      circleData.features.length > 0 ? bbox(circleData) : bbox(lineData.features.length > 0 ? lineData : originData);
    if (minX === maxX && minY === maxY) map.flyTo({ center: origin, zoom: Math.max(map.getZoom(), 10) });
    else {
      // The left column (search + layers) covers ~320 px of a wide map; phones have the bottom sheet instead.
      fitMapBounds(
        map,
        [
          [minX, minY],
          [maxX, maxY],
        ],
        SEARCH_FIT_PADDING,
        { maxZoom: 12, duration: 600 },
      );
    }
    // Only when a new answer for a user-started search arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, ui.fitRequested, response]);

  // A result chosen in the table is brought into view when the map does not show it.
  useEffect(() => {
    const hit = url.selectedId ? response?.results.find((r) => r.site.id === url.selectedId) : undefined;
    if (!map || !hit) return;
    if (!map.getBounds().contains([hit.lng, hit.lat])) map.easeTo({ center: [hit.lng, hit.lat], duration: 400 });
  }, [map, url.selectedId, response]);

  // Hover and click on result rings link to the table.
  useEffect(() => {
    if (!map) return;
    const enter = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === "string") updateSearchUi({ hoveredId: id });
      map.getCanvas().style.cursor = "pointer";
    };
    const leave = () => {
      updateSearchUi({ hoveredId: null });
      map.getCanvas().style.cursor = "";
    };
    const click = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === "string") updateSearch({ selectedId: id });
    };
    map.on("mousemove", SEARCH_LAYERS.hits, enter);
    map.on("mouseleave", SEARCH_LAYERS.hits, leave);
    map.on("click", SEARCH_LAYERS.hits, click);
    return () => {
      map.off("mousemove", SEARCH_LAYERS.hits, enter);
      map.off("mouseleave", SEARCH_LAYERS.hits, leave);
      map.off("click", SEARCH_LAYERS.hits, click);
    };
  }, [map]);

  // "Pick on map": the next click on the map becomes the origin.
  useEffect(() => {
    if (!map || !ui.picking) return;
    const canvas = map.getCanvas();
    canvas.style.cursor = "crosshair";
    const click = (e: MapMouseEvent) => {
      updateSearchUi({ picking: false });
      updateSearch(
        { origin: { kind: "point", lng: e.lngLat.lng, lat: e.lngLat.lat, label: null }, selectedId: null },
        { fit: true },
      );
    };
    const key = (e: KeyboardEvent) => e.key === "Escape" && updateSearchUi({ picking: false });
    map.once("click", click);
    document.addEventListener("keydown", key);
    return () => {
      canvas.style.cursor = "";
      map.off("click", click);
      document.removeEventListener("keydown", key);
    };
  }, [map, ui.picking]);

  return null;
}
