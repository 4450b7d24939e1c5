import { NextResponse } from "next/server";
import { AppError } from "./app-error";
import { errorResponse } from "./responses";
import { isDatabaseBusy } from "../data/database-busy";

type Handler<C> = (request: Request, ctx: C) => Promise<Response>;

/**
 * Wraps a route handler: an AppError thrown anywhere below becomes its `{ error, issues? }` answer; anything else is
 * logged and answered 500 without internals.
 */
export function route<C = unknown>(handler: Handler<C>): (request: Request, ctx: C) => Promise<Response> {
  return async (request, ctx) => {
    try {
      return await handler(request, ctx);
    } catch (e) {
      if (e instanceof AppError) return errorResponse(e);
      // Next's redirect()/notFound() signals must pass through.
      if (e && typeof e === "object" && "digest" in e) throw e;
      // A worker held the write lock past the server's retries (app/data/db.ts): nothing was written; try again.
      if (isDatabaseBusy(e))
        return errorResponse(
          new AppError(
            503,
            "the database is busy with a large write (an import or a stored run); try again shortly",
            undefined,
            {
              "Retry-After": "5",
            },
          ),
        );
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, e);
      return errorResponse(new AppError(500, "internal error"));
    }
  };
}

/** Throws the Result's error or returns its value. */
export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: AppError }): T {
  if (!r.ok) throw r.error;
  return r.value;
}

export type { NextResponse };
