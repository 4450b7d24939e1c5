import { AppError } from "./app-error";

/** The parsed query's value, or a 400 carrying the parser's specific message. */
export function queryOr400<T>(parsed: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!parsed.ok) throw new AppError(400, parsed.error);
  return parsed.value;
}

/** Refuses every query parameter not in `allowed` with a 400 that names them (and `hint`, when given). */
export function refuseUnknownParameters(params: URLSearchParams, allowed: readonly string[] = [], hint?: string): void {
  const unknown = [...new Set(params.keys())].filter((k) => !allowed.includes(k));
  if (unknown.length > 0)
    throw new AppError(400, `unknown parameter(s): ${unknown.join(", ")}${hint ? `; ${hint}` : ""}`);
}
