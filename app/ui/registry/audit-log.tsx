import { getLocale, getTranslations } from "next-intl/server";
import type { AuditEntry } from "../../data/audit";

function show(value: unknown): string {
  return value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);
}

/** Fields that differ between before and after, with both values (flows shown as JSON). */
function diff(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== "changed");
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: show(b[k]), after: show(a[k]) }));
}

/** One site's audit history: who, when, what, before → after. Values are rendered as text. */
export async function AuditLog({ entries }: { entries: readonly AuditEntry[] }) {
  const t = await getTranslations("registry");
  const locale = await getLocale();
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Asia/Shanghai",
  });
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
            <table className="registry-table registry-table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("auditField")}</th>
                  <th scope="col">{t("auditBefore")}</th>
                  <th scope="col">{t("auditAfter")}</th>
                </tr>
              </thead>
              <tbody>
                {diff(e.before, e.after).map((d) => (
                  <tr key={d.field} data-testid="audit-change" data-field={d.field}>
                    <td className="mono">{d.field}</td>
                    <td className="mono small">{d.before}</td>
                    <td className="mono small">{d.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        ))}
      </ol>
    </section>
  );
}
