import { recordOwner } from "../../../../data/owned-records";
import { cancelPairingRun } from "../../../../application/pairing-runs";
import { AppError } from "../../../../http/app-error";
import { guardMutation, requireManage } from "../../../../http/guard";
import { json } from "../../../../http/responses";
import { route, unwrap } from "../../../../http/route";

export const dynamic = "force-dynamic";

/** POST /api/pairings/{id}/cancel → {status: "cancelled"}; 409 once the run ended. Creator or editor, same origin; audited. */
export const POST = route<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const actor = await guardMutation(request);
  const { id } = await params;
  const owner = await recordOwner("pairingRun", id);
  if (!owner) throw new AppError(404, `unknown pairing run: ${id}`);
  requireManage(actor, owner, "pairing run");
  const status = unwrap(await cancelPairingRun(id, actor.label));
  return json({ id, status });
});
