"use client";
/**
 * Two (or more) runs side by side: parameters, per-material utilisation vs target, totals, and the difference of
 * each later run from the first (B − A), signed, coloured and said in words (app/domain/number-diff.ts).
 */
import { Fragment } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MATERIAL_CODES, type MaterialCode } from "../../domain/materials";
import { utilisationTarget } from "../../domain/pairing/plan-targets";
import { difference, diffTone, signedText } from "../../domain/number-diff";
import type { ClientRunListView as ClientRunView } from "../../data/pairing-runs";
import { ParamsTable } from "./params-table";
import { fmt, materialName, pct } from "./format";
import styles from "./pairing.module.css";
import { planTargetText } from "./plan-target-text";
import { TableScroll } from "../table/table-scroll";

type Better = "higher" | "lower" | null;

interface KpiRow {
  key: "kpi.utilisation" | "kpi.tonneKm" | "kpi.cost" | "kpi.landfillCost" | "kpi.co2" | "kpi.pairings";
  value: (r: ClientRunView) => number | null;
  text: (v: number) => string;
  /** Which direction is good for the plan (null: neither, e.g. t·km grows with tonnes placed). */
  better: Better;
  /** Differences of rates are in percentage points. */
  points?: boolean;
}

export function CompareView({ runs }: { runs: ClientRunView[] }) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const codes = MATERIAL_CODES.filter((c) => runs.some((r) => r.materials.includes(c)));
  const base = runs[0];
  const others = runs.slice(1);
  const material = (r: ClientRunView, c: MaterialCode) => r.summary?.materials.find((x) => x.material === c);

  /** One difference cell: sign and figure, the judgement in words, colour by judgement. */
  const diffCell = (
    testId: string,
    a: number | null | undefined,
    b: number | null | undefined,
    better: Better,
    text: (abs: number) => string,
    extra?: string,
  ) => {
    const delta = difference(a, b);
    const tone = diffTone(delta, better);
    return (
      <td className={`diff--${tone}`} data-testid={testId} data-delta={delta ?? ""} data-tone={tone}>
        {delta === null ? (
          "—"
        ) : (
          <>
            <strong>{signedText(delta, text)}</strong>
            {extra && <> {extra}</>}
            {(tone === "better" || tone === "worse" || tone === "same") && <> ({t(`compare.${tone}`)})</>}
          </>
        )}
      </td>
    );
  };

  const kpis: KpiRow[] = [
    {
      key: "kpi.utilisation",
      value: (r) => r.summary?.totals.utilisation ?? null,
      text: (v) => pct(locale, v),
      better: "higher",
      points: true,
    },
    {
      key: "kpi.tonneKm",
      value: (r) => r.summary?.totals.tonneKm ?? null,
      text: (v) => `${fmt(locale, v)} t·km`,
      better: null,
    },
    {
      key: "kpi.cost",
      value: (r) => r.summary?.totals.transportCostYuan ?? null,
      text: (v) => `${fmt(locale, v)} ¥`,
      better: "lower",
    },
    {
      key: "kpi.landfillCost",
      value: (r) => r.summary?.totals.landfillCostYuan ?? null,
      text: (v) => `${fmt(locale, v)} ¥`,
      better: "lower",
    },
    {
      key: "kpi.co2",
      value: (r) => (r.summary ? r.summary.totals.co2Kg / 1000 : null),
      text: (v) => `${fmt(locale, v, 1)} t`,
      better: "lower",
    },
    {
      key: "kpi.pairings",
      value: (r) => r.summary?.totals.pairings ?? null,
      text: (v) => fmt(locale, v),
      better: null,
    },
  ];
  const points = (v: number) => t("compare.pp", { value: fmt(locale, v * 100, 1) });
  const runName = (r: ClientRunView) => r.label ?? t("runs.untitled");

  return (
    <section className={styles.panel} data-testid="compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">{t("compare.title")}</h2>
      <p>
        <a href="/pairings">← {t("compare.back")}</a>
      </p>
      <ParamsTable runs={runs} />
      {others.length > 0 && <p className="muted">{t("compare.diffHint")}</p>}
      {/* Focusable: on a phone the table scrolls sideways, and keyboard users must reach that too. */}
      <TableScroll labelledBy="compare-title">
        <table className={styles.table} data-testid="compare-kpis">
          <thead>
            <tr>
              <th scope="col">{t("kpi.material")}</th>
              {runs.map((r) => (
                <th scope="col" key={r.id}>
                  {runName(r)}
                </th>
              ))}
              {others.map((r) => (
                <th scope="col" key={`d-${r.id}`} data-testid="compare-diff-header">
                  {t("compare.diff")}
                  {others.length > 1 && (
                    <>
                      <br />
                      <small>{t("compare.diffOf", { b: runName(r), a: runName(base) })}</small>
                    </>
                  )}
                </th>
              ))}
              <th scope="col">{t("kpi.target")}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((c) => {
              const target = utilisationTarget(c);
              const a = material(base, c);
              return (
                <tr key={c} data-testid={`compare-row-${c}`}>
                  <th scope="row">{materialName(c, locale)}</th>
                  {runs.map((r) => {
                    const m = material(r, c);
                    return (
                      <td key={r.id}>
                        {m
                          ? `${pct(locale, m.utilisation)} (${fmt(locale, m.matchedTonnes)} / ${fmt(locale, m.producedTonnes)})`
                          : "—"}
                      </td>
                    );
                  })}
                  {others.map((r) => {
                    const b = material(r, c);
                    const tonnes = difference(a?.matchedTonnes, b?.matchedTonnes);
                    return (
                      <Fragment key={`d-${r.id}`}>
                        {diffCell(
                          `compare-diff-${c}`,
                          a?.utilisation,
                          b?.utilisation,
                          "higher",
                          points,
                          tonnes === null ? undefined : `(${signedText(tonnes, (v) => `${fmt(locale, v)} t`)})`,
                        )}
                      </Fragment>
                    );
                  })}
                  <td>{planTargetText(target, locale, t)}</td>
                </tr>
              );
            })}
            {kpis.map((k) => (
              <tr key={k.key}>
                <th scope="row">{t(k.key)}</th>
                {runs.map((r) => {
                  const v = k.value(r);
                  return <td key={r.id}>{v === null ? "—" : k.text(v)}</td>;
                })}
                {others.map((r) => (
                  <Fragment key={`d-${r.id}`}>
                    {diffCell(
                      `compare-diff-${k.key.slice(4)}`,
                      k.value(base),
                      k.value(r),
                      k.better,
                      k.points ? points : k.text,
                    )}
                  </Fragment>
                ))}
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
