import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { authorizeMutation } from "../../../data/auth";
import { loadSiteFeature } from "../../../data/sites-geojson";
import { deleteSite, mergedSiteInput, updateSite } from "../../../data/site-edit";
import { siteInputSchema } from "../../../domain/import/site-input";

export const dynamic = "force-dynamic";

const EDIT_ERRORS = {
  "not-found": { status: 404, message: "site not found" },
  "outside-province": { status: 422, message: "the position is outside Shanxi: check the coordinates or set outsideProvince: true" },
  "unknown-park": { status: 422, message: "parkId does not name a park" },
} as const;

/** GET /api/sites/{id} → the site as a GeoJSON Feature (the properties of GET /api/sites features); 404 if unknown. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const unknown = [...request.nextUrl.searchParams.keys()];
  if (unknown.length > 0) return NextResponse.json({ error: `unknown parameter(s): ${unknown.join(", ")}` }, { status: 400 });
  const { id } = await params;
  const feature = await loadSiteFeature(id);
  if (!feature) return NextResponse.json({ error: `site "${id}" not found` }, { status: 404 });
  return NextResponse.json(feature, { headers: { "Content-Type": "application/geo+json; charset=utf-8" } });
}

/** PATCH /api/sites/{id} (JSON, any subset of the site fields; outputs/intakes replace the lists) → { id, changed }. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorizeMutation(request, "editor");
  if (!auth.ok) return auth.response;
  const { id } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "body must be JSON" }, { status: 400 });
  }
  const patch = z.record(z.string(), z.unknown()).safeParse(body);
  if (!patch.success) return NextResponse.json({ error: "body must be a JSON object of site fields" }, { status: 400 });
  const merged = await mergedSiteInput(id, patch.data);
  if (!merged) return NextResponse.json({ error: EDIT_ERRORS["not-found"].message }, { status: 404 });
  const input = siteInputSchema.safeParse(merged);
  if (!input.success) {
    const issues = input.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return NextResponse.json({ error: issues.map((i) => `${i.path}: ${i.message}`).join("; "), issues }, { status: 422 });
  }
  const result = await updateSite(auth.user.username, id, input.data);
  if ("error" in result) return NextResponse.json({ error: EDIT_ERRORS[result.error].message }, { status: EDIT_ERRORS[result.error].status });
  return NextResponse.json(result);
}

/** DELETE /api/sites/{id} → { id } (the site, its outputs and intakes; audited). */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorizeMutation(request, "editor");
  if (!auth.ok) return auth.response;
  const { id } = await params;
  const result = await deleteSite(auth.user.username, id);
  if ("error" in result) return NextResponse.json({ error: EDIT_ERRORS["not-found"].message }, { status: 404 });
  return NextResponse.json(result);
}
