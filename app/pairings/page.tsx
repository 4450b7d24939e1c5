import { getTranslations } from "next-intl/server";
import { forClient, loadScopeOptions } from "../data/pairing-runs";
import { listPairingRuns } from "../application/pairing-runs";
import { canManage, pageActor } from "../http/guard";
import { RunForm } from "../ui/pairing/run-form";
import { RunsList } from "../ui/pairing/runs-list";
import { CompareView } from "../ui/pairing/compare-view";
import styles from "../ui/pairing/pairing.module.css";

export const dynamic = "force-dynamic";

/** `/pairings`: saved runs (open, delete, compare with `?compare=a,b`) and the new-run form. */
export default async function PairingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("pairing");
  const { compare } = await searchParams;
  const [stored, options, actor] = await Promise.all([listPairingRuns(), loadScopeOptions(), pageActor()]);
  const runs = stored.map((r) => forClient(r, canManage(actor, r.owner)));
  const compareIds = typeof compare === "string" ? compare.split(",").filter(Boolean) : [];
  const compared = compareIds.map((id) => runs.find((r) => r.id === id)).filter((r) => r !== undefined);
  return (
    <main className={styles.page} data-testid="pairings-page">
      <h1>{t("title")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      {compareIds.length > 0 &&
        (compared.length >= 2 ? <CompareView runs={compared} /> : <p role="alert">{t("compare.notFound")}</p>)}
      <div className={styles.columns}>
        <section aria-labelledby="runs-title">
          <h2 id="runs-title">{t("runs.title")}</h2>
          <RunsList runs={runs} />
        </section>
        <RunForm options={options} />
      </div>
    </main>
  );
}
