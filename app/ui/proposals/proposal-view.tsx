"use client";
/** One proposal: header and labels, KPIs, cluster map, quality panel, downloads, edit actions and tables. */
import { useLocale, useTranslations } from "next-intl";
import { materialSpec } from "../../domain/materials";
import { round } from "../../domain/exports/export-tables";
import type { ProposalQuality } from "../../domain/proposals/quality";
import type { Proposal } from "../../domain/proposals/proposal-types";
import { ProposalMap } from "./proposal-map";
import { ProposalLegend } from "./proposal-legend";
import { QualityPanel } from "./quality-panel";
import { ProposalActions } from "./proposal-actions";
import styles from "./proposals.module.css";
import { localName, toLocale } from "../../domain/locale";
import { TABLE_KEYS } from "../../domain/exports/export-tables";
import { routeLabel } from "../pairing/format";
import { TableScroll } from "../table/table-scroll";

const FORMATS = [
  ["pdf", "downloadPdf"],
  ["docx", "downloadDocx"],
  ["xlsx", "downloadXlsx"],
  ["geojson", "downloadGeojson"],
] as const;

export function ProposalView({
  proposal: p,
  quality: q,
  canEdit,
}: {
  proposal: Proposal;
  quality: ProposalQuality;
  canEdit: boolean;
}) {
  const t = useTranslations("proposals");
  const tSheets = useTranslations("exports.sheets");
  const tMap = useTranslations("map") as unknown as Parameters<typeof routeLabel>[1];
  const locale = useLocale();
  const lang = toLocale(locale);
  const nf = (x: number, d = 0) => x.toLocaleString(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: d });
  const s = p.snapshot;
  const siteName = (id: string) => {
    const x = s.sites.find((y) => y.id === id);
    return x ? localName(x, lang) : id;
  };
  const kpis = [
    ["tonnes", q.totals.tonnesPerYear, `t${t("view.perYear")}`],
    ["pairings", q.totals.pairings, ""],
    ["sites", q.totals.sites, ""],
    ["cost", q.totals.costYuan, `${lang === "zh" ? "元" : "yuan"}${t("view.perYear")}`],
    ["co2", q.totals.co2Kg / 1000, `t${t("view.perYear")}`],
  ] as const;

  return (
    <div className={styles.page} data-testid="proposal-view" data-proposal-id={p.id}>
      {/* Plain links: a client-side route change away from the map page trips BaseMap cleanup (see hard-navigate.ts). */}
      <p>
        <a href="/proposals">{t("view.back")}</a>
      </p>
      <h1 data-testid="proposal-name">{localName(p, locale)}</h1>
      <p className={styles.muted}>
        {t(`cycle.${p.cycleLevel}`)}
        {s.park && <> · {localName(s.park, lang)}</>}
        {p.runId && (
          <>
            {" "}
            · {t("view.run")} <a href={`/pairings/${p.runId}`}>{p.runId.slice(0, 8)}</a>
          </>
        )}
        {" · "}
        {t("view.builtAt")} {s.builtAt.slice(0, 10)}
        {s.example && (
          <span className={`${styles.badge} ${styles.exampleBadge}`} data-testid="proposal-example">
            {t("example")}
          </span>
        )}
      </p>
      {p.notes && <p data-testid="proposal-notes">{p.notes}</p>}
      {s.synthetic && (
        <p className={styles.synthetic} data-testid="proposal-synthetic">
          {t("syntheticNote")}
        </p>
      )}
      {s.example && <p className={styles.muted}>{t("exampleNote")}</p>}

      <section className={styles.panel} aria-labelledby="kpi-h">
        <h2 id="kpi-h">{t("view.kpis")}</h2>
        <dl className={styles.kpis}>
          {kpis.map(([key, value, unit]) => (
            <div className={styles.kpi} key={key}>
              <dt>{t(`view.${key}`)}</dt>
              <dd data-testid={`kpi-${key}`} data-value={round(value)}>
                {nf(value, key === "co2" ? 1 : 0)} {unit}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <div className={styles.layout}>
        <div>
          <QualityPanel quality={q} snapshot={s} />
        </div>
        <div>
          <div className={styles.mapBox}>
            <ProposalMap snapshot={s} label={t("view.mapLabel")} locale={locale} />
          </div>
          <ProposalLegend snapshot={s} locale={locale} />
          <section className={styles.panel} aria-labelledby="dl-h" style={{ marginTop: 14 }}>
            <h2 id="dl-h">{t("view.downloads")}</h2>
            <div className={styles.actions}>
              {FORMATS.map(([format, key]) => (
                <a
                  key={format}
                  className={styles.button}
                  href={`/api/proposals/${p.id}/export?format=${format}&lang=${lang}`}
                  download
                  data-testid={`download-${format}`}
                >
                  {t(`view.${key}`)}
                </a>
              ))}
              {/* One CSV per table; the pairings one keeps the plain test id. */}
              {TABLE_KEYS.map((sheet) => (
                <a
                  key={sheet}
                  className={styles.button}
                  href={`/api/proposals/${p.id}/export?format=csv&sheet=${sheet}&lang=${lang}`}
                  download
                  data-testid={sheet === "pairings" ? "download-csv" : `download-csv-${sheet}`}
                >
                  {t("view.downloadCsv", { sheet: tSheets(sheet) })}
                </a>
              ))}
            </div>
            <p className={styles.small}>{t("view.downloadNote")}</p>
          </section>
          <ProposalActions proposal={p} canEdit={canEdit} />
        </div>
      </div>

      <section className={styles.panel} aria-labelledby="pt-h">
        <h2 id="pt-h">{t("view.pairingsTable")}</h2>
        <TableScroll labelledBy="pt-h">
          <table className={styles.table} data-testid="proposal-pairings">
            <thead>
              <tr>
                <th>{t("view.producer")}</th>
                <th>{t("view.consumer")}</th>
                <th>{t("view.materialRoute")}</th>
                <th className={styles.num}>{t("view.quantity")}</th>
                <th className={styles.num}>{t("view.distanceKm")}</th>
                <th>{t("columns.cycleLevel")}</th>
              </tr>
            </thead>
            <tbody>
              {s.pairings.map((x, i) => (
                <tr key={i}>
                  <td>{siteName(x.producerId)}</td>
                  <td>{siteName(x.consumerId)}</td>
                  <td>
                    {(() => {
                      const m = materialSpec(x.material);
                      return m ? localName(m, lang) : x.material;
                    })()}{" "}
                    · {routeLabel(x.route, tMap)}
                  </td>
                  <td className={styles.num}>{nf(x.tonnesPerYear)}</td>
                  <td className={styles.num}>{nf(x.distanceKm, 1)}</td>
                  <td>{t(`cycle.${x.cycleLevel}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className={styles.panel} aria-labelledby="st-h">
        <h2 id="st-h">{t("view.sitesTable")}</h2>
        <ul className={styles.muted} data-testid="proposal-sites">
          {s.sites.map((x) => (
            <li key={x.id} data-site-id={x.id}>
              {localName(x, lang)}{" "}
              <span className={styles.small}>
                ({x.provenance.source}, {x.provenance.precision})
              </span>
              {x.provenance.synthetic && (
                <span className={`${styles.badge} ${styles.syntheticBadge}`}>{t("synthetic")}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
