import { notFound } from "next/navigation";
import { getPairingRun } from "../../data/pairing-runs";
import { RunView } from "../../ui/pairing/run-view";
import { BuildClusterLauncher } from "../../ui/proposals/build-cluster-launcher";

export const dynamic = "force-dynamic";

/** `/pairings/{id}`: one stored run (reopens from its URL). */
export default async function PairingRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await getPairingRun(id);
  if (!found) notFound();
  return (
    <main style={{ height: "100%" }}>
      <RunView run={found.run} pairings={found.pairings} />
      <BuildClusterLauncher runId={found.run.id} />
    </main>
  );
}
