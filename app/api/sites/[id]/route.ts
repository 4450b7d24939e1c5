import { refuseUnknownParameters } from "../../../http/query";
import { z } from "zod";
import { deleteSite, mergedSiteInput, updateSite } from "../../../data/site-edit";
import { loadSiteFeature } from "../../../application/sites-geojson";
import { SITE_FIELD_KEYS, siteInputSchema } from "../../../domain/import/site-input";
import { AppError } from "../../../http/app-error";
import { parseWith, readJson } from "../../../http/body";
import { guardMutation } from "../../../http/guard";
import { json } from "../../../http/responses";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

const EDIT_ERRORS = {
  "not-found": { status: 404, message: "site not found" },
  "outside-province": {
    status: 422,
    message: "the position is outside Shanxi: check the coordinates or set outsideProvince: true",
  },
  "unknown-park": { status: 422, message: "parkId does not name a park" },
} as const;

/** PATCH body: any subset of the site fields (unknown keys are errors) plus the `version` the edit started from. */
const patchSchema = z
  .object({
    ...Object.fromEntries(SITE_FIELD_KEYS.map((k) => [k, z.unknown()])),
    version: z.number({ error: "version must be the site's version number (GET /api/sites/{id})" }).int().positive(),
  })
  .partial()
  .strict();

/** GET /api/sites/{id} → the site as the same GeoJSON Feature as in /api/sites, with `properties.version`. */
export const GET = route<Ctx>(async (_request, { params }) => {
  refuseUnknownParameters(new URL(_request.url).searchParams);
  const { id } = await params;
  const feature = await loadSiteFeature(id);
  if (!feature) throw new AppError(404, `unknown site id "${id}"`);
  return json(feature, {
    headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "no-store" },
  });
});

/**
 * PATCH /api/sites/{id} (JSON, any subset of the site fields; outputs/intakes replace the lists; `version` = the
 * version you edited) → { id, changed, version }; 409 { currentVersion, yourVersion } when someone saved in between.
 */
export const PATCH = route<Ctx>(async (request, { params }) => {
  const actor = await guardMutation(request, "editor");
  const { id } = await params;
  const { version, ...patch } = await readJson(request, patchSchema);
  const merged = await mergedSiteInput(id, patch);
  if (!merged) throw new AppError(404, EDIT_ERRORS["not-found"].message);
  const input = parseWith(siteInputSchema, merged);
  const result = await updateSite(actor.label, id, input, version);
  if ("error" in result) {
    if (result.error === "conflict") {
      throw new AppError(
        409,
        `the site was changed by someone else: it is at version ${result.currentVersion}, your edit started from version ${result.yourVersion}; reload it and apply your change again`,
        undefined,
        undefined,
        { currentVersion: result.currentVersion, yourVersion: result.yourVersion },
      );
    }
    throw new AppError(EDIT_ERRORS[result.error].status, EDIT_ERRORS[result.error].message);
  }
  return json(result);
});

/** DELETE /api/sites/{id} → { id } (the site, its outputs and intakes; audited). */
export const DELETE = route<Ctx>(async (request, { params }) => {
  const actor = await guardMutation(request, "editor");
  const { id } = await params;
  const result = await deleteSite(actor.label, id);
  if ("error" in result) throw new AppError(404, EDIT_ERRORS["not-found"].message);
  return json(result);
});
