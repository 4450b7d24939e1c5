/** Formatting of plan quantities in the UI language (base units in, readable magnitudes out). */
import type { TargetUnit } from "../../domain/plan/plan-figure";

const nf = (locale: string, digits: number) =>
  new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en", { maximumFractionDigits: digits });

/** A plan value with its unit: 68 % → "68%", 204,280,000 t → "20,428 万吨" / "204.28 Mt", 1.3e10 m3 → "130 亿m³" / "13 bn m³". */
export function formatPlanValue(value: number, unit: TargetUnit, locale: string): string {
  const zh = locale === "zh";
  switch (unit) {
    case "%":
      return `${nf(locale, 2).format(value)}%`;
    case "t":
      return zh ? `${nf(locale, 2).format(value / 1e4)} 万吨` : `${nf(locale, 2).format(value / 1e6)} Mt`;
    case "MW":
      return `${nf(locale, 1).format(value)} MW`;
    case "m3":
      return value >= 1e6
        ? zh
          ? `${nf(locale, 2).format(value / 1e8)} 亿m³`
          : `${nf(locale, 2).format(value / 1e9)} bn m³`
        : `${nf(locale, 3).format(value)} m³`;
    case "bricks":
      return zh ? `${nf(locale, 1).format(value / 1e8)} 亿标块` : `${nf(locale, 1).format(value / 1e9)} bn bricks`;
    case "yuan":
      return zh ? `${nf(locale, 1).format(value / 1e8)} 亿元` : `${nf(locale, 1).format(value / 1e9)} bn yuan`;
    case "enterprises":
      return zh ? `${nf(locale, 0).format(value)} 家` : `${nf(locale, 0).format(value)} enterprises`;
  }
}

/** Tonnes per year in the UI language. */
export function formatTonnes(value: number, locale: string): string {
  return `${nf(locale, 0).format(value)} t`;
}

/** Utilisation rate (0..1) as a percentage, or "—". */
export function formatRate(rate: number | null, locale: string): string {
  return rate === null ? "—" : `${nf(locale, 1).format(rate * 100)}%`;
}
