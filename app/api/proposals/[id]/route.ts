import { NextResponse, type NextRequest } from "next/server";
import { firstIssue, updateProposalSchema } from "../../../domain/proposals/proposal-request";
import { proposalQuality } from "../../../domain/proposals/quality";
import { authorizeMutation } from "../../../data/auth";
import { deleteProposal, getProposal, updateProposal } from "../../../data/proposals";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/proposals/{id} → the proposal with its snapshot and computed quality metrics. */
export async function GET(_request: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const p = await getProposal(id);
  if (!p) return NextResponse.json({ error: `unknown proposal: ${id}` }, { status: 404 });
  return NextResponse.json({ ...p, quality: proposalQuality(p.snapshot) });
}

/** PATCH /api/proposals/{id} {name?, notes?, cycleLevel?} (editors). */
export async function PATCH(request: NextRequest, { params }: Ctx) {
  const auth = await authorizeMutation(request, "editor");
  if (!auth.ok) return auth.response;
  const { id } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "request body must be JSON" }, { status: 400 });
  }
  const parsed = updateProposalSchema.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: firstIssue(parsed.error) }, { status: 400 });
  const p = await updateProposal(id, parsed.data);
  if (!p) return NextResponse.json({ error: `unknown proposal: ${id}` }, { status: 404 });
  return NextResponse.json(p);
}

/** DELETE /api/proposals/{id} (editors) → 204. */
export async function DELETE(request: NextRequest, { params }: Ctx) {
  const auth = await authorizeMutation(request, "editor");
  if (!auth.ok) return auth.response;
  const { id } = await params;
  if (!(await deleteProposal(id))) return NextResponse.json({ error: `unknown proposal: ${id}` }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}
