import { z } from "zod";
import { parseScenarioRequest } from "../../domain/scenarios/scenario-request";
import { listScenarioRuns, scenarioRunResponse } from "../../application/scenario-runs";
import { startScenarioRun } from "../../application/solver-work";
import { AppError } from "../../http/app-error";
import { readJson } from "../../http/body";
import { actorOf, canManage, guardMutation, ownerForNew } from "../../http/guard";
import { json } from "../../http/responses";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/**
 * POST /api/scenarios {label?, fromYear, toYear, materials?, params?} → 202 {id}; the run waits for a solver slot.
 * Open to anyone from the app's origin, within the per-client quotas (429 + Retry-After); the creator (session or
 * anonymous creator cookie) may cancel and delete it.
 */
export const POST = route(async (request) => {
  const actor = await guardMutation(request);
  const parsed = parseScenarioRequest(
    await readJson(request, z.unknown(), { maxBytes: 256 * 1024, invalidStatus: 400 }),
  );
  if (!parsed.ok) throw new AppError(400, parsed.error);
  const id = await startScenarioRun(parsed.value, actor, await ownerForNew(actor));
  return json({ id }, { status: 202, headers: { Location: `/api/scenarios/${id}` } });
});

/** GET /api/scenarios → {runs: [...]} newest first, without years; `canManage` says whether you may cancel/delete each. */
export const GET = route(async (request) => {
  const [runs, actor] = await Promise.all([listScenarioRuns(), actorOf(request)]);
  return json({ runs: runs.map((r) => ({ ...scenarioRunResponse(r, false), canManage: canManage(actor, r.owner) })) });
});
