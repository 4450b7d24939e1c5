import { NextResponse, type NextRequest } from "next/server";
import { parseSiteNearby } from "../../../../domain/nearby-query";
import { nearbyFromSite } from "../../../../application/nearby";

export const dynamic = "force-dynamic";

/** GET /api/sites/{id}/consumers?material=&radiusKm=&limit=|k= → consumers around the site, sorted by distanceKm. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const query = parseSiteNearby(request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ error: query.error }, { status: 400 });
  const { id } = await params;
  const body = await nearbyFromSite(id, query.value);
  if (!body) return NextResponse.json({ error: `unknown site id "${id}"` }, { status: 404 });
  return NextResponse.json(body);
}
