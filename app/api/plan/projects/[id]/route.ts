import { updateKeyProject } from "../../../../data/plan";
import { keyProjectPatchSchema } from "../../../../domain/plan/key-project-patch";
import { readJson } from "../../../../http/body";
import { guardMutation } from "../../../../http/guard";
import { json } from "../../../../http/responses";
import { route, unwrap } from "../../../../http/route";

export const dynamic = "force-dynamic";

/** PATCH /api/plan/projects/{id} (editors; same origin; audited): status, years, capacity, investment, site, county, notes → { project, changed }. */
export const PATCH = route<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const actor = await guardMutation(request, "editor");
  const { id } = await params;
  const patch = await readJson(request, keyProjectPatchSchema);
  const { project, changed } = unwrap(await updateKeyProject(actor.label, id, patch));
  return json({ project, changed });
});
