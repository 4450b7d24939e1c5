"use client";
/** Two scenarios side by side: per material at the last common year, and land and stockpile totals, with B − A. */
import { useLocale, useTranslations } from "next-intl";
import type { ClientScenarioRunView as ScenarioRunView } from "../../data/scenario-run-store";
import type { MaterialCode } from "../../domain/materials";
import { fmt, materialName, pct } from "../pairing/format";
import { UtilisationLines } from "./scenario-charts";
import styles from "../pairing/pairing.module.css";
import own from "../siting/siting.module.css";
import { TableScroll } from "../table/table-scroll";

function Diff({ a, b, rate = false }: { a: number; b: number; rate?: boolean }) {
  const locale = useLocale();
  const d = b - a;
  const text = rate
    ? `${d >= 0 ? "+" : ""}${fmt(locale, d * 100, 1)} pp`
    : `${d >= 0 ? "+" : ""}${fmt(locale, d / 1e4, 1)}`;
  return <td className={d > 0 ? own.diffUp : d < 0 ? own.diffDown : undefined}>{text}</td>;
}

export function ScenarioCompare({ a, b }: { a: ScenarioRunView; b: ScenarioRunView }) {
  const t = useTranslations("scenarios");
  const locale = useLocale();
  const ya = a.result?.years ?? [];
  const yb = b.result?.years ?? [];
  const common = ya.map((r) => r.year).filter((y) => yb.some((r) => r.year === y));
  const year = common[common.length - 1];
  const ra = ya.find((r) => r.year === year);
  const rb = yb.find((r) => r.year === year);
  const materials = [...new Set([...a.params.materials, ...b.params.materials])] as MaterialCode[];
  const name = (r: ScenarioRunView) => r.label ?? `${r.params.fromYear}–${r.params.toYear}`;
  return (
    <section className={styles.panel} data-testid="scenario-compare-view" aria-labelledby="scenario-compare-title">
      <h2 id="scenario-compare-title">
        {t("compareTitle")}: A = {name(a)} · B = {name(b)}
      </h2>
      {!ra || !rb ? (
        <p role="alert">{t("notFound")}</p>
      ) : (
        <div className={own.compare}>
          <p>{t("finalYear", { year })}</p>
          {/* Focusable: on a phone the table scrolls sideways, and keyboard users must reach that too. */}
          <TableScroll labelledBy="scenario-compare-title">
            <table className={styles.table} data-testid="scenario-compare-table">
              <thead>
                <tr>
                  <th>{t("materials")}</th>
                  <th>A {t("rate")}</th>
                  <th>B {t("rate")}</th>
                  <th>{t("difference")}</th>
                  <th>
                    A {t("stockpile")} ({t("tonnesWan")})
                  </th>
                  <th>
                    B {t("stockpile")} ({t("tonnesWan")})
                  </th>
                  <th>{t("difference")}</th>
                </tr>
              </thead>
              <tbody>
                {materials.map((m) => {
                  const ma = ra.materials[m];
                  const mb = rb.materials[m];
                  if (!ma || !mb) return null;
                  return (
                    <tr key={m} data-testid={`compare-row-${m}`}>
                      <td>{materialName(m, locale)}</td>
                      <td>{pct(locale, ma.utilisation)}</td>
                      <td>{pct(locale, mb.utilisation)}</td>
                      <Diff a={ma.utilisation} b={mb.utilisation} rate />
                      <td>{fmt(locale, ma.stockpileTonnes / 1e4, 1)}</td>
                      <td>{fmt(locale, mb.stockpileTonnes / 1e4, 1)}</td>
                      <Diff a={ma.stockpileTonnes} b={mb.stockpileTonnes} />
                    </tr>
                  );
                })}
                <tr data-testid="compare-row-land">
                  <td>{t("landMu")}</td>
                  <td>{fmt(locale, ra.landReleasedMu)}</td>
                  <td>{fmt(locale, rb.landReleasedMu)}</td>
                  <td
                    className={rb.landReleasedMu - ra.landReleasedMu > 0 ? own.diffUp : undefined}
                  >{`${rb.landReleasedMu - ra.landReleasedMu >= 0 ? "+" : ""}${fmt(locale, rb.landReleasedMu - ra.landReleasedMu)}`}</td>
                  <td colSpan={3} />
                </tr>
              </tbody>
            </table>
          </TableScroll>
          <div className={styles.columns}>
            <div>
              <h3>A · {name(a)}</h3>
              <UtilisationLines years={ya} materials={a.params.materials} />
            </div>
            <div>
              <h3>B · {name(b)}</h3>
              <UtilisationLines years={yb} materials={b.params.materials} />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
