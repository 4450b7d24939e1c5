"use client";
/** Plain-SVG charts of a scenario: utilisation lines per material with the plan's targets, stockpile areas, land. */
import { useLocale, useTranslations } from "next-intl";
import { materialSpec, type MaterialCode } from "../../domain/materials";
import { utilisationTarget } from "../../domain/pairing/plan-targets";
import { PLAN_LAND_TARGET_MU } from "../../domain/scenarios/plan-figures";
import type { ScenarioYear } from "../../domain/scenarios/types";
import { fmt, materialName, pct } from "../pairing/format";
import own from "../siting/siting.module.css";
import { useWidthPx } from "../charts/use-width-px";

/** Width (px) before the figure is measured (the server render). */
const W = 560;
const H = 220;
const PAD = { l: 52, r: 12, t: 10, b: 26 };

function frame(years: ScenarioYear[], yMax: number, w: number) {
  const x0 = years[0]?.year ?? 0;
  const x1 = years[years.length - 1]?.year ?? 1;
  const x = (year: number) => PAD.l + ((year - x0) / Math.max(1, x1 - x0)) * (w - PAD.l - PAD.r);
  const y = (v: number) => H - PAD.b - (v / (yMax || 1)) * (H - PAD.t - PAD.b);
  return { x, y, x0, x1 };
}

function Axes({
  years,
  yMax,
  fmtY,
  w,
}: {
  years: ScenarioYear[];
  yMax: number;
  fmtY: (v: number) => string;
  w: number;
}) {
  const { x, y } = frame(years, yMax, w);
  const step = years.length > 12 ? 5 : years.length > 6 ? 2 : 1;
  return (
    <g fontSize="11" fill="#5f6b66">
      {[0, 0.25, 0.5, 0.75, 1].map((f) => (
        <g key={f}>
          <line x1={PAD.l} x2={w - PAD.r} y1={y(f * yMax)} y2={y(f * yMax)} stroke="#e3e7e3" />
          <text x={PAD.l - 4} y={y(f * yMax) + 3} textAnchor="end">
            {fmtY(f * yMax)}
          </text>
        </g>
      ))}
      {years
        .filter((r, i) => i % step === 0 || i === years.length - 1)
        .map((r) => (
          <text key={r.year} x={x(r.year)} y={H - 8} textAnchor="middle">
            {r.year}
          </text>
        ))}
    </g>
  );
}

/** Utilisation (utilised / produced) per material and year, with the plan's 2015 targets as dashed lines. */
export function UtilisationLines({ years, materials }: { years: ScenarioYear[]; materials: MaterialCode[] }) {
  const t = useTranslations("scenarios.charts");
  const locale = useLocale();
  // Drawn at the figure's own width, so the 11 px text stays 11 px on a phone.
  const [ref, w] = useWidthPx<HTMLElement>(W);
  const shown = materials.filter((m) => materialSpec(m)?.unit === "t");
  const values = years.flatMap((r) => shown.map((m) => r.materials[m]?.utilisation ?? 0));
  const yMax = Math.max(1, Math.ceil(Math.max(0, ...values) * 4) / 4);
  const { x, y } = frame(years, yMax, w);
  const targets = [
    ...new Map(
      shown.flatMap((m) => {
        const tg = utilisationTarget(m);
        return tg ? [[tg.rate, tg] as const] : [];
      }),
    ).values(),
  ];
  return (
    <figure ref={ref} className={own.chart} data-testid="scenario-chart-utilisation" data-series={shown.length}>
      <figcaption>{t("utilisation")}</figcaption>
      <svg viewBox={`0 0 ${w} ${H}`} width={w} height={H} role="img" aria-label={t("utilisation")}>
        <Axes w={w} years={years} yMax={yMax} fmtY={(v) => `${Math.round(v * 100)}%`} />
        {targets.map((tg) => (
          <g key={tg.rate}>
            <line
              x1={PAD.l}
              x2={w - PAD.r}
              y1={y(tg.rate)}
              y2={y(tg.rate)}
              stroke="#1d2321"
              strokeDasharray="5 4"
              strokeWidth={1.2}
            />
            <text
              x={w - PAD.r - 2}
              y={y(tg.rate) - 3}
              fontSize="11"
              textAnchor="end"
              fill="#1d2321"
            >{`${t("target")} ${pct(locale, tg.rate)}`}</text>
          </g>
        ))}
        {shown.map((m) => (
          <polyline
            key={m}
            data-testid={`utilisation-line-${m}`}
            fill="none"
            stroke={materialSpec(m)!.colour}
            strokeWidth={2}
            points={years.map((r) => `${x(r.year)},${y(r.materials[m]?.utilisation ?? 0)}`).join(" ")}
          >
            <title>{materialName(m, locale)}</title>
          </polyline>
        ))}
      </svg>
      <Legend materials={shown} />
    </figure>
  );
}

