import { getTranslations } from "next-intl/server";
import { getScenarioRun, listScenarioRuns, scenarioForClient } from "../application/scenario-runs";
import { canManage, pageActor } from "../http/guard";
import { ScenarioForm } from "../ui/scenarios/scenario-form";
import { ScenarioRunsList } from "../ui/scenarios/scenario-runs-list";
import { ScenarioCompare } from "../ui/scenarios/scenario-compare";
import { parseAdditionsParam } from "../ui/siting/additions-param";
import styles from "../ui/pairing/pairing.module.css";

export const dynamic = "force-dynamic";

/** `/scenarios`: saved scenarios (open, delete, compare with `?compare=a,b`) and the new-scenario form (`?add=` prefills additions). */
export default async function ScenariosPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("scenarios");
  const { compare, add, syn } = await searchParams;
  const [stored, actor] = await Promise.all([listScenarioRuns(), pageActor()]);
  const runs = stored.map((r) => scenarioForClient(r, canManage(actor, r.owner)));
  const ids = typeof compare === "string" ? compare.split(",").filter(Boolean).slice(0, 2) : [];
  const compared = (await Promise.all(ids.map((id) => getScenarioRun(id))))
    .filter((r) => r !== null)
    .map((r) => scenarioForClient(r, canManage(actor, r.owner)));
  return (
    <main className={styles.page} data-testid="scenarios-page">
      <h1>{t("title")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      {ids.length > 0 &&
        (compared.length === 2 ? (
          <ScenarioCompare a={compared[0]} b={compared[1]} />
        ) : (
          <p role="alert">{t("notFound")}</p>
        ))}
      <div className={styles.columns}>
        <section aria-labelledby="scenario-runs-title">
          <h2 id="scenario-runs-title">{t("runs")}</h2>
          <ScenarioRunsList runs={runs} />
        </section>
        <ScenarioForm
          initialAdditions={parseAdditionsParam(typeof add === "string" ? add : null)}
          initialSynthetic={syn === "1"}
        />
      </div>
    </main>
  );
}
