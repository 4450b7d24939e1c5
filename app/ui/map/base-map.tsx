"use client";
/**
 * BaseMap owns the MapLibre lifecycle only: it creates the map with the offline style, loads the Shanxi boundaries
 * from /api/regions, and hands the map to feature code through `onReady(map)` and the `useAtlasMap()` context.
 * Feature code adds its own sources/layers with `useMapLayers` (./use-map-layers) into a slot (MAP_SLOTS).
 *
 * For tests and debugging the live map is also exposed as `window.__atlasMap`.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { FeatureCollection, Point } from "geojson";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { LAYERS, LOCAL_IDEOGRAPH_FONT_FAMILY, SHANXI_BOUNDS, SOURCES } from "./layers";
import { BOUNDARY_ATTRIBUTION, NATURAL_EARTH_ATTRIBUTION, buildOfflineStyle, onlineBasemapFromEnv } from "./map-style";
import { isPhoneWidth, paddingForViewport, type FitPadding, type ResponsivePadding } from "./fit-padding";

declare global {
  interface Window {
    __atlasMap?: MapLibreMap;
  }
}

const AtlasMapContext = createContext<MapLibreMap | null>(null);

/** The map of the enclosing BaseMap once its style has loaded (null before). */
export function useAtlasMap(): MapLibreMap | null {
  return useContext(AtlasMapContext);
}

export interface BaseMapProps {
  /** Accessible name of the map region. */
  label: string;
  /** Attribution lines shown on the map besides the boundary source. */
  attributions?: readonly string[];
  /** URL hash parameter holding the view ("map" → #map=zoom/lat/lng); false to keep the URL untouched. */
  hash?: string | false;
  onReady?: (map: MapLibreMap) => void;
  /** Padding when fitting Shanxi (e.g. leave room for a side panel, or a bottom sheet on phones); default 24 px. */
  fitPadding?: FitPadding | ResponsivePadding | (() => FitPadding | ResponsivePadding);
  className?: string;
  testId?: string;
  /** Rendered inside the map context: layer components and overlays (legend, panels). */
  children?: ReactNode;
}

type RegionProps = {
  adcode: string;
  name: string;
  nameEn: string | null;
  seat: [number, number] | null;
  centroid: [number, number];
};

/**
 * Label points: counties at their seat of government (where people look for the town), cities at the centroid
 * (seats of neighbouring cities such as Taiyuan and Jinzhong are too close for both names at province zoom).
 */
function labelPoints(fc: FeatureCollection, at: "seat" | "centroid"): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: fc.features.map((f) => {
      const p = f.properties as RegionProps;
      const coordinates = at === "seat" ? (p.seat ?? p.centroid) : p.centroid;
      return {
        type: "Feature",
        geometry: { type: "Point", coordinates },
        properties: { adcode: p.adcode, name: p.name, nameEn: p.nameEn ?? p.name },
      };
    }),
  };
}

async function fetchRegions(level: "province" | "city" | "county"): Promise<FeatureCollection> {
  const res = await fetch(`/api/regions?level=${level}`);
  if (!res.ok) throw new Error(`regions ${level}: HTTP ${res.status}`);
  return (await res.json()) as FeatureCollection;
}

/**
 * MapLibre's own control strings (zoom buttons, canvas label, scale units) follow the UI language. They are fixed
 * when the map is created, so the map is re-created on a language switch (the #map= hash keeps the view).
 */
export function BaseMap(props: BaseMapProps) {
  const locale = useLocale();
  const t = useTranslations("map.maplibreUi");
  const uiStrings: Record<string, string> = {
    "Map.Title": t("mapTitle"),
    "NavigationControl.ZoomIn": t("zoomIn"),
    "NavigationControl.ZoomOut": t("zoomOut"),
    "NavigationControl.ResetBearing": t("resetBearing"),
    "AttributionControl.ToggleAttribution": t("toggleAttribution"),
    "Popup.Close": t("popupClose"),
    "ScaleControl.Meters": t("meters"),
    "ScaleControl.Kilometers": t("kilometers"),
  };
  return <BaseMapInner key={locale} {...props} uiStrings={uiStrings} />;
}

