"use client";
/** Side panel with one site's details: names, county, park, outputs, intakes, provenance and an action area. */
import { Fragment, useEffect, useRef } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { materialSpec } from "../../domain/materials";
import type { CoefficientInfo, SiteFeature } from "../../domain/site-features";
import { ROLE_COLOURS } from "../map/layers";
import { useSiteActions } from "./site-actions";
import { localName, localText } from "../../domain/locale";

export interface SitePanelProps {
  site: SiteFeature | null;
  /** Id asked for (e.g. from the URL) that is not in the registry: the panel says so. */
  missingId?: string | null;
  onClose: () => void;
}

/** Translates a code from a message group, falling back to the code itself for codes the catalogue lacks. */
function useCodeLabel(group: "routes" | "industries" | "precision" | "units" | "stockUnits" | "statuses") {
  const t = useTranslations(`map.${group}`);
  return (code: string) => (t.has(code) ? t(code) : code);
}

/** The coefficient(s) behind an estimated quantity: key = value unit, and each source (composite "a+b" keys list every part). */
function CoefficientFacts({
  keyText,
  rows,
  n,
  label,
  sourceLabel,
}: {
  keyText: string;
  rows: readonly CoefficientInfo[];
  n: (v: number) => string;
  label: string;
  sourceLabel: string;
}) {
  if (!rows.length)
    return (
      <>
        <dt>{label}</dt>
        <dd className="mono">{keyText}</dd>
      </>
    );
  return (
    <>
      {rows.map((c) => (
        <Fragment key={c.key}>
          <dt>{label}</dt>
          <dd className="mono" data-testid="site-panel-coefficient">
            {c.key} = {n(c.value)} {c.unit}
          </dd>
          <dt>{sourceLabel}</dt>
          <dd>{c.source}</dd>
        </Fragment>
      ))}
    </>
  );
}

