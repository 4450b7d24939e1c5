"use client";
/** Against the plan: per material produced vs put to use, split by cycle level and route, vs the 2015 targets. */
import { useLocale, useTranslations } from "next-intl";
import { CYCLE_LEVELS } from "../../domain/cycle-level";
import {
  BULK_TARGET,
  bulkAggregate,
  PLAN_INDUSTRIAL_SOLID_WASTE,
  routeTargetFor,
  utilisationTarget,
} from "../../domain/pairing/plan-targets";
import type { PairingSummary } from "../../domain/pairing/types";
import { isOverShare, routeFlowsAgainstPlan } from "../../domain/honest-numbers";
import { NumberFlag } from "../number-flag";
import { fmt, materialName, pct, routeLabel } from "./format";
import { UtilisationChart } from "./utilisation-chart";
import { planTargetText } from "./plan-target-text";
import styles from "./pairing.module.css";
import { TableScroll } from "../table/table-scroll";

export function KpiPanel({ summary }: { summary: PairingSummary }) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const tMap = useTranslations("map") as unknown as Parameters<typeof routeLabel>[1];
  const unit = (u: string) => t(`kpi.unit.${u as "t"}`);
  const tFlags = useTranslations("common.flags");
  const bulk = bulkAggregate(summary.materials);
  const routeChecks = routeFlowsAgainstPlan(summary.materials);
  const overRoutes = routeChecks.filter((c) => c.over);
  const mt = (tonnes: number) => fmt(locale, tonnes / 1e6, tonnes < 1e6 ? 2 : 1);
  return (
    <section className={styles.panel} data-testid="kpi-panel" aria-labelledby="kpi-title">
      <h2 id="kpi-title">{t("kpi.title")}</h2>
      {overRoutes.length > 0 && (
        <div className="number-warning" role="note" data-testid="route-capacity-warning">
          <strong>
            <span aria-hidden="true">⚠</span> {t("kpi.overRouteTitle", { count: overRoutes.length })}
          </strong>
          <ul>
            {overRoutes.map((c) => (
              <li key={c.targetId} data-testid={`route-over-${c.targetId}`} data-ratio={c.ratio.toFixed(4)}>
                {t("kpi.overRouteItem", {
                  label: locale === "zh" ? c.labelZh : c.labelEn,
                  tonnes: mt(c.tonnesPerYear),
                  plan: mt(c.planTonnesPerYear),
                  ratio: fmt(locale, c.ratio, 1),
                })}
              </li>
            ))}
          </ul>
          <p style={{ margin: "4px 0 0" }}>{tFlags("overRouteHint")}</p>
        </div>
      )}
      <UtilisationChart materials={summary.materials} routeChecks={routeChecks} />
      <TableScroll labelledBy="kpi-title">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("kpi.material")}</th>
              <th scope="col">{t("kpi.produced")}</th>
              <th scope="col">{t("kpi.matched")}</th>
              <th scope="col">{t("kpi.utilisation")}</th>
              <th scope="col">{t("kpi.target")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.materials.map((m) => {
              const target = utilisationTarget(m.material);
              return (
                <tr key={m.material} data-testid={`kpi-row-${m.material}`}>
                  <th scope="row">{materialName(m.material, locale)}</th>
                  <td>
                    {fmt(locale, m.producedTonnes)} {unit(m.unit)}
                  </td>
                  <td>
                    {fmt(locale, m.matchedTonnes)} {unit(m.unit)}
                  </td>
                  <td data-testid={`kpi-utilisation-${m.material}`}>
                    {pct(locale, m.utilisation)}
                    {isOverShare(m.utilisation) && <NumberFlag kind="over-share" />}
                  </td>
                  <td data-testid={`kpi-target-${m.material}`}>{planTargetText(target, locale, t)}</td>
                </tr>
              );
            })}
            {bulk && (
              <tr data-testid="kpi-row-bulk">
                <th scope="row">{t("kpi.bulkTotal")}</th>
                <td>
                  {fmt(locale, bulk.producedTonnes)} {unit("t")}
                </td>
                <td>
                  {fmt(locale, bulk.matchedTonnes)} {unit("t")}
                </td>
                <td data-testid="kpi-utilisation-bulk">{pct(locale, bulk.utilisation)}</td>
                <td data-testid="kpi-target-bulk">{`${pct(locale, BULK_TARGET.rate)} (${t("kpi.planTargetBasis.bulk-industrial-solid-waste")})`}</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <details>
        <summary>
          {t("kpi.byLevel")} · {t("kpi.byRoute")}
        </summary>
        {summary.materials
          .filter((m) => m.matchedTonnes > 0)
          .map((m) => {
            const routes = Object.entries(m.byRoute).sort((a, b) => b[1] - a[1]);
            return (
              <div key={m.material} className={styles.split} data-testid={`kpi-split-${m.material}`}>
                <h3>{materialName(m.material, locale)}</h3>
                <p>
                  {CYCLE_LEVELS.filter((l) => m.byCycleLevel[l] > 0)
                    .map((l) => `${t(`level.${l}`)} ${pct(locale, m.byCycleLevel[l] / m.matchedTonnes)}`)
                    .join(" · ")}
                </p>
                <ul>
                  {routes.map(([route, tonnes]) => (
                    <li key={route}>
                      {routeLabel(route, tMap)}: {fmt(locale, tonnes)} {unit(m.unit)}
                      {(() => {
                        const target = routeTargetFor(m.material, route);
                        if (!target) return "";
                        const check = routeChecks.find((c) => c.targetId === target.id);
                        return (
                          <>
                            {` (${t("kpi.planRoute")}: ${locale === "zh" ? target.indicatorZh : target.indicatorEn} ${mt(target.target2015!)} Mt)`}
                            {check?.over && (
                              <NumberFlag kind="over-route" ratio={check.ratio} testId={`route-flag-${target.id}`} />
                            )}
                          </>
                        );
                      })()}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
      </details>
      <h3>{t("kpi.totals")}</h3>
      <dl className={styles.totals} data-testid="kpi-totals">
        <dt>{t("kpi.utilisation")}</dt>
        <dd>{pct(locale, summary.totals.utilisation)}</dd>
        <dt>{t("kpi.overallTarget")}</dt>
        <dd data-testid="kpi-overall-target">
          {t("kpi.overallTargetValue", {
            target: pct(locale, PLAN_INDUSTRIAL_SOLID_WASTE.target2015),
            baseline: pct(locale, PLAN_INDUSTRIAL_SOLID_WASTE.actual2010),
          })}
        </dd>
        <dt>{t("kpi.tonneKm")}</dt>
        <dd>{fmt(locale, summary.totals.tonneKm)} t·km</dd>
        <dt>{t("kpi.cost")}</dt>
        <dd>{fmt(locale, summary.totals.transportCostYuan)} ¥</dd>
        <dt>{t("kpi.landfillCost")}</dt>
        <dd>{fmt(locale, summary.totals.landfillCostYuan)} ¥</dd>
        <dt>{t("kpi.co2")}</dt>
        <dd>{fmt(locale, summary.totals.co2Kg / 1000, 1)} t</dd>
        <dt>{t("kpi.pairings")}</dt>
        <dd>{summary.totals.pairings}</dd>
      </dl>
    </section>
  );
}
