"use client";
/**
 * The nearby-consumer search panel (left sidebar of the map page): origin (site, map point or typed place),
 * material, radius or k nearest, estimation factors, then the results (search-results.tsx). Fetching, the drafts and
 * the URL state live in search-store.ts.
 */
import { useEffect, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS, materialSpec, isMaterialCode } from "../../domain/materials";
import { DEFAULT_CIRCUITY } from "../../domain/distance";
import { DEFAULT_TRUCK_CO2 } from "../../domain/trucking-co2";
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
import { DEFAULT_SEARCH_SORT } from "./search-url";
import { SearchResults } from "./search-results";
import { useIsPhone } from "../map/use-is-phone";
import { MapCard } from "../atlas/map-card";
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
