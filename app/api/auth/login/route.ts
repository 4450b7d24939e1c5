import { NextResponse } from "next/server";
import { signIn } from "../../../application/auth";
import { safeNextPath } from "../../../auth/safe-next";
import { clientAddress, requireSameOrigin } from "../../../http/guard";
import { readBodyBytes } from "../../../http/body";
import { route } from "../../../http/route";
import { signInThrottle } from "../../../application/sign-in-throttle-instance";

export const dynamic = "force-dynamic";

function back(request: Request, params: Record<string, string>, headers: Record<string, string> = {}) {
  const res = NextResponse.redirect(new URL(`/login?${new URLSearchParams(params)}`, request.url), 303);
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

/**
 * POST /api/auth/login (form: username, password, next) → 303 to `next` with the session cookie set, or back to
 * /login?error=… . Guesses are throttled per account, per address and per pair (app/application/sign-in-throttle.ts);
 * a throttled attempt is not checked and says how long to wait (`retry` seconds, also `Retry-After`).
 */
export const POST = route(async (request: Request) => {
  requireSameOrigin(request);
  const body = await readBodyBytes(request, 16 * 1024);
  const type = request.headers.get("content-type") ?? "application/x-www-form-urlencoded";
  const form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData().catch(() => null);
  const username = String(form?.get("username") ?? "")
    .trim()
    .slice(0, 100);
  const password = String(form?.get("password") ?? "").slice(0, 1000);
  const next = safeNextPath(form?.get("next"));
  if (!username || !password) return back(request, { error: "missingCredentials", next });
  const attempt = signInThrottle().begin(username, clientAddress(request));
  if (!attempt.ok) {
    const seconds = String(Math.ceil(attempt.retryAfterMs / 1000));
    return back(request, { error: "tooManyAttempts", retry: seconds, next }, { "Retry-After": seconds });
  }
  let user = null;
  try {
    user = await signIn(username, password);
  } finally {
    signInThrottle().finish(attempt.ticket, user !== null);
  }
  if (!user) return back(request, { error: "badCredentials", next });
  return NextResponse.redirect(new URL(next, request.url), 303);
});
