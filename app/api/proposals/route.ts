import { createProposalSchema } from "../../domain/proposals/proposal-request";
import { listProposals } from "../../data/proposals";
import { buildProposal } from "../../application/solver-work";
import { readJson } from "../../http/body";
import { guardMutation, ownerForNew } from "../../http/guard";
import { hasRole } from "../../auth/roles";
import { AppError } from "../../http/app-error";
import { json } from "../../http/responses";
import { route } from "../../http/route";

export const dynamic = "force-dynamic";

/** GET /api/proposals → {proposals: [...]} newest first (no snapshot bodies). */
export const GET = route(async () => json({ proposals: await listProposals() }));

/**
 * POST /api/proposals {from: "run-component"|"run-park"|"sites"|"duplicate", ...} → 201 proposal.
 * Building a cluster is open like pairing runs (same origin, per-client quotas, solver queue); duplicating is an edit
 * and needs an editor.
 */
export const POST = route(async (request) => {
  const actor = await guardMutation(request);
  const body = await readJson(request, createProposalSchema, { invalidStatus: 400 });
  if (body.from === "duplicate") {
    if (!actor.user) throw new AppError(401, "sign in required");
    if (!hasRole(actor.user.role, "editor"))
      throw new AppError(403, `requires role editor; you are ${actor.user.role}`);
  }
  const created = await buildProposal(body, actor, await ownerForNew(actor));
  return json(created, { status: 201, headers: { Location: `/api/proposals/${created.id}` } });
});
