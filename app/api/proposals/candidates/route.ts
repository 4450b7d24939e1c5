import { NextResponse, type NextRequest } from "next/server";
import { clusterCandidates } from "../../../application/proposals";

export const dynamic = "force-dynamic";

/** GET /api/proposals/candidates?runId= → {candidates: [...]}: the run's connected groups and parks to build from. */
export async function GET(request: NextRequest) {
  const runId = request.nextUrl.searchParams.get("runId");
  if (!runId) return NextResponse.json({ error: "runId is required" }, { status: 400 });
  const r = await clusterCandidates(runId);
  if (!r.ok) return NextResponse.json({ error: r.error }, { status: r.status });
  return NextResponse.json({ runId, candidates: r.value });
}
