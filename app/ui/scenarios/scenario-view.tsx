"use client";
/** `/scenarios/{id}`: progress, charts against the plan, years to clear by city, the map, the year table, exports. */
import { useCallback, useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ClientScenarioRunView } from "../../data/scenario-run-store";
import { materialSpec, type MaterialCode } from "../../domain/materials";
import { BaseMap } from "../map/base-map";
import { fmt, materialName, pct, routeLabel } from "../pairing/format";
import { LandLine, StockpileArea, UtilisationLines } from "./scenario-charts";
import { ScenarioMapLayer } from "./scenario-map-layer";
import styles from "../pairing/pairing.module.css";
import own from "../siting/siting.module.css";
import { TableScroll } from "../table/table-scroll";

function useCityNames(): Map<string, { name: string; nameEn: string }> {
  const [names, setNames] = useState(new Map<string, { name: string; nameEn: string }>());
  useEffect(() => {
    fetch("/api/regions?level=city")
      .then((r) => r.json())
      .then((fc: GeoJSON.FeatureCollection) =>
        setNames(
          new Map(
            fc.features.map((f) => [
              String(f.properties!.adcode),
              { name: String(f.properties!.name), nameEn: String(f.properties!.nameEn ?? f.properties!.name) },
            ]),
          ),
        ),
      )
      .catch(() => undefined);
  }, []);
  return names;
}

