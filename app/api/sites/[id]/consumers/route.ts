import { parseSiteNearby } from "../../../../domain/nearby-query";
import { nearbyFromSite } from "../../../../application/nearby";
import { AppError } from "../../../../http/app-error";
import { json } from "../../../../http/responses";
import { queryOr400 } from "../../../../http/query";
import { route } from "../../../../http/route";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/sites/{id}/consumers?material=&radiusKm=&limit=|k= → consumers around the site, sorted by distanceKm. */
export const GET = route<Ctx>(async (request, { params }) => {
  const query = queryOr400(parseSiteNearby(new URL(request.url).searchParams));
  const { id } = await params;
  const body = await nearbyFromSite(id, query);
  if (!body) throw new AppError(404, `unknown site id "${id}"`);
  return json(body);
});
