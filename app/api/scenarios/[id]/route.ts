import { NextResponse } from "next/server";
import { deleteScenarioRun, getScenarioRun, scenarioRunResponse } from "../../../data/scenario-runs";

export const dynamic = "force-dynamic";

/** GET /api/scenarios/{id} → {status, progress, params, years: [...], cities, …}. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const run = await getScenarioRun(id);
  if (!run) return NextResponse.json({ error: `unknown scenario: ${id}` }, { status: 404 });
  return NextResponse.json(scenarioRunResponse(run, true));
}

/** DELETE /api/scenarios/{id} → 204 (cancels the run first if it is still going). */
export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await deleteScenarioRun(id))) return NextResponse.json({ error: `unknown scenario: ${id}` }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}
