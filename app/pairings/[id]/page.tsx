import { notFound } from "next/navigation";
import { forClient } from "../../data/pairing-runs";
import { packPairings } from "../../domain/pairing/packed-pairings";
import { getPairingRunRows } from "../../application/pairing-runs";
import { canManage, pageActor } from "../../http/guard";
import { RunView } from "../../ui/pairing/run-view";
import { BuildClusterLauncher } from "../../ui/proposals/build-cluster-launcher";

export const dynamic = "force-dynamic";

/** `/pairings/{id}`: one stored run (reopens from its URL). */
export default async function PairingRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Rows without explanations: at 10^4 flows the explanations were most of the page; the panel fetches one on selection.
  const found = await getPairingRunRows(id);
  if (!found) notFound();
  return (
    <main style={{ height: "100%" }}>
      <RunView
        run={forClient(found.run, canManage(await pageActor(), found.run.owner))}
        pairings={packPairings(found.pairings)}
      />
      <BuildClusterLauncher runId={found.run.id} />
    </main>
  );
}
