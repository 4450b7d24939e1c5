/**
 * Reads a quantity as the plan writes it ("20428万吨", "3000万千瓦", "130亿m3", "260亿标块", "68%") into base units,
 * so every target in the catalogue can be checked against the figure quoted from the plan.
 */

/** Base units of the plan's quantities. */
export const TARGET_UNITS = ["%", "t", "MW", "m3", "bricks", "yuan", "enterprises"] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

const MULTIPLIER: Record<string, number> = { "": 1, 万: 1e4, 亿: 1e8 };

// Unit words after the multiplier: 万千瓦 is 10^4 kW = 10 MW, hence the 0.001 for 千瓦 (kW → MW).
const UNIT_WORDS: { pattern: RegExp; unit: TargetUnit; factor: number }[] = [
  { pattern: /^(?:%|个百分点)$/, unit: "%", factor: 1 },
  { pattern: /^吨(?:\/年)?$/, unit: "t", factor: 1 },
  { pattern: /^千瓦$/, unit: "MW", factor: 0.001 },
  { pattern: /^MW$/, unit: "MW", factor: 1 },
  { pattern: /^(?:m3|m³|立方米)$/, unit: "m3", factor: 1 },
  { pattern: /^(?:标块|块)$/, unit: "bricks", factor: 1 },
  { pattern: /^元$/, unit: "yuan", factor: 1 },
  { pattern: /^(?:余家|家)$/, unit: "enterprises", factor: 1 },
];

/** The value and base unit of a plan figure such as "20428万吨" (→ 204,280,000 t), or null if unreadable. */
export function parsePlanFigure(figure: string): { value: number; unit: TargetUnit } | null {
  const m = /^(\d+(?:\.\d+)?)(万|亿)?(.+)$/.exec(figure.trim());
  if (!m) return null;
  const word = UNIT_WORDS.find((u) => u.pattern.test(m[3]));
  if (!word) return null;
  const raw = Number(m[1]) * MULTIPLIER[m[2] ?? ""] * word.factor;
  // Round away binary noise (3006.5 × 10^4 × 0.001) without touching real decimals such as 0.15 m3.
  return { value: Number(raw.toPrecision(12)), unit: word.unit };
}
