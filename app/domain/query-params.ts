/** Validation of URL query parameters shared by the GET APIs: strict zod schemas, no repeated keys. */
import type { z } from "zod";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses URL search params with a strict zod schema; a repeated key or an unknown key is an error. */
export function parseQueryParams<S extends z.ZodType>(
  params: URLSearchParams,
  schema: S,
  opts: { prefixPath?: boolean } = {},
): ParseResult<z.output<S>> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    // A repeated key is ambiguous (which one wins?), so it is rejected rather than guessed.
    if (key in raw) return { ok: false, error: `parameter "${key}" is given more than once` };
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, error: "invalid query" };
  if (issue.code === "unrecognized_keys") return { ok: false, error: `unknown parameter(s): ${issue.keys.join(", ")}` };
  const path = issue.path.join(".");
  return { ok: false, error: opts.prefixPath !== false && path ? `${path}: ${issue.message}` : issue.message };
}
