import { NextResponse, type NextRequest } from "next/server";
import { createProposalSchema, firstIssue } from "../../domain/proposals/proposal-request";
import { authorizeMutation } from "../../data/auth";
import { createProposal, listProposals } from "../../data/proposals";

export const dynamic = "force-dynamic";

/** GET /api/proposals → {proposals: [...]} newest first (no snapshot bodies). */
export async function GET() {
  return NextResponse.json({ proposals: await listProposals() });
}

/**
 * POST /api/proposals {from: "run-component"|"run-park"|"sites"|"duplicate", ...} → 201 proposal.
 * Building a cluster is open like pairing runs; duplicating is an edit and needs an editor.
 */
export async function POST(request: NextRequest) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "request body must be JSON" }, { status: 400 });
  }
  const parsed = createProposalSchema.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: firstIssue(parsed.error) }, { status: 400 });
  if (parsed.data.from === "duplicate") {
    const auth = await authorizeMutation(request, "editor");
    if (!auth.ok) return auth.response;
  }
  const created = await createProposal(parsed.data);
  if (!created.ok) return NextResponse.json({ error: created.error }, { status: created.status });
  return NextResponse.json(created.value, { status: 201, headers: { Location: `/api/proposals/${created.value.id}` } });
}
