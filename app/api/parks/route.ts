import { NextResponse, type NextRequest } from "next/server";
import { loadParksGeoJson } from "../../data/parks";

export const dynamic = "force-dynamic";

/** GET /api/parks → parks as GeoJSON polygons (stored outline, else a circle of radiusKm around the centre). */
export async function GET(request: NextRequest) {
  const unknown = [...request.nextUrl.searchParams.keys()];
  if (unknown.length > 0)
    return NextResponse.json({ error: `unknown parameter(s): ${unknown.join(", ")}` }, { status: 400 });
  return NextResponse.json(await loadParksGeoJson(), {
    headers: { "Content-Type": "application/geo+json; charset=utf-8" },
  });
}
