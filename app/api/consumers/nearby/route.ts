import { NextResponse, type NextRequest } from "next/server";
import { parsePointNearby } from "../../../domain/nearby-query";
import { nearbyFromPoint } from "../../../data/nearby";

export const dynamic = "force-dynamic";

/** GET /api/consumers/nearby?lng=&lat=&material=&radiusKm=&limit=|k= → consumers sorted by distanceKm (README "## Search"). */
export async function GET(request: NextRequest) {
  const params = parsePointNearby(request.nextUrl.searchParams);
  if (!params.ok) return NextResponse.json({ error: params.error }, { status: 400 });
  return NextResponse.json(await nearbyFromPoint(params.value));
}
