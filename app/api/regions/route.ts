import { parseRegionQuery } from "../../domain/site-query";
import { loadRegionsGeoJson } from "../../application/regions";
import { json } from "../../http/responses";
import { queryOr400 } from "../../http/query";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/regions?level=province|city|county → boundaries as GeoJSON (WGS84). */
export const GET = route(async (request) => {
  const { level } = queryOr400(parseRegionQuery(new URL(request.url).searchParams));
  return json(await loadRegionsGeoJson(level), {
    // Boundaries only change when the database is re-seeded; let the browser reuse them briefly.
    headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "private, max-age=300" },
  });
});
