import { type NextRequest } from "next/server";
import { parseSiteQuery } from "../../domain/site-query";
import { loadSitesGeoJson } from "../../data/sites-geojson";
import { createSite } from "../../data/site-edit";
import { siteInputSchema } from "../../domain/import/site-input";
import { AppError } from "../../http/app-error";
import { readJson } from "../../http/body";
import { guardMutation } from "../../http/guard";
import { json } from "../../http/responses";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/sites?material=&bbox=&role=&status=&includeSynthetic= → GeoJSON FeatureCollection of registry sites (see README "## API"). */
export const GET = route(async (request) => {
  const query = parseSiteQuery((request as NextRequest).nextUrl.searchParams);
  if (!query.ok) throw new AppError(400, query.error);
  return json(await loadSitesGeoJson(query.value), { headers: { "Content-Type": "application/geo+json; charset=utf-8" } });
});

/** POST /api/sites (JSON site with outputs/intakes; editor role; unknown keys are errors) → 201 { id }. County by point-in-polygon. */
export const POST = route(async (request) => {
  const actor = await guardMutation(request, "editor");
  const input = await readJson(request, siteInputSchema);
  const result = await createSite(actor.label, input);
  if ("error" in result) {
    throw new AppError(422, result.error === "outside-province" ? "the position is outside Shanxi: check the coordinates or set outsideProvince: true" : "parkId does not name a park");
  }
  return json(result, { status: 201 });
});
