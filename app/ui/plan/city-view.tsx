"use client";
/** One city against the plan: progress per material and county, producers, consumers, key projects, runs; XLSX/PDF export. */
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { CityDetail } from "../../data/plan";
import { utilisationTarget } from "../../domain/pairing/plan-targets";
import { materialSpec, type MaterialCode } from "../../domain/materials";
import { materialName, routeLabel } from "../pairing/format";
import { formatRate, formatTonnes } from "./plan-format";
import { ProjectsTable } from "./projects-table";
import styles from "./plan.module.css";
import { localName, toLocale } from "../../domain/locale";
import { TableScroll } from "../table/table-scroll";

export function CityView({ detail, canEdit }: { detail: CityDetail; canEdit: boolean }) {
  const t = useTranslations("plan");
  const locale = useLocale();
  const name = (r: { name: string; nameEn: string | null }) => (locale === "en" && r.nameEn ? r.nameEn : r.name);
  const site = (s: { name: string; nameEn: string }) => localName(s, locale);
  const lang = toLocale(locale);
  const tMap = useTranslations("map") as unknown as Parameters<typeof routeLabel>[1];
  const exportHref = (format: "xlsx" | "pdf" | "docx") =>
    `/api/plan/cities/${detail.city.adcode}/export?format=${format}&lang=${lang}`;
  const materials = Object.entries(detail.progress.materials).filter(
    ([, m]) => m.producedTonnes > 0 || m.utilisationCapacityTonnes > 0 || m.stockpileTonnes > 0,
  );
  const targetText = (code: string) => {
    const x = utilisationTarget(code as MaterialCode);
    if (!x) return "—";
    const r = `${Math.round(x.rate * 100)}%`;
    return x.aggregate ? t("city.bulkTarget", { rate: r }) : `${x.atLeast ? ">" : "≥"}${r}`;
  };
  const solid = (m: string) => materialSpec(m)?.unit === "t";
  return (
    <div className={styles.page}>
      <p>
        <Link href="/plan">← {t("city.back")}</Link>
      </p>
      <h1 data-testid="plan-city-title">{t("city.title", { city: name(detail.city) })}</h1>
      <p className={styles.note}>
        {t("basis.sites")}{" "}
        {detail.provinceRun
          ? t("basis.run", {
              label: detail.provinceRun.label ?? detail.provinceRun.id,
              at: detail.provinceRun.finishedAt.slice(0, 16).replace("T", " "),
            })
          : t("basis.noRun")}
      </p>
      <div className={styles.actions}>
        <a className={styles.button} href={exportHref("xlsx")} download data-testid="plan-export-xlsx">
          {t("city.exportXlsx")}
        </a>
        <a className={styles.button} href={exportHref("pdf")} download data-testid="plan-export-pdf">
          {t("city.exportPdf")}
        </a>
        <a className={styles.button} href={exportHref("docx")} download data-testid="plan-export-docx">
          {t("city.exportDocx")}
        </a>
      </div>

      <section className={styles.panel} aria-labelledby="cp-h">
        <h2 id="cp-h">{t("city.progress")}</h2>
        <TableScroll labelledBy="cp-h">
          <table className={styles.table} data-testid="plan-city-progress">
            <thead>
              <tr>
                <th scope="col">{t("city.material")}</th>
                <th scope="col" className={styles.num}>
                  {t("city.produced")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("city.stockpile")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("city.capacity")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("city.matched")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("city.utilisation")}
                </th>
                <th scope="col">{t("city.target")}</th>
              </tr>
            </thead>
            <tbody>
              {materials.length === 0 && (
                <tr>
                  <td colSpan={7} className={styles.muted}>
                    {t("city.noSites")}
                  </td>
                </tr>
              )}
              {materials.map(([code, m]) => (
                <tr key={code} data-testid={`plan-city-row-${code}`}>
                  <th scope="row">{materialName(code, locale)}</th>
                  <td className={styles.num} data-testid="produced">
                    {formatTonnes(m.producedTonnes, locale)}
                  </td>
                  <td className={styles.num}>{formatTonnes(m.stockpileTonnes, locale)}</td>
                  <td className={styles.num}>{formatTonnes(m.utilisationCapacityTonnes, locale)}</td>
                  <td className={styles.num}>{formatTonnes(m.matchedTonnes, locale)}</td>
                  <td className={styles.num}>{formatRate(m.utilisation, locale)}</td>
                  <td>{targetText(code)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <h3>{t("city.counties")}</h3>
        <ul className={styles.cityList}>
          {detail.counties.map((c) => {
            const produced = Object.values(c.materials).reduce((s, m) => s + m.producedTonnes, 0);
            const matched = Object.values(c.materials).reduce((s, m) => s + m.matchedTonnes, 0);
            return (
              <li key={c.adcode}>
                {name(c)}{" "}
                <span className={styles.muted}>
                  {formatTonnes(produced, locale)} · {formatRate(produced > 0 ? matched / produced : null, locale)}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <div className={styles.grid2}>
        <section className={styles.panel} aria-labelledby="prod-h">
          <h2 id="prod-h">
            {t("city.producers")} ({detail.producers.length})
          </h2>
          <ul data-testid="plan-city-producers">
            {detail.producers.slice(0, 50).map((s) => (
              <li key={s.id}>
                <Link href={`/?site=${encodeURIComponent(s.id)}`}>{site(s)}</Link>{" "}
                <span className={styles.muted}>
                  {s.outputs
                    .filter((o) => solid(o.material))
                    .map((o) => `${materialName(o.material, locale)} ${formatTonnes(o.tonnesPerYear, locale)}`)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
          {detail.producers.length > 50 && (
            <p className={styles.muted}>{t("city.more", { n: detail.producers.length - 50 })}</p>
          )}
        </section>
        <section className={styles.panel} aria-labelledby="cons-h">
          <h2 id="cons-h">
            {t("city.consumers")} ({detail.consumers.length})
          </h2>
          <ul data-testid="plan-city-consumers">
            {detail.consumers.slice(0, 50).map((s) => (
              <li key={s.id}>
                <Link href={`/?site=${encodeURIComponent(s.id)}`}>{site(s)}</Link>{" "}
                <span className={styles.muted}>
                  {s.intakes
                    .filter((i) => solid(i.material))
                    .map(
                      (i) =>
                        `${materialName(i.material, locale)} → ${routeLabel(i.route, tMap)} ${formatTonnes(i.capacityTonnesPerYear, locale)}`,
                    )
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
          {detail.consumers.length > 50 && (
            <p className={styles.muted}>{t("city.more", { n: detail.consumers.length - 50 })}</p>
          )}
        </section>
      </div>

      <section className={styles.panel} aria-labelledby="cproj-h">
        <h2 id="cproj-h">{t("projects.title")}</h2>
        <ProjectsTable projects={detail.projects} canEdit={canEdit} compact />
      </section>

      <section className={styles.panel} aria-labelledby="runs-h">
        <h2 id="runs-h">{t("city.runs")}</h2>
        <ul data-testid="plan-city-runs">
          {detail.provinceRun && (
            <li>
              <Link href={`/pairings/${detail.provinceRun.id}`}>
                {detail.provinceRun.label ?? detail.provinceRun.id}
              </Link>{" "}
              <span className={styles.muted}>{t("city.provinceRun")}</span>
            </li>
          )}
          {detail.runs.map((r) => (
            <li key={r.id}>
              <Link href={`/pairings/${r.id}`}>{r.label ?? r.id}</Link>{" "}
              <span className={styles.muted}>
                {r.scopeName ?? r.scopeKind} · {r.finishedAt.slice(0, 10)}
              </span>
            </li>
          ))}
          {!detail.provinceRun && detail.runs.length === 0 && <li className={styles.muted}>{t("city.noRuns")}</li>}
        </ul>
      </section>
      <p className={styles.muted}>{detail.inclusion.includeSynthetic ? "" : t("city.realOnly")}</p>
    </div>
  );
}
