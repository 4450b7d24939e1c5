import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StoredSite } from "../../domain/import/stored-site";
import { materialSpec } from "../../domain/materials";
import { industryName } from "../../domain/industries";
import { localName, type Locale } from "../../domain/locale";

function materialName(code: string, locale: Locale): string {
  const m = materialSpec(code);
  return m ? localName(m, locale) : code;
}

/** The registry table. Names are rendered as React text (escaped), never as HTML. */
export async function RegistryTable({ sites, locale, canEdit, countyName }: { sites: readonly StoredSite[]; locale: Locale; canEdit: boolean; countyName: (adcode: string) => string }) {
  const t = await getTranslations("registry");
  const tStatus = await getTranslations("map.statuses");
  const nf = new Intl.NumberFormat(locale === "en" ? "en" : "zh-CN", { maximumFractionDigits: 0 });
  if (sites.length === 0) return <p className="note" data-testid="registry-empty">{t("empty")}</p>;
  return (
    <div className="table-wrap">
      <table className="registry-table" data-testid="registry-table">
        <thead>
          <tr>
            <th scope="col">{t("col.name")}</th>
            <th scope="col">{t("col.industry")}</th>
            <th scope="col">{t("col.county")}</th>
            <th scope="col">{t("col.outputs")}</th>
            <th scope="col">{t("col.intakes")}</th>
            <th scope="col">{t("col.status")}</th>
            <th scope="col">{t("col.provenance")}</th>
            <th scope="col"><span className="visually-hidden">{t("col.actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr key={s.id} data-testid="registry-row" data-site-id={s.id}>
              <td>
                <Link href={`/?site=${encodeURIComponent(s.id)}`} data-testid="registry-site-name">{localName(s, locale)}</Link>
                <div className="muted small">{locale === "en" ? s.name : s.nameEn}</div>
              </td>
              <td className="registry-table__nowrap" title={s.industry}>{localName(industryName(s.industry), locale)}</td>
              <td className="registry-table__nowrap">
                {s.countyAdcode ? countyName(s.countyAdcode) : "—"}
                {s.outsideProvince && <span className="badge" data-testid="badge-outside">{t("outsideProvinceBadge")}</span>}
              </td>
              <td>{s.outputs.map((o) => `${materialName(o.material, locale)} ${nf.format(o.tonnesPerYear)}`).join("; ") || "—"}</td>
              <td>{s.intakes.map((i) => `${materialName(i.material, locale)} ${nf.format(i.capacityTonnesPerYear)}`).join("; ") || "—"}</td>
              <td className="registry-table__nowrap" data-testid="registry-status" data-status={s.status}>
                {s.status === "operating" ? tStatus(s.status) : <span className="badge badge--status">{tStatus(s.status)}</span>}
              </td>
              <td>
                {s.synthetic && <span className="badge badge--synthetic" data-testid="badge-synthetic">{t("syntheticBadge")}</span>}{" "}
                <span className="muted small registry-table__source" title={s.source}>{s.source}</span>
              </td>
              <td>
                {canEdit && (
                  <Link href={`/registry/sites/${encodeURIComponent(s.id)}`} className="text-button" data-testid="registry-edit">
                    {t("edit")}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
