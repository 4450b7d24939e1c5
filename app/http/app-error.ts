/**
 * The one error type of the HTTP layer: a status, a specific message and optional per-field issues, answered as
 * `{ "error": "...", "issues"?: [{ path, message }] }`. Routes and data-layer callers throw it or return it in a Result.
 */
export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
    /** Extra top-level fields of the error body (e.g. both versions of a 409). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Success or an AppError, for data-layer functions that can refuse. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** A successful Result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** A failed Result. */
export const fail = (
  status: number,
  message: string,
  extra?: Record<string, unknown>,
): { ok: false; error: AppError } => ({
  ok: false,
  error: new AppError(status, message, undefined, undefined, extra),
});

/** Human-readable byte size for limit messages (1 decimal MB, or kB below 1 MB). */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
