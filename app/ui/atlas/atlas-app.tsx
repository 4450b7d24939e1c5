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
import type { SiteFeature, SiteFeatureCollection } from "../../domain/site-features";
import { BaseMap } from "../map/base-map";
import { LAYERS, SHANXI_BOUNDS, siteVisibilityFilter } from "../map/layers";
import { DEFAULT_LAYER_TOGGLES, LayerToggles, type LayerToggleState } from "../map/layer-toggles";
import { Legend } from "../map/legend";
import { ParksLayer, type ParkCollection } from "../map/parks-layer";
import { SitesLayer } from "../map/sites-layer";
import { useLayerVisibility } from "../map/use-map-layers";
import { DEFAULT_SITE_FILTER, writeSiteFilterUrl, type SiteFilterUrlState } from "../map/site-filter-url";
import { SitePanel } from "../site-panel/site-panel";
import { AtlasContext, type AtlasState } from "./atlas-context";
import { GEM_ATTRIBUTIONS } from "../../domain/data-sources";

/** The GEM credit lines on the map, one per tracker ("Global Energy Monitor, <tracker>, <release>, CC BY 4.0"). */
const GEM_MAP_ATTRIBUTION = GEM_ATTRIBUTIONS.join(" · ");

// Leaves room for the layer panel on the left when fitting the province.
const FIT_PADDING = { top: 24, bottom: 24, left: 330, right: 60 };

const BOUNDARY_LINE_LAYERS = [LAYERS.countyLine, LAYERS.cityLine, LAYERS.provinceHalo, LAYERS.provinceLine, LAYERS.countyLabel, LAYERS.cityLabel];

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
  sidebar?: ReactNode;
  children?: ReactNode;
}

