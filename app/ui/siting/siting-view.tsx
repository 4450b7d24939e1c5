"use client";
/** `/siting`: the siting form (state in the URL query), the exact result, its map and the follow-up actions. */
import { useCallback, useEffect, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS, materialSpec, type MaterialCode } from "../../domain/materials";
import type { SitingResult } from "../../domain/siting/types";
import { BaseMap } from "../map/base-map";
import { fmt, materialName, pct, routeLabel } from "../pairing/format";
import { SitingMapLayer } from "./siting-map-layer";
import { additionsParam } from "./additions-param";
import styles from "../pairing/pairing.module.css";
import own from "./siting.module.css";
import { TableScroll } from "../table/table-scroll";

const TONNE_MATERIALS = MATERIALS.filter((m) => m.unit === "t");

interface FormState {
  material: MaterialCode;
  route: string;
  capacity: string;
  k: string;
  synthetic: boolean;
}

function formFromUrl(): FormState {
  const q = new URLSearchParams(window.location.search);
  const material = (
    materialSpec(q.get("material") ?? "")?.unit === "t" ? q.get("material") : "coal-gangue"
  ) as MaterialCode;
  const routes = materialSpec(material)!.routes;
  return {
    material,
    route: routes.includes(q.get("route") ?? "") ? q.get("route")! : routes[0],
    capacity: q.get("cap") ?? "780000",
    k: q.get("k") ?? "3",
    synthetic: q.get("syn") === "1",
  };
}

