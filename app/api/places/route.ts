import { parsePlaceQuery } from "../../domain/place-search";
import { findPlaces } from "../../application/places";
import { json } from "../../http/responses";
import { queryOr400 } from "../../http/query";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/places?q=&limit= → sites, counties, cities and parks matching typed input, best first. */
export const GET = route(async (request) => {
  const query = queryOr400(parsePlaceQuery(new URL(request.url).searchParams));
  const ranked = await findPlaces(query.q, query.limit);
  // Aliases (a site's county name) only help matching; they are not part of the answer.
  return json({ results: ranked.map(({ aliases: _aliases, ...place }) => place) });
});
