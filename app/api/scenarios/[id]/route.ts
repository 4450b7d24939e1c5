import { recordOwner } from "../../../data/owned-records";
import { deleteScenarioRun, getScenarioRun, scenarioRunResponse } from "../../../application/scenario-runs";
import { AppError } from "../../../http/app-error";
import { actorOf, canManage, guardMutation, requireManage } from "../../../http/guard";
import { json } from "../../../http/responses";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/scenarios/{id} → {status, progress, params, years: [...], cities, canManage, …}. */
export const GET = route<Ctx>(async (request, { params }) => {
  const { id } = await params;
  const run = await getScenarioRun(id);
  if (!run) throw new AppError(404, `unknown scenario: ${id}`);
  const actor = await actorOf(request);
  return json({ ...scenarioRunResponse(run, true), canManage: canManage(actor, run.owner) });
});

/** DELETE /api/scenarios/{id} → 204 (cancels the run first if it is still going). Creator or editor, same origin; audited. */
export const DELETE = route<Ctx>(async (request, { params }) => {
  const actor = await guardMutation(request);
  const { id } = await params;
  const owner = await recordOwner("scenarioRun", id);
  if (!owner) throw new AppError(404, `unknown scenario: ${id}`);
  requireManage(actor, owner, "scenario run");
  if (!(await deleteScenarioRun(id, actor.label))) throw new AppError(404, `unknown scenario: ${id}`);
  return new Response(null, { status: 204, headers: { "X-Content-Type-Options": "nosniff" } });
});
