"use client";
/** New pairing run: scope (province / city / county / park / drawn polygon), materials and editable parameters. */
import { useCallback, useMemo, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS, type MaterialCode } from "../../domain/materials";
import { LANDFILL_TAX } from "../../domain/landfill-tax";
import { effectiveParams } from "../../domain/pairing/params";
import type { PairingScope } from "../../domain/pairing/types";
import { BaseMap } from "../map/base-map";
import { PolygonDraw, type LngLat } from "./polygon-draw";
import styles from "./pairing.module.css";
import { localName, localText } from "../../domain/locale";

export interface ScopeOptionsProps {
  cities: { id: string; name: string; nameEn: string | null; parent: string | null }[];
  counties: { id: string; name: string; nameEn: string | null; parent: string | null }[];
  parks: { id: string; name: string; nameEn: string | null; parent: string | null }[];
}

type Kind = PairingScope["kind"];
const KINDS: Kind[] = ["province", "city", "county", "park", "polygon"];
const SOLIDS = MATERIALS.filter((m) => m.unit === "t").map((m) => m.code);
const DEFAULTS = effectiveParams(MATERIALS.map((m) => m.code));

export function RunForm({ options }: { options: ScopeOptionsProps }) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const nameOf = (o: { name: string; nameEn: string | null }) => localName(o, locale);
  const [kind, setKind] = useState<Kind>("city");
  const [city, setCity] = useState("");
  const [county, setCounty] = useState("");
  const [park, setPark] = useState("");
  const [vertices, setVertices] = useState<LngLat[]>([]);
  const [materials, setMaterials] = useState<Set<MaterialCode>>(() => new Set(SOLIDS));
  const [label, setLabel] = useState("");
  // Analyses use real, operating sites unless the planner asks for more (site-inclusion.ts).
  const [includeSynthetic, setIncludeSynthetic] = useState(DEFAULTS.includeSynthetic);
  const [includeNonOperating, setIncludeNonOperating] = useState(DEFAULTS.includeNonOperating);
  const [scalar, setScalar] = useState({
    circuity: String(DEFAULTS.circuity),
    utilisationPenaltyYuanPerTonne: String(DEFAULTS.utilisationPenaltyYuanPerTonne),
    enterprise: String(DEFAULTS.cycleBonusYuanPerTonne.enterprise),
    park: String(DEFAULTS.cycleBonusYuanPerTonne.park),
    nearestN: String(DEFAULTS.nearestN),
  });
  const [haul, setHaul] = useState<Record<string, string>>(() =>
    Object.fromEntries(MATERIALS.map((m) => [m.code, String(DEFAULTS.maxHaulKm[m.code])])),
  );
  const [landfill, setLandfill] = useState<Record<string, string>>(() =>
    Object.fromEntries(MATERIALS.map((m) => [m.code, String(DEFAULTS.landfillYuanPerTonneByMaterial?.[m.code] ?? 0)])),
  );
  const [cost, setCost] = useState<Record<string, string>>(() =>
    Object.fromEntries(MATERIALS.map((m) => [m.code, String(DEFAULTS.costYuanPerTonneKm[m.code])])),
  );
  const [coords, setCoords] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const addVertex = useCallback((v: LngLat) => setVertices((vs) => [...vs, v]), []);
  const materialName = (code: MaterialCode) => {
    const m = MATERIALS.find((x) => x.code === code)!;
    return localName(m, locale);
  };
  // Keyboard alternative to clicking vertices: "lng,lat; lng,lat; …".
  function applyCoords() {
    const pts = coords
      .split(";")
      .map((p) => p.split(",").map((x) => Number(x.trim())))
      .filter((p) => p.length === 2 && p.every(Number.isFinite)) as LngLat[];
    if (pts.length < 3) return setError(t("form.coordsInvalid"));
    setError(null);
    setVertices(pts);
  }
  const countiesOfCity = useMemo(() => options.counties, [options.counties]);

  function scope(): PairingScope | string {
    switch (kind) {
      case "province":
        return { kind };
      case "city":
        return city ? { kind, adcode: city } : t("form.needScope");
      case "county":
        return county ? { kind, adcode: county } : t("form.needScope");
      case "park":
        return park ? { kind, id: park } : t("form.needScope");
      case "polygon":
        return vertices.length >= 3
          ? { kind, geometry: { type: "Polygon", coordinates: [[...vertices, vertices[0]]] } }
          : t("form.needPolygon");
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const s = scope();
    if (typeof s === "string") return setError(s);
    if (materials.size === 0) return setError(t("form.needMaterial"));
    const codes = MATERIALS.map((m) => m.code).filter((c) => materials.has(c));
    const num = (v: string) => Number(v);
    const body = {
      scope: s,
      materials: codes,
      label: label.trim() || undefined,
      params: {
        maxHaulKm: Object.fromEntries(codes.map((c) => [c, num(haul[c])])),
        costYuanPerTonneKm: Object.fromEntries(codes.map((c) => [c, num(cost[c])])),
        circuity: num(scalar.circuity),
        landfillYuanPerTonneByMaterial: Object.fromEntries(codes.map((c) => [c, num(landfill[c])])),
        utilisationPenaltyYuanPerTonne: num(scalar.utilisationPenaltyYuanPerTonne),
        cycleBonusYuanPerTonne: { enterprise: num(scalar.enterprise), park: num(scalar.park) },
        nearestN: num(scalar.nearestN),
        includeSynthetic,
        includeNonOperating,
      },
    };
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/pairings", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { id?: string; error?: string };
      if (res.status !== 202 || !json.id) throw new Error(json.error ?? `HTTP ${res.status}`);
      // A full navigation: unmounting the drawing map client-side currently throws in BaseMap's control cleanup.
      window.location.assign(`/pairings/${json.id}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  const scalarField = (key: keyof typeof scalar, labelText: string, def: number, step = "any", note?: string) => (
    <label className={styles.field}>
      <span>{labelText}</span>
      <input
        type="number"
        min={0}
        step={step}
        value={scalar[key]}
        onChange={(e) => setScalar({ ...scalar, [key]: e.target.value })}
        data-testid={`param-${key}`}
        required
      />
      <small>
        {t("form.default", { value: def })}
        {note ? ` · ${note}` : ""}
      </small>
    </label>
  );

  return (
    <form className={styles.form} onSubmit={submit} data-testid="pairing-form" noValidate>
      <h2>{t("form.title")}</h2>
      <label className={styles.field}>
        <span>{t("form.label")}</span>
        <input
          type="text"
          value={label}
          maxLength={120}
          onChange={(e) => setLabel(e.target.value)}
          data-testid="run-label"
        />
      </label>
      <fieldset className={styles.fieldset}>
        <legend>{t("form.scope")}</legend>
        <div className={styles.radios}>
          {KINDS.map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="scope-kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                data-testid={`scope-kind-${k}`}
              />
              {t(`scopeKind.${k}`)}
            </label>
          ))}
        </div>
        {kind === "city" && (
          <label className={styles.field}>
            <span>{t("form.city")}</span>
            <select value={city} onChange={(e) => setCity(e.target.value)} data-testid="scope-city">
              <option value="">—</option>
              {options.cities.map((c) => (
                <option key={c.id} value={c.id}>
                  {nameOf(c)}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === "county" && (
          <label className={styles.field}>
            <span>{t("form.county")}</span>
            <select value={county} onChange={(e) => setCounty(e.target.value)} data-testid="scope-county">
              <option value="">—</option>
              {options.cities.map((c) => (
                <optgroup key={c.id} label={nameOf(c)}>
                  {countiesOfCity
                    .filter((x) => x.parent === c.id)
                    .map((x) => (
                      <option key={x.id} value={x.id}>
                        {nameOf(x)}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </label>
        )}
        {kind === "park" && (
          <label className={styles.field}>
            <span>{t("form.park")}</span>
            <select value={park} onChange={(e) => setPark(e.target.value)} data-testid="scope-park">
              <option value="">—</option>
              {options.parks.map((p) => (
                <option key={p.id} value={p.id}>
                  {nameOf(p)}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === "polygon" && (
          <div className={styles.drawBox}>
            <p>{t("form.draw")}</p>
            <BaseMap label={t("form.drawMap")} hash={false} className={styles.drawMap} testId="pairing-draw-map">
              <PolygonDraw vertices={vertices} onAdd={addVertex} />
            </BaseMap>
            <div className={styles.row}>
              <span data-testid="draw-vertex-count" data-count={vertices.length} aria-live="polite">
                {t("form.vertices", { count: vertices.length })}
              </span>
              <button
                type="button"
                onClick={() => setVertices((v) => v.slice(0, -1))}
                disabled={vertices.length === 0}
                data-testid="draw-undo"
              >
                {t("form.undo")}
              </button>
              <button
                type="button"
                onClick={() => setVertices([])}
                disabled={vertices.length === 0}
                data-testid="draw-clear"
              >
                {t("form.clear")}
              </button>
            </div>
            <label className={styles.field}>
              <span>{t("form.coordsLabel")}</span>
              <input
                type="text"
                value={coords}
                onChange={(e) => setCoords(e.target.value)}
                placeholder="111.5,37.2; 112.8,37.2; 112.8,38.3"
                data-testid="draw-coords"
              />
            </label>
            <button type="button" onClick={applyCoords} disabled={!coords.trim()} data-testid="draw-coords-apply">
              {t("form.coordsApply")}
            </button>
          </div>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{t("form.materials")}</legend>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={SOLIDS.every((c) => materials.has(c))}
            onChange={(e) => setMaterials(new Set(e.target.checked ? SOLIDS : []))}
            data-testid="materials-all-solids"
          />
          {t("form.allSolids")}
        </label>
        <div className={styles.materialGrid}>
          {MATERIALS.map((m) => (
            <label key={m.code} className={styles.check}>
              <input
                type="checkbox"
                checked={materials.has(m.code)}
                onChange={(e) => {
                  const next = new Set(materials);
                  if (e.target.checked) next.add(m.code);
                  else next.delete(m.code);
                  setMaterials(next);
                }}
                data-testid={`material-${m.code}`}
              />
              <span className={styles.swatch} style={{ background: m.colour }} aria-hidden="true" />
              {materialName(m.code)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset} data-testid="run-inclusion">
        <legend>{t("form.sites")}</legend>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={includeSynthetic}
            onChange={(e) => setIncludeSynthetic(e.target.checked)}
            data-testid="run-include-synthetic"
          />
          {t("form.includeSynthetic")}
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={includeNonOperating}
            onChange={(e) => setIncludeNonOperating(e.target.checked)}
            data-testid="run-include-non-operating"
          />
          {t("form.includeNonOperating")}
        </label>
        <small>{t("form.sitesNote")}</small>
      </fieldset>
      <details className={styles.fieldset} data-testid="param-editor">
        <summary>{t("form.params")}</summary>
        <div className={styles.paramGrid}>
          {scalarField("nearestN", t("form.nearestN"), DEFAULTS.nearestN, "1")}
          {scalarField("circuity", t("form.circuity"), DEFAULTS.circuity, "0.05")}
          {scalarField("utilisationPenaltyYuanPerTonne", t("form.penalty"), DEFAULTS.utilisationPenaltyYuanPerTonne)}
          {scalarField("enterprise", t("form.bonusEnterprise"), DEFAULTS.cycleBonusYuanPerTonne.enterprise)}
          {scalarField("park", t("form.bonusPark"), DEFAULTS.cycleBonusYuanPerTonne.park)}
        </div>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("kpi.material")}</th>
              <th scope="col">{t("form.maxHaulKm")}</th>
              <th scope="col">{t("form.costYuanPerTonneKm")}</th>
              <th scope="col">{t("form.landfill")}</th>
            </tr>
          </thead>
          <tbody>
            {MATERIALS.filter((m) => materials.has(m.code)).map((m) => (
              <tr key={m.code}>
                <th scope="row">{materialName(m.code)}</th>
                <td>
                  <input
                    type="number"
                    min={0}
                    step="any"
                    aria-label={`${materialName(m.code)} ${t("form.maxHaulKm")}`}
                    value={haul[m.code]}
                    onChange={(e) => setHaul({ ...haul, [m.code]: e.target.value })}
                    data-testid={`param-haul-${m.code}`}
                  />
                  <small>
                    {t("form.default", { value: m.maxHaulKm })}
                    {m.haulStatus === "unverified" ? ` · ${t("form.unverified")}` : ""}
                  </small>
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    step="any"
                    aria-label={`${materialName(m.code)} ${t("form.costYuanPerTonneKm")}`}
                    value={cost[m.code]}
                    onChange={(e) => setCost({ ...cost, [m.code]: e.target.value })}
                    data-testid={`param-cost-${m.code}`}
                  />
                  <small>
                    {t("form.default", { value: m.costYuanPerTonneKm })}
                    {m.costStatus === "unverified" ? ` · ${t("form.unverified")}` : ""}
                  </small>
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    step="any"
                    aria-label={`${materialName(m.code)} ${t("form.landfill")}`}
                    value={landfill[m.code]}
                    onChange={(e) => setLandfill({ ...landfill, [m.code]: e.target.value })}
                    data-testid={`param-landfill-${m.code}`}
                  />
                  <small>
                    {t("form.default", { value: DEFAULTS.landfillYuanPerTonneByMaterial?.[m.code] ?? 0 })}
                    {LANDFILL_TAX[m.code]
                      ? ` · ${localText(locale, LANDFILL_TAX[m.code]!.itemZh, LANDFILL_TAX[m.code]!.itemEn)}`
                      : ""}
                  </small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className={styles.muted}>{t("form.landfillNote")}</p>
      </details>
      {error && (
        <p className={styles.error} role="alert" data-testid="pairing-form-error">
          {error}
        </p>
      )}
      <button type="submit" className={styles.primary} disabled={busy} data-testid="pairing-submit">
        {busy ? t("form.submitting") : t("form.submit")}
      </button>
    </form>
  );
}
