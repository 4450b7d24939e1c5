"use client";
/**
 * The main map page: base map + parks + sites, a layer/legend panel, and the site panel.
 * Extension points: `children` render inside the map and atlas contexts (overlays, extra layers, search UI);
 * `sidebar` renders at the top of the left panel; site panel buttons come from app/ui/site-panel/site-actions.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Map as MapLibreMap } from "maplibre-gl";
import { MATERIALS } from "../../domain/materials";
import { mapSiteFeature, type SiteFeature } from "../../domain/site-features";
import { countShownSites } from "../../domain/site-tiles";
import bbox from "@turf/bbox";
import { BaseMap } from "../map/base-map";
import { fitMapBounds, isPhoneWidth, paddingForViewport } from "../map/fit-padding";
import { useIsPhone } from "../map/use-is-phone";
import { LAYERS, SHANXI_BOUNDS, clusterCountText, clusterVisibilityFilter, siteVisibilityFilter } from "../map/layers";
import { DEFAULT_LAYER_TOGGLES, LayerToggles, type LayerToggleState } from "../map/layer-toggles";
import { Legend } from "../map/legend";
import { ParksLayer, type ParkCollection } from "../map/parks-layer";
import { SitesLayer } from "../map/sites-layer";
import { useLayerVisibility } from "../map/use-map-layers";
import { DEFAULT_SITE_FILTER, writeSiteFilterUrl, type SiteFilterUrlState } from "../map/site-filter-url";
import { useSiteTiles } from "../map/use-site-tiles";
import type { FitBounds } from "../map/fit-url";
import { SitePanel } from "../site-panel/site-panel";
import { AtlasContext, type AtlasState } from "./atlas-context";
import { GEM_ATTRIBUTIONS } from "../../domain/data-sources";

/** The GEM credit lines on the map, one per tracker ("Global Energy Monitor, <tracker>, <release>, CC BY 4.0"). */
const GEM_MAP_ATTRIBUTION = GEM_ATTRIBUTIONS.join(" · ");
import { MapNavigator } from "./map-navigator";
import { MapCard } from "./map-card";

// Leaves room for the layer panel on the left when fitting the province; on phones for the bottom sheet.
const FIT_PADDING = {
  wide: { top: 24, bottom: 24, left: 330, right: 60 },
  phone: { top: 16, bottom: 130, left: 16, right: 52 },
};
const PLACE_PADDING = {
  wide: { top: 40, bottom: 40, left: 340, right: 60 },
  phone: { top: 24, bottom: 140, left: 24, right: 52 },
};

/** A padding whose phone variant clears the bottom sheet at its current height (it grows when a card is open). */
function clearingSheet(padding: typeof FIT_PADDING, sheet: HTMLElement | null): typeof FIT_PADDING {
  const covered = sheet ? sheet.offsetHeight + 12 : 0;
  return { ...padding, phone: { ...padding.phone, bottom: Math.max(padding.phone.bottom, covered) } };
}
/** Zoom for a typed place shown at its point: a city's districts, a county, a site's surroundings. */
const PLACE_ZOOM = { city: 9, county: 10, park: 11, site: 12 } as const;

const BOUNDARY_LINE_LAYERS = [
  LAYERS.countyLine,
  LAYERS.cityLine,
  LAYERS.provinceHalo,
  LAYERS.provinceLine,
  LAYERS.countyLabel,
  LAYERS.cityLabel,
];

