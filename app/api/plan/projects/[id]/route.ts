import { NextResponse } from "next/server";
import { authorizeMutation } from "../../../../data/auth";
import { updateKeyProject } from "../../../../data/plan";
import { keyProjectPatchSchema } from "../../../../domain/plan/key-project-patch";
import { firstIssue } from "../../../../domain/proposals/proposal-request";

export const dynamic = "force-dynamic";

/** PATCH /api/plan/projects/{id} (editors; audited): status, years, capacity, investment, site, county, notes → { project, changed }. */
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
  const patch = keyProjectPatchSchema.safeParse(body);
  if (!patch.success) return NextResponse.json({ error: firstIssue(patch.error) }, { status: 422 });
  const result = await updateKeyProject(auth.user.username, id, patch.data);
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.status });
  return NextResponse.json({ project: result.project, changed: result.changed });
}
