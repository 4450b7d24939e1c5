"use client";
// Plain <a> links (full loads): the page may hold the drawing map, and unmounting BaseMap client-side currently throws.
/** Saved runs: open, delete, and tick two to compare side by side. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { ClientRunListView as ClientRunView } from "../../data/pairing-runs";
import { materialName, pct } from "./format";
import { scopeLabel } from "./params-table";
import styles from "./pairing.module.css";
import { TableScroll } from "../table/table-scroll";

export function RunsList({ runs }: { runs: ClientRunView[] }) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const router = useRouter();
  const sep = locale === "en" ? ", " : "、";
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function remove(id: string) {
    setBusy(id);
    setError(null);
    const res = await fetch(`/api/pairings/${id}`, { method: "DELETE" }).catch(() => null);
    if (!res?.ok)
      setError(((await res?.json().catch(() => null)) as { error?: string } | null)?.error ?? t("runs.deleteFailed"));
    setPicked((p) => p.filter((x) => x !== id));
    setBusy(null);
    router.refresh();
  }
  if (runs.length === 0) return <p data-testid="runs-empty">{t("runs.empty")}</p>;
  return (
    <div>
      <TableScroll label={t("runs.title")}>
        <table className={styles.table} data-testid="runs-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t("compare.title")}</span>
              </th>
              <th scope="col">{t("runs.label")}</th>
              <th scope="col">{t("runs.scope")}</th>
              <th scope="col">{t("runs.materials")}</th>
              <th scope="col">{t("runs.status")}</th>
              <th scope="col">{t("runs.utilisation")}</th>
              <th scope="col">{t("runs.created")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("runs.delete")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => {
              const label = r.label ?? t("runs.untitled");
              return (
                <tr key={r.id} data-testid={`run-row-${r.id}`}>
                  <td>
                    <input
                      type="checkbox"
                      disabled={r.status !== "done"}
                      checked={picked.includes(r.id)}
                      onChange={(e) =>
                        setPicked(e.target.checked ? [...picked.slice(-1), r.id] : picked.filter((x) => x !== r.id))
                      }
                      aria-label={t("runs.compareSelect", { label })}
                      data-testid={`run-compare-${r.id}`}
                    />
                  </td>
                  <td>
                    <a href={`/pairings/${r.id}`} data-testid={`run-open-${r.id}`}>
                      {label}
                    </a>
                  </td>
                  <td>{scopeLabel(r.scope, locale, t)}</td>
                  <td title={r.materials.map((m) => materialName(m, locale)).join(sep)}>
                    {r.materials
                      .slice(0, 3)
                      .map((m) => materialName(m, locale))
                      .join(sep)}
                    {r.materials.length > 3 ? ` +${r.materials.length - 3}` : ""}
                  </td>
                  <td>{t(`status.${r.status}`)}</td>
                  <td>{r.summary ? pct(locale, r.summary.totals.utilisation) : "—"}</td>
                  <td>{new Date(r.createdAt).toLocaleString(locale === "zh" ? "zh-CN" : "en")}</td>
                  <td>
                    {r.canManage && (
                      <button
                        type="button"
                        onClick={() => remove(r.id)}
                        disabled={busy === r.id}
                        aria-label={t("runs.deleteLabel", { label })}
                        data-testid={`run-delete-${r.id}`}
                      >
                        {t("runs.delete")}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {error && (
        <p role="alert" data-testid="runs-error">
          {error}
        </p>
      )}
      <p className={styles.row}>
        <button
          type="button"
          disabled={picked.length !== 2}
          onClick={() => router.push(`/pairings?compare=${picked.join(",")}`)}
          data-testid="runs-compare"
        >
          {t("runs.compare")}
        </button>
        <small>{t("runs.compareHint")}</small>
      </p>
    </div>
  );
}