function BaseMapInner({
  label,
  attributions = [],
  hash = "map",
  onReady,
  fitPadding = 24,
  className,
  testId = "atlas-map",
  children,
  uiStrings,
}: BaseMapProps & { uiStrings: Record<string, string> }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [boundaries, setBoundaries] = useState<"loading" | "loaded" | "error">("loading");
  // The latest onReady, for the map's load handler (set after render, as refs must be).
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  }, [onReady]);
  const attributionKey = [BOUNDARY_ATTRIBUTION, NATURAL_EARTH_ATTRIBUTION, ...attributions].join("\n");

  useEffect(() => {
    let cancelled = false;
    let created: MapLibreMap | null = null;
    let observer: ResizeObserver | null = null;
    (async () => {
      const maplibregl = (await import("maplibre-gl")).default;
      if (cancelled || !containerRef.current) return;
      created = new maplibregl.Map({
        container: containerRef.current,
        style: buildOfflineStyle(onlineBasemapFromEnv()),
        bounds: SHANXI_BOUNDS,
        // Padding sized to the container: a fixed side-panel padding wider than a phone makes MapLibre throw.
        // A function is read now, so it can measure panels (e.g. the phone's bottom sheet) as they are drawn.
        fitBoundsOptions: {
          padding: paddingForViewport(
            typeof fitPadding === "function" ? fitPadding() : fitPadding,
            containerRef.current.clientWidth,
            containerRef.current.clientHeight,
          ),
        },
        hash: hash || false,
        localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
        attributionControl: false,
        locale: uiStrings,
        maxZoom: 16,
        minZoom: 4,
        dragRotate: false,
        pitchWithRotate: false,
        // Keeps the canvas readable by screenshots and tests.
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
      created.touchZoomRotate.disableRotation();
      created.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
      created.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
      window.__atlasMap = created;
      observer = new ResizeObserver(() => created?.resize());
      observer.observe(containerRef.current);
      const ready = created;
      ready.on("load", () => {
        if (cancelled) return;
        setMap(ready);
        onReadyRef.current?.(ready);
        Promise.all([fetchRegions("province"), fetchRegions("city"), fetchRegions("county")])
          .then(([province, cities, counties]) => {
            if (cancelled) return;
            (ready.getSource(SOURCES.province) as GeoJSONSource).setData(province);
            (ready.getSource(SOURCES.cities) as GeoJSONSource).setData(cities);
            (ready.getSource(SOURCES.counties) as GeoJSONSource).setData(counties);
            (ready.getSource(SOURCES.cityLabels) as GeoJSONSource).setData(labelPoints(cities, "centroid"));
            (ready.getSource(SOURCES.countyLabels) as GeoJSONSource).setData(labelPoints(counties, "seat"));
            (ready.getSource(SOURCES.citySeats) as GeoJSONSource).setData(labelPoints(cities, "seat"));
            setBoundaries("loaded");
          })
          .catch(() => !cancelled && setBoundaries("error"));
        // Basemap context (rivers, urban areas) is optional: the map works without it.
        fetch("/api/basemap")
          .then((res) =>
            res.ok
              ? (res.json() as Promise<{ rivers: FeatureCollection; urbanAreas: FeatureCollection }>)
              : Promise.reject(new Error(`basemap: HTTP ${res.status}`)),
          )
          .then(({ rivers, urbanAreas }) => {
            if (cancelled) return;
            (ready.getSource(SOURCES.rivers) as GeoJSONSource).setData(rivers);
            (ready.getSource(SOURCES.urbanAreas) as GeoJSONSource).setData(urbanAreas);
          })
          .catch(() => undefined);
      });
    })();
    return () => {
      cancelled = true;
      observer?.disconnect();
      if (created) {
        const removing = created;
        if (window.__atlasMap === removing) delete window.__atlasMap;
        // React runs the parent's cleanup before its children's on unmount; removing the map after this commit
        // lets children (and the attribution effect below) take their layers and controls off a live map.
        setTimeout(() => removing.remove(), 0);
      }
      setMap(null);
    };
    // The map is created once; the hash key is fixed per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Region labels follow the UI language (the data has English names for every region).
  const locale = useLocale();
  useEffect(() => {
    if (!map) return;
    const field = locale === "en" ? "nameEn" : "name";
    for (const id of [LAYERS.cityLabel, LAYERS.countyLabel, LAYERS.riverLabel])
      map.setLayoutProperty(id, "text-field", ["to-string", ["get", field]]);
  }, [map, locale]);

  // Attribution is a control, so it is swapped when the lines (e.g. their language) change.
  useEffect(() => {
    if (!map) return;
    let control: import("maplibre-gl").AttributionControl | null = null;
    let cancelled = false;
    void import("maplibre-gl").then(({ default: maplibregl }) => {
      if (cancelled) return;
      // Phones: the bottom sheet covers the map's foot, so the attribution is a compact (i) button at the top.
      const phone = isPhoneWidth(map.getContainer().clientWidth);
      control = new maplibregl.AttributionControl({ compact: phone, customAttribution: attributionKey.split("\n") });
      map.addControl(control, phone ? "top-right" : "bottom-right");
      // MapLibre opens a compact attribution at first; on a small map the open text covers the area people click
      // (e.g. to draw a polygon), so it starts as the (i) button.
      if (phone)
        map.getContainer().querySelector(".maplibregl-ctrl-attrib")?.classList.remove("maplibregl-compact-show");
    });
    return () => {
      cancelled = true;
      try {
        if (control) map.removeControl(control);
      } catch {
        /* the map is already gone */
      }
    };
  }, [map, attributionKey]);

  return (
    <div
      className={["atlas-map", className].filter(Boolean).join(" ")}
      data-testid={testId}
      data-map-ready={map ? "true" : "false"}
      data-boundaries={boundaries}
    >
      <div ref={containerRef} className="atlas-map__canvas" role="region" aria-label={label} />
      <AtlasMapContext.Provider value={map}>{children}</AtlasMapContext.Provider>
    </div>
  );
}
