import { NextResponse, type NextRequest } from "next/server";
import { parseSiteQuery } from "../../domain/site-query";
import { loadSitesGeoJson } from "../../data/sites-geojson";
import { authorizeMutation } from "../../data/auth";
import { createSite } from "../../data/site-edit";
import { siteInputSchema } from "../../domain/import/site-input";

export const dynamic = "force-dynamic";

/** GET /api/sites?material=&bbox=&role=&status=&includeSynthetic= → GeoJSON FeatureCollection of registry sites (see README "## API"). */
export async function GET(request: NextRequest) {
  const query = parseSiteQuery(request.nextUrl.searchParams);
  if (!query.ok) return NextResponse.json({ error: query.error }, { status: 400 });
  return NextResponse.json(await loadSitesGeoJson(query.value), {
    headers: { "Content-Type": "application/geo+json; charset=utf-8" },
  });
}

/** POST /api/sites (JSON site with outputs/intakes; editor role) → 201 { id }. County by point-in-polygon. */
export async function POST(request: Request) {
  const auth = await authorizeMutation(request, "editor");
  if (!auth.ok) return auth.response;
  const body = await request.json().catch(() => undefined);
  const input = siteInputSchema.safeParse(body);
  if (!input.success) {
    const issues = input.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return NextResponse.json({ error: issues.map((i) => `${i.path}: ${i.message}`).join("; "), issues }, { status: 422 });
  }
  const result = await createSite(auth.user.username, input.data);
  if ("error" in result) {
    const message = result.error === "outside-province" ? "the position is outside Shanxi: check the coordinates or set outsideProvince: true" : "parkId does not name a park";
    return NextResponse.json({ error: message }, { status: 422 });
  }
  return NextResponse.json(result, { status: 201 });
}
