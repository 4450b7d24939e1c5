"use client";
/** Create/edit form for a site with its outputs and intakes; coordinates typed or set by dragging the map marker. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS, type MaterialCode } from "../../domain/materials";
import { INDUSTRIES } from "../../domain/industries";
import { IMPORT_CRS, toWgs84, type ImportCrs } from "../../domain/import/crs";
import type { StoredSite } from "../../domain/import/stored-site";
import { deleteSiteAction, saveSiteAction, type SaveSiteResult } from "./actions";
import { SiteLocationMap } from "./site-location-map";

interface OutputRow { material: MaterialCode; tonnesPerYear: string; stockpileTonnes: string; estimated: boolean; coefficient: string; wasteCode: string }
interface IntakeRow { material: MaterialCode; route: string; capacityTonnesPerYear: string; committedTonnesPerYear: string; estimated: boolean; coefficient: string }

export interface ParkOption { id: string; name: string }

const str = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));
const num = (v: string) => (v.trim() === "" ? null : Number(v.replace(/,/g, "")));

export function SiteForm({ site, version = null, parks }: { site: StoredSite | null; version?: number | null; parks: readonly ParkOption[] }) {
  const t = useTranslations("registry");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [f, setF] = useState({
    name: site?.name ?? "", nameEn: site?.nameEn ?? "", ownerGroup: site?.ownerGroup ?? "", industry: site?.industry ?? "",
    lng: str(site?.lng), lat: str(site?.lat), capacityMw: str(site?.capacityMw), parkId: site?.parkId ?? "",
    source: site?.source ?? "user", sourceRef: site?.sourceRef ?? "", licence: site?.licence ?? "user-provided",
    precision: site?.precision ?? "exact", synthetic: site?.synthetic ?? false, outsideProvince: site?.outsideProvince ?? false, notes: site?.notes ?? "",
  });
  const [outputs, setOutputs] = useState<OutputRow[]>(
    (site?.outputs ?? []).map((o) => ({ material: o.material, tonnesPerYear: str(o.tonnesPerYear), stockpileTonnes: str(o.stockpileTonnes), estimated: o.estimated, coefficient: o.coefficient ?? "", wasteCode: o.wasteCode ?? "" })),
  );
  const [intakes, setIntakes] = useState<IntakeRow[]>(
    (site?.intakes ?? []).map((i) => ({ material: i.material, route: i.route, capacityTonnesPerYear: str(i.capacityTonnesPerYear), committedTonnesPerYear: str(i.committedTonnesPerYear), estimated: i.estimated, coefficient: i.coefficient ?? "" })),
  );
  // Coordinates may be typed as copied from Amap/Tencent (GCJ-02) or Baidu (BD-09); they are saved as WGS84.
  const [crs, setCrs] = useState<ImportCrs>("wgs84");
  const [result, setResult] = useState<SaveSiteResult | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((prev) => ({ ...prev, [k]: v }));
  const materialLabel = (code: string) => {
    const m = MATERIALS.find((x) => x.code === code);
    return m ? `${locale === "en" ? m.nameEn : m.nameZh} (${m.unit})` : code;
  };

  const lngNum = num(f.lng);
  const latNum = num(f.lat);
  const typedOk = lngNum !== null && latNum !== null && Number.isFinite(lngNum) && Number.isFinite(latNum);
  const wgs = typedOk ? toWgs84(lngNum, latNum, crs) : null;

  function payload() {
    return {
      name: f.name, nameEn: f.nameEn, ownerGroup: f.ownerGroup || null, industry: f.industry, lng: wgs ? wgs[0] : lngNum, lat: wgs ? wgs[1] : latNum,
      capacityMw: num(f.capacityMw), parkId: f.parkId || null, source: f.source, sourceRef: f.sourceRef || null, licence: f.licence,
      precision: f.precision, synthetic: f.synthetic, outsideProvince: f.outsideProvince, notes: f.notes || null,
      outputs: outputs.map((o) => ({ material: o.material, tonnesPerYear: num(o.tonnesPerYear), stockpileTonnes: num(o.stockpileTonnes) ?? 0, estimated: o.estimated, coefficient: o.coefficient || null, wasteCode: o.wasteCode || null })),
      intakes: intakes.map((i) => ({ material: i.material, route: i.route, capacityTonnesPerYear: num(i.capacityTonnesPerYear), committedTonnesPerYear: num(i.committedTonnesPerYear) ?? 0, estimated: i.estimated, coefficient: i.coefficient || null })),
    };
  }

  function save() {
    start(async () => {
      const r = await saveSiteAction(site?.id ?? null, payload(), version ?? undefined);
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
    <form className="site-form" onSubmit={(e) => { e.preventDefault(); save(); }} data-testid="site-form" noValidate>
      <fieldset>
        <legend>{t("form.identity")}</legend>
        <div className="form-grid">
          <label className="field"><span>{t("form.name")} *</span><input value={f.name} onChange={(e) => set("name", e.target.value)} required maxLength={200} data-testid="site-name" /></label>
          <label className="field"><span>{t("form.nameEn")}</span><input value={f.nameEn} onChange={(e) => set("nameEn", e.target.value)} maxLength={200} data-testid="site-name-en" /></label>
          <label className="field"><span>{t("form.ownerGroup")}</span><input value={f.ownerGroup} onChange={(e) => set("ownerGroup", e.target.value)} maxLength={200} /></label>
          <label className="field">
            <span>{t("form.industry")} *</span>
            <input value={f.industry} onChange={(e) => set("industry", e.target.value)} list="industry-codes" required data-testid="site-industry" />
            <datalist id="industry-codes">
              {INDUSTRIES.map((i) => <option key={i.code} value={i.code}>{locale === "en" ? i.nameEn : i.nameZh}</option>)}
            </datalist>
          </label>
          <label className="field"><span>{t("form.capacityMw")}</span><input inputMode="decimal" value={f.capacityMw} onChange={(e) => set("capacityMw", e.target.value)} /></label>
          <label className="field">
            <span>{t("form.park")}</span>
            <select value={f.parkId} onChange={(e) => set("parkId", e.target.value)}>
              <option value="">{t("form.noPark")}</option>
              {parks.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("form.location")}</legend>
        <p className="muted small">{t("form.locationHelp")}</p>
        <div className="form-grid">
          <label className="field"><span>{t("form.lng")} *</span><input inputMode="decimal" value={f.lng} onChange={(e) => set("lng", e.target.value)} required data-testid="site-lng" /></label>
          <label className="field"><span>{t("form.lat")} *</span><input inputMode="decimal" value={f.lat} onChange={(e) => set("lat", e.target.value)} required data-testid="site-lat" /></label>
          <label className="field">
            <span>{t("form.precision")}</span>
            <select value={f.precision} onChange={(e) => set("precision", e.target.value as typeof f.precision)}>
              {(["exact", "county", "estimated"] as const).map((p) => <option key={p} value={p}>{t(`precision.${p}`)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t("form.crs")}</span>
            <select value={crs} onChange={(e) => setCrs(e.target.value as ImportCrs)} data-testid="site-crs">
              {IMPORT_CRS.map((c) => <option key={c} value={c}>{t(`crs.${c}`)}</option>)}
            </select>
          </label>
          <label className="check"><input type="checkbox" checked={f.outsideProvince} onChange={(e) => set("outsideProvince", e.target.checked)} data-testid="site-outside" /><span>{t("form.outsideProvince")}</span></label>
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

      <fieldset>
        <legend>{t("form.outputs")}</legend>
        {outputs.map((o, idx) => {
          const upd = (patch: Partial<OutputRow>) => setOutputs((rows) => rows.map((r, j) => (j === idx ? { ...r, ...patch } : r)));
          return (
            <div className="flow-row" key={idx} data-testid="output-row">
              <label className="field"><span>{t("form.material")}</span>
                <select value={o.material} onChange={(e) => upd({ material: e.target.value as MaterialCode })}>{MATERIALS.map((m) => <option key={m.code} value={m.code}>{materialLabel(m.code)}</option>)}</select>
              </label>
              <label className="field"><span>{t("form.tonnesPerYear")}</span><input inputMode="decimal" value={o.tonnesPerYear} onChange={(e) => upd({ tonnesPerYear: e.target.value })} data-testid="output-tonnes" /></label>
              <label className="field"><span>{t("form.stockpile")}</span><input inputMode="decimal" value={o.stockpileTonnes} onChange={(e) => upd({ stockpileTonnes: e.target.value })} /></label>
              <label className="field"><span>{t("form.wasteCode")}</span><input value={o.wasteCode} onChange={(e) => upd({ wasteCode: e.target.value })} /></label>
              <label className="check"><input type="checkbox" checked={o.estimated} onChange={(e) => upd({ estimated: e.target.checked })} /><span>{t("form.estimated")}</span></label>
              <button type="button" className="text-button" onClick={() => setOutputs((rows) => rows.filter((_, j) => j !== idx))}>{t("form.removeFlow")}</button>
            </div>
          );
        })}
        <button type="button" className="button button--ghost" onClick={() => setOutputs((r) => [...r, { material: "fly-ash", tonnesPerYear: "", stockpileTonnes: "0", estimated: false, coefficient: "", wasteCode: "" }])} data-testid="add-output">{t("form.addOutput")}</button>
      </fieldset>

      <fieldset>
        <legend>{t("form.intakes")}</legend>
        {intakes.map((i, idx) => {
          const upd = (patch: Partial<IntakeRow>) => setIntakes((rows) => rows.map((r, j) => (j === idx ? { ...r, ...patch } : r)));
          const routes = MATERIALS.find((m) => m.code === i.material)?.routes ?? [];
          return (
            <div className="flow-row" key={idx} data-testid="intake-row">
              <label className="field"><span>{t("form.material")}</span>
                <select value={i.material} onChange={(e) => upd({ material: e.target.value as MaterialCode })}>{MATERIALS.map((m) => <option key={m.code} value={m.code}>{materialLabel(m.code)}</option>)}</select>
              </label>
              <label className="field"><span>{t("form.route")}</span><input value={i.route} onChange={(e) => upd({ route: e.target.value })} list={`routes-${idx}`} data-testid="intake-route" />
                <datalist id={`routes-${idx}`}>{routes.map((r) => <option key={r} value={r} />)}</datalist>
              </label>
              <label className="field"><span>{t("form.capacity")}</span><input inputMode="decimal" value={i.capacityTonnesPerYear} onChange={(e) => upd({ capacityTonnesPerYear: e.target.value })} data-testid="intake-capacity" /></label>
              <label className="field"><span>{t("form.committed")}</span><input inputMode="decimal" value={i.committedTonnesPerYear} onChange={(e) => upd({ committedTonnesPerYear: e.target.value })} /></label>
              <button type="button" className="text-button" onClick={() => setIntakes((rows) => rows.filter((_, j) => j !== idx))}>{t("form.removeFlow")}</button>
            </div>
          );
        })}
        <button type="button" className="button button--ghost" onClick={() => setIntakes((r) => [...r, { material: "fly-ash", route: "", capacityTonnesPerYear: "", committedTonnesPerYear: "0", estimated: false, coefficient: "" }])} data-testid="add-intake">{t("form.addIntake")}</button>
      </fieldset>

      <fieldset>
        <legend>{t("form.provenance")}</legend>
        <div className="form-grid">
          <label className="field"><span>{t("form.source")}</span><input value={f.source} onChange={(e) => set("source", e.target.value)} /></label>
          <label className="field"><span>{t("form.sourceRef")}</span><input value={f.sourceRef} onChange={(e) => set("sourceRef", e.target.value)} /></label>
          <label className="field"><span>{t("form.licence")}</span><input value={f.licence} onChange={(e) => set("licence", e.target.value)} /></label>
          <label className="check"><input type="checkbox" checked={f.synthetic} onChange={(e) => set("synthetic", e.target.checked)} /><span>{t("form.synthetic")}</span></label>
        </div>
        <label className="field"><span>{t("form.notes")}</span><textarea value={f.notes} onChange={(e) => set("notes", e.target.value)} rows={3} maxLength={2000} /></label>
      </fieldset>

      <div aria-live="polite">
        {result && !result.ok && (
          <div className="form-error" role="alert" data-testid="site-form-error">
            {result.error === "conflict" ? (
              <>
                <p data-testid="site-conflict">{t("saveError.conflict", { current: result.currentVersion, yours: result.yourVersion })}</p>
                <button type="button" className="button button--ghost" onClick={() => window.location.reload()} data-testid="site-conflict-reload">{t("reloadLatest")}</button>
              </>
            ) : (
              <>
                <p>{t(`saveError.${result.error}`)}</p>
                {result.issues && <ul>{result.issues.map((i, k) => <li key={k}><span className="mono">{i.path}</span>: {i.message}</li>)}</ul>}
              </>
            )}
          </div>
        )}
      </div>
      <div className="action-row">
        {version !== null && <span className="muted small" data-testid="site-version">{t("versionLabel", { version })}</span>}
        <button type="submit" className="button" disabled={pending} data-testid="site-save">{pending ? t("saving") : t("save")}</button>
        {site && !confirmDelete && <button type="button" className="button button--danger" onClick={() => setConfirmDelete(true)} data-testid="site-delete">{t("delete")}</button>}
        {site && confirmDelete && (
          <span className="confirm" role="group" aria-label={t("deleteConfirm")}>
            <span>{t("deleteConfirm")}</span>
            <button type="button" className="button button--danger" disabled={pending} onClick={remove} data-testid="site-delete-confirm">{t("deleteYes")}</button>
            <button type="button" className="button button--ghost" onClick={() => setConfirmDelete(false)}>{t("cancel")}</button>
          </span>
        )}
      </div>
    </form>
  );
}
