/** Problems found while reading or validating an import, as codes the UI translates into the user's language. */
export const ISSUE_CODES = [
  "file-empty",
  "file-too-large",
  "archive-too-large",
  "invalid-text",
  "too-many-rows",
  "wrong-type",
  "malformed",
  "no-data-rows",
  "missing-column",
  "missing-value",
  "unknown-material",
  "not-a-number",
  "not-finite",
  "negative",
  "too-large-value",
  "lng-out-of-range",
  "lat-out-of-range",
  "swapped-coordinates",
  "outside-province",
  "invalid-choice",
  "duplicate-flow",
  "inconsistent-site",
  "text-too-long",
  "unknown-park",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem: `row` is the spreadsheet row (header = 1) or GeoJSON feature number; null for the whole file. */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  value: string | null;
  code: IssueCode;
  params?: Record<string, string | number>;
}

/** Builds an issue, rendering the offending value as short text. */
export function issue(
  row: number | null,
  column: string | null,
  value: unknown,
  code: IssueCode,
  params?: Record<string, string | number>,
): ImportIssue {
  return { row, column, value: showValue(value), code, ...(params ? { params } : {}) };
}

function showValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