export function ScenarioView({ run }: { run: ClientScenarioRunView }) {
  const t = useTranslations("scenarios");
  const tMap = useTranslations("map");
  const locale = useLocale();
  const [status, setStatus] = useState(run.status);
  const [progress, setProgress] = useState(run.progress);
  const result = run.result;
  const years = result?.years ?? [];
  const [year, setYear] = useState(years[years.length - 1]?.year ?? run.params.toYear);
  const [mapCounts, setMapCounts] = useState({ stockpiles: 0, additions: 0 });
  const cityNames = useCityNames();
  const onFeatures = useCallback((n: { stockpiles: number; additions: number }) => setMapCounts(n), []);

  useEffect(() => {
    if (status !== "queued" && status !== "running") return;
    const timer = setInterval(async () => {
      const res = await fetch(`/api/scenarios/${run.id}`, { cache: "no-store" }).catch(() => null);
      if (!res?.ok) return;
      const json = (await res.json()) as { status: typeof status; progress: number };
      setProgress(json.progress);
      if (json.status !== status) {
        setStatus(json.status);
        if (json.status !== "queued" && json.status !== "running") window.location.reload();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [run.id, status]);

  const materials = run.params.materials.filter((m) => materialSpec(m)?.unit === "t") as MaterialCode[];
  const cityName = (adcode: string) => {
    const n = cityNames.get(adcode);
    return n ? (locale === "en" ? n.nameEn : n.name) : adcode;
  };
  const title = run.label ?? `${run.params.fromYear}–${run.params.toYear}`;
  return (
    <div className={styles.runPage} data-testid="scenario-view" data-status={status} data-id={run.id}>
      <aside className={styles.side}>
        <p>
          <a href="/scenarios" data-testid="scenario-back">
            ← {t("back")}
          </a>
        </p>
        <h1 data-testid="scenario-title">{title}</h1>
        <p>
          {run.params.fromYear}–{run.params.toYear} · {t(run.params.utilisation)} ·{" "}
          <span data-testid="scenario-status">{t(`status.${status}`)}</span>
        </p>
        {(status === "queued" || status === "running") && (
          <p>
            <progress value={progress} max={1} aria-label={t("progress", { pct: pct(locale, progress) })} />{" "}
            {pct(locale, progress)}{" "}
            {run.canManage && (
              <button
                type="button"
                onClick={() =>
                  fetch(`/api/scenarios/${run.id}/cancel`, { method: "POST" }).then(() => window.location.reload())
                }
                data-testid="scenario-cancel"
              >
                {t("cancel")}
              </button>
            )}
          </p>
        )}
        {status === "failed" && (
          <p className={styles.error} role="alert">
            {t("failed", { error: run.error ?? "" })}
          </p>
        )}
        {result?.synthetic && (
          <p className={styles.synthetic} data-testid="scenario-synthetic">
            {t("synthetic")}
          </p>
        )}
        {result && (
          <>
            <p className={styles.row}>
              {t("export")}:
              <a
                href={`/api/scenarios/${run.id}/export?format=xlsx&lang=${locale}`}
                data-testid="scenario-export-xlsx"
                download
              >
                {t("xlsx")}
              </a>
              <a
                href={`/api/scenarios/${run.id}/export?format=pdf&lang=${locale}`}
                data-testid="scenario-export-pdf"
                download
              >
                {t("pdf")}
              </a>
              <a
                href={`/api/scenarios/${run.id}/export?format=docx&lang=${locale}`}
                data-testid="scenario-export-docx"
                download
              >
                {t("docx")}
              </a>
            </p>
            <section className={styles.panel}>
              <h2>{t("citiesTitle")}</h2>
              <TableScroll label={t("citiesTitle")}>
                <table className={styles.table} data-testid="scenario-cities">
                  <thead>
                    <tr>
                      <th>{t("city")}</th>
                      <th>{t("baseStock")}</th>
                      <th>{t("drawnDownCity", { from: run.params.fromYear, to: run.params.toYear })}</th>
                      <th>{t("finalStock", { year: run.params.toYear })}</th>
                      <th>{t("clearedYear")}</th>
                      <th>{t("yearsToClear")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.cities.map((c) => (
                      <tr
                        key={c.adcode}
                        data-testid="scenario-city"
                        data-adcode={c.adcode}
                        data-cleared={c.clearedYear ?? ""}
                      >
                        <td>{cityName(c.adcode)}</td>
                        <td>{fmt(locale, c.baseStockpileTonnes / 1e4, 1)}</td>
                        <td data-testid="scenario-city-drawn">
                          {c.drawnDownTonnes === undefined ? "—" : fmt(locale, c.drawnDownTonnes / 1e4, 1)}
                        </td>
                        <td>
                          {c.finalStockpileTonnes === undefined ? "—" : fmt(locale, c.finalStockpileTonnes / 1e4, 1)}
                        </td>
                        <td>{c.clearedYear ?? t("notCleared")}</td>
                        <td>{c.yearsToClear ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </section>
            <section className={styles.panel}>
              <h2>{t("additions")}</h2>
              {run.params.capacityAdditions.length === 0 ? (
                <p className={styles.muted}>{t("additionsNone")}</p>
              ) : (
                <ul data-testid="scenario-additions-list">
                  {run.params.capacityAdditions.map((a) => (
                    <li key={a.id}>
                      {a.label} · {materialName(a.material, locale)} · {routeLabel(a.route, tMap)} ·{" "}
                      {fmt(locale, a.tonnesPerYear)} t · {a.startYear}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
        <details className={styles.panel}>
          <summary>{t("params")}</summary>
          <pre style={{ fontSize: 11, whiteSpace: "pre-wrap" }} data-testid="scenario-params">
            {JSON.stringify(run.params, null, 1)}
          </pre>
        </details>
      </aside>
      <div className={styles.mapColumn}>
        {result && (
          <>
            <div className={styles.mapBox}>
              <BaseMap label={t("mapLabel")} hash="map" className={styles.runMap} testId="scenario-map">
                <ScenarioMapLayer result={result} params={run.params} year={year} onFeatures={onFeatures} />
              </BaseMap>
              <div
                className={styles.mapControls}
                data-testid="scenario-map-controls"
                data-stockpiles={mapCounts.stockpiles}
                data-additions={mapCounts.additions}
              >
                <label>
                  {t("year")}{" "}
                  <select
                    value={year}
                    onChange={(e) => setYear(Number(e.target.value))}
                    data-testid="scenario-map-year"
                  >
                    {years.map((r) => (
                      <option key={r.year} value={r.year}>
                        {r.year}
                      </option>
                    ))}
                  </select>
                </label>
                <p className={styles.legendLine}>
                  <span className={own.dotStock} aria-hidden="true" /> {t("legendStock")}
                </p>
                <p className={styles.legendLine}>
                  <span className={own.dotPlant} aria-hidden="true" /> {t("legendAddition")}
                </p>
              </div>
            </div>
            <div className={styles.tableBox}>
              <UtilisationLines years={years} materials={materials} />
              <StockpileArea years={years} materials={materials} />
              <LandLine years={years} />
              <h2>{t("table")}</h2>
              {materials.map((m) => (
                <details key={m} className={styles.panel}>
                  <summary>{materialName(m, locale)}</summary>
                  <TableScroll label={materialName(m, locale)}>
                    <table className={styles.table} data-testid={`scenario-table-${m}`}>
                      <thead>
                        <tr>
                          <th>{t("year")}</th>
                          <th>{t("produced")}</th>
                          <th>{t("capacity")}</th>
                          <th>{t("utilised")}</th>
                          <th>{t("drawnDown")}</th>
                          <th>{t("stockpile")}</th>
                          <th>{t("rate")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {years.map((r) => {
                          const v = r.materials[m];
                          return v ? (
                            <tr key={r.year}>
                              <td>{r.year}</td>
                              <td>{fmt(locale, v.producedTonnes)}</td>
                              <td>{fmt(locale, v.capacityTonnes)}</td>
                              <td>{fmt(locale, v.utilisedTonnes)}</td>
                              <td>{fmt(locale, v.drawDownTonnes)}</td>
                              <td>{fmt(locale, v.stockpileTonnes)}</td>
                              <td>{pct(locale, v.utilisation)}</td>
                            </tr>
                          ) : null;
                        })}
                      </tbody>
                    </table>
                  </TableScroll>
                </details>
              ))}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
