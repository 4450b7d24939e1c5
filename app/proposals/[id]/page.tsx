import { notFound } from "next/navigation";
import { currentUser } from "../../application/auth";
import { getProposal } from "../../data/proposals";
import { hasRole } from "../../auth/roles";
import { proposalQuality } from "../../domain/proposals/quality";
import { ProposalView } from "../../ui/proposals/proposal-view";

export const dynamic = "force-dynamic";

/** `/proposals/{id}`: one proposal (map, quality, downloads, edit). */
export default async function ProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [proposal, user] = await Promise.all([getProposal(id), currentUser()]);
  if (!proposal) notFound();
  return (
    <main>
      <ProposalView
        proposal={proposal}
        quality={proposalQuality(proposal.snapshot)}
        canEdit={!!user && hasRole(user.role, "editor")}
      />
    </main>
  );
}
