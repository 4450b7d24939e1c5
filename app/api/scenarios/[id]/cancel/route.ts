import { NextResponse } from "next/server";
import { cancelScenarioRun } from "../../../../data/scenario-runs";

export const dynamic = "force-dynamic";

/** POST /api/scenarios/{id}/cancel → {status: "cancelled"}; 409 once the run has ended. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await cancelScenarioRun(id);
  if (!r.ok) return NextResponse.json({ error: r.error }, { status: r.status });
  return NextResponse.json({ id, status: "cancelled" });
}
