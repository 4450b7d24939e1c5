"use client";
/**
 * The nearby-search results under the search form: counts, capacity in range against the producer's output, copy
 * link, and the results table (app/ui/table/data-table.tsx: virtualised, sortable with the order in the URL,
 * filterable, CSV of the rows shown) linked to the map through the search store (hover, selection).
 */
import { useMemo, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { NearbyResult } from "../../domain/nearby-consumers";
import { localName } from "../../domain/locale";
import { useAtlas } from "../atlas/atlas-context";
import { DataTable, type DataTableColumn } from "../table/data-table";
import { updateSearch, updateSearchUi, useSearch } from "./search-store";
import type { SearchSortKey } from "./search-url";

export function SearchResults() {
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
