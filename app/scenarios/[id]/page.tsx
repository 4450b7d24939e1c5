import { notFound } from "next/navigation";
import { getScenarioRun } from "../../application/scenario-runs";
import { ScenarioView } from "../../ui/scenarios/scenario-view";

export const dynamic = "force-dynamic";

/** `/scenarios/{id}`: one stored scenario (reopens from its URL). */
export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const run = await getScenarioRun(id);
  if (!run) notFound();
  return (
    <main style={{ height: "100%" }}>
      <ScenarioView run={run} />
    </main>
  );
}
