import { parseProgressQuery } from "../../../domain/plan/plan-query";
import { planProgress } from "../../../data/plan";
import { AppError } from "../../../http/app-error";
import { json } from "../../../http/responses";
import { queryOr400 } from "../../../http/query";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/plan/progress?level=province|city|county[&adcode=][&includeSynthetic=][&includeNonOperating=] → { regions, run, level, inclusion }. */
export const GET = route(async (request) => {
  const { level, adcode, includeSynthetic, includeNonOperating } = queryOr400(
    parseProgressQuery(new URL(request.url).searchParams),
  );
  const result = await planProgress(level, { includeSynthetic, includeNonOperating });
  const regions = adcode ? result.regions.filter((r) => r.adcode === adcode) : result.regions;
  if (adcode && regions.length === 0) throw new AppError(404, `no ${level} with adcode ${adcode}`);
  return json({ level, regions, run: result.run, inclusion: result.inclusion });
});
