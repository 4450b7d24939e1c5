import { z } from "zod";
import { parseSitingRequest } from "../../domain/siting/siting-request";
import { runSiting } from "../../application/siting";
import { AppError } from "../../http/app-error";
import { readJson } from "../../http/body";
import { guardMutation } from "../../http/guard";
import { json } from "../../http/responses";
import { route, unwrap } from "../../http/route";

export const dynamic = "force-dynamic";

/** POST /api/siting {material, route, plantCapacityTonnesPerYear, maxPlants, includeSynthetic?, params?} → 200 result. Same origin only. */
export const POST = route(async (request) => {
  await guardMutation(request);
  const parsed = parseSitingRequest(await readJson(request, z.unknown(), { maxBytes: 16 * 1024, invalidStatus: 400 }));
  if (!parsed.ok) throw new AppError(400, parsed.error);
  return json(unwrap(await runSiting(parsed.value, request.signal)));
});
