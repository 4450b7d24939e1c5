import { getTranslations } from "next-intl/server";
import { listProposals } from "../data/proposals";
import { ProposalsList } from "../ui/proposals/proposals-list";
import { SiteSelectionBuilder } from "../ui/proposals/site-selection-builder";
import styles from "../ui/proposals/proposals.module.css";

export const dynamic = "force-dynamic";

/** `/proposals`: saved cluster proposals, and building one from selected sites. */
export default async function ProposalsPage() {
  const t = await getTranslations("proposals");
  // No registry here: the site picker searches the server (GET /api/site-summaries) as the planner types or draws.
  const proposals = await listProposals();
  return (
    <main className={styles.page} data-testid="proposals-page">
      <h1>{t("listTitle")}</h1>
      <p className={styles.muted}>{t("listIntro")}</p>
      <ProposalsList proposals={proposals} />
      <SiteSelectionBuilder />
    </main>
  );
}
