import { pairingRequestSchema, toPairingRequest } from "../../domain/pairing/request-schema";
import { listPairingRuns } from "../../application/pairing-runs";
import { pairingRunResponse } from "../../data/pairing-runs";
import { startPairingRun } from "../../application/solver-work";
import { readJson } from "../../http/body";
import { actorOf, canManage, guardMutation, ownerForNew } from "../../http/guard";
import { json } from "../../http/responses";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/**
 * POST /api/pairings {scope, materials, params?, label?} → 202 {id}; the run waits for a solver slot. Open to anyone
 * from the app's origin, within the per-client quotas (429 + Retry-After); the creator (session or anonymous creator
 * cookie) may cancel and delete it.
 */
export const POST = route(async (request) => {
  const actor = await guardMutation(request);
  const body = toPairingRequest(await readJson(request, pairingRequestSchema, { invalidStatus: 400 }));
  const id = await startPairingRun(body, actor, await ownerForNew(actor));
  return json({ id }, { status: 202, headers: { Location: `/api/pairings/${id}` } });
});

/** GET /api/pairings → {runs: [...]} newest first, without pairings; `canManage` says whether you may cancel/delete each. */
export const GET = route(async (request) => {
  const [runs, actor] = await Promise.all([listPairingRuns(), actorOf(request)]);
  return json({ runs: runs.map((r) => ({ ...pairingRunResponse(r, null), canManage: canManage(actor, r.owner) })) });
});