function Legend({ materials }: { materials: MaterialCode[] }) {
  const locale = useLocale();
  return (
    <p className={own.legend}>
      {materials.map((m) => (
        <span key={m}>
          <span
            style={{
              display: "inline-block",
              width: 10,
              height: 10,
              background: materialSpec(m)!.colour,
              borderRadius: 2,
              verticalAlign: "middle",
            }}
            aria-hidden="true"
          />{" "}
          {materialName(m, locale)}
        </span>
      ))}
    </p>
  );
}

/** Stockpiles (t) stacked by material, year by year. */
export function StockpileArea({ years, materials }: { years: ScenarioYear[]; materials: MaterialCode[] }) {
  const t = useTranslations("scenarios.charts");
  const locale = useLocale();
  // Drawn at the figure's own width, so the 11 px text stays 11 px on a phone.
  const [ref, w] = useWidthPx<HTMLElement>(W);
  const shown = materials.filter(
    (m) => materialSpec(m)?.unit === "t" && years.some((r) => (r.materials[m]?.stockpileTonnes ?? 0) > 0),
  );
  const totals = years.map((r) => shown.reduce((s, m) => s + (r.materials[m]?.stockpileTonnes ?? 0), 0));
  const yMax = Math.max(1, ...totals) * 1.05;
  const { x, y } = frame(years, yMax, w);
  const lower = years.map(() => 0);
  const layers = shown.map((m) => {
    const upper = years.map((r, i) => lower[i] + (r.materials[m]?.stockpileTonnes ?? 0));
    const pts = [
      ...years.map((r, i) => `${x(r.year)},${y(upper[i])}`),
      ...[...years].reverse().map((r, k) => `${x(r.year)},${y(lower[years.length - 1 - k])}`),
    ].join(" ");
    upper.forEach((v, i) => (lower[i] = v));
    return { m, pts };
  });
  return (
    <figure
      ref={ref}
      className={own.chart}
      data-testid="scenario-chart-stockpile"
      data-first={totals[0] ?? 0}
      data-last={totals[totals.length - 1] ?? 0}
    >
      <figcaption>{t("stockpile")}</figcaption>
      <svg viewBox={`0 0 ${w} ${H}`} width={w} height={H} role="img" aria-label={t("stockpile")}>
        <Axes w={w} years={years} yMax={yMax} fmtY={(v) => fmt(locale, v / 1e4)} />
        {layers.map(({ m, pts }) => (
          <polygon key={m} points={pts} fill={materialSpec(m)!.colour} opacity={0.7}>
            <title>{materialName(m, locale)}</title>
          </polygon>
        ))}
      </svg>
      <Legend materials={shown} />
    </figure>
  );
}

/** Cumulative land released (亩) against the plan's 50,000 亩. */
export function LandLine({ years }: { years: ScenarioYear[] }) {
  const t = useTranslations("scenarios.charts");
  const locale = useLocale();
  // Drawn at the figure's own width, so the 11 px text stays 11 px on a phone.
  const [ref, w] = useWidthPx<HTMLElement>(W);
  const yMax = Math.max(PLAN_LAND_TARGET_MU, ...years.map((r) => r.landReleasedMu)) * 1.1;
  const { x, y } = frame(years, yMax, w);
  return (
    <figure
      ref={ref}
      className={own.chart}
      data-testid="scenario-chart-land"
      data-last={years[years.length - 1]?.landReleasedMu ?? 0}
    >
      <figcaption>{t("land")}</figcaption>
      <svg viewBox={`0 0 ${w} ${H}`} width={w} height={H} role="img" aria-label={t("land")}>
        <Axes w={w} years={years} yMax={yMax} fmtY={(v) => fmt(locale, v)} />
        <line
          x1={PAD.l}
          x2={w - PAD.r}
          y1={y(PLAN_LAND_TARGET_MU)}
          y2={y(PLAN_LAND_TARGET_MU)}
          stroke="#1d2321"
          strokeDasharray="5 4"
        />
        <polyline
          fill="none"
          stroke="#7e5109"
          strokeWidth={2}
          points={years.map((r) => `${x(r.year)},${y(r.landReleasedMu)}`).join(" ")}
        />
      </svg>
    </figure>
  );
}
