/** Cell-value parsers used by import validation. Each returns a value or pushes an issue. */
import { MATERIALS, type MaterialCode } from "../materials";
import { closest } from "./closest";
import { issue, type ImportIssue } from "./issues";

/** Cell text, trimmed; empty → null. Strips the quote that exports put before "=", "+", "-", "@" to defuse spreadsheet formulas. */
export function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = (typeof v === "string" ? v : String(v)).trim();
  if (s === "") return null;
  return /^'[=+\-@]/.test(s) ? s.slice(1) : s;
}

export interface NumberRule {
  min?: number;
  max?: number;
}

/** Parses a number ("1,234.5" and full-width digits accepted); reports non-numeric, NaN/Infinity, below min, above max. */
export function parseNumber(
  v: unknown,
  row: number,
  column: string,
  rule: NumberRule,
  issues: ImportIssue[],
): number | null {
  let n: number;
  if (typeof v === "number") n = v;
  else {
    const s = cellText(v)?.normalize("NFKC").replace(/[,\s]/g, "");
    if (!s) return null;
    if (/^[-+]?(nan|inf|infinity|∞)$/i.test(s)) {
      issues.push(issue(row, column, v, "not-finite"));
      return null;
    }
    n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s) ? Number(s) : Number.NaN;
    if (Number.isNaN(n)) {
      issues.push(issue(row, column, v, "not-a-number"));
      return null;
    }
  }
  if (!Number.isFinite(n)) {
    issues.push(issue(row, column, v, "not-finite"));
    return null;
  }
  if (rule.min !== undefined && n < rule.min) {
    issues.push(issue(row, column, v, "negative", { min: rule.min }));
    return null;
  }
  if (rule.max !== undefined && n > rule.max) {
    issues.push(issue(row, column, v, "too-large-value", { max: rule.max }));
    return null;
  }
  return n;
}

/** Maps a cell to one of several choices by accepted spellings (case-insensitive); reports anything else. */
export function parseChoice<T extends string>(
  v: unknown,
  row: number,
  column: string,
  choices: Record<T, readonly string[]>,
  issues: ImportIssue[],
): T | null {
  const s = cellText(v);
  if (s === null) return null;
  const lower = s.toLowerCase();
  for (const [choice, spellings] of Object.entries(choices) as [T, readonly string[]][]) {
    if (choice.toLowerCase() === lower || spellings.some((x) => x.toLowerCase() === lower)) return choice;
  }
  issues.push(issue(row, column, v, "invalid-choice", { allowed: Object.keys(choices).join(", ") }));
  return null;
}

const BOOLEAN_CHOICES = {
  true: ["1", "yes", "y", "是", "真", "✓", "x"],
  false: ["0", "no", "n", "否", "假"],
} as const;

/** Parses yes/no cells (是/否, true/false, 1/0); null when empty. */
export function parseBoolean(v: unknown, row: number, column: string, issues: ImportIssue[]): boolean | null {
  if (typeof v === "boolean") return v;
  const c = parseChoice(v, row, column, BOOLEAN_CHOICES, issues);
  return c === null ? null : c === "true";
}

/** Resolves a material by code, Chinese or English name; unknown values get the closest catalogue code as a suggestion. */
export function parseMaterial(v: unknown, row: number, column: string, issues: ImportIssue[]): MaterialCode | null {
  const s = cellText(v);
  if (s === null) return null;
  const lower = s.toLowerCase();
  const hit = MATERIALS.find((m) => m.code === lower || m.nameZh === s || m.nameEn.toLowerCase() === lower);
  if (hit) return hit.code;
  const best = closest(s, MATERIALS, (m) => [m.code, m.nameZh, m.nameEn]);
  issues.push(
    issue(
      row,
      column,
      v,
      "unknown-material",
      best ? { suggestion: best.match.code, suggestionZh: best.match.nameZh } : undefined,
    ),
  );
  return null;
}
