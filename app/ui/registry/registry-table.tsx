import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RegistrySite } from "../../domain/registry-types";
import type { RegistrySort } from "../../domain/registry-list";
import { materialSpec } from "../../domain/materials";
import { industryName } from "../../domain/industries";
import { localName, type Locale } from "../../domain/locale";
import { TableScroll } from "../table/table-scroll";

function materialName(code: string, locale: Locale): string {
  const m = materialSpec(code);
  return m ? localName(m, locale) : code;
}

export interface RegistryTableSort {
  column: RegistrySort;
  dir: "asc" | "desc";
  /** Link that sorts by a column in a direction (server-side sorting). */
  href: (column: RegistrySort, dir: "asc" | "desc") => string;
}

/** The registry table, one server-sorted page. Names are rendered as React text (escaped), never as HTML. */
export async function RegistryTable({
  sites,
  locale,
  canEdit,
  countyName,
  sort,
}: {
  sites: readonly RegistrySite[];
  locale: "zh" | "en";
  canEdit: boolean;
  countyName: (adcode: string) => string;
  sort: RegistryTableSort;
}) {
  const t = await getTranslations("registry");
  const tStatus = await getTranslations("map.statuses");
  // A sortable header: a link that sorts by the column, or flips the direction when it already sorts by it.
  const header = (column: RegistrySort, label: string) => {
    const active = sort.column === column;
    const firstDir = column === "outputs" || column === "intakes" ? "desc" : "asc";
    const nextDir = active ? (sort.dir === "asc" ? "desc" : "asc") : firstDir;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
        data-testid={`registry-sort-${column}`}
      >
        <Link href={sort.href(column, nextDir)} className="registry-table__sort" title={t("sortBy", { column: label })}>
          {label}
          <span aria-hidden="true">{active ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span>
        </Link>
      </th>
    );
  };
  const nf = new Intl.NumberFormat(locale === "en" ? "en" : "zh-CN", { maximumFractionDigits: 0 });
  if (sites.length === 0)
    return (
      <p className="note" data-testid="registry-empty">
        {t("empty")}
      </p>
    );
  return (
    <TableScroll label={t("title")} className="table-wrap">
      <table className="registry-table" data-testid="registry-table">
        <thead>
          <tr>
            {header("name", t("col.name"))}
            {header("industry", t("col.industry"))}
            {header("county", t("col.county"))}
            {header("outputs", t("col.outputs"))}
            {header("intakes", t("col.intakes"))}
            {header("status", t("col.status"))}
            {header("source", t("col.provenance"))}
            <th scope="col">
              <span className="visually-hidden">{t("col.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr key={s.id} data-testid="registry-row" data-site-id={s.id}>
              <td>
                <Link href={`/?site=${encodeURIComponent(s.id)}`} data-testid="registry-site-name">
                  {localName(s, locale)}
                </Link>
                <div className="muted small">{locale === "en" ? s.name : s.nameEn}</div>
              </td>
              <td className="registry-table__nowrap" title={s.industry}>
                {localName(industryName(s.industry), locale)}
              </td>
              <td className="registry-table__nowrap">
                {s.countyAdcode ? countyName(s.countyAdcode) : "—"}
                {s.outsideProvince && (
                  <span className="badge" data-testid="badge-outside">
                    {t("outsideProvinceBadge")}
                  </span>
                )}
              </td>
              <td>
                {s.outputs.map((o) => `${materialName(o.material, locale)} ${nf.format(o.tonnesPerYear)}`).join("; ") ||
                  "—"}
              </td>
              <td>
                {s.intakes
                  .map((i) => `${materialName(i.material, locale)} ${nf.format(i.capacityTonnesPerYear)}`)
                  .join("; ") || "—"}
              </td>
              <td className="registry-table__nowrap" data-testid="registry-status" data-status={s.status}>
                {s.status === "operating" ? (
                  tStatus(s.status)
                ) : (
                  <span className="badge badge--status">{tStatus(s.status)}</span>
                )}
              </td>
              <td>
                {s.provenance.synthetic && (
                  <span className="badge badge--synthetic" data-testid="badge-synthetic">
                    {t("syntheticBadge")}
                  </span>
                )}{" "}
                <span className="muted small registry-table__source" title={s.provenance.source}>
                  {s.provenance.source}
                </span>
              </td>
              <td>
                {canEdit && (
                  <Link
                    href={`/registry/sites/${encodeURIComponent(s.id)}`}
                    className="text-button"
                    data-testid="registry-edit"
                  >
                    {t("edit")}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
