import { NextResponse, type NextRequest } from "next/server";
import { parsePairingRequest } from "../../domain/pairing/request-schema";
import { createPairingRun, listPairingRuns, pairingRunResponse } from "../../data/pairing-runs";

export const dynamic = "force-dynamic";

/** POST /api/pairings {scope, materials, params?, label?} → 202 {id}; the run solves in a worker thread. */
export async function POST(request: NextRequest) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "request body must be JSON" }, { status: 400 });
  }
  const parsed = parsePairingRequest(body);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400 });
  const created = await createPairingRun(parsed.value);
  if (!created.ok) return NextResponse.json({ error: created.error }, { status: created.status });
  return NextResponse.json({ id: created.id }, { status: 202, headers: { Location: `/api/pairings/${created.id}` } });
}

/** GET /api/pairings → {runs: [...]} newest first, without pairings. */
export async function GET() {
  const runs = await listPairingRuns();
  return NextResponse.json({ runs: runs.map((r) => pairingRunResponse(r, null)) });
}
