import { clusterCandidates } from "../../../application/proposals";
import { AppError } from "../../../http/app-error";
import { json } from "../../../http/responses";
import { route, unwrap } from "../../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/proposals/candidates?runId= → {candidates: [...]}: the run's connected groups and parks to build from. */
export const GET = route(async (request) => {
  const runId = new URL(request.url).searchParams.get("runId");
  if (!runId) throw new AppError(400, "runId is required");
  const candidates = unwrap(await clusterCandidates(runId));
  return json({ runId, candidates });
});
