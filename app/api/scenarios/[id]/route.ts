import { deleteScenarioRun, getScenarioRun, scenarioRunResponse } from "../../../application/scenario-runs";
import { AppError } from "../../../http/app-error";
import { guardMutation } from "../../../http/guard";
import { json } from "../../../http/responses";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/scenarios/{id} → {status, progress, params, years: [...], cities, …}. */
export const GET = route<Ctx>(async (_request, { params }) => {
  const { id } = await params;
  const run = await getScenarioRun(id);
  if (!run) throw new AppError(404, `unknown scenario: ${id}`);
  return json(scenarioRunResponse(run, true));
});

/** DELETE /api/scenarios/{id} → 204 (cancels the run first if it is still going). Same origin only. */
export const DELETE = route<Ctx>(async (request, { params }) => {
  await guardMutation(request);
  const { id } = await params;
  if (!(await deleteScenarioRun(id))) throw new AppError(404, `unknown scenario: ${id}`);
  return new Response(null, { status: 204, headers: { "X-Content-Type-Options": "nosniff" } });
});
