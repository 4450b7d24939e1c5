"use client";
/** Plain-SVG bar chart: utilisation per material with the plan's 2015 target as a tick. */
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CYCLE_LEVELS } from "../../domain/cycle-level";
import { CYCLE_LEVEL_COLOURS } from "../../domain/pairing/flow-features";
import { BULK_TARGET, bulkAggregate, utilisationTarget } from "../../domain/pairing/plan-targets";
import type { MaterialResult } from "../../domain/pairing/types";
import { isOverShare, type RouteFlowCheck } from "../../domain/honest-numbers";
import { materialName, pct } from "./format";
import { useWidthPx } from "../charts/use-width-px";
import { labelLines } from "../charts/label-lines";

const ROW = 26;
/** Width (px) right of the bars for the percentage text. */
const VALUE_W = 70;

/** A label of one or two lines, vertically centred on a bar row whose top is `y`. */
function RowLabel({
  x,
  y,
  lines,
  prefix,
  bold,
}: {
  x: number;
  y: number;
  lines: string[];
  prefix?: ReactNode;
  bold?: boolean;
}) {
  const first = lines.length > 1 ? y + 8 : y + 13;
  return (
    <>
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={first + i * 12} fontWeight={bold ? 600 : undefined}>
          {i === 0 && prefix}
          {line}
        </tspan>
      ))}
    </>
  );
}

