import { NextResponse, type NextRequest } from "next/server";
import { parseSiteQuery } from "../../domain/site-query";
import { loadSitesGeoJson } from "../../data/sites-geojson";

export const dynamic = "force-dynamic";

/** GET /api/sites?material=&bbox=&role= → GeoJSON FeatureCollection of registry sites (see README "## API"). */
export async function GET(request: NextRequest) {
  const query = parseSiteQuery(request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ error: query.error }, { status: 400 });
  return NextResponse.json(await loadSitesGeoJson(query.value), {
    headers: { "Content-Type": "application/geo+json; charset=utf-8" },
  });
}
