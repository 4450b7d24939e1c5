"use client";
/**
 * The nearby-consumer search panel (left sidebar of the map page): origin (site, map point or typed place),
 * material, radius or k nearest, estimation factors, and the sortable results list linked to the map.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { MATERIALS, materialSpec, isMaterialCode } from "../../domain/materials";
import { DEFAULT_CIRCUITY } from "../../domain/distance";
import { DEFAULT_TRUCK_CO2 } from "../../domain/trucking-co2";
import type { NearbyResult } from "../../domain/nearby-consumers";
import type { NearbyResponse } from "../../data/nearby";
import type { RankedPlace } from "../../domain/place-search";
import { useAtlas } from "../atlas/atlas-context";
import { PlaceSearchBox } from "./place-search-box";
import { registerSearchPanel, startSearch, updateSearch, updateSearchUi, useSearch } from "./search-store";
import { nearbyApiUrl, SEARCH_SORTS, type SearchSort } from "./search-url";
import { sortResults } from "./sort-results";
import { useIsPhone } from "../map/use-is-phone";
import { tableCsv, type TableColumn } from "../table/table-rows";
import "./search.css";
import { localName } from "../../domain/locale";

export function SearchPanel() {
  const t = useTranslations("search");
  const locale = useLocale();
  const atlas = useAtlas();
  const { url, ui } = useSearch();
  const apiUrl = nearbyApiUrl(url);
  const spec = url.material ? materialSpec(url.material) : undefined;

  useEffect(() => registerSearchPanel(), []);

  // Fetch whenever the effective search changes (including on load from a shared URL).
  useEffect(() => {
    if (!apiUrl) {
      updateSearchUi({ status: "idle", response: null, error: null });
      return;
    }
    const controller = new AbortController();
    updateSearchUi({ status: "loading", error: null });
    fetch(apiUrl, { signal: controller.signal })
      .then(async (res) => {
        const body = await res.json();
        if (!res.ok) throw new Error(typeof body?.error === "string" ? body.error : `HTTP ${res.status}`);
        updateSearchUi({ status: "done", response: body as NearbyResponse });
      })
      .catch((e: Error) => {
        if (!controller.signal.aborted) updateSearchUi({ status: "error", error: e.message, response: null });
      });
    return () => controller.abort();
  }, [apiUrl]);

  // Draft inputs: applied on submit so typing a radius does not fire a search per keystroke.
  const [mode, setMode] = useState<"radius" | "nearest">(url.k ? "nearest" : "radius");
  const [radius, setRadius] = useState(url.radiusKm ? String(url.radiusKm) : "");
  const [k, setK] = useState(url.k ? String(url.k) : "10");
  const [circuity, setCircuity] = useState(url.circuity ? String(url.circuity) : "");
  const [co2, setCo2] = useState(url.co2KgPerTonneKm ? String(url.co2KgPerTonneKm) : "");
  // Keep drafts in step when the URL changes from elsewhere (site action, reload).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the drafts mirror an outside store (the URL); they go when the search fetching moves into its store
    setMode(url.k ? "nearest" : "radius");
    setRadius(url.radiusKm ? String(url.radiusKm) : "");
    if (url.k) setK(String(url.k));
    setCircuity(url.circuity ? String(url.circuity) : "");
    setCo2(url.co2KgPerTonneKm ? String(url.co2KgPerTonneKm) : "");
  }, [url.k, url.radiusKm, url.circuity, url.co2KgPerTonneKm]);

  const apply = (e?: FormEvent) => {
    e?.preventDefault();
    const num = (s: string) => (s.trim() === "" ? null : Number(s));
    updateSearch(
      {
        radiusKm: mode === "radius" ? num(radius) : null,
        k: mode === "nearest" ? (num(k) ?? 10) : null,
        circuity: num(circuity),
        co2KgPerTonneKm: num(co2),
        selectedId: null,
      },
      { fit: true },
    );
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
    <section
      className={`map-card search-card${open ? "" : " is-collapsed"}`}
      aria-labelledby="search-title"
      data-testid="search-panel"
      data-search-status={ui.status}
    >
      <header className="map-card__header">
        <h2 id="search-title" className="panel-title">
          {t("title")}
        </h2>
        <button
          type="button"
          className="icon-button icon-button--small"
          aria-expanded={open}
          aria-controls="search-body"
          aria-label={open ? t("collapse") : t("expand")}
          onClick={() => setOpen(!open)}
          data-testid="search-toggle"
        >
          {open ? "–" : "+"}
        </button>
      </header>
      <div id="search-body" className="search-body" hidden={!open}>
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
                  onChange={() => setMode("radius")}
                  data-testid="search-mode-radius"
                />{" "}
                {t("range.radius")}
              </label>
              <label>
                <input
                  type="radio"
                  name="search-mode"
                  checked={mode === "nearest"}
                  onChange={() => setMode("nearest")}
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
                  onChange={(e) => setRadius(e.target.value)}
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
                  onChange={(e) => setK(e.target.value)}
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
                onChange={(e) => setCircuity(e.target.value)}
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
                onChange={(e) => setCo2(e.target.value)}
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
                  sort: "distance",
                })
              }
              data-testid="search-clear"
            >
              {t("clear")}
            </button>
          </div>
        </form>

        <SearchResults />
      </div>
    </section>
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
  const sorted = useMemo(() => (response ? sortResults(response.results, url.sort) : []), [response, url.sort]);
  const listRef = useRef<HTMLOListElement>(null);
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");

  // A result picked on the map scrolls into view in the list.
  useEffect(() => {
    if (!url.selectedId) return;
    listRef.current
      ?.querySelector(`[data-site-id="${CSS.escape(url.selectedId)}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [url.selectedId, sorted]);

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
  const unit = t(`unitsPer.${q.unit}`);
  const n = (v: number, digits = 1) => format.number(v, { maximumFractionDigits: digits });
  const route = (code: string) => (tRoutes.has(code) ? tRoutes(code) : code);
  const name = (r: NearbyResult) => localName(r.site, locale);
  // What the consumers in range can still take, against what the origin producer makes of this waste.
  const totalRemaining = response.results.reduce((sum, r) => sum + r.remainingCapacityTonnes, 0);
  const originSite = url.origin?.kind === "site" ? atlas.siteById(url.origin.siteId) : undefined;
  const producedTonnes =
    originSite?.properties.outputs
      .filter((o) => o.material === q.material)
      .reduce((sum, o) => sum + o.tonnesPerYear, 0) ?? 0;
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
  const csv = () => {
    const columns: TableColumn<NearbyResult>[] = [
      { key: "name", header: t("csv.name"), value: name },
      { key: "distance", header: t("csv.distanceKm"), value: (r) => r.distanceKm },
      { key: "road", header: t("csv.roadKm"), value: (r) => r.roadKm },
      { key: "remaining", header: t("csv.remaining", { unit }), value: (r) => r.remainingCapacityTonnes },
      { key: "cost", header: t("csv.cost", { unit }), value: (r) => r.costYuanPerTonne },
      { key: "co2", header: t("csv.co2", { unit }), value: (r) => r.co2KgPerTonne },
      { key: "route", header: t("csv.route"), value: (r) => route(r.route) },
      { key: "level", header: t("csv.level"), value: (r) => t(`level.${r.cycleLevel}`) },
      { key: "synthetic", header: t("csv.synthetic"), value: (r) => (r.synthetic ? t("result.synthetic") : "") },
      { key: "id", header: "id", value: (r) => r.site.id },
    ];
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([tableCsv(sorted, columns)], { type: "text/csv;charset=utf-8" }));
    a.download = `nearby-${q.material}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
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
      <div className="search-row">
        <button type="button" className="button button--ghost" onClick={copyLink} data-testid="search-copy-link">
          {t("copyLink")}
        </button>
        {response.results.length > 0 && (
          <button type="button" className="button button--ghost" onClick={csv} data-testid="search-csv">
            {t("csvExport")}
          </button>
        )}
        <span role="status" className="search-hint" data-testid="search-copy-status">
          {copied === "done" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
        </span>
      </div>
      {response.results.length > 0 && (
        <label className="search-label search-sort">
          {t("sort.label")}
          <select
            value={url.sort}
            onChange={(e) => updateSearch({ sort: e.target.value as SearchSort })}
            data-testid="search-sort"
          >
            {SEARCH_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {response.results.length === 0 ? (
        <p className="muted" data-testid="search-empty">
          {t("noResults")}
        </p>
      ) : (
        <ol className="search-list" ref={listRef} data-testid="search-result-list">
          {sorted.map((r, i) => {
            const active = ui.hoveredId === r.site.id || url.selectedId === r.site.id;
            return (
              <li
                key={r.site.id}
                className={`search-item${active ? " is-active" : ""}`}
                data-testid="search-result"
                data-site-id={r.site.id}
                data-distance-km={r.distanceKm}
                data-remaining-tonnes={r.remainingCapacityTonnes}
                data-cost={r.costYuanPerTonne}
                data-cycle-level={r.cycleLevel}
                data-synthetic={r.synthetic}
                data-status={r.site.status}
                aria-current={url.selectedId === r.site.id ? "true" : undefined}
                onMouseEnter={() => updateSearchUi({ hoveredId: r.site.id })}
                onMouseLeave={() => updateSearchUi({ hoveredId: null })}
              >
                <button
                  type="button"
                  className="search-item__main"
                  onClick={() => updateSearch({ selectedId: url.selectedId === r.site.id ? null : r.site.id })}
                  onFocus={() => updateSearchUi({ hoveredId: r.site.id })}
                  onBlur={() => updateSearchUi({ hoveredId: null })}
                  data-testid="search-result-select"
                >
                  <span className="search-item__rank">{i + 1}</span>
                  <span className="search-item__name">{name(r)}</span>
                  {r.synthetic && (
                    <span className="badge badge--synthetic" title={t("result.syntheticHint")}>
                      {t("result.synthetic")}
                    </span>
                  )}
                  {r.site.status !== "operating" && (
                    <span
                      className="badge badge--status"
                      data-testid="search-result-status"
                      title={t("result.notOperatingHint")}
                    >
                      {tStatus(r.site.status)}
                    </span>
                  )}
                  {r.full && (
                    <span className="badge badge--full" title={t("result.fullHint")}>
                      {t("result.full")}
                    </span>
                  )}
                </button>
                <div className="search-item__facts">
                  <span>{t("result.distance", { km: n(r.distanceKm) })}</span>
                  <span className="muted">{t("result.road", { km: n(r.roadKm) })}</span>
                  <span>{t("result.remaining", { value: n(r.remainingCapacityTonnes, 0), unit })}</span>
                  <span>{t("result.cost", { value: n(r.costYuanPerTonne, 2), unit })}</span>
                  <span>
                    {r.co2KgPerTonne === null
                      ? t("result.co2None")
                      : t("result.co2", { value: n(r.co2KgPerTonne, 2), unit })}
                  </span>
                  <span>{t("result.route", { route: route(r.route) })}</span>
                  <span className={`badge badge--level badge--${r.cycleLevel}`}>{t(`level.${r.cycleLevel}`)}</span>
                  {r.crossProvince && <span className="warn">{t("result.crossProvince")}</span>}
                </div>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => atlas.selectSite(r.site.id, { fly: true })}
                  data-testid="search-result-open"
                >
                  {t("result.open")}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p className="search-hint">{t("notes")}</p>
    </div>
  );
}