export function UtilisationChart({
  materials,
  routeChecks = [],
}: {
  materials: MaterialResult[];
  /** Route flows against the plan's route figures: materials with a flow beyond one get a ⚠ marker. */
  routeChecks?: readonly RouteFlowCheck[];
}) {
  const t = useTranslations("pairing.kpi");
  const tFlags = useTranslations("common.flags");
  const tl = useTranslations("pairing.level");
  const locale = useLocale();
  const bulk = bulkAggregate(materials);
  const height = (materials.length + (bulk ? 1 : 0)) * ROW + 30;
  // Drawn at the figure's own width, so the 11 px text is 11 px on a phone too; long labels wrap to two lines.
  const [ref, widthPx] = useWidthPx<HTMLElement>(480);
  const LABEL_W = Math.round(Math.min(150, Math.max(110, widthPx * 0.42)));
  const BAR_W = Math.max(80, widthPx - LABEL_W - VALUE_W);
  const labelPx = LABEL_W - 10;
  return (
    <figure ref={ref} data-testid="utilisation-chart" style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{t("chartTitle")}</figcaption>
      <svg
        viewBox={`0 0 ${LABEL_W + BAR_W + VALUE_W} ${height}`}
        width={LABEL_W + BAR_W + VALUE_W}
        height={height}
        role="img"
        aria-label={t("chartTitle")}
      >
        {(BAR_W < 160 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1]).map((v) => (
          <g key={v}>
            <line x1={LABEL_W + v * BAR_W} x2={LABEL_W + v * BAR_W} y1={4} y2={height - 22} stroke="#d9ddd9" />
            <text
              x={LABEL_W + v * BAR_W}
              y={height - 8}
              fontSize="11"
              textAnchor="middle"
              fill="#5f6b66"
            >{`${v * 100}%`}</text>
          </g>
        ))}
        {materials.map((m, i) => {
          const y = 6 + i * ROW;
          // The bulk target applies to the bulk wastes together: it is drawn on the total bar, not on each material.
          const own = utilisationTarget(m.material);
          const target = own && !own.aggregate ? own : null;
          const overRoutes = routeChecks.filter((c) => c.material === m.material && c.over);
          const overShare = isOverShare(m.utilisation);
          const flagged = overShare || overRoutes.length > 0;
          return (
            <g
              key={m.material}
              data-testid={`chart-bar-${m.material}`}
              data-utilisation={m.utilisation.toFixed(4)}
              data-target={target?.rate ?? ""}
              data-flagged={flagged ? "true" : undefined}
            >
              <text x={LABEL_W - 6} y={y + 13} fontSize="11" textAnchor="end" fill="#1d2321">
                <RowLabel
                  x={LABEL_W - 6}
                  y={y}
                  lines={labelLines(materialName(m.material, locale), labelPx - (flagged ? 14 : 0))}
                  prefix={
                    flagged && (
                      <tspan fill="#a0521b" fontWeight={700}>
                        {"⚠ "}
                      </tspan>
                    )
                  }
                />
                {flagged && (
                  <title>
                    {[
                      overShare ? `${tFlags("overShare")}: ${tFlags("overShareHint")}` : "",
                      ...overRoutes.map(
                        (c) =>
                          `${locale === "zh" ? c.labelZh : c.labelEn}: ${tFlags("overRoute", { ratio: c.ratio.toFixed(1) })}`,
                      ),
                    ]
                      .filter(Boolean)
                      .join("\n")}
                  </title>
                )}
              </text>
              {/* The bar is split by cycle level: how much of the produced tonnage each cycle puts to use. */}
              {(() => {
                let x = LABEL_W;
                return CYCLE_LEVELS.map((l) => {
                  const share = m.producedTonnes > 0 ? Math.min(1, m.byCycleLevel[l] / m.producedTonnes) : 0;
                  const w = share * BAR_W;
                  const rect = (
                    <rect
                      key={l}
                      x={x}
                      y={y + 2}
                      width={Math.max(0, w)}
                      height={ROW - 10}
                      fill={CYCLE_LEVEL_COLOURS[l]}
                      opacity={0.85}
                    >
                      <title>{`${materialName(m.material, locale)} · ${tl(l)}: ${pct(locale, share)}`}</title>
                    </rect>
                  );
                  x += w;
                  return rect;
                });
              })()}
              <text x={LABEL_W + Math.min(1, m.utilisation) * BAR_W + 4} y={y + 13} fontSize="11" fill="#1d2321">
                {pct(locale, m.utilisation)}
                {overShare ? ` ⚠ ${tFlags("overShare")}` : ""}
              </text>
              {target && (
                <line
                  x1={LABEL_W + target.rate * BAR_W}
                  x2={LABEL_W + target.rate * BAR_W}
                  y1={y - 1}
                  y2={y + ROW - 5}
                  stroke="#1d2321"
                  strokeWidth={2.5}
                >
                  <title>{`${t("chartTarget")}: ${pct(locale, target.rate)}`}</title>
                </line>
              )}
            </g>
          );
        })}
        {bulk &&
          (() => {
            const y = 6 + materials.length * ROW;
            return (
              <g
                data-testid="chart-bar-bulk"
                data-utilisation={bulk.utilisation.toFixed(4)}
                data-target={BULK_TARGET.rate}
              >
                <text x={LABEL_W - 6} y={y + 13} fontSize="11" textAnchor="end" fill="#1d2321">
                  <RowLabel x={LABEL_W - 6} y={y} lines={labelLines(t("bulkTotal"), labelPx)} bold />
                </text>
                <rect
                  x={LABEL_W}
                  y={y + 2}
                  width={Math.min(1, bulk.utilisation) * BAR_W}
                  height={ROW - 10}
                  fill="#1d2321"
                  opacity={0.55}
                />
                <text x={LABEL_W + Math.min(1, bulk.utilisation) * BAR_W + 4} y={y + 13} fontSize="11" fill="#1d2321">
                  {pct(locale, bulk.utilisation)}
                </text>
                <line
                  x1={LABEL_W + BULK_TARGET.rate * BAR_W}
                  x2={LABEL_W + BULK_TARGET.rate * BAR_W}
                  y1={y - 1}
                  y2={y + ROW - 5}
                  stroke="#1d2321"
                  strokeWidth={2.5}
                >
                  <title>{`${t("chartTarget")}: ${pct(locale, BULK_TARGET.rate)}`}</title>
                </line>
              </g>
            );
          })()}
      </svg>
      <p style={{ fontSize: 12, color: "#5f6b66", margin: "2px 0 0" }}>
        <svg width="14" height="10" aria-hidden="true">
          <line x1="7" x2="7" y1="0" y2="10" stroke="#1d2321" strokeWidth="2.5" />
        </svg>{" "}
        {t("chartTarget")}
        {routeChecks.some((c) => c.over) && (
          <span style={{ marginLeft: 10 }} data-testid="chart-flag-legend">
            ⚠ {t("chartFlagLegend")}
          </span>
        )}
        {CYCLE_LEVELS.map((l) => (
          <span key={l} style={{ marginLeft: 10, whiteSpace: "nowrap" }}>
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" fill={CYCLE_LEVEL_COLOURS[l]} />
            </svg>{" "}
            {tl(l)}
          </span>
        ))}
      </p>
    </figure>
  );
}