export function SitingView() {
  const t = useTranslations("siting");
  const tMap = useTranslations("map");
  const locale = useLocale();
  const [form, setForm] = useState<FormState | null>(null);
  const [result, setResult] = useState<SitingResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState(false);

  const solve = useCallback(async (f: FormState) => {
    setBusy(true);
    setError(null);
    const q = new URLSearchParams({
      material: f.material,
      route: f.route,
      cap: f.capacity,
      k: f.k,
      ...(f.synthetic ? { syn: "1" } : {}),
    });
    window.history.replaceState(null, "", `/siting?${q}${window.location.hash}`);
    try {
      const res = await fetch("/api/siting", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          material: f.material,
          route: f.route,
          plantCapacityTonnesPerYear: Number(f.capacity),
          maxPlants: Number(f.k),
          includeSynthetic: f.synthetic,
        }),
      });
      const json = await res.json();
      if (!res.ok) {
        setResult(null);
        setError(json.error ?? `HTTP ${res.status}`);
      } else setResult(json as SitingResult);
    } catch (e) {
      setError(String(e));
    } finally {
      setBusy(false);
    }
  }, []);

  // The URL reopens a siting: with k in the query, solve it again (the solve is exact and deterministic).
  useEffect(() => {
    const f = formFromUrl();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the form mirrors the URL, readable only after mount (no hydration mismatch)
    setForm(f);
    if (new URLSearchParams(window.location.search).has("k")) void solve(f);
  }, [solve]);

  const name = (n: { name: string; nameEn: string }) => (locale === "en" ? n.nameEn : n.name);
  const suppliersOf = useMemo(() => {
    const m = new Map<number, SitingResult["assignments"]>();
    for (const a of result?.assignments ?? []) m.set(a.plantIndex, [...(m.get(a.plantIndex) ?? []), a]);
    return m;
  }, [result]);

  async function exportProposal() {
    if (!result) return;
    setExporting(true);
    setError(null);
    const siteIds = [
      ...new Set([
        ...result.assignments.map((a) => a.producerId),
        ...result.plants.flatMap((p) => (p.siteId ? [p.siteId] : [])),
      ]),
    ].slice(0, 300);
    const res = await fetch("/api/proposals", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        from: "sites",
        siteIds,
        name: `${t("title")} · ${materialName(result.params.material, locale)} × ${result.plants.length}`,
        notes: t("exportNote"),
        // The proposal uses the sites the siting used (synthetic or not operating ones only when it did).
        includeSynthetic: result.params.includeSynthetic,
        includeNonOperating: result.params.includeNonOperating,
      }),
    });
    const json = await res.json().catch(() => ({}));
    setExporting(false);
    if (!res.ok) setError(json.error ?? `HTTP ${res.status}`);
    else window.location.assign(`/proposals/${json.id}`);
  }

  if (!form) return null;
  const spec = materialSpec(form.material)!;
  return (
    <div className={styles.runPage} data-testid="siting-page">
      <aside className={styles.side}>
        <h1>{t("title")}</h1>
        <p className={styles.muted}>{t("intro")}</p>
        <form
          className={styles.form}
          data-testid="siting-form"
          onSubmit={(e) => {
            e.preventDefault();
            void solve(form);
          }}
        >
          <label className={styles.field}>
            {t("material")}
            <select
              value={form.material}
              data-testid="siting-material"
              onChange={(e) =>
                setForm({
                  ...form,
                  material: e.target.value as MaterialCode,
                  route: materialSpec(e.target.value)!.routes[0],
                })
              }
            >
              {TONNE_MATERIALS.map((m) => (
                <option key={m.code} value={m.code}>
                  {materialName(m.code, locale)}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            {t("route")}
            <select
              value={form.route}
              data-testid="siting-route"
              onChange={(e) => setForm({ ...form, route: e.target.value })}
            >
              {spec.routes.map((r) => (
                <option key={r} value={r}>
                  {routeLabel(r, tMap)}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            {t("capacity")}
            <input
              type="number"
              min={1}
              step="any"
              required
              value={form.capacity}
              data-testid="siting-capacity"
              onChange={(e) => setForm({ ...form, capacity: e.target.value })}
            />
          </label>
          <label className={styles.field}>
            {t("maxPlants")}
            <input
              type="number"
              min={1}
              max={20}
              step={1}
              required
              value={form.k}
              data-testid="siting-k"
              onChange={(e) => setForm({ ...form, k: e.target.value })}
            />
          </label>
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={form.synthetic}
              data-testid="siting-synthetic"
              onChange={(e) => setForm({ ...form, synthetic: e.target.checked })}
            />{" "}
            {t("includeSynthetic")}
          </label>
          <div>
            <button type="submit" className={styles.primary} disabled={busy} data-testid="siting-run">
              {busy ? t("running") : t("run")}
            </button>
          </div>
        </form>
        {error && (
          <p className={styles.error} role="alert" data-testid="siting-error">
            {t("error", { error })}
          </p>
        )}
        {result && (
          <section
            className={styles.panel}
            data-testid="siting-result"
            data-plants={result.plants.length}
            data-gap={result.gap}
            data-status={result.status}
          >
            <h2>{t("result")}</h2>
            {result.synthetic && (
              <p className={styles.synthetic} data-testid="siting-synthetic-note">
                {t("synthetic")}
              </p>
            )}
            <p className={styles.muted}>
              {t("counts", {
                producers: result.counts.producers,
                consumers: result.counts.consumers,
                candidates: result.counts.candidates,
              })}
            </p>
            <dl className={styles.totals}>
              <dt>{t("before")}</dt>
              <dd data-testid="siting-before" data-tonnes={result.before.matchedTonnes}>
                {fmt(locale, result.before.matchedTonnes)} t · {pct(locale, result.before.utilisation)}
              </dd>
              <dt>{t("after")}</dt>
              <dd data-testid="siting-after" data-tonnes={result.after.matchedTonnes}>
                {fmt(locale, result.after.matchedTonnes)} t · {pct(locale, result.after.utilisation)}
              </dd>
              <dt>{t("newTonnes")}</dt>
              <dd>{fmt(locale, result.after.newPlantTonnes)} t</dd>
              <dt>{t("gap")}</dt>
              <dd data-testid="siting-gap">{result.gap === 0 ? t("gapProven") : pct(locale, result.gap)}</dd>
              <dt>{t("status")}</dt>
              <dd>{result.status === "optimal" ? t("optimal") : t("timeLimit")}</dd>
              <dt>{t("solveSeconds")}</dt>
              <dd>{fmt(locale, result.solveSeconds, 2)} s</dd>
            </dl>
            {result.plants.length === 0 ? (
              <p>{t("noPlants")}</p>
            ) : (
              <>
                <h3>{t("plants")}</h3>
                <ol className={own.plants} data-testid="siting-plants">
                  {result.plants.map((p, i) => (
                    <li key={p.candidateId} data-testid="siting-plant" data-candidate={p.candidateId}>
                      <strong>{name(p)}</strong> <span className={styles.badge}>{t(`kind.${p.candidateKind}`)}</span> ·{" "}
                      {fmt(locale, p.tonnesPerYear)} {t("tonnes")}
                      <details>
                        <summary>
                          {t("suppliers")} ({p.suppliers})
                        </summary>
                        <TableScroll label={t("suppliers")}>
                          <table className={styles.table}>
                            <thead>
                              <tr>
                                <th>{t("suppliers")}</th>
                                <th>{t("tonnes")}</th>
                                <th>{t("distance")}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {(suppliersOf.get(i) ?? []).map((a) => (
                                <tr key={a.producerId}>
                                  <td>{name(result.producers[a.producerId])}</td>
                                  <td>{fmt(locale, a.tonnesPerYear)}</td>
                                  <td>{fmt(locale, a.distanceKm, 1)}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </TableScroll>
                      </details>
                    </li>
                  ))}
                </ol>
                <div className={styles.row}>
                  <a
                    className={own.action}
                    href={`/scenarios?add=${additionsParam(result)}${result.params.includeSynthetic ? "&syn=1" : ""}`}
                    data-testid="siting-add-to-scenario"
                  >
                    {t("addToScenario")}
                  </a>
                  <button
                    type="button"
                    className={own.action}
                    onClick={exportProposal}
                    disabled={exporting}
                    data-testid="siting-export-proposal"
                  >
                    {exporting ? t("exporting") : t("exportProposal")}
                  </button>
                </div>
                <p className={styles.muted}>{t("exportNote")}</p>
              </>
            )}
          </section>
        )}
      </aside>
      <div className={styles.mapColumn}>
        <div className={styles.mapBox}>
          <BaseMap
            label={t("mapLabel")}
            hash="map"
            className={`${styles.runMap} ${own.fullHeightMap}`}
            testId="siting-map"
          >
            {result && <SitingMapLayer result={result} />}
          </BaseMap>
          <div className={styles.mapControls}>
            <p className={styles.legendLine}>
              <span className={own.dotCandidate} aria-hidden="true" /> {t("legendCandidate")}
            </p>
            <p className={styles.legendLine}>
              <span className={own.dotPlant} aria-hidden="true" /> {t("legendPlant")}
            </p>
            <p className={styles.legendLine}>
              <span className={own.dotSupplier} aria-hidden="true" /> {t("legendSupplier")}
            </p>
            <p className={styles.legendLine}>
              <span className={own.lineCatchment} aria-hidden="true" /> {t("legendCatchment")}
            </p>
          </div>
        </div>
      </div>
    </div>
  );
}