export function SitePanel({ site, missingId = null, onClose }: SitePanelProps) {
  const t = useTranslations("map.panel");
  const tRoles = useTranslations("map.roles");
  const locale = useLocale();
  const format = useFormatter();
  const route = useCodeLabel("routes");
  const industry = useCodeLabel("industries");
  const precision = useCodeLabel("precision");
  const status = useCodeLabel("statuses");
  const unit = useCodeLabel("units");
  const stockUnit = useCodeLabel("stockUnits");
  const actions = useSiteActions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const open = site !== null || missingId !== null;

  useEffect(() => {
    if (!open) return;
    headingRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      // Widgets that handle Escape themselves (comboboxes, menus) call preventDefault and keep the panel open.
      if (e.key === "Escape" && !e.defaultPrevented) onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, site?.id, onClose]);

  if (!open) return null;
  const n = (value: number) => format.number(value, { maximumFractionDigits: value < 10 ? 2 : 0 });
  const materialName = (code: string) => {
    const spec = materialSpec(code);
    return spec ? localName(spec, locale) : code;
  };
  const unitOf = (code: string) => materialSpec(code)?.unit ?? "t";

  if (!site) {
    return (
      <aside className="site-panel" aria-labelledby="site-panel-title" data-testid="site-panel">
        <header className="site-panel__header">
          <h2 id="site-panel-title" ref={headingRef} tabIndex={-1} className="site-panel__title">
            {t("label")}
          </h2>
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label={t("close")}
            title={t("closeHint")}
            data-testid="site-panel-close"
          >
            ×
          </button>
        </header>
        <p className="site-panel__empty" data-testid="site-panel-missing">
          {t("notFound", { id: missingId ?? "" })}
        </p>
      </aside>
    );
  }

  const p = site.properties;
  const [lng, lat] = site.geometry.coordinates;
  const primaryName = localName(p, locale);
  const secondaryName = locale === "en" ? p.name : p.nameEn;
  const roleColour = ROLE_COLOURS[p.role];

  return (
    <aside className="site-panel" aria-labelledby="site-panel-title" data-testid="site-panel" data-site-id={site.id}>
      <header className="site-panel__header">
        <div>
          <p className="site-panel__eyebrow">
            <span className="role-dot" style={{ background: roleColour }} aria-hidden="true" />
            <span data-testid="site-panel-role">{tRoles(p.role)}</span>
            {" · "}
            <span>{industry(p.industry)}</span>
          </p>
          <h2
            id="site-panel-title"
            ref={headingRef}
            tabIndex={-1}
            className="site-panel__title"
            data-testid="site-panel-name"
          >
            {primaryName}
          </h2>
          {secondaryName && secondaryName !== primaryName ? (
            <p
              className="site-panel__subtitle"
              lang={locale === "en" ? "zh-CN" : "en"}
              data-testid="site-panel-name-alt"
            >
              {secondaryName}
            </p>
          ) : null}
          {p.provenance.synthetic ? (
            <p className="badge badge--synthetic" data-testid="site-panel-synthetic" title={t("syntheticNote")}>
              {t("synthetic")}
            </p>
          ) : null}
          {p.status !== "operating" ? (
            <p className="badge badge--status" data-testid="site-panel-status-badge" title={t("notOperatingNote")}>
              {status(p.status)}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t("close")}
          title={t("closeHint")}
          data-testid="site-panel-close"
        >
          ×
        </button>
      </header>

      <div className="site-panel__body">
        <section aria-labelledby="sp-location">
          <h3 id="sp-location" className="site-panel__section-title">
            {t("location")}
          </h3>
          <dl className="facts">
            <dt>{t("county")}</dt>
            <dd data-testid="site-panel-county">
              {localText(locale, p.countyName, p.countyNameEn) ?? t("unknownCounty")}
              {locale === "en" && p.countyNameEn && p.countyName ? <span lang="zh-CN"> ({p.countyName})</span> : null}
              {p.countyAdcode ? <span className="muted"> · {p.countyAdcode}</span> : null}
            </dd>
            {p.cityName ? (
              <>
                <dt>{t("city")}</dt>
                <dd data-testid="site-panel-city">{localText(locale, p.cityName, p.cityNameEn)}</dd>
              </>
            ) : null}
            <dt>{t("park")}</dt>
            <dd data-testid="site-panel-park">
              {p.parkId ? (
                (localText(locale, p.parkName, p.parkNameEn) ?? p.parkId)
              ) : (
                <span className="muted">{t("noPark")}</span>
              )}
            </dd>
            {p.ownerGroup ? (
              <>
                <dt>{t("owner")}</dt>
                <dd>{p.ownerGroup}</dd>
              </>
            ) : null}
            <dt>{t("status")}</dt>
            <dd data-testid="site-panel-status" data-status={p.status}>
              {status(p.status)}
            </dd>
            {p.parks.length > 1 ? (
              <>
                <dt>{t("parks")}</dt>
                <dd data-testid="site-panel-parks">
                  {p.parks.map((k) => (locale === "en" ? k.nameEn : k.name)).join("；")}
                </dd>
              </>
            ) : null}
            {p.capacityMw != null ? (
              <>
                <dt>{t("capacityMw")}</dt>
                <dd>{t("capacityMwValue", { value: n(p.capacityMw) })}</dd>
              </>
            ) : null}
            {p.capacity != null && p.capacityUnit && !p.capacityUnit.startsWith("MW") ? (
              <>
                <dt>{t("capacitySource")}</dt>
                <dd data-testid="site-panel-capacity">
                  {n(p.capacity)} {p.capacityUnit}
                </dd>
              </>
            ) : null}
            <dt>{t("coordinates")}</dt>
            <dd className="mono">
              {lng.toFixed(4)}, {lat.toFixed(4)}
            </dd>
            {p.outsideProvince ? (
              <>
                <dt />
                <dd className="warn">{t("outsideProvince")}</dd>
              </>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="sp-outputs">
          <h3 id="sp-outputs" className="site-panel__section-title">
            {t("outputs")}
          </h3>
          {p.outputs.length === 0 ? (
            <p className="muted">{t("noOutputs")}</p>
          ) : (
            <ul className="flow-list" data-testid="site-panel-outputs">
              {p.outputs.map((o) => (
                <li key={o.material} className="flow" data-material={o.material}>
                  <div className="flow__head">
                    <span
                      className="swatch"
                      style={{ background: materialSpec(o.material)?.colour }}
                      aria-hidden="true"
                    />
                    <strong>{materialName(o.material)}</strong>
                    {o.estimated ? (
                      <span className="badge badge--estimated" title={t("estimatedTitle")}>
                        {t("estimated")}
                      </span>
                    ) : null}
                  </div>
                  <dl className="facts facts--compact">
                    <dt>{t("perYear")}</dt>
                    <dd>
                      {n(o.tonnesPerYear)} {unit(unitOf(o.material))}
                    </dd>
                    {o.stockpileTonnes > 0 ? (
                      <>
                        <dt>{t("stockpile")}</dt>
                        <dd>
                          {n(o.stockpileTonnes)} {stockUnit(unitOf(o.material))}
                        </dd>
                      </>
                    ) : null}
                    {o.coefficient ? (
                      <CoefficientFacts
                        keyText={o.coefficient}
                        rows={o.coefficients}
                        n={n}
                        label={t("coefficient")}
                        sourceLabel={t("coefficientSource")}
                      />
                    ) : null}
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="sp-intakes">
          <h3 id="sp-intakes" className="site-panel__section-title">
            {t("intakes")}
          </h3>
          {p.intakes.length === 0 ? (
            <p className="muted">{t("noIntakes")}</p>
          ) : (
            <ul className="flow-list" data-testid="site-panel-intakes">
              {p.intakes.map((i) => (
                <li key={`${i.material}:${i.route}`} className="flow" data-material={i.material}>
                  <div className="flow__head">
                    <span
                      className="swatch"
                      style={{ background: materialSpec(i.material)?.colour }}
                      aria-hidden="true"
                    />
                    <strong>{materialName(i.material)}</strong>
                    <span className="muted">→ {route(i.route)}</span>
                  </div>
                  <dl className="facts facts--compact">
                    <dt>{t("capacity")}</dt>
                    <dd>
                      {n(i.capacityTonnesPerYear)} {unit(unitOf(i.material))}
                    </dd>
                    {i.committedTonnesPerYear > 0 ? (
                      <>
                        <dt>{t("committed")}</dt>
                        <dd>
                          {n(i.committedTonnesPerYear)} {unit(unitOf(i.material))}
                        </dd>
                      </>
                    ) : null}
                    {i.coefficient ? (
                      <CoefficientFacts
                        keyText={i.coefficient}
                        rows={i.coefficients}
                        n={n}
                        label={t("coefficient")}
                        sourceLabel={t("coefficientSource")}
                      />
                    ) : null}
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="sp-provenance">
          <h3 id="sp-provenance" className="site-panel__section-title">
            {t("provenance")}
          </h3>
          <dl className="facts" data-testid="site-panel-provenance">
            <dt>{t("source")}</dt>
            <dd data-testid="site-panel-source">{p.provenance.source}</dd>
            {p.provenance.sourceRef ? (
              <>
                <dt>{t("sourceRef")}</dt>
                <dd className="mono">{p.provenance.sourceRef}</dd>
              </>
            ) : null}
            {p.provenance.sourceUrl ? (
              <>
                <dt>{t("sourceUrl")}</dt>
                <dd className="mono" data-testid="site-panel-source-url">
                  {p.provenance.sourceUrl}
                </dd>
              </>
            ) : null}
            <dt>{t("licence")}</dt>
            <dd>{p.provenance.licence}</dd>
            <dt>{t("precision")}</dt>
            <dd data-testid="site-panel-precision">{precision(p.provenance.precision)}</dd>
            <dt>{t("synthetic")}</dt>
            <dd>
              {p.provenance.synthetic ? <span className="badge badge--synthetic">{t("synthetic")}</span> : t("real")}
            </dd>
          </dl>
          {p.provenance.synthetic ? (
            <p className="note">
              {t("syntheticNote")} {t("syntheticAnalysisNote")}
            </p>
          ) : null}
          {p.status !== "operating" ? (
            <p className="note" data-testid="site-panel-not-operating-note">
              {t("notOperatingNote")}
            </p>
          ) : null}
        </section>

        {actions.length > 0 ? (
          <section aria-labelledby="sp-actions" className="site-panel__actions">
            <h3 id="sp-actions" className="site-panel__section-title">
              {t("actions")}
            </h3>
            <div className="action-row" data-testid="site-panel-actions">
              {actions.map(({ id, Component }) => (
                <Component key={id} site={site} />
              ))}
            </div>
          </section>
        ) : null}
      </div>
    </aside>
  );
}
