"use client";
/** Create/edit form for a site with its outputs and intakes; coordinates typed or set by dragging the map marker. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { INDUSTRIES } from "../../domain/industries";
import { SITE_STATUSES, type SiteStatus } from "../../domain/site-status";
import { IMPORT_CRS, toWgs84, type ImportCrs } from "../../domain/import/crs";
import type { StoredSite } from "../../domain/import/stored-site";
import { deleteSiteAction, saveSiteAction, type SaveSiteResult } from "./actions";
import { SiteLocationMap } from "./site-location-map";
import { intakeRows, num, outputRows, siteDraft, sitePayload } from "./site-form-state";
import { IntakeRowsFieldset, OutputRowsFieldset } from "./site-flow-rows";
import { localName } from "../../domain/locale";

export interface ParkOption {
  id: string;
  name: string;
}

export function SiteForm({
  site,
  version = null,
  parks,
}: {
  site: StoredSite | null;
  version?: number | null;
  parks: readonly ParkOption[];
}) {
  const t = useTranslations("registry");
  const tStatus = useTranslations("map.statuses");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [f, setF] = useState(() => siteDraft(site));
  const [outputs, setOutputs] = useState(() => outputRows(site));
  const [intakes, setIntakes] = useState(() => intakeRows(site));
  // Coordinates may be typed as copied from Amap/Tencent (GCJ-02) or Baidu (BD-09); they are saved as WGS84.
  const [crs, setCrs] = useState<ImportCrs>("wgs84");
  const [result, setResult] = useState<SaveSiteResult | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((prev) => ({ ...prev, [k]: v }));

  const lngNum = num(f.lng);
  const latNum = num(f.lat);
  const typedOk = lngNum !== null && latNum !== null && Number.isFinite(lngNum) && Number.isFinite(latNum);
  const wgs = typedOk ? toWgs84(lngNum, latNum, crs) : null;

  function save() {
    start(async () => {
      const r = await saveSiteAction(site?.id ?? null, sitePayload(f, wgs, outputs, intakes), version ?? undefined);
      setResult(r);
      if (r.ok) {
        router.push(`/registry/sites/${encodeURIComponent(r.id)}?saved=1`);
        router.refresh();
      }
    });
  }

  function remove() {
    if (!site) return;
    start(async () => setResult(await deleteSiteAction(site.id)));
  }

  return (
    <form
      className="site-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      data-testid="site-form"
      noValidate
    >
      <fieldset>
        <legend>{t("form.identity")}</legend>
        <div className="form-grid">
          <label className="field">
            <span>{t("form.name")} *</span>
            <input
              value={f.name}
              onChange={(e) => set("name", e.target.value)}
              required
              maxLength={200}
              data-testid="site-name"
            />
          </label>
          <label className="field">
            <span>{t("form.nameEn")}</span>
            <input
              value={f.nameEn}
              onChange={(e) => set("nameEn", e.target.value)}
              maxLength={200}
              data-testid="site-name-en"
            />
          </label>
          <label className="field">
            <span>{t("form.ownerGroup")}</span>
            <input value={f.ownerGroup} onChange={(e) => set("ownerGroup", e.target.value)} maxLength={200} />
          </label>
          <label className="field">
            <span>{t("form.industry")} *</span>
            <input
              value={f.industry}
              onChange={(e) => set("industry", e.target.value)}
              list="industry-codes"
              required
              data-testid="site-industry"
            />
            <datalist id="industry-codes">
              {INDUSTRIES.map((i) => (
                <option key={i.code} value={i.code}>
                  {localName(i, locale)}
                </option>
              ))}
            </datalist>
          </label>
          <label className="field">
            <span>{t("form.capacityMw")}</span>
            <input inputMode="decimal" value={f.capacityMw} onChange={(e) => set("capacityMw", e.target.value)} />
          </label>
          <label className="field">
            <span>{t("form.park")}</span>
            <select value={f.parkId} onChange={(e) => set("parkId", e.target.value)}>
              <option value="">{t("form.noPark")}</option>
              {parks.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("form.location")}</legend>
        <p className="muted small">{t("form.locationHelp")}</p>
        <div className="form-grid">
          <label className="field">
            <span>{t("form.lng")} *</span>
            <input
              inputMode="decimal"
              value={f.lng}
              onChange={(e) => set("lng", e.target.value)}
              required
              data-testid="site-lng"
            />
          </label>
          <label className="field">
            <span>{t("form.lat")} *</span>
            <input
              inputMode="decimal"
              value={f.lat}
              onChange={(e) => set("lat", e.target.value)}
              required
              data-testid="site-lat"
            />
          </label>
          <label className="field">
            <span>{t("form.precision")}</span>
            <select value={f.precision} onChange={(e) => set("precision", e.target.value as typeof f.precision)}>
              {(["exact", "county", "estimated"] as const).map((p) => (
                <option key={p} value={p}>
                  {t(`precision.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("form.crs")}</span>
            <select value={crs} onChange={(e) => setCrs(e.target.value as ImportCrs)} data-testid="site-crs">
              {IMPORT_CRS.map((c) => (
                <option key={c} value={c}>
                  {t(`crs.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={f.outsideProvince}
              onChange={(e) => set("outsideProvince", e.target.checked)}
              data-testid="site-outside"
            />
            <span>{t("form.outsideProvince")}</span>
          </label>
        </div>
        <SiteLocationMap
          label={t("form.mapLabel")}
          lng={wgs ? wgs[0] : null}
          lat={wgs ? wgs[1] : null}
          onMove={(lng, lat) => {
            setCrs("wgs84"); // the marker is WGS84
            setF((p) => ({ ...p, lng: String(lng), lat: String(lat) }));
          }}
        />
      </fieldset>

      <OutputRowsFieldset outputs={outputs} setOutputs={setOutputs} />
      <IntakeRowsFieldset intakes={intakes} setIntakes={setIntakes} />

      <fieldset>
        <legend>{t("form.provenance")}</legend>
        <div className="form-grid">
          <label className="field">
            <span>{t("form.source")}</span>
            <input value={f.source} onChange={(e) => set("source", e.target.value)} />
          </label>
          <label className="field">
            <span>{t("form.sourceRef")}</span>
            <input value={f.sourceRef} onChange={(e) => set("sourceRef", e.target.value)} />
          </label>
          <label className="field">
            <span>{t("form.licence")}</span>
            <input value={f.licence} onChange={(e) => set("licence", e.target.value)} />
          </label>
          <label className="field">
            <span>{t("form.status")}</span>
            <select
              value={f.status}
              onChange={(e) => set("status", e.target.value as SiteStatus)}
              data-testid="site-status"
            >
              {SITE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tStatus(s)}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={f.synthetic} onChange={(e) => set("synthetic", e.target.checked)} />
            <span>{t("form.synthetic")}</span>
          </label>
        </div>
        <label className="field">
          <span>{t("form.notes")}</span>
          <textarea value={f.notes} onChange={(e) => set("notes", e.target.value)} rows={3} maxLength={2000} />
        </label>
      </fieldset>

      <div aria-live="polite">
        {result && !result.ok && (
          <div className="form-error" role="alert" data-testid="site-form-error">
            {result.error === "conflict" ? (
              <>
                <p data-testid="site-conflict">
                  {t("saveError.conflict", { current: result.currentVersion, yours: result.yourVersion })}
                </p>
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => window.location.reload()}
                  data-testid="site-conflict-reload"
                >
                  {t("reloadLatest")}
                </button>
              </>
            ) : (
              <>
                <p>{t(`saveError.${result.error}`)}</p>
                {result.issues && (
                  <ul>
                    {result.issues.map((i, k) => (
                      <li key={k}>
                        <span className="mono">{i.path}</span>: {i.message}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </div>
        )}
      </div>
      <div className="action-row">
        {version !== null && (
          <span className="muted small" data-testid="site-version">
            {t("versionLabel", { version })}
          </span>
        )}
        <button type="submit" className="button" disabled={pending} data-testid="site-save">
          {pending ? t("saving") : t("save")}
        </button>
        {site && !confirmDelete && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirmDelete(true)}
            data-testid="site-delete"
          >
            {t("delete")}
          </button>
        )}
        {site && confirmDelete && (
          <span className="confirm" role="group" aria-label={t("deleteConfirm")}>
            <span>{t("deleteConfirm")}</span>
            <button
              type="button"
              className="button button--danger"
              disabled={pending}
              onClick={remove}
              data-testid="site-delete-confirm"
            >
              {t("deleteYes")}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirmDelete(false)}>
              {t("cancel")}
            </button>
          </span>
        )}
      </div>
    </form>
  );
}
