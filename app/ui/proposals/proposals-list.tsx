/** Table of saved proposals (server component). */
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ProposalSummary } from "../../domain/proposals/proposal-types";
import styles from "./proposals.module.css";
import { localName } from "../../domain/locale";
import { TableScroll } from "../table/table-scroll";

export async function ProposalsList({ proposals }: { proposals: ProposalSummary[] }) {
  const t = await getTranslations("proposals");
  const locale = await getLocale();
  const nf = (x: number) => x.toLocaleString(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 0 });
  if (!proposals.length)
    return (
      <p className={styles.muted} data-testid="proposals-empty">
        {t("empty")}
      </p>
    );
  return (
    <TableScroll label={t("listTitle")}>
      <table className={styles.table} data-testid="proposals-table">
        <thead>
          <tr>
            <th>{t("columns.name")}</th>
            <th className={styles.num}>{t("columns.sites")}</th>
            <th className={styles.num}>{t("columns.pairings")}</th>
            <th className={styles.num}>{t("columns.tonnes")}</th>
            <th>{t("columns.chertow")}</th>
            <th>{t("columns.cycleLevel")}</th>
            <th>{t("columns.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((p) => (
            <tr key={p.id} data-testid="proposal-row" data-proposal-id={p.id}>
              <td>
                <Link href={`/proposals/${p.id}`}>{localName(p, locale)}</Link>
                {p.example && <span className={`${styles.badge} ${styles.exampleBadge}`}>{t("example")}</span>}
                {p.synthetic && <span className={`${styles.badge} ${styles.syntheticBadge}`}>{t("synthetic")}</span>}
              </td>
              <td className={styles.num}>{p.siteCount}</td>
              <td className={styles.num}>{p.pairingCount}</td>
              <td className={styles.num}>{nf(p.tonnesPerYear)}</td>
              <td>
                <span className={`${styles.badge} ${p.passesChertow ? styles.pass : styles.fail}`}>
                  {p.passesChertow ? t("pass") : t("fail")}
                </span>
              </td>
              <td>{t(`cycle.${p.cycleLevel}`)}</td>
              <td>{p.updatedAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
