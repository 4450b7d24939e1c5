import { NextResponse } from "next/server";
import { signOut } from "../../../application/auth";
import { requireSameOrigin } from "../../../http/guard";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

/** POST /api/auth/logout → 303 to the map; the session is revoked server-side (old copies of the cookie stop working). */
export const POST = route(async (request: Request) => {
  requireSameOrigin(request);
  await signOut();
  return NextResponse.redirect(new URL("/", request.url), 303);
});
