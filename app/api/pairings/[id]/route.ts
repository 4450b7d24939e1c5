import { recordOwner } from "../../../data/owned-records";
import { deletePairingRun, getPairingRun } from "../../../application/pairing-runs";
import { pairingRunResponse } from "../../../data/pairing-runs";
import { AppError } from "../../../http/app-error";
import { actorOf, canManage, guardMutation, requireManage } from "../../../http/guard";
import { json } from "../../../http/responses";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/pairings/{id} → {id, status, progress, params, pairings, summary, canManage, …}. */
export const GET = route<Ctx>(async (request, { params }) => {
  const { id } = await params;
  const found = await getPairingRun(id);
  if (!found) throw new AppError(404, `unknown pairing run: ${id}`);
  const actor = await actorOf(request);
  return json({ ...pairingRunResponse(found.run, found.pairings), canManage: canManage(actor, found.run.owner) });
});

/** DELETE /api/pairings/{id} → 204 (cancels the run first if it is still going). Creator or editor, same origin; audited. */
export const DELETE = route<Ctx>(async (request, { params }) => {
  const actor = await guardMutation(request);
  const { id } = await params;
  const owner = await recordOwner("pairingRun", id);
  if (!owner) throw new AppError(404, `unknown pairing run: ${id}`);
  requireManage(actor, owner, "pairing run");
  if (!(await deletePairingRun(id, actor.label))) throw new AppError(404, `unknown pairing run: ${id}`);
  return new Response(null, { status: 204, headers: { "X-Content-Type-Options": "nosniff" } });
});
