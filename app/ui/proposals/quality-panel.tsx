"use client";
/** Cluster quality: Chertow 3-2, quantity per material, cycle-level shares, haul histogram with the NISP line, key nodes, plan targets. */
import { useLocale, useTranslations } from "next-intl";
import { materialSpec } from "../../domain/materials";
import type { ProposalQuality } from "../../domain/proposals/quality";
import type { ProposalSnapshot } from "../../domain/proposals/proposal-types";
import styles from "./proposals.module.css";
import { localName, localText } from "../../domain/locale";
import { isOverShare } from "../../domain/honest-numbers";
import { NumberFlag } from "../number-flag";
import { useWidthPx } from "../charts/use-width-px";

const CYCLE_COLOUR: Record<string, string> = {
  enterprise: "#1e8449",
  park: "#2874a6",
  region: "#b9770e",
  "cross-province": "#922b21",
};

export function QualityPanel({ quality: q, snapshot }: { quality: ProposalQuality; snapshot: ProposalSnapshot }) {
  const t = useTranslations("proposals");
  const tFlags = useTranslations("common.flags");
  const locale = useLocale();
  // English lists take commas; the Chinese enumeration comma 、 stays in Chinese.
  const listSep = locale === "en" ? ", " : "、";
  const nf = (x: number, d = 0) => x.toLocaleString(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: d });
  const pct = (x: number) => `${nf(x * 100, 1)}%`;
  const siteName = (id: string) => {
    const s = snapshot.sites.find((x) => x.id === id);
    return s ? localName(s, locale) : id;
  };
  const matName = (code: string) => {
    const m = snapshot.materials.find((x) => x.code === code) ?? materialSpec(code);
    return m ? localName(m, locale) : code;
  };
  const cite = (s: { citationZh: string; citationEn: string }) => localText(locale, s.citationZh, s.citationEn);
  const maxMat = Math.max(1, ...q.byMaterial.map((m) => Math.max(m.tonnesPerYear, m.producedTonnesPerYear)));
  const bins = q.haul.bins;
  const maxCount = Math.max(1, ...bins.map((b) => b.pairings));
  // Charts are drawn at the panel's own width, so their 11 px text stays 11 px on a phone.
  const [panelRef, W] = useWidthPx<HTMLElement>(420);
  const H = 120,
    bw = (W - 30) / bins.length;
  const ref = q.haul.referenceMedianKm;
  const bi = bins.findIndex((b) => ref >= b.fromKm && (b.toKm === null || ref < b.toKm));
  const refX =
    30 + (bi + (bins[bi].toKm === null ? 0 : (ref - bins[bi].fromKm) / (bins[bi].toKm! - bins[bi].fromKm))) * bw;

  return (
    <section ref={panelRef} className={styles.panel} aria-labelledby="quality-h" data-testid="quality-panel">
      <h2 id="quality-h">{t("view.quality")}</h2>

      <h3>{t("view.chertow")}</h3>
      <p
        data-testid="chertow-result"
        data-pass={q.chertow.pass ? "true" : "false"}
        className={q.chertow.pass ? styles.checkPass : styles.checkFail}
      >
        {q.chertow.pass ? `✓ ${t("pass")}` : `✗ ${t("fail")}`}
      </p>
      <ul className={styles.muted}>
        <li data-testid="chertow-entities">
          {t("view.entities", { count: q.chertow.qualifyingEntityCount, min: q.chertow.minEntities })}
        </li>
        <li data-testid="chertow-resources">
          {t("view.resources", { count: q.chertow.resources.length, min: q.chertow.minResources })}:{" "}
          {q.chertow.resources.map(matName).join(listSep)}
        </li>
      </ul>
      <p className={styles.small}>{t("view.recyclerNote")}</p>

      <h3>{t("view.byMaterial")}</h3>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${W} ${q.byMaterial.length * 22 + 4}`}
        role="img"
        aria-label={t("view.byMaterial")}
        data-testid="chart-materials"
      >
        {q.byMaterial.map((m, i) => {
          const w = ((W - 220) * m.tonnesPerYear) / maxMat;
          const mark = m.producedTonnesPerYear > 0 ? 110 + ((W - 220) * m.producedTonnesPerYear) / maxMat : null;
          return (
            <g key={m.material} transform={`translate(0 ${i * 22 + 2})`}>
              <text x={0} y={13} fontSize={11}>
                {matName(m.material)}
              </text>
              <rect x={110} y={3} width={W - 220} height={12} fill="#f2f3f4" />
              <rect
                x={110}
                y={3}
                width={Math.max(1, w)}
                height={12}
                fill={materialSpec(m.material)?.colour ?? "#555"}
              />
              {mark !== null && (
                <line
                  x1={Math.min(mark, W - 110)}
                  x2={Math.min(mark, W - 110)}
                  y1={0}
                  y2={18}
                  stroke="#b03a2e"
                  strokeWidth={1.5}
                />
              )}
              <text x={W - 104} y={13} fontSize={11}>
                {nf(m.tonnesPerYear)} {m.unit}
                {m.utilisationRate !== null ? ` · ${pct(m.utilisationRate)}` : ""}
                {isOverShare(m.utilisationRate) && (
                  <tspan fill="#a0521b" fontWeight={700}>
                    {" ⚠"}
                    <title>{tFlags("overShareHint")}</title>
                  </tspan>
                )}
              </text>
            </g>
          );
        })}
      </svg>

      <h3>{t("view.byCycle")}</h3>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${W} ${q.byCycleLevel.length * 20 + 4}`}
        role="img"
        aria-label={t("view.byCycle")}
        data-testid="chart-cycle"
      >
        {q.byCycleLevel.map((c, i) => (
          <g key={c.cycleLevel} transform={`translate(0 ${i * 20 + 2})`}>
            <text x={0} y={12} fontSize={11}>
              {t(`cycle.${c.cycleLevel}`)}
            </text>
            <rect x={110} y={2} width={W - 220} height={12} fill="#f2f3f4" />
            <rect x={110} y={2} width={(W - 220) * c.share} height={12} fill={CYCLE_COLOUR[c.cycleLevel]} />
            <text x={W - 104} y={12} fontSize={11}>
              {pct(c.share)}
            </text>
          </g>
        ))}
      </svg>

      <h3>{t("view.haul")}</h3>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${W} ${H + 30}`}
        role="img"
        aria-label={t("view.haul")}
        data-testid="chart-haul"
      >
        <text x={0} y={12} fontSize={11}>
          {maxCount}
        </text>
        <text x={0} y={H + 4} fontSize={11}>
          0
        </text>
        {bins.map((b, i) => {
          const h = (b.pairings / maxCount) * (H - 10);
          return (
            <g key={b.fromKm}>
              <rect x={30 + i * bw + 2} y={H - h} width={bw - 4} height={h} fill="#5d6d7e">
                <title>{`${b.fromKm}–${b.toKm ?? "∞"} km: ${b.pairings}`}</title>
              </rect>
              <text x={30 + i * bw + bw / 2} y={H + 14} fontSize={11} textAnchor="middle">
                {b.toKm === null ? `≥${b.fromKm}` : `${b.fromKm}–${b.toKm}`}
              </text>
            </g>
          );
        })}
        <line
          x1={refX}
          x2={refX}
          y1={4}
          y2={H}
          stroke="#b03a2e"
          strokeDasharray="4 3"
          strokeWidth={1.5}
          data-testid="nisp-line"
        />
        <text x={refX + 4} y={12} fontSize={11} fill="#b03a2e">
          {t("view.nisp", { km: ref })}
        </text>
      </svg>
      <p className={styles.small} data-testid="haul-median">
        {t("view.median", {
          km: q.haul.medianKm === null ? "—" : nf(q.haul.medianKm, 1),
          share: pct(q.haul.shareWithinReference),
        })}
      </p>

      <h3>{t("view.keyNode")}</h3>
      <ul className={styles.muted} data-testid="key-nodes">
        {(
          [
            ["keyProducer", q.keyNodes.largestProducer],
            ["keyConsumer", q.keyNodes.largestConsumer],
          ] as const
        ).map(([key, k]) =>
          k ? (
            <li key={key} data-testid={`key-${k.role}`} data-site-id={k.siteId}>
              {t(`view.${key}`, {
                name: siteName(k.siteId),
                tonnes: nf(k.lostTonnesPerYear),
                share: pct(k.lostShare),
                pairings: k.lostPairings,
                after: k.after.chertowPass ? "pass" : "fail",
              })}
              {k.strandedSiteIds.length > 0 && (
                <> — {t("view.stranded", { names: k.strandedSiteIds.map(siteName).join(listSep) })}</>
              )}
            </li>
          ) : null,
        )}
      </ul>

      <h3>{t("view.plan")}</h3>
      <ul className={styles.muted} data-testid="plan-targets">
        {q.plan.rates.map((r) => (
          <li key={r.key}>
            {t("view.planRate", {
              label: localText(locale, r.labelZh, r.labelEn),
              rate: r.rate === null ? "—" : pct(r.rate),
              target: pct(r.targetRate),
            })}
          </li>
        ))}
      </ul>
      {q.plan.routes.length > 0 && (
        <>
          <p className={styles.small}>{t("view.routes")}</p>
          {q.plan.routes.some((r) => isOverShare(r.shareOfTarget)) && (
            <div className="number-warning" role="note" data-testid="proposal-route-warning">
              <strong>
                <span aria-hidden="true">⚠</span> {t("view.overRouteTitle")}
              </strong>{" "}
              {tFlags("overRouteHint")}
            </div>
          )}
          <ul className={styles.muted} data-testid="plan-routes">
            {q.plan.routes.map((r) => (
              <li key={r.labelEn} data-over={isOverShare(r.shareOfTarget) ? "true" : undefined}>
                {t("view.routeShare", {
                  label: localText(locale, r.labelZh, r.labelEn),
                  tonnes: nf(r.tonnesPerYear),
                  share: `${nf(r.shareOfTarget * 100, 2)}%`,
                })}
                {isOverShare(r.shareOfTarget) && (
                  <NumberFlag kind="over-route" ratio={r.shareOfTarget} testId="proposal-route-flag" />
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t("view.sources")}</h3>
      <ol className={styles.sources} data-testid="benchmark-sources">
        {q.sources.map((s) => (
          <li key={s.key}>{cite(s)}</li>
        ))}
      </ol>
    </section>
  );
}
