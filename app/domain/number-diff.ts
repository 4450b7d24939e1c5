/** Differences between two figures (run B − run A), signed and judged, for comparison tables. */

/** How a difference reads: better or worse for the plan, no change, or neither (a count, a parameter). */
export type DiffTone = "better" | "worse" | "same" | "neutral";

/** Values closer than this are equal (float noise from sums of tonnes). */
const EPSILON = 1e-9;

/** B − A, or null when either figure is missing. */
export function difference(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const d = b - a;
  return Math.abs(d) < EPSILON * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : d;
}

/** Whether a difference is good news: `better` says which direction helps ("higher" utilisation, "lower" cost). */
export function diffTone(delta: number | null, better: "higher" | "lower" | null): DiffTone {
  if (delta === null) return "neutral";
  if (delta === 0) return "same";
  if (better === null) return "neutral";
  return delta > 0 === (better === "higher") ? "better" : "worse";
}

/** A signed difference: "+1,234", "−1,234" (a true minus sign), "±0"; `formatAbs` formats the magnitude. */
export function signedText(delta: number, formatAbs: (value: number) => string): string {
  if (delta === 0) return `±${formatAbs(0)}`;
  return `${delta > 0 ? "+" : "\u2212"}${formatAbs(Math.abs(delta))}`;
}
