import { NextResponse } from "next/server";
import { deletePairingRun, getPairingRun, pairingRunResponse } from "../../../data/pairing-runs";

export const dynamic = "force-dynamic";

/** GET /api/pairings/{id} → {id, status, progress, params, pairings, summary, …}. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await getPairingRun(id);
  if (!found) return NextResponse.json({ error: `unknown pairing run: ${id}` }, { status: 404 });
  return NextResponse.json(pairingRunResponse(found.run, found.pairings));
}

/** DELETE /api/pairings/{id} → 204 (cancels the run first if it is still going). */
export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await deletePairingRun(id))) return NextResponse.json({ error: `unknown pairing run: ${id}` }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}
