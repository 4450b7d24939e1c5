"use client";
/**
 * The nearby-consumer search panel (left sidebar of the map page): origin (site, map point or typed place),
 * material, radius or k nearest, estimation factors, and the results table (virtualised, sortable, filterable, CSV)
 * linked to the map. Fetching, drafts and the URL state live in search-store.ts.
 */
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { MATERIALS, materialSpec, isMaterialCode } from "../../domain/materials";
import { DEFAULT_CIRCUITY } from "../../domain/distance";
import { DEFAULT_TRUCK_CO2 } from "../../domain/trucking-co2";
import type { NearbyResult } from "../../domain/nearby-consumers";
import type { RankedPlace } from "../../domain/place-search";
import { useAtlas } from "../atlas/atlas-context";
import { PlaceSearchBox } from "./place-search-box";
import {
  applyDraft,
  registerSearchPanel,
  startSearch,
  updateDraft,
  updateSearch,
  updateSearchUi,
  useSearch,
} from "./search-store";
import { DEFAULT_SEARCH_SORT, type SearchSortKey } from "./search-url";
import { useIsPhone } from "../map/use-is-phone";
import { MapCard } from "../atlas/map-card";
import { DataTable, type DataTableColumn } from "../table/data-table";
import "./search.css";
import { localName } from "../../domain/locale";

