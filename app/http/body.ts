import type { z } from "zod";
import { AppError, formatBytes, type FieldIssue } from "./app-error";
import { findMalformedText, MALFORMED_TEXT_MESSAGE } from "../domain/text-safety";

/** Default cap on JSON request bodies (a site with 50 flows is ~20 kB; a 10,000-vertex polygon ~400 kB). */
export const MAX_JSON_BYTES = 1024 * 1024;

function tooLarge(limit: number, got: string): AppError {
  return new AppError(413, `request body is ${got}, over the ${formatBytes(limit)} limit of this endpoint`);
}

/**
 * The request body as bytes, refused with 413 as soon as it exceeds `maxBytes`: first from Content-Length, then while
 * streaming (a chunked or lying upload is cut off, never buffered whole).
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes, formatBytes(declared));
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes, `more than ${formatBytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** zod issues in the API's `{ path, message }` form. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** One line naming every problem (at most five), each as `path: message`. */
export function issuesMessage(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return shown.join("; ") + (issues.length > 5 ? `; and ${issues.length - 5} more` : "");
}

/** Parses `value` with a (strict) zod schema or throws `status` with `{ error, issues }`. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, status = 422): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issues = fieldIssues(r.error);
    // A schema marks size limits with params.status (422) so they are not mistaken for malformed input.
    const limit = r.error.issues.find(
      (i) => i.code === "custom" && typeof (i as { params?: { status?: unknown } }).params?.status === "number",
    );
    const chosen = limit ? (limit as unknown as { params: { status: number } }).params.status : status;
    throw new AppError(chosen, issuesMessage(issues), issues);
  }
  return r.data;
}

/**
 * Reads a JSON body: Content-Type must be JSON (415 otherwise, so a cross-site text/plain form can never pass as
 * JSON), size capped before parsing (413), syntax checked (400), text checked for lone surrogates (422), then the
 * strict schema (unknown keys are errors; `invalidStatus`, default 422).
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  opts: { maxBytes?: number; invalidStatus?: number } = {},
): Promise<z.output<S>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json" && !type.endsWith("+json")) {
    throw new AppError(
      415,
      `request body must be JSON (Content-Type: application/json); got ${type || "no Content-Type"}`,
    );
  }
  const maxBytes = opts.maxBytes ?? MAX_JSON_BYTES;
  const bytes = await readBodyBytes(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (e) {
    throw new AppError(400, `request body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const bad = findMalformedText(value);
  if (bad) {
    const path = bad.map(String).join(".");
    throw new AppError(422, `${path}: ${MALFORMED_TEXT_MESSAGE}`, [{ path, message: MALFORMED_TEXT_MESSAGE }]);
  }
  return parseWith(schema, value, opts.invalidStatus ?? 422);
}
