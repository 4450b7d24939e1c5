import { NextResponse } from "next/server";
import { cancelPairingRun } from "../../../../data/pairing-runs";

export const dynamic = "force-dynamic";

/** POST /api/pairings/{id}/cancel → {status: "cancelled"}; 409 when the run already ended. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await cancelPairingRun(id);
  if (!r.ok) return NextResponse.json({ error: r.error }, { status: r.status });
  return NextResponse.json({ id, status: r.status });
}
