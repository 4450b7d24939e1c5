import { getTranslations } from "next-intl/server";
import { listProposals } from "../data/proposals";
import { loadRegistry } from "../application/registry-cache";
import { ProposalsList } from "../ui/proposals/proposals-list";
import { SiteSelectionBuilder } from "../ui/proposals/site-selection-builder";
import styles from "../ui/proposals/proposals.module.css";

export const dynamic = "force-dynamic";

/** `/proposals`: saved cluster proposals, and building one from selected sites. */
export default async function ProposalsPage() {
  const t = await getTranslations("proposals");
  const [proposals, registry] = await Promise.all([listProposals(), loadRegistry()]);
  const sites = registry.map((s) => ({
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    synthetic: s.provenance.synthetic,
    lng: s.lng,
    lat: s.lat,
    materials: [...new Set([...s.outputs, ...s.intakes].map((x) => x.material))],
  }));
  return (
    <main className={styles.page} data-testid="proposals-page">
      <h1>{t("listTitle")}</h1>
      <p className={styles.muted}>{t("listIntro")}</p>
      <ProposalsList proposals={proposals} />
      <SiteSelectionBuilder sites={sites} />
    </main>
  );
}
