import { NextResponse } from "next/server";
import { isSameOrigin, signIn } from "../../../data/auth";

export const dynamic = "force-dynamic";

// Slows down password guessing within one server process: failed attempts per username in the last 15 minutes.
const failures = new Map<string, number[]>();
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 10;

/** Only same-site relative paths are followed after sign-in (no open redirect). */
function safeNext(next: unknown): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

function back(request: Request, params: Record<string, string>) {
  return NextResponse.redirect(new URL(`/login?${new URLSearchParams(params)}`, request.url), 303);
}

/**
 * POST /api/auth/login (form: username, password, next) → 303 to `next` with the session cookie set, or back to
 * /login?error=… . A plain form post, so the whole page reloads with the new session.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return NextResponse.json({ error: "cross-origin request refused" }, { status: 403 });
  const form = await request.formData().catch(() => null);
  const username = String(form?.get("username") ?? "").trim();
  const password = String(form?.get("password") ?? "");
  const next = safeNext(form?.get("next"));
  if (!username || !password) return back(request, { error: "missingCredentials", next });
  const now = Date.now();
  const recent = (failures.get(username) ?? []).filter((t) => now - t < WINDOW_MS);
  if (recent.length >= MAX_FAILURES) return back(request, { error: "tooManyAttempts", next });
  const user = await signIn(username, password);
  if (!user) {
    failures.set(username, [...recent, now]);
    return back(request, { error: "badCredentials", next });
  }
  failures.delete(username);
  return NextResponse.redirect(new URL(next, request.url), 303);
}
