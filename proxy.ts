/**
 * Optional "sign in to view" mode: with ATLAS_REQUIRE_LOGIN=1 every page and API except sign-in and the health probe
 * needs a valid session cookie (pages redirect to /login, APIs answer 401). Roles are still checked by each mutation.
 */
import { NextResponse, type NextRequest } from "next/server";
import { loginRequired, sessionSecret } from "./app/auth/session-config";
import { requireLoginResponse } from "./app/auth/require-login";

export async function proxy(request: NextRequest) {
  if (!loginRequired()) return NextResponse.next();
  return (await requireLoginResponse(request, sessionSecret())) ?? NextResponse.next();
}

export const config = {
  // Everything except Next's own assets and static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|pbf|json|webmanifest|txt|woff2?|css|js)$).*)"],
};
