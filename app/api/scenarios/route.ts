import { z } from "zod";
import { parseScenarioRequest } from "../../domain/scenarios/scenario-request";
import { createScenarioRun, listScenarioRuns, scenarioRunResponse } from "../../application/scenario-runs";
import { AppError } from "../../http/app-error";
import { readJson } from "../../http/body";
import { guardMutation } from "../../http/guard";
import { json } from "../../http/responses";
import { route, unwrap } from "../../http/route";

export const dynamic = "force-dynamic";

/** POST /api/scenarios {label?, fromYear, toYear, materials?, params?} → 202 {id}; the years run in the background. Same origin only. */
export const POST = route(async (request) => {
  await guardMutation(request);
  const parsed = parseScenarioRequest(
    await readJson(request, z.unknown(), { maxBytes: 256 * 1024, invalidStatus: 400 }),
  );
  if (!parsed.ok) throw new AppError(400, parsed.error);
  const id = unwrap(await createScenarioRun(parsed.value));
  return json({ id }, { status: 202, headers: { Location: `/api/scenarios/${id}` } });
});

/** GET /api/scenarios → {runs: [...]} newest first, without years. */
export const GET = route(async () => {
  const runs = await listScenarioRuns();
  return json({ runs: runs.map((r) => scenarioRunResponse(r, false)) });
});
