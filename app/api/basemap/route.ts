import { NextResponse, type NextRequest } from "next/server";
import { loadBasemap } from "../../application/basemap";

export const dynamic = "force-dynamic";

/** GET /api/basemap → `{ rivers, urbanAreas }`: Natural Earth context layers (GeoJSON, WGS84) drawn under the sites. */
export async function GET(request: NextRequest) {
  const unknown = [...request.nextUrl.searchParams.keys()];
  if (unknown.length > 0)
    return NextResponse.json({ error: `unknown parameter(s): ${unknown.join(", ")}` }, { status: 400 });
  return NextResponse.json(await loadBasemap(), { headers: { "Cache-Control": "private, max-age=3600" } });
}
