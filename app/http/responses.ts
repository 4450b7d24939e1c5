import { NextResponse } from "next/server";
import { AppError } from "./app-error";

/** Headers every API answer carries (next.config.js adds them to pages too). */
export const NOSNIFF = { "X-Content-Type-Options": "nosniff" } as const;

/** A JSON answer. */
export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): NextResponse {
  return NextResponse.json(body, { status: init.status ?? 200, headers: { ...NOSNIFF, ...init.headers } });
}

/** A JSON answer already serialized (e.g. built on a worker thread), sent as is. */
export function jsonBytes(
  body: Uint8Array,
  init: { status?: number; headers?: Record<string, string> } = {},
): NextResponse {
  return new NextResponse(body as BodyInit, {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json", ...NOSNIFF, ...init.headers },
  });
}

/** The JSON body and status of an AppError: `{ error, issues? , ...extra }`. */
export function errorResponse(e: AppError): NextResponse {
  const body: Record<string, unknown> = {
    error: e.message,
    ...(e.issues ? { issues: e.issues } : {}),
    ...(e.extra ?? {}),
  };
  return json(body, { status: e.status, headers: e.headers });
}

/** An attachment download: ASCII `filename`, optional UTF-8 `filename*`, nosniff, never cached; the body may stream. */
export function download(
  body: string | Uint8Array | ReadableStream<Uint8Array>,
  file: { ascii: string; utf8?: string },
  contentType: string,
  headers: Record<string, string> = {},
): NextResponse {
  const disposition =
    `attachment; filename="${file.ascii.replace(/["\\\r\n]/g, "_")}"` +
    (file.utf8 ? `; filename*=UTF-8''${encodeURIComponent(file.utf8)}` : "");
  return new NextResponse(body as BodyInit, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": disposition,
      "Cache-Control": "no-store",
      ...NOSNIFF,
      ...headers,
    },
  });
}
