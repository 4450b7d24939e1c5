/** Turns import issues into report rows with a reason in the UI language (server and client). */
import type { ImportIssue } from "./issues";

export interface ReportError {
  row: number | null;
  column: string | null;
  value: string | null;
  reason: string;
  code: string;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One issue as {row, column, value, reason}; coordinates are passed as text so they keep all their decimals. */
export function issueToError(t: Translate, i: ImportIssue): ReportError {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(i.params ?? {}))
    params[k] = k === "lng" || k === "lat" || k === "detail" || k === "allowed" ? String(v) : v;
  return { row: i.row, column: i.column, value: i.value, reason: t(`issue.${i.code}`, params), code: i.code };
}
