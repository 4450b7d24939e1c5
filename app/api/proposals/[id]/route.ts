import { recordOwner } from "../../../data/owned-records";
import { updateProposalSchema } from "../../../domain/proposals/proposal-request";
import { proposalQuality } from "../../../domain/proposals/quality";
import { deleteProposal, getProposal, updateProposal } from "../../../data/proposals";
import { AppError } from "../../../http/app-error";
import { readJson } from "../../../http/body";
import { guardMutation, requireManage } from "../../../http/guard";
import { json } from "../../../http/responses";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/proposals/{id} → the proposal with its snapshot and computed quality metrics. */
export const GET = route<Ctx>(async (_request, { params }) => {
  const { id } = await params;
  const p = await getProposal(id);
  if (!p) throw new AppError(404, `unknown proposal: ${id}`);
  return json({ ...p, quality: proposalQuality(p.snapshot) });
});

async function managed(request: Request, id: string) {
  const actor = await guardMutation(request);
  const owner = await recordOwner("proposal", id);
  if (!owner) throw new AppError(404, `unknown proposal: ${id}`);
  requireManage(actor, owner, "proposal");
  return actor;
}

/** PATCH /api/proposals/{id} {name?, notes?, cycleLevel?}: its creator or an editor, same origin; audited. */
export const PATCH = route<Ctx>(async (request, { params }) => {
  const { id } = await params;
  const actor = await managed(request, id);
  const patch = await readJson(request, updateProposalSchema, { invalidStatus: 400 });
  const p = await updateProposal(id, patch, actor.label);
  if (!p) throw new AppError(404, `unknown proposal: ${id}`);
  return json(p);
});

/** DELETE /api/proposals/{id} → 204: its creator or an editor, same origin; audited. */
export const DELETE = route<Ctx>(async (request, { params }) => {
  const { id } = await params;
  const actor = await managed(request, id);
  if (!(await deleteProposal(id, actor.label))) throw new AppError(404, `unknown proposal: ${id}`);
  return new Response(null, { status: 204, headers: { "X-Content-Type-Options": "nosniff" } });
});
