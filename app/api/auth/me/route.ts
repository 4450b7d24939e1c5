import { NextResponse } from "next/server";
import { currentUser } from "../../../application/auth";

export const dynamic = "force-dynamic";

/** GET /api/auth/me → { user: { username, role } | null } (drives which edit controls the UI shows). */
export async function GET() {
  const user = await currentUser();
  return NextResponse.json(
    { user: user ? { username: user.username, role: user.role } : null },
    { headers: { "Cache-Control": "no-store" } },
  );
}