export function SearchPanel() {
  const t = useTranslations("search");
  const locale = useLocale();
  const atlas = useAtlas();
  const { url, ui } = useSearch();
  const spec = url.material ? materialSpec(url.material) : undefined;
  const { mode, radius, k, circuity, co2 } = ui.draft;

  useEffect(() => registerSearchPanel(), []);

  const apply = (e?: FormEvent) => {
    e?.preventDefault();
    applyDraft();
  };

  const siteName = (id: string) => {
    const f = atlas.siteById(id);
    if (!f) return id;
    return localName(f.properties, locale);
  };
  const originText = !url.origin
    ? t("origin.none")
    : url.origin.kind === "site"
      ? t("origin.site", { name: siteName(url.origin.siteId) })
      : url.origin.label
        ? t("origin.place", { name: url.origin.label })
        : t("origin.point", { lng: url.origin.lng.toFixed(4), lat: url.origin.lat.toFixed(4) });

  const choosePlace = async (p: RankedPlace) => {
    // The map goes to the place at once; a search with a material then frames its results.
    atlas.showPlace(p);
    if (p.kind === "site")
      startSearch({ origin: { kind: "site", siteId: p.id }, material: url.material ?? (await firstOutput(p.id)) });
    else {
      const label = localName(p, locale);
      startSearch({
        origin: { kind: "point", lng: p.lng, lat: p.lat, label, parkId: p.kind === "park" ? p.id : null },
      });
    }
  };
  const firstOutput = async (siteId: string) => {
    const m = (await atlas.loadSite(siteId).catch(() => null))?.properties.outputs[0]?.material;
    return m && isMaterialCode(m) ? m : null;
  };
  const selected = atlas.selectedSiteId;
  const isPhone = useIsPhone();
  // Phones start folded (bottom sheet) unless a search is under way; null = not chosen by the user yet.
  const [openChoice, setOpen] = useState<boolean | null>(null);
  const open = openChoice ?? (!isPhone || ui.status !== "idle");

  return (
    <MapCard
      id="search"
      className="search-card"
      bodyClassName="search-body"
      title={t("title")}
      open={open}
      onToggle={setOpen}
      collapseLabel={t("collapse")}
      expandLabel={t("expand")}
      testId="search-panel"
      toggleTestId="search-toggle"
      data={{ "data-search-status": ui.status }}
    >
      <p className="search-intro muted">{t("intro")}</p>

      <fieldset className="search-fieldset">
        <legend>{t("origin.legend")}</legend>
        <p className="search-origin" data-testid="search-origin">
          {originText}
        </p>
        <div className="search-row">
          <button
            type="button"
            className={`button button--ghost${ui.picking ? " is-active" : ""}`}
            aria-pressed={ui.picking}
            onClick={() => updateSearchUi({ picking: !ui.picking })}
            data-testid="search-pick-on-map"
          >
            {ui.picking ? t("origin.cancelPick") : t("origin.pick")}
          </button>
          {selected && (
            <button
              type="button"
              className="button button--ghost"
              onClick={async () =>
                startSearch({
                  origin: { kind: "site", siteId: selected },
                  material: url.material ?? (await firstOutput(selected)),
                })
              }
              data-testid="search-use-selected"
            >
              {t("origin.useSelected")}
            </button>
          )}
        </div>
        {ui.picking && (
          <p className="search-hint" role="status">
            {t("origin.picking")}
          </p>
        )}
        <PlaceSearchBox onChoose={choosePlace} />
      </fieldset>

      <form className="search-form" onSubmit={apply}>
        <label className="search-label" htmlFor="search-material">
          {t("material")}
        </label>
        <select
          id="search-material"
          value={url.material ?? ""}
          onChange={(e) =>
            updateSearch(
              { material: isMaterialCode(e.target.value) ? e.target.value : null, selectedId: null },
              { fit: true },
            )
          }
          data-testid="search-material"
        >
          <option value="">{t("materialPlaceholder")}</option>
          {MATERIALS.map((m) => (
            <option key={m.code} value={m.code}>
              {localName(m, locale)}
            </option>
          ))}
        </select>

        <fieldset className="search-fieldset">
          <legend>{t("range.legend")}</legend>
          <div className="search-row">
            <label>
              <input
                type="radio"
                name="search-mode"
                checked={mode === "radius"}
                onChange={() => updateDraft({ mode: "radius" })}
                data-testid="search-mode-radius"
              />{" "}
              {t("range.radius")}
            </label>
            <label>
              <input
                type="radio"
                name="search-mode"
                checked={mode === "nearest"}
                onChange={() => updateDraft({ mode: "nearest" })}
                data-testid="search-mode-nearest"
              />{" "}
              {t("range.nearest")}
            </label>
          </div>
          {mode === "radius" ? (
            <label className="search-label">
              {t("range.radiusKm")}
              <input
                type="number"
                min={0.001}
                max={1000}
                step="any"
                inputMode="decimal"
                value={radius}
                placeholder={spec ? String(spec.maxHaulKm) : ""}
                onChange={(e) => updateDraft({ radius: e.target.value })}
                data-testid="search-radius"
              />
              {spec && !radius && (
                <span className="search-hint">{t("range.radiusDefault", { km: spec.maxHaulKm })}</span>
              )}
            </label>
          ) : (
            <label className="search-label">
              {t("range.k")}
              <input
                type="number"
                min={1}
                max={1000}
                step={1}
                value={k}
                onChange={(e) => updateDraft({ k: e.target.value })}
                data-testid="search-k"
              />
            </label>
          )}
        </fieldset>

        <fieldset className="search-fieldset" data-testid="search-inclusion">
          <legend>{t("inclusion.legend")}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={url.includeSynthetic}
              onChange={(e) => updateSearch({ includeSynthetic: e.target.checked, selectedId: null })}
              data-testid="search-include-synthetic"
            />
            {t("inclusion.synthetic")}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={url.includeNonOperating}
              onChange={(e) => updateSearch({ includeNonOperating: e.target.checked, selectedId: null })}
              data-testid="search-include-non-operating"
            />
            {t("inclusion.nonOperating")}
          </label>
          {!url.includeSynthetic && !url.includeNonOperating && (
            <p className="search-hint">{t("inclusion.defaultNote")}</p>
          )}
        </fieldset>

        <details className="search-advanced">
          <summary>{t("advanced.summary")}</summary>
          <label className="search-label">
            {t("advanced.circuity")}
            <input
              type="number"
              min={1}
              max={3}
              step="0.05"
              value={circuity}
              placeholder={String(DEFAULT_CIRCUITY)}
              onChange={(e) => updateDraft({ circuity: e.target.value })}
              data-testid="search-circuity"
            />
          </label>
          <label className="search-label">
            {t("advanced.co2")}
            <input
              type="number"
              min={0}
              max={1}
              step="0.005"
              value={co2}
              placeholder={String(DEFAULT_TRUCK_CO2.value)}
              onChange={(e) => updateDraft({ co2: e.target.value })}
              data-testid="search-co2"
            />
          </label>
          <p className="search-hint">
            {t("advanced.co2Default", { value: DEFAULT_TRUCK_CO2.value, source: DEFAULT_TRUCK_CO2.source })}
          </p>
        </details>

        <div className="search-row">
          <button type="submit" className="button" disabled={!url.material || !url.origin} data-testid="search-run">
            {t("run")}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={!url.material && !url.origin}
            onClick={() =>
              updateSearch({
                material: null,
                origin: null,
                radiusKm: null,
                k: null,
                selectedId: null,
                sort: DEFAULT_SEARCH_SORT,
              })
            }
            data-testid="search-clear"
          >
            {t("clear")}
          </button>
        </div>
      </form>

      <SearchResults />
    </MapCard>
  );
}

