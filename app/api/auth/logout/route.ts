import { NextResponse } from "next/server";
import { isSameOrigin, signOut } from "../../../data/auth";

export const dynamic = "force-dynamic";

/** POST /api/auth/logout → 303 to the map with the session cookie cleared. */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return NextResponse.json({ error: "cross-origin request refused" }, { status: 403 });
  await signOut();
  return NextResponse.redirect(new URL("/", request.url), 303);
}
