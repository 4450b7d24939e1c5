import { NextResponse, type NextRequest } from "next/server";
import { parseScenarioRequest } from "../../domain/scenarios/scenario-request";
import { createScenarioRun, listScenarioRuns, scenarioRunResponse } from "../../data/scenario-runs";
import { readJsonBody } from "../../data/json-body";

export const dynamic = "force-dynamic";

/** POST /api/scenarios {label?, fromYear, toYear, materials?, params?} → 202 {id}; the years run in the background. */
export async function POST(request: NextRequest) {
  const body = await readJsonBody(request, 256 * 1024);
  if (!body.ok) return NextResponse.json({ error: body.error }, { status: body.status });
  const parsed = parseScenarioRequest(body.value);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400 });
  const created = await createScenarioRun(parsed.value);
  if (!created.ok) return NextResponse.json({ error: created.error }, { status: created.status });
  return NextResponse.json({ id: created.id }, { status: 202, headers: { Location: `/api/scenarios/${created.id}` } });
}

/** GET /api/scenarios → {runs: [...]} newest first, without years. */
export async function GET() {
  const runs = await listScenarioRuns();
  return NextResponse.json({ runs: runs.map((r) => scenarioRunResponse(r, false)) });
}
