/**
 * Optional "sign in to view" mode: with ATLAS_REQUIRE_LOGIN=1 every page and API except sign-in and the health probe
 * needs a valid session cookie (pages redirect to /login, APIs answer 401). Roles are still checked by each mutation.
 */
import { NextResponse, type NextRequest } from "next/server";
import { unsealData } from "iron-session";
import { loginRequired, SESSION_COOKIE, sessionSecret, type SessionData } from "./app/auth/session-config";

const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth"];

export async function proxy(request: NextRequest) {
  if (!loginRequired()) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  const sealed = request.cookies.get(SESSION_COOKIE)?.value;
  if (sealed) {
    const data = await unsealData<SessionData>(sealed, { password: sessionSecret() }).catch(() => ({}) as SessionData);
    if (data.userId) return NextResponse.next();
  }
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "sign in required" }, { status: 401 });
  const login = new URL("/login", request.url);
  login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except Next's own assets and static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|pbf|json|woff2?|css|js)$).*)"],
};
