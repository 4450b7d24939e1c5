import { refuseUnknownParameters } from "../../../../../http/query";
import { z } from "zod";
import { getPairing } from "../../../../../application/pairing-runs";
import { AppError } from "../../../../../http/app-error";
import { parseWith } from "../../../../../http/body";
import { json } from "../../../../../http/responses";
import { route } from "../../../../../http/route";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string; pairingId: string }> };

const pairingIdSchema = z.object({
  pairingId: z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, { error: "pairingId must be a positive whole number" })
    .transform(Number),
});

/** GET /api/pairings/{id}/pairings/{pairingId} → one pairing of the run with its explanation (the run page's panel). */
export const GET = route<Ctx>(async (request, { params }) => {
  refuseUnknownParameters(new URL(request.url).searchParams);
  const { id, pairingId: raw } = await params;
  const { pairingId } = parseWith(pairingIdSchema, { pairingId: raw }, 400);
  const pairing = await getPairing(id, pairingId);
  if (!pairing) throw new AppError(404, `unknown pairing ${pairingId} in pairing run ${id}`);
  return json(pairing);
});
