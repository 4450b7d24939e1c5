import { NextResponse, type NextRequest } from "next/server";
import { parsePlaceQuery, searchPlaces } from "../../domain/place-search";
import { loadPlaces } from "../../application/places";

export const dynamic = "force-dynamic";

/** GET /api/places?q=&limit= → sites, counties, cities and parks matching typed input, best first. */
export async function GET(request: NextRequest) {
  const query = parsePlaceQuery(request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ error: query.error }, { status: 400 });
  const ranked = searchPlaces(await loadPlaces(), query.value.q, query.value.limit);
  // Aliases (a site's county name) only help matching; they are not part of the answer.
  return NextResponse.json({ results: ranked.map(({ aliases: _aliases, ...place }) => place) });
}