function SearchResults() {
  const t = useTranslations("search");
  const tRoutes = useTranslations("map.routes");
  const tStatus = useTranslations("map.statuses");
  const locale = useLocale();
  const format = useFormatter();
  const atlas = useAtlas();
  const { url, ui } = useSearch();
  const response = ui.response;
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const unit = response ? t(`unitsPer.${response.query.unit}`) : "t";

  const columns = useMemo<DataTableColumn<NearbyResult>[]>(() => {
    const n = (v: number, digits = 1) => format.number(v, { maximumFractionDigits: digits });
    const route = (code: string) => (tRoutes.has(code) ? tRoutes(code) : code);
    const badges = (r: NearbyResult) =>
      [
        r.synthetic ? t("result.synthetic") : "",
        r.site.status !== "operating" ? tStatus(r.site.status) : "",
        r.full ? t("result.full") : "",
        r.crossProvince ? t("result.crossProvince") : "",
      ].filter(Boolean);
    return [
      {
        key: "name",
        header: t("csv.name"),
        value: (r) => localName(r.site, locale),
        text: (r) => [localName(r.site, locale), ...badges(r)].join(" "),
        render: (r) => (
          <span className="search-cell-name" title={localName(r.site, locale)}>
            <span className="search-cell-name__text">{localName(r.site, locale)}</span>
            {r.synthetic && (
              <span className="badge badge--synthetic" title={t("result.syntheticHint")}>
                {t("result.synthetic")}
              </span>
            )}
            {r.site.status !== "operating" && (
              <span className="badge badge--status" title={t("result.notOperatingHint")}>
                {tStatus(r.site.status)}
              </span>
            )}
            {r.full && (
              <span className="badge badge--full" title={t("result.fullHint")}>
                {t("result.full")}
              </span>
            )}
            {r.crossProvince && (
              <span className="badge badge--status" title={t("result.crossProvince")}>
                ⚠
              </span>
            )}
          </span>
        ),
      },
      {
        key: "distance",
        header: t("table.distance"),
        numeric: true,
        value: (r) => r.distanceKm,
        render: (r) => n(r.distanceKm),
      },
      { key: "road", header: t("table.road"), numeric: true, value: (r) => r.roadKm, render: (r) => n(r.roadKm) },
      {
        key: "remaining",
        header: t("table.remaining", { unit }),
        numeric: true,
        value: (r) => r.remainingCapacityTonnes,
        render: (r) => n(r.remainingCapacityTonnes, 0),
      },
      {
        key: "cost",
        header: t("table.cost", { unit }),
        numeric: true,
        value: (r) => r.costYuanPerTonne,
        render: (r) => n(r.costYuanPerTonne, 2),
      },
      {
        key: "co2",
        header: t("table.co2", { unit }),
        numeric: true,
        value: (r) => r.co2KgPerTonne,
        render: (r) => (r.co2KgPerTonne === null ? <span title={t("result.co2None")}>—</span> : n(r.co2KgPerTonne, 2)),
      },
      { key: "route", header: t("csv.route"), value: (r) => route(r.route) },
      {
        key: "level",
        header: t("csv.level"),
        value: (r) => t(`level.${r.cycleLevel}`),
        render: (r) => (
          <span className={`badge badge--level badge--${r.cycleLevel}`}>{t(`level.${r.cycleLevel}`)}</span>
        ),
      },
      {
        key: "synthetic",
        header: t("csv.synthetic"),
        csvOnly: true,
        value: (r) => (r.synthetic ? t("result.synthetic") : ""),
      },
      { key: "status", header: t("table.status"), csvOnly: true, value: (r) => tStatus(r.site.status) },
      { key: "id", header: "id", csvOnly: true, value: (r) => r.site.id },
    ];
  }, [t, tRoutes, tStatus, locale, format, unit]);

  if (ui.status === "idle") return null;
  if (ui.status === "loading" && !response)
    return (
      <p className="status" role="status">
        {t("loading")}
      </p>
    );
  if (ui.status === "error")
    return (
      <p className="status warn" role="alert" data-testid="search-error">
        {t("error", { message: ui.error ?? "" })}
      </p>
    );
  if (!response) return null;

  const q = response.query;
  const n = (v: number, digits = 1) => format.number(v, { maximumFractionDigits: digits });
  // What the consumers in range can still take, against what the origin producer makes of this waste.
  const totalRemaining = response.results.reduce((sum, r) => sum + r.remainingCapacityTonnes, 0);
  const originSite = url.origin?.kind === "site" ? atlas.siteById(url.origin.siteId) : undefined;
  const producedTonnes =
    originSite?.properties.outputs
      .filter((o) => o.material === q.material)
      .reduce((sum, o) => sum + o.tonnesPerYear, 0) ?? 0;
  const selected = url.selectedId ? response.results.find((r) => r.site.id === url.selectedId) : undefined;
  const copyLink = () => {
    const done = (ok: boolean) => {
      setCopied(ok ? "done" : "failed");
      setTimeout(() => setCopied("idle"), 2500);
    };
    if (!navigator.clipboard) return done(false);
    navigator.clipboard.writeText(window.location.href).then(
      () => done(true),
      () => done(false),
    );
  };

  return (
    <div
      className="search-results"
      data-testid="search-results"
      data-result-count={response.results.length}
      data-radius-km={q.radiusKm ?? ""}
      data-mode={q.mode}
      data-include-synthetic={q.includeSynthetic}
      data-include-non-operating={q.includeNonOperating}
    >
      <p className="status" role="status" data-testid="search-summary">
        {q.mode === "nearest"
          ? t("summaryNearest", { count: response.results.length })
          : t("summary", { count: response.results.length, radius: q.radiusKm === null ? "none" : n(q.radiusKm, 3) })}
        {q.truncated && <> · {t("truncated", { limit: q.limit })}</>}
        {q.syntheticResults > 0 && (
          <>
            {" "}
            · <span className="badge badge--synthetic">{t("syntheticCount", { count: q.syntheticResults })}</span>
          </>
        )}
      </p>
      {response.results.length > 0 && (
        <p
          className="search-capacity"
          data-testid="search-capacity"
          data-total-remaining={totalRemaining}
          data-produced={producedTonnes || undefined}
        >
          {t("capacity.total", { value: n(totalRemaining, 0), unit })}
          {producedTonnes > 0 && (
            <>
              {" "}
              <span className={totalRemaining < producedTonnes ? "warn" : undefined}>
                {t("capacity.vsOutput", {
                  produced: n(producedTonnes, 0),
                  unit,
                  share: format.number(totalRemaining / producedTonnes, { style: "percent", maximumFractionDigits: 0 }),
                })}
              </span>
            </>
          )}
        </p>
      )}
      {response.results.length === 0 ? (
        <>
          <div className="search-row">
            <button type="button" className="button button--ghost" onClick={copyLink} data-testid="search-copy-link">
              {t("copyLink")}
            </button>
          </div>
          <p className="muted" data-testid="search-empty">
            {t("noResults")}
          </p>
        </>
      ) : (
        <DataTable
          rows={response.results}
          columns={columns}
          rowKey={(r) => r.site.id}
          label={t("table.label")}
          csvName={`nearby-${q.material}`}
          sort={url.sort}
          onSortChange={(sort) => updateSearch({ sort: { key: sort.key as SearchSortKey, direction: sort.direction } })}
          selectedKey={url.selectedId}
          onSelect={(r) => updateSearch({ selectedId: url.selectedId === r.site.id ? null : r.site.id })}
          onHover={(r) => updateSearchUi({ hoveredId: r?.site.id ?? null })}
          heightPx={300}
          testId="search-table"
          rowTestId={() => "search-result"}
          rowData={(r) => ({
            "data-site-id": r.site.id,
            "data-distance-km": r.distanceKm,
            "data-remaining-tonnes": r.remainingCapacityTonnes,
            "data-cost": r.costYuanPerTonne,
            "data-cycle-level": r.cycleLevel,
            "data-synthetic": r.synthetic,
            "data-status": r.site.status,
          })}
          tools={
            <button type="button" className="button button--ghost" onClick={copyLink} data-testid="search-copy-link">
              {t("copyLink")}
            </button>
          }
        />
      )}
      <span role="status" className="search-hint" data-testid="search-copy-status">
        {copied === "done" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
      </span>
      {selected && (
        <p className="search-selected" data-testid="search-selected">
          <span>{t("table.selected", { name: localName(selected.site, locale) })}</span>{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => atlas.selectSite(selected.site.id, { fly: true })}
            data-testid="search-result-open"
          >
            {t("result.open")}
          </button>
        </p>
      )}
      <p className="search-hint">{t("notes")}</p>
    </div>
  );
}
