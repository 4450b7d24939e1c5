import { NextResponse, type NextRequest } from "next/server";
import { parsePlaceQuery, searchPlaces } from "../../domain/place-search";
import { loadPlaces } from "../../data/places";

export const dynamic = "force-dynamic";

/** GET /api/places?q=&limit= → sites, counties, cities and parks matching typed input, best first. */
export async function GET(request: NextRequest) {
  const query = parsePlaceQuery(request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ error: query.error }, { status: 400 });
  return NextResponse.json({ results: searchPlaces(await loadPlaces(), query.value.q, query.value.limit) });
}
