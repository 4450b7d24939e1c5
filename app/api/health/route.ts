import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/** Liveness probe used by the e2e server start. */
export function GET() {
  return NextResponse.json({ ok: true });
}
