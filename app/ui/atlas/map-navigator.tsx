"use client";
/**
 * Keyboard-reachable ways onto the map (left column of the map page):
 * - "Go to": quick jumps to the plan's bases and red-mud areas (朔州, 河津, 交口, 阳泉) and the pilot parks;
 * - "Sites in view": the sites the map draws in its current view (read from the rendered site tiles on `idle`, so
 *   the layer toggles apply and clustered sites are not listed; largest first, name filter), kept in step with the
 *   map; choosing one flies there and opens its panel, the selected site is marked.
 */
import { useEffect, useMemo, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useAtlas } from "./atlas-context";
import { MapCard } from "./map-card";
import { sitesInView, type SiteListRow, type ViewBounds } from "./sites-in-view";
import { ROLE_COLOURS, SITE_SOURCE_LAYERS, SOURCES } from "../map/layers";
import type { MapSiteProperties } from "../../domain/site-features";

/** Quick jumps: the plan's bases and red-mud areas by place name, then every pilot park (from the park data). */
export const QUICK_JUMP_PLACES = [
  { parkId: "park-shuozhou-base", zh: "朔州", en: "Shuozhou" },
  { parkId: "park-hejin-base", zh: "河津", en: "Hejin" },
  { parkId: "park-red-mud-jiaokou", zh: "交口", en: "Jiaokou" },
  { parkId: "park-red-mud-yangquan", zh: "阳泉", en: "Yangquan" },
] as const;

const LIST_LIMIT = 60;

/** The site points in the loaded site tiles that pass the map's site filter (a site may repeat across tiles). */
function renderedSites(map: MapLibreMap, filter: ReturnType<typeof useAtlas>["visibleSiteFilter"]): SiteListRow[] {
  if (!map.getSource(SOURCES.sites)) return [];
  return map.querySourceFeatures(SOURCES.sites, { sourceLayer: SITE_SOURCE_LAYERS.sites, filter }).flatMap((f) => {
    if (f.geometry.type !== "Point") return [];
    const p = f.properties as Partial<MapSiteProperties>;
    if (typeof p.id !== "string") return [];
    const [lng, lat] = f.geometry.coordinates;
    return [
      {
        id: p.id,
        name: String(p.name ?? p.id),
        nameEn: String(p.nameEn ?? p.name ?? p.id),
        role: p.role ?? "producer",
        synthetic: p.synthetic === true,
        sizeTonnesPerYear: Number(p.sizeTonnesPerYear ?? 0),
        lng,
        lat,
      },
    ];
  });
}

function viewBounds(map: MapLibreMap): ViewBounds {
  const b = map.getBounds();
  return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
}

export function MapNavigator({ map }: { map: MapLibreMap | null }) {
  const t = useTranslations("map.navigator");
  const locale = useLocale();
  const format = useFormatter();
  const { parks, visibleSiteFilter, selectedSiteId, selectSite, showPlace } = useAtlas();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [view, setView] = useState<{ bounds: ViewBounds; rows: SiteListRow[] } | null>(null);

  // The list follows the map: re-read the drawn sites whenever the map settles (moved, tiles loaded, filter changed).
  useEffect(() => {
    if (!map) return;
    const update = () => setView({ bounds: viewBounds(map), rows: renderedSites(map, visibleSiteFilter) });
    update();
    map.on("idle", update);
    return () => {
      map.off("idle", update);
    };
  }, [map, visibleSiteFilter]);

  const list = useMemo(
    () => (view ? sitesInView(view.rows, view.bounds, query, LIST_LIMIT) : { rows: [], total: 0 }),
    [view, query],
  );

  const jumps = useMemo(() => {
    if (!parks) return [];
    const byId = new Map(parks.features.map((f) => [f.properties.id, f]));
    const places = QUICK_JUMP_PLACES.flatMap((p) => {
      const park = byId.get(p.parkId);
      return park
        ? [
            {
              id: p.parkId,
              label: locale === "en" ? p.en : p.zh,
              title: locale === "en" ? park.properties.nameEn : park.properties.name,
              park,
            },
          ]
        : [];
    });
    const pilots = parks.features
      .filter((f) => f.properties.kind === "pilot-park")
      .map((park) => ({
        id: park.properties.id,
        label: locale === "en" ? park.properties.nameEn : park.properties.name,
        title: "",
        park,
      }));
    return [...places, ...pilots];
  }, [parks, locale]);

  const jump = (park: (typeof jumps)[number]["park"]) => {
    const [lng, lat] = park.properties.center;
    showPlace({ kind: "park", id: park.properties.id, lng, lat });
  };

  const name = (f: SiteListRow) => (locale === "en" ? f.nameEn : f.name);

  return (
    <MapCard
      id="navigator"
      className="navigator-card"
      title={t("title")}
      open={open}
      onToggle={setOpen}
      collapseLabel={t("collapse")}
      expandLabel={t("expand")}
      testId="map-navigator"
      toggleTestId="navigator-toggle"
    >
      <h3 className="navigator__heading">{t("jumpTitle")}</h3>
      <ul className="navigator__jumps" data-testid="quick-jumps">
        {jumps.map((j) => (
          <li key={j.id}>
            <button
              type="button"
              className="chip-button"
              title={j.title || undefined}
              onClick={() => jump(j.park)}
              disabled={!map}
              data-testid={`jump-${j.id}`}
            >
              {j.label}
            </button>
          </li>
        ))}
      </ul>
      <h3 className="navigator__heading" id="site-list-title">
        {t("sitesTitle")}
      </h3>
      <label className="navigator__filter">
        <span className="visually-hidden">{t("filterLabel")}</span>
        <input
          type="search"
          value={query}
          placeholder={t("filterLabel")}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="site-list-filter"
        />
      </label>
      <p className="navigator__count muted" role="status" data-testid="site-list-count" data-total={list.total}>
        {list.total > list.rows.length
          ? t("countCapped", { shown: list.rows.length, total: list.total })
          : t("count", { total: list.total })}
      </p>
      <ul className="navigator__sites" aria-labelledby="site-list-title" data-testid="site-list">
        {list.rows.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              className="navigator__site"
              aria-current={f.id === selectedSiteId ? "true" : undefined}
              onClick={() => selectSite(f.id, { fly: true })}
              data-testid="site-list-item"
              data-site-id={f.id}
            >
              <span className="role-dot" style={{ background: ROLE_COLOURS[f.role] }} aria-hidden="true" />
              <span className="navigator__site-name">{name(f)}</span>
              {f.synthetic && <span className="navigator__synthetic">{t("synthetic")}</span>}
              <span className="navigator__site-size muted">
                {t("tonnes", {
                  value: format.number(f.sizeTonnesPerYear / 10_000, { maximumFractionDigits: 1 }),
                  kt: format.number(f.sizeTonnesPerYear / 1000, { maximumFractionDigits: 0 }),
                })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </MapCard>
  );
}
