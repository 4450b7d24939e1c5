"use client";
/** Saved scenarios: open, delete, tick two to compare (`/scenarios?compare=a,b`). */
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ClientScenarioRunView } from "../../data/scenario-run-store";
import styles from "../pairing/pairing.module.css";
import { TableScroll } from "../table/table-scroll";

export function ScenarioRunsList({ runs }: { runs: ClientScenarioRunView[] }) {
  const t = useTranslations("scenarios");
  const locale = useLocale();
  const [picked, setPicked] = useState<string[]>([]);
  const [list, setList] = useState(runs);
  async function remove(id: string) {
    const res = await fetch(`/api/scenarios/${id}`, { method: "DELETE" });
    if (res.ok || res.status === 404) {
      setList(list.filter((r) => r.id !== id));
      setPicked(picked.filter((p) => p !== id));
    }
  }
  if (list.length === 0) return <p className={styles.muted}>{t("none")}</p>;
  return (
    <div>
      <TableScroll label={t("runs")}>
        <table className={styles.table} data-testid="scenario-runs">
          <tbody>
            {list.map((r) => (
              <tr key={r.id} data-testid="scenario-run-row" data-id={r.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t("compare")}: ${r.label ?? r.id}`}
                    checked={picked.includes(r.id)}
                    onChange={(e) =>
                      setPicked(e.target.checked ? [...picked, r.id].slice(-2) : picked.filter((p) => p !== r.id))
                    }
                    data-testid="scenario-pick"
                  />
                </td>
                <td>
                  <a href={`/scenarios/${r.id}`}>{r.label ?? `${r.params.fromYear}–${r.params.toYear}`}</a>
                  <small>
                    {r.params.fromYear}–{r.params.toYear} · {t(r.params.utilisation)} ·{" "}
                    {new Date(r.createdAt).toLocaleString(locale === "zh" ? "zh-CN" : "en")}
                  </small>
                </td>
                <td>{t(`status.${r.status}`)}</td>
                <td>
                  {r.canManage && (
                    <button type="button" onClick={() => remove(r.id)} data-testid="scenario-delete">
                      {t("delete")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <a
        className={styles.primary}
        aria-disabled={picked.length !== 2}
        href={picked.length === 2 ? `/scenarios?compare=${picked.join(",")}` : undefined}
        data-testid="scenario-compare"
        style={picked.length === 2 ? {} : { opacity: 0.5, pointerEvents: "none" }}
      >
        {t("compare")}
      </a>
    </div>
  );
}