function BoundaryVisibility({ visible }: { visible: boolean }) {
  useLayerVisibility(BOUNDARY_LINE_LAYERS, visible);
  return null;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Writes ?site= into the URL without a navigation (keeps the #map= view hash). */
function writeSiteParam(id: string | null) {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set("site", id);
  else url.searchParams.delete("site");
  window.history.replaceState(window.history.state, "", url);
}

/** Writes the synthetic/status toggles into the URL without a navigation (keeps the #map= view hash). */
function writeSiteFilterParams(state: SiteFilterUrlState) {
  const url = new URL(window.location.href);
  url.search = writeSiteFilterUrl(url.searchParams, state).toString();
  window.history.replaceState(window.history.state, "", url);
}

export interface AtlasAppProps {
  /** Site to open on load (the page passes ?site=). */
  initialSiteId?: string | null;
  /** Synthetic and status toggles on load (the page parses ?syn= and ?st=, see site-filter-url.ts). */
  initialSiteFilter?: SiteFilterUrlState;
  /** An area to frame once the map is ready (the page parses ?fit=, see fit-url.ts). */
  initialFit?: FitBounds | null;
  sidebar?: ReactNode;
  children?: ReactNode;
}

export function AtlasApp({
  initialSiteId = null,
  initialSiteFilter = DEFAULT_SITE_FILTER,
  initialFit = null,
  sidebar,
  children,
}: AtlasAppProps) {
  const t = useTranslations("map");
  const locale = useLocale();
  const { siteTiles, error: tileError, reload: reloadTiles } = useSiteTiles();
  const [parks, setParks] = useState<ParkCollection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectedSiteId, setSelectedSiteId] = useState<string | null>(initialSiteId);
  // Sites fetched one by one (GET /api/sites/{id}) for the panel and other features; null = not in the registry.
  const [siteCache, setSiteCache] = useState<ReadonlyMap<string, SiteFeature | null>>(() => new Map());
  const [toggles, setToggleState] = useState<LayerToggleState>(() => ({
    ...DEFAULT_LAYER_TOGGLES,
    ...initialSiteFilter,
  }));
  const setToggles = useCallback((next: LayerToggleState) => {
    setToggleState(next);
    writeSiteFilterParams({ showSynthetic: next.showSynthetic, statuses: next.statuses });
  }, []);
  const isPhone = useIsPhone();
  const leftRef = useRef<HTMLDivElement>(null);
  const initialFitPadding = useCallback(() => clearingSheet(FIT_PADDING, leftRef.current), []);
  // Phones start with the bottom sheet's cards folded so the map shows; null = not chosen by the user yet.
  const [controlsChoice, setControlsOpen] = useState<boolean | null>(null);
  const controlsOpen = controlsChoice ?? !isPhone;
  // The legend is open by default (folded on phones) and folds away while a site panel is open (each mode
  // remembers its own choice).
  const [legendChoice, setLegendPref] = useState<{ alone: boolean | null; withPanel: boolean }>({
    alone: null,
    withPanel: false,
  });
  const legendPref = { alone: legendChoice.alone ?? !isPhone, withPanel: legendChoice.withPanel };
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // A link with ?site= but no #map= view centres on the site once; a link with a view keeps its view.
  // Refs, not state: read and cleared once in the effects below, they never drive rendering.
  const centreOnInitialSite = useRef<boolean | null>(null);
  // A site to fly to once it has been fetched (selectSite with fly before the site was loaded).
  const flyTo = useRef<string | null>(null);
  const inFlight = useRef(new Map<string, Promise<SiteFeature | null>>());

  const loadSite = useCallback((id: string): Promise<SiteFeature | null> => {
    const pending = inFlight.current.get(id);
    if (pending) return pending;
    const promise = fetch(`/api/sites/${encodeURIComponent(id)}`).then(async (res) => {
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`/api/sites/${id}: HTTP ${res.status}`);
      return (await res.json()) as SiteFeature;
    });
    inFlight.current.set(id, promise);
    promise.then(
      (site) => setSiteCache((m) => new Map(m).set(id, site)),
      (e: Error) => {
        inFlight.current.delete(id);
        setError(e.message);
      },
    );
    return promise;
  }, []);
  const requestSite = useCallback((id: string) => void loadSite(id).catch(() => undefined), [loadSite]);

  const reloadSites = useCallback(async () => {
    inFlight.current.clear();
    setSiteCache(new Map());
    await reloadTiles();
  }, [reloadTiles]);

  useEffect(() => {
    getJson<ParkCollection>("/api/parks").then(setParks, (e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    if (selectedSiteId && !siteCache.has(selectedSiteId)) requestSite(selectedSiteId);
  }, [selectedSiteId, siteCache, requestSite]);

  const siteById = useCallback(
    (id: string) => {
      const site = siteCache.get(id);
      if (site === undefined) requestSite(id);
      return site ?? undefined;
    },
    [siteCache, requestSite],
  );

  const selectSite = useCallback((id: string | null, options?: { fly?: boolean }) => {
    setSelectedSiteId(id);
    writeSiteParam(id);
    flyTo.current = id && options?.fly ? id : null;
  }, []);
  const onSelect = useCallback((id: string) => selectSite(id), [selectSite]);

  useEffect(() => {
    const id = flyTo.current;
    if (!id || !map) return;
    const site = siteCache.get(id);
    if (site === undefined) return;
    if (site) {
      // On phones the site panel is a bottom sheet over 60% of the map: put the site in the free part above it.
      const phone = isPhoneWidth(map.getContainer().clientWidth);
      map.flyTo({
        center: site.geometry.coordinates as [number, number],
        zoom: Math.max(map.getZoom(), 10),
        offset: phone ? [0, -map.getContainer().clientHeight * 0.3] : [0, 0],
      });
    }
    flyTo.current = null;
  }, [selectedSiteId, map, siteCache]);

  useEffect(() => {
    // Decided on first run, before the map writes its own #map= hash.
    centreOnInitialSite.current ??= initialSiteId !== null && !/(^#|&)map=/.test(window.location.hash);
    if (!centreOnInitialSite.current || !map || !initialSiteId) return;
    const site = siteCache.get(initialSiteId);
    if (site === undefined) return;
    if (site) map.jumpTo({ center: site.geometry.coordinates as [number, number], zoom: 10 });
    centreOnInitialSite.current = false;
  }, [map, siteCache, initialSiteId]);
  const close = useCallback(() => selectSite(null), [selectSite]);

  // ?fit= frames its area once, after the map's own first view (a single point gets a street-level zoom).
  const fittedInitial = useRef(false);
  useEffect(() => {
    if (!map || !initialFit || fittedInitial.current) return;
    fittedInitial.current = true;
    fitMapBounds(map, initialFit, clearingSheet(PLACE_PADDING, leftRef.current), { maxZoom: 12, duration: 0 });
  }, [map, initialFit]);

  const toggleState = useMemo(
    () => ({
      roles: toggles.roles,
      materials: toggles.materials,
      allMaterials: toggles.materials.length === MATERIALS.length,
      showSynthetic: toggles.showSynthetic,
      statuses: toggles.statuses,
    }),
    [toggles.roles, toggles.materials, toggles.showSynthetic, toggles.statuses],
  );
  const visibleSiteFilter = useMemo(() => siteVisibilityFilter(toggleState), [toggleState]);
  const clusterFilter = useMemo(() => clusterVisibilityFilter(toggleState), [toggleState]);
  const clusterText = useMemo(() => clusterCountText(toggleState.roles), [toggleState.roles]);

  const showPlace = useCallback<AtlasState["showPlace"]>(
    (place) => {
      if (!map) return;
      const park = place.kind === "park" ? parks?.features.find((f) => f.properties.id === place.id) : undefined;
      if (park) {
        const [w, s, e, n] = bbox(park);
        fitMapBounds(
          map,
          [
            [w, s],
            [e, n],
          ],
          clearingSheet(PLACE_PADDING, leftRef.current),
          { maxZoom: 12, duration: 500 },
        );
      } else {
        const el = map.getContainer();
        const p = paddingForViewport(clearingSheet(PLACE_PADDING, leftRef.current), el.clientWidth, el.clientHeight);
        // Centred in the part of the map the panels leave free (an offset, so the camera keeps no padding).
        map.flyTo({
          center: [place.lng, place.lat],
          zoom: PLACE_ZOOM[place.kind],
          duration: 500,
          offset: isPhoneWidth(el.clientWidth) ? [(p.left - p.right) / 2, (p.top - p.bottom) / 2] : [0, 0],
        });
      }
    },
    [map, parks],
  );

  const total = siteTiles ? siteTiles.info.siteCount : null;
  const state = useMemo<AtlasState>(
    () => ({
      siteCount: total,
      parks,
      siteById,
      loadSite,
      selectedSiteId,
      selectSite,
      toggles,
      setToggles,
      visibleSiteFilter,
      reloadSites,
      showPlace,
    }),
    [
      total,
      parks,
      siteById,
      loadSite,
      selectedSiteId,
      selectSite,
      toggles,
      setToggles,
      visibleSiteFilter,
      reloadSites,
      showPlace,
    ],
  );

  const selectedEntry = selectedSiteId ? siteCache.get(selectedSiteId) : undefined;
  const selected: SiteFeature | null = selectedEntry ?? null;
  const missingId = selectedSiteId && selectedEntry === null ? selectedSiteId : null;
  const selectedFlat = useMemo(() => (selected ? mapSiteFeature(selected) : null), [selected]);
  const shown = siteTiles ? countShownSites(siteTiles.info.facets, toggleState) : 0;
  const loadError = error ?? tileError;
  const legendMode = selectedSiteId ? "withPanel" : "alone";
  const legendOpen = legendPref[legendMode];
  const setLegendOpen = (open: boolean) => setLegendPref((p) => ({ ...p, [legendMode]: open }));

  return (
    <AtlasContext.Provider value={state}>
      <div
        className={`atlas${selectedSiteId ? " has-panel" : ""}`}
        data-testid="atlas"
        data-site-count={total ?? undefined}
      >
        <BaseMap
          label={t("mapLabel")}
          attributions={[GEM_MAP_ATTRIBUTION, t("attribution.gppd"), t("attribution.synthetic")]}
          onReady={setMap}
          fitPadding={initialFitPadding}
        >
          <ParksLayer parks={parks} visible={toggles.parks} locale={locale} />
          <SitesLayer
            tiles={siteTiles?.tiles ?? null}
            filter={visibleSiteFilter}
            clusterFilter={clusterFilter}
            clusterCountText={clusterText}
            selected={selectedFlat}
            onSelect={onSelect}
            locale={locale}
          />
          <BoundaryVisibility visible={toggles.boundaries} />
          {children}
        </BaseMap>

        <div className="atlas__left" ref={leftRef}>
          {sidebar}
          <MapCard
            id="controls"
            className="controls-card"
            title={t("controls.title")}
            open={controlsOpen}
            onToggle={setControlsOpen}
            collapseLabel={t("controls.collapse")}
            expandLabel={t("controls.expand")}
            toggleTestId="controls-toggle"
          >
            <p className="status" data-testid="atlas-status" role="status">
              {loadError ? (
                <span className="warn">{t("loadError", { message: loadError })}</span>
              ) : total !== null ? (
                t("sitesShown", { shown, total })
              ) : (
                t("loading")
              )}
            </p>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                if (!map) return;
                const fit = () => fitMapBounds(map, SHANXI_BOUNDS, clearingSheet(FIT_PADDING, leftRef.current));
                if (!isPhone) return fit();
                // On a phone the open layers card covers half the map: fold it, then fit above the folded sheet.
                setControlsOpen(false);
                requestAnimationFrame(() => requestAnimationFrame(fit));
              }}
              disabled={!map}
              data-testid="fit-province"
            >
              {t("fitProvince")}
            </button>
            <LayerToggles value={toggles} onChange={setToggles} />
          </MapCard>
          <MapNavigator map={map} />
        </div>

        <div className={`atlas__legend map-card${legendOpen ? "" : " is-collapsed"}`}>
          <button
            type="button"
            className="legend-toggle"
            aria-expanded={legendOpen}
            aria-controls="atlas-legend-body"
            onClick={() => setLegendOpen(!legendOpen)}
            data-testid="legend-toggle"
          >
            {legendOpen ? t("legend.hide") : t("legend.show")}
          </button>
          <div id="atlas-legend-body" hidden={!legendOpen}>
            <Legend clustered={siteTiles?.info.clustered ?? false} />
          </div>
        </div>

        <SitePanel site={selected} missingId={missingId} onClose={close} />
      </div>
    </AtlasContext.Provider>
  );
}
