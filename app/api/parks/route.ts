import { loadParksGeoJson } from "../../data/parks";
import { json } from "../../http/responses";
import { refuseUnknownParameters } from "../../http/query";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/parks → parks as GeoJSON polygons (stored outline, else a circle of radiusKm around the centre). */
export const GET = route(async (request) => {
  refuseUnknownParameters(new URL(request.url).searchParams);
  return json(await loadParksGeoJson(), { headers: { "Content-Type": "application/geo+json; charset=utf-8" } });
});
