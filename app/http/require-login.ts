/** The "sign in to view" gate used by proxy.ts when ATLAS_REQUIRE_LOGIN=1 (kept here so it is unit-tested). */
import { NextResponse, type NextRequest } from "next/server";
import { unsealData } from "iron-session";
import { SESSION_COOKIE, type SessionData } from "../auth/session-config";

const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth"];

/**
 * null when the request may pass; else a 401 (APIs) or a redirect to /login?next=… (pages). `isLive` checks the
 * session against the server (revoked by sign-out, password or role change); without it only the seal is checked.
 */
export async function requireLoginResponse(
  request: NextRequest,
  secret: string,
  isLive: (data: SessionData) => Promise<boolean> = async () => true,
): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return null;
  const sealed = request.cookies.get(SESSION_COOKIE)?.value;
  if (sealed) {
    const data = await unsealData<SessionData>(sealed, { password: secret }).catch(() => ({}) as SessionData);
    if (data.userId && (await isLive(data))) return null;
  }
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "sign in required" }, { status: 401 });
  const login = new URL("/login", request.url);
  login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login);
}
