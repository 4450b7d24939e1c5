import { NextResponse, type NextRequest } from "next/server";
import { parsePointNearby } from "../../../domain/nearby-query";
import { nearbyFromPoint } from "../../../application/nearby";

export const dynamic = "force-dynamic";

/** GET /api/consumers/nearby?lng=&lat=&material=&radiusKm=&limit=|k=[&parkId=] → consumers sorted by distanceKm (README "## Search"). */
export async function GET(request: NextRequest) {
  const params = parsePointNearby(request.nextUrl.searchParams);
  if (!params.ok) return NextResponse.json({ error: params.error }, { status: 400 });
  const body = await nearbyFromPoint(params.value);
  if (!body) return NextResponse.json({ error: `unknown park id "${params.value.parkId}"` }, { status: 404 });
  return NextResponse.json(body);
}
