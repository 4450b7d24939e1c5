import { cancelScenarioRun } from "../../../../application/scenario-runs";
import { guardMutation } from "../../../../http/guard";
import { json } from "../../../../http/responses";
import { route, unwrap } from "../../../../http/route";

export const dynamic = "force-dynamic";

/** POST /api/scenarios/{id}/cancel → {status: "cancelled"}; 409 once the run has ended. Same origin only. */
export const POST = route<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  await guardMutation(request);
  const { id } = await params;
  unwrap(await cancelScenarioRun(id));
  return json({ id, status: "cancelled" });
});
