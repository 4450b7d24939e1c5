import { z } from "zod";
import { parseSitingRequest } from "../../domain/siting/siting-request";
import { runSiting } from "../../application/solver-work";
import { AppError } from "../../http/app-error";
import { readJson } from "../../http/body";
import { guardMutation } from "../../http/guard";
import { json } from "../../http/responses";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/**
 * POST /api/siting {material, route, plantCapacityTonnesPerYear, maxPlants, includeSynthetic?, params?} → 200 result.
 * Same origin only; within the per-client siting quotas (429 + Retry-After), in the shared solver queue (503 when full).
 */
export const POST = route(async (request) => {
  const actor = await guardMutation(request);
  const parsed = parseSitingRequest(await readJson(request, z.unknown(), { maxBytes: 16 * 1024, invalidStatus: 400 }));
  if (!parsed.ok) throw new AppError(400, parsed.error);
  return json(await runSiting(parsed.value, actor, request.signal));
});
