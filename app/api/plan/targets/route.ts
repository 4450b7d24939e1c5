import { parseInclusionQuery } from "../../../domain/plan/plan-query";
import { planTargets } from "../../../data/plan";
import { json } from "../../../http/responses";
import { queryOr400 } from "../../../http/query";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/plan/targets[?includeSynthetic=&includeNonOperating=] → { targets: [... current], run }. */
export const GET = route(async (request) => {
  const inclusion = queryOr400(parseInclusionQuery(new URL(request.url).searchParams));
  const { targets, run } = await planTargets(inclusion);
  return json({ targets, run, inclusion });
});
