import { getLocale, getTranslations } from "next-intl/server";
import type { AuditEntry } from "../../data/audit";
import { auditChanges, changeText, type AuditChange, type AuditValue } from "../../domain/audit-diff";
import { materialSpec } from "../../domain/materials";
import { localName } from "../../domain/locale";
import { TableScroll } from "../table/table-scroll";

/** One site's audit history: who, when, what, and each changed field "before → after" in the UI language. */
export async function AuditLog({ entries }: { entries: readonly AuditEntry[] }) {
  const t = await getTranslations("registry");
  const tMap = await getTranslations("map");
  const locale = await getLocale();
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Asia/Shanghai",
  });
  const numberFormat = new Intl.NumberFormat(locale === "en" ? "en-US" : "zh-CN", { maximumFractionDigits: 6 });
  const label = (key: string) => (t.has(`auditFields.${key}`) ? t(`auditFields.${key}` as "auditFields.name") : key);
  const material = (code: string) => {
    const m = materialSpec(code);
    return m ? localName(m, locale) : code;
  };
  const mapLabel = (group: "routes" | "statuses" | "industries", key: string) =>
    tMap.has(`${group}.${key}`) ? tMap(`${group}.${key}` as "routes.cement") : key;
  /** A value as a planner reads it: grouped numbers, yes/no, names for codes. */
  const value = (c: AuditChange) => (v: AuditValue) => {
    if (v === null) return "—";
    if (typeof v === "boolean") return v ? t("auditYes") : t("auditNo");
    if (typeof v === "number") return numberFormat.format(v);
    if (c.field === "status") return mapLabel("statuses", v);
    if (c.field === "industry") return mapLabel("industries", v);
    if (c.field === "precision" && t.has(`precision.${v}`)) return t(`precision.${v}` as "precision.exact");
    return v;
  };
  const fieldText = (c: AuditChange) => {
    if (!c.item) return label(c.field);
    const flow = [label(c.field), material(c.item.material), c.item.route ? mapLabel("routes", c.item.route) : null]
      .filter(Boolean)
      .join(" · ");
    return `${flow} · ${c.property ? label(c.property) : label("whole")}`;
  };
  return (
    <section className="registry-section" aria-labelledby="audit-title" data-testid="audit-log">
      <h2 id="audit-title">{t("auditTitle")}</h2>
      {entries.length === 0 && <p className="muted">{t("auditEmpty")}</p>}
      <ol className="audit-list">
        {entries.map((e) => (
          <li key={e.id} data-testid="audit-entry" data-action={e.action}>
            <p>
              <strong>{t(`auditAction.${e.action}` as "auditAction.update")}</strong> ·{" "}
              <span data-testid="audit-user">{e.username}</span> ·{" "}
              <time dateTime={e.at}>{fmt.format(new Date(e.at))}</time>
            </p>
            <TableScroll labelledBy="audit-title">
              <table className="registry-table registry-table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t("auditField")}</th>
                    <th scope="col">{t("auditChange")}</th>
                  </tr>
                </thead>
                <tbody>
                  {auditChanges(e.before, e.after).map((c) => (
                    <tr
                      key={`${c.field}|${c.item?.material ?? ""}|${c.item?.route ?? ""}|${c.property ?? ""}`}
                      data-testid="audit-change"
                      data-field={c.field}
                      data-property={c.property ?? undefined}
                      data-material={c.item?.material}
                    >
                      <td>{fieldText(c)}</td>
                      <td className="small">{changeText(c, value(c))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </li>
        ))}
      </ol>
    </section>
  );
}
