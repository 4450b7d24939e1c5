import { notFound } from "next/navigation";
import { getScenarioRun, scenarioForClient } from "../../application/scenario-runs";
import { canManage, pageActor } from "../../http/guard";
import { ScenarioView } from "../../ui/scenarios/scenario-view";

export const dynamic = "force-dynamic";

/** `/scenarios/{id}`: one stored scenario (reopens from its URL). */
export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [run, actor] = await Promise.all([getScenarioRun(id), pageActor()]);
  if (!run) notFound();
  return (
    <main style={{ height: "100%" }}>
      <ScenarioView run={scenarioForClient(run, canManage(actor, run.owner))} />
    </main>
  );
}
