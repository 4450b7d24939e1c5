"use client";
/** The key-project register as a table; editors change status, years, capacity and investment in place (audited). */
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { KeyProjectView } from "../../data/plan";
import { KEY_PROJECT_STATUSES } from "../../domain/plan/key-projects";
import { materialName, routeLabel } from "../pairing/format";
import styles from "./plan.module.css";
import { localName, localText } from "../../domain/locale";
import { TableScroll } from "../table/table-scroll";

const nf = (locale: string) => new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en", { maximumFractionDigits: 2 });

function EditForm({ p, onDone }: { p: KeyProjectView; onDone: () => void }) {
  const t = useTranslations("plan.projects");
  const router = useRouter();
  const [status, setStatus] = useState<string>(p.status);
  const [startYear, setStartYear] = useState(p.startYear === null ? "" : String(p.startYear));
  const [targetYear, setTargetYear] = useState(String(p.targetYear));
  const [investment, setInvestment] = useState(p.investmentYuan === null ? "" : String(p.investmentYuan));
  const [notes, setNotes] = useState(p.notes ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const num = (v: string) => (v.trim() === "" ? null : Number(v));
    const res = await fetch(`/api/plan/projects/${encodeURIComponent(p.id)}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        status,
        startYear: num(startYear),
        targetYear: Number(targetYear),
        investmentYuan: num(investment),
        notes: notes.trim() || null,
      }),
    });
    setBusy(false);
    if (!res.ok)
      return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`);
    onDone();
    router.refresh();
  };
  return (
    <form onSubmit={submit} className={styles.editForm} data-testid={`project-form-${p.id}`}>
      <label>
        {t("status")}
        <select value={status} onChange={(e) => setStatus(e.target.value)} data-testid="project-status">
          {KEY_PROJECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("startYear")}
        <input
          type="number"
          value={startYear}
          onChange={(e) => setStartYear(e.target.value)}
          data-testid="project-start-year"
        />
      </label>
      <label>
        {t("targetYear")}
        <input type="number" value={targetYear} onChange={(e) => setTargetYear(e.target.value)} required />
      </label>
      <label>
        {t("investment")}
        <input
          type="number"
          min={0}
          value={investment}
          onChange={(e) => setInvestment(e.target.value)}
          data-testid="project-investment"
        />
      </label>
      <label className={styles.wide}>
        {t("notes")}
        <input value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={2000} />
      </label>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div>
        <button type="submit" disabled={busy} data-testid="project-save">
          {t("save")}
        </button>{" "}
        <button type="button" onClick={onDone}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

export function ProjectsTable({
  projects,
  canEdit,
  compact = false,
}: {
  projects: KeyProjectView[];
  canEdit: boolean;
  compact?: boolean;
}) {
  const t = useTranslations("plan.projects");
  const locale = useLocale();
  const tMap = useTranslations("map") as unknown as Parameters<typeof routeLabel>[1];
  const [editing, setEditing] = useState<string | null>(null);
  if (projects.length === 0)
    return (
      <p className={styles.muted} data-testid="plan-projects-empty">
        {t("none")}
      </p>
    );
  return (
    <TableScroll label={t("title")}>
      <table className={styles.table} data-testid="plan-projects">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("material")}</th>
            <th scope="col" className={styles.num}>
              {t("capacity")}
            </th>
            {!compact && <th scope="col">{t("location")}</th>}
            <th scope="col">{t("years")}</th>
            <th scope="col">{t("status")}</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t("edit")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.id} data-testid={`project-${p.id}`}>
              <th scope="row">
                {localName(p, locale)}
                <details className={styles.ref}>
                  <summary>{t("source")}</summary>
                  <p>
                    {p.planRef.section}：“{p.planRef.quote}”
                  </p>
                  {p.notes && <p>{p.notes}</p>}
                  {p.investmentYuan !== null && (
                    <p>
                      {t("investment")}: {nf(locale).format(p.investmentYuan)}
                    </p>
                  )}
                </details>
                {editing === p.id && <EditForm p={p} onDone={() => setEditing(null)} />}
              </th>
              <td>
                {p.material ? materialName(p.material, locale) : "—"}
                {p.route ? ` · ${routeLabel(p.route, tMap)}` : ""}
              </td>
              <td className={styles.num}>
                {p.capacity === null ? "—" : `${nf(locale).format(p.capacity)} ${p.capacityUnit ?? ""}`}
              </td>
              {!compact && <td>{localText(locale, p.locationZh, p.locationEn) ?? t("provinceWide")}</td>}
              <td>
                {p.startYear ?? "?"}–{p.targetYear}
              </td>
              <td data-testid="project-status-cell">{t(`statuses.${p.status}`)}</td>
              {canEdit && (
                <td>
                  <button
                    type="button"
                    onClick={() => setEditing(editing === p.id ? null : p.id)}
                    data-testid={`project-edit-${p.id}`}
                  >
                    {t("edit")}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
