import { NextResponse, type NextRequest } from "next/server";
import { parseRegionQuery } from "../../domain/site-query";
import { loadRegionsGeoJson } from "../../application/regions";

export const dynamic = "force-dynamic";

/** GET /api/regions?level=province|city|county → boundaries as GeoJSON (WGS84). */
export async function GET(request: NextRequest) {
  const query = parseRegionQuery(request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ error: query.error }, { status: 400 });
  return NextResponse.json(await loadRegionsGeoJson(query.value.level), {
    // Boundaries only change when the database is re-seeded; let the browser reuse them briefly.
    headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "private, max-age=300" },
  });
}
