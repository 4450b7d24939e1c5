import { loadBasemap } from "../../application/basemap";
import { json } from "../../http/responses";
import { refuseUnknownParameters } from "../../http/query";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/basemap → `{ rivers, urbanAreas }`: Natural Earth context layers (GeoJSON, WGS84) drawn under the sites. */
export const GET = route(async (request) => {
  refuseUnknownParameters(new URL(request.url).searchParams);
  return json(await loadBasemap(), { headers: { "Cache-Control": "private, max-age=3600" } });
});
