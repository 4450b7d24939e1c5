/** Production factors per year: compounding growth, or a piecewise-linear path of factors (e.g. coal phase-down). */
import type { ProductionPath } from "./types";

/** Factor on base-year production in `year` (1 in the base year). */
export function productionFactor(path: ProductionPath | undefined, baseYear: number, year: number): number {
  if (!path) return 1;
  const pts = [...path.path].sort((a, b) => a.year - b.year);
  if (pts.length === 0) return Math.pow(1 + path.growthRatePerYear, year - baseYear);
  // The base year is factor 1 unless the path says otherwise.
  if (!pts.some((p) => p.year === baseYear) && pts[0].year > baseYear) pts.unshift({ year: baseYear, factor: 1 });
  if (year <= pts[0].year) return pts[0].factor;
  for (let i = 1; i < pts.length; i++) {
    if (year <= pts[i].year) {
      const a = pts[i - 1];
      const b = pts[i];
      return a.factor + ((b.factor - a.factor) * (year - a.year)) / (b.year - a.year);
    }
  }
  return pts[pts.length - 1].factor;
}
