import { recordOwner } from "../../../../data/owned-records";
import { cancelScenarioRun } from "../../../../application/scenario-runs";
import { AppError } from "../../../../http/app-error";
import { guardMutation, requireManage } from "../../../../http/guard";
import { json } from "../../../../http/responses";
import { route, unwrap } from "../../../../http/route";

export const dynamic = "force-dynamic";

/** POST /api/scenarios/{id}/cancel → {status: "cancelled"}; 409 once the run has ended. Creator or editor, same origin; audited. */
export const POST = route<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const actor = await guardMutation(request);
  const { id } = await params;
  const owner = await recordOwner("scenarioRun", id);
  if (!owner) throw new AppError(404, `unknown scenario: ${id}`);
  requireManage(actor, owner, "scenario run");
  unwrap(await cancelScenarioRun(id, actor.label));
  return json({ id, status: "cancelled" });
});
