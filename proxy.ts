/**
 * Optional "sign in to view" mode: with ATLAS_REQUIRE_LOGIN=1 every page and API except sign-in and the health probe
 * needs a valid session cookie (pages redirect to /login, APIs answer 401). Roles are still checked by each mutation.
 */
import { NextResponse, type NextRequest } from "next/server";
import { loginRequired, sessionSecret } from "./app/auth/session-config";
import { requireLoginResponse } from "./app/http/require-login";
import { findUserSession } from "./app/data/users";

export async function proxy(request: NextRequest) {
  if (!loginRequired()) return NextResponse.next();
  // A revoked session (signed out, password or role changed) no longer opens the app.
  const live = async (data: { userId?: string; sv?: number }) =>
    (await findUserSession(data.userId!))?.sessionVersion === data.sv;
  return (await requireLoginResponse(request, sessionSecret(), live)) ?? NextResponse.next();
}

export const config = {
  // Everything except Next's own assets and static files.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|pbf|json|webmanifest|txt|woff2?|css|js)$).*)",
  ],
};
