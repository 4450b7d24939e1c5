"use client";
/** Two (or more) runs side by side: parameters, per-material utilisation vs target, totals. */
import { useLocale, useTranslations } from "next-intl";
import { MATERIAL_CODES } from "../../domain/materials";
import { utilisationTarget } from "../../domain/pairing/plan-targets";
import type { ClientRunView } from "../../data/pairing-runs";
import { ParamsTable } from "./params-table";
import { fmt, materialName, pct } from "./format";
import styles from "./pairing.module.css";

export function CompareView({ runs }: { runs: ClientRunView[] }) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const codes = MATERIAL_CODES.filter((c) => runs.some((r) => r.materials.includes(c)));
  return (
    <section className={styles.panel} data-testid="compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">{t("compare.title")}</h2>
      <p>
        <a href="/pairings">← {t("compare.back")}</a>
      </p>
      <ParamsTable runs={runs} />
      <table className={styles.table} data-testid="compare-kpis">
        <thead>
          <tr>
            <th scope="col">{t("kpi.material")}</th>
            {runs.map((r) => (
              <th scope="col" key={r.id}>
                {r.label ?? t("runs.untitled")}
              </th>
            ))}
            <th scope="col">{t("kpi.target")}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((c) => {
            const target = utilisationTarget(c);
            return (
              <tr key={c}>
                <th scope="row">{materialName(c, locale)}</th>
                {runs.map((r) => {
                  const m = r.summary?.materials.find((x) => x.material === c);
                  return (
                    <td key={r.id}>
                      {m
                        ? `${pct(locale, m.utilisation)} (${fmt(locale, m.matchedTonnes)} / ${fmt(locale, m.producedTonnes)})`
                        : "—"}
                    </td>
                  );
                })}
                <td>
                  {!target
                    ? t("kpi.noTarget")
                    : target.aggregate
                      ? t("kpi.countsTowardsAggregate", {
                          target: pct(locale, target.rate),
                          basis: t(`kpi.planTargetBasis.${target.basis}`),
                        })
                      : pct(locale, target.rate)}
                </td>
              </tr>
            );
          })}
          {(
            [
              ["kpi.utilisation", (r: ClientRunView) => (r.summary ? pct(locale, r.summary.totals.utilisation) : "—")],
              [
                "kpi.tonneKm",
                (r: ClientRunView) => (r.summary ? `${fmt(locale, r.summary.totals.tonneKm)} t·km` : "—"),
              ],
              [
                "kpi.cost",
                (r: ClientRunView) => (r.summary ? `${fmt(locale, r.summary.totals.transportCostYuan)} ¥` : "—"),
              ],
              [
                "kpi.landfillCost",
                (r: ClientRunView) => (r.summary ? `${fmt(locale, r.summary.totals.landfillCostYuan)} ¥` : "—"),
              ],
              [
                "kpi.co2",
                (r: ClientRunView) => (r.summary ? `${fmt(locale, r.summary.totals.co2Kg / 1000, 1)} t` : "—"),
              ],
              ["kpi.pairings", (r: ClientRunView) => (r.summary ? String(r.summary.totals.pairings) : "—")],
            ] as const
          ).map(([key, get]) => (
            <tr key={key}>
              <th scope="row">{t(key)}</th>
              {runs.map((r) => (
                <td key={r.id}>{get(r)}</td>
              ))}
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