export function AtlasApp({ initialSiteId = null, initialSiteFilter = DEFAULT_SITE_FILTER, sidebar, children }: AtlasAppProps) {
  const t = useTranslations("map");
  const locale = useLocale();
  const [sites, setSites] = useState<SiteFeatureCollection | null>(null);
  const [parks, setParks] = useState<ParkCollection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectedSiteId, setSelectedSiteId] = useState<string | null>(initialSiteId);
  const [toggles, setToggleState] = useState<LayerToggleState>(() => ({ ...DEFAULT_LAYER_TOGGLES, ...initialSiteFilter }));
  const setToggles = useCallback((next: LayerToggleState) => {
    setToggleState(next);
    writeSiteFilterParams({ showSynthetic: next.showSynthetic, statuses: next.statuses });
  }, []);
  const [controlsOpen, setControlsOpen] = useState(true);
  // The legend is open by default but folds away while a site panel is open (each mode remembers its own choice).
  const [legendPref, setLegendPref] = useState({ alone: true, withPanel: false });
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // A link with ?site= but no #map= view centres on the site once; a link with a view keeps its view.
  // A ref, not state: it is read and cleared once, in the effect below, and never drives rendering.
  const centreOnInitialSite = useRef<boolean | null>(null);

  const reloadSites = useCallback(async () => {
    try {
      setSites(await getJson<SiteFeatureCollection>("/api/sites"));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    getJson<SiteFeatureCollection>("/api/sites").then(setSites, (e: Error) => setError(e.message));
    getJson<ParkCollection>("/api/parks").then(setParks, (e: Error) => setError(e.message));
  }, []);

  const byId = useMemo(() => new Map((sites?.features ?? []).map((f) => [f.id, f])), [sites]);
  const siteById = useCallback((id: string) => byId.get(id), [byId]);

  const selectSite = useCallback(
    (id: string | null, options?: { fly?: boolean }) => {
      setSelectedSiteId(id);
      writeSiteParam(id);
      const site = id ? byId.get(id) : undefined;
      if (site && options?.fly && map) map.flyTo({ center: site.geometry.coordinates as [number, number], zoom: Math.max(map.getZoom(), 10) });
    },
    [byId, map],
  );
  const onSelect = useCallback((id: string) => selectSite(id), [selectSite]);

  useEffect(() => {
    // Decided on first run, before the map writes its own #map= hash.
    centreOnInitialSite.current ??= initialSiteId !== null && !/(^#|&)map=/.test(window.location.hash);
    if (!centreOnInitialSite.current || !map || !sites || !initialSiteId) return;
    const site = byId.get(initialSiteId);
    if (site) map.jumpTo({ center: site.geometry.coordinates as [number, number], zoom: 10 });
    centreOnInitialSite.current = false;
  }, [map, sites, byId, initialSiteId]);
  const close = useCallback(() => selectSite(null), [selectSite]);

  const visibleSiteFilter = useMemo(
    () =>
      siteVisibilityFilter({
        roles: toggles.roles,
        materials: toggles.materials,
        allMaterials: toggles.materials.length === MATERIALS.length,
        showSynthetic: toggles.showSynthetic,
        statuses: toggles.statuses,
      }),
    [toggles.roles, toggles.materials, toggles.showSynthetic, toggles.statuses],
  );

  const state = useMemo<AtlasState>(
    () => ({ sites, parks, siteById, selectedSiteId, selectSite, toggles, setToggles, visibleSiteFilter, reloadSites }),
    [sites, parks, siteById, selectedSiteId, selectSite, toggles, setToggles, visibleSiteFilter, reloadSites],
  );

  const selected: SiteFeature | null = selectedSiteId ? (byId.get(selectedSiteId) ?? null) : null;
  const missingId = selectedSiteId && sites && !selected ? selectedSiteId : null;
  const total = sites?.features.length ?? 0;
  const legendMode = selectedSiteId ? "withPanel" : "alone";
  const legendOpen = legendPref[legendMode];
  const setLegendOpen = (open: boolean) => setLegendPref((p) => ({ ...p, [legendMode]: open }));

  return (
    <AtlasContext.Provider value={state}>
      <div className={`atlas${selectedSiteId ? " has-panel" : ""}`} data-testid="atlas" data-site-count={sites ? total : undefined}>
        <BaseMap label={t("mapLabel")} attributions={[GEM_MAP_ATTRIBUTION, t("attribution.gppd"), t("attribution.synthetic")]} onReady={setMap} fitPadding={FIT_PADDING}>
          <ParksLayer parks={parks} visible={toggles.parks} locale={locale} />
          <SitesLayer sites={sites} filter={visibleSiteFilter} selectedId={selected ? selected.id : null} onSelect={onSelect} locale={locale} />
          <BoundaryVisibility visible={toggles.boundaries} />
          {children}
        </BaseMap>

        <div className="atlas__left">
          {sidebar}
          <section className={`map-card controls-card${controlsOpen ? "" : " is-collapsed"}`} aria-labelledby="controls-title">
            <header className="map-card__header">
              <h2 id="controls-title" className="panel-title">{t("controls.title")}</h2>
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-expanded={controlsOpen}
                aria-controls="controls-body"
                aria-label={controlsOpen ? t("controls.collapse") : t("controls.expand")}
                onClick={() => setControlsOpen((o) => !o)}
                data-testid="controls-toggle"
              >
                {controlsOpen ? "–" : "+"}
              </button>
            </header>
            <div id="controls-body" hidden={!controlsOpen}>
              <p className="status" data-testid="atlas-status" role="status">
                {error ? <span className="warn">{t("loadError", { message: error })}</span> : sites ? t("sitesShown", { shown: countVisible(sites, toggles), total }) : t("loading")}
              </p>
              <button type="button" className="button button--ghost" onClick={() => map?.fitBounds(SHANXI_BOUNDS, { padding: FIT_PADDING })} disabled={!map} data-testid="fit-province">
                {t("fitProvince")}
              </button>
              <LayerToggles value={toggles} onChange={setToggles} />
            </div>
          </section>
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
            <Legend />
          </div>
        </div>

        <SitePanel site={selected} missingId={missingId} onClose={close} />
      </div>
    </AtlasContext.Provider>
  );
}

/** Number of sites the current toggles show (same rule as siteVisibilityFilter). */
function countVisible(sites: SiteFeatureCollection, toggles: LayerToggleState): number {
  const all = toggles.materials.length === MATERIALS.length;
  const wanted = new Set<string>(toggles.materials);
  return sites.features.filter((f) => {
    const p = f.properties;
    if (!toggles.roles.includes(p.role)) return false;
    if (!toggles.showSynthetic && p.provenance.synthetic) return false;
    if (!toggles.statuses.includes(p.status)) return false;
    if (all) return true;
    return p.outputs.some((o) => wanted.has(o.material)) || p.intakes.some((i) => wanted.has(i.material));
  }).length;
}
