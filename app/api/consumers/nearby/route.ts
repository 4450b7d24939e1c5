import { parsePointNearby } from "../../../domain/nearby-query";
import { nearbyFromPoint } from "../../../application/nearby";
import { AppError } from "../../../http/app-error";
import { json } from "../../../http/responses";
import { queryOr400 } from "../../../http/query";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/consumers/nearby?lng=&lat=&material=&radiusKm=&limit=|k=[&parkId=] → consumers sorted by distanceKm (README "## Search"). */
export const GET = route(async (request) => {
  const query = queryOr400(parsePointNearby(new URL(request.url).searchParams));
  const body = await nearbyFromPoint(query);
  if (!body) throw new AppError(404, `unknown park id "${query.parkId}"`);
  return json(body);
});
