"use client";
/** Builds a proposal from sites the planner picks (filter by name, tick ≥ 2); the optimiser pairs them on the server. */
import { useMemo, useState } from "react";
import { useClusterSelection } from "./cluster-selection";
import { useLocale, useTranslations } from "next-intl";
import { hardNavigate } from "./hard-navigate";
import { MAX_SELECTED_SITES } from "../../domain/proposals/proposal-request";
import { AreaPicker } from "./area-picker";
import styles from "./proposals.module.css";
import { localName } from "../../domain/locale";

export interface PickableSite {
  id: string;
  name: string;
  nameEn: string;
  synthetic: boolean;
  lng: number;
  lat: number;
  /** Materials the site produces or takes in (for the draw-an-area material filter). */
  materials: string[];
}

export function SiteSelectionBuilder({ sites }: { sites: PickableSite[] }) {
  const t = useTranslations("proposals");
  const locale = useLocale();
  const [filter, setFilter] = useState("");
  // The pick is shared with the map's site panel ("add to cluster selection").
  const { ids: picked, toggle, set } = useClusterSelection();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Proposal building is an analysis: real, operating sites only unless asked (site-inclusion.ts).
  const [includeSynthetic, setIncludeSynthetic] = useState(false);
  const [includeNonOperating, setIncludeNonOperating] = useState(false);
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    if (!f) return [];
    return sites
      .filter(
        (s) => s.name.toLowerCase().includes(f) || s.nameEn.toLowerCase().includes(f) || s.id.toLowerCase().includes(f),
      )
      .slice(0, 60);
  }, [filter, sites]);
  const byId = useMemo(() => new Map(sites.map((s) => [s.id, s])), [sites]);
  const build = async () => {
    setBusy(true);
    setError(null);
    const res = await fetch("/api/proposals", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ from: "sites", siteIds: picked, includeSynthetic, includeNonOperating }),
    });
    if (!res.ok) {
      setBusy(false);
      setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`);
      return;
    }
    set([]);
    hardNavigate(`/proposals/${((await res.json()) as { id: string }).id}`);
  };
  const label = (s: PickableSite) => localName(s, locale);
  const list = [
    ...picked.map((id) => byId.get(id)).filter((s): s is PickableSite => !!s),
    ...shown.filter((s) => !picked.includes(s.id)),
  ];

  return (
    <section className={styles.panel} aria-labelledby="select-h" data-testid="site-selection-builder">
      <h2 id="select-h">{t("build.fromSites")}</h2>
      <p className={styles.small}>{t("build.selectIntro")}</p>
      <label className={styles.field}>
        {t("build.filter")}
        <input value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="site-filter" />
      </label>
      {list.length > 0 && (
        <div className={styles.selectList}>
          {list.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={picked.includes(s.id)}
                onChange={() => toggle(s.id)}
                data-testid={`pick-${s.id}`}
              />
              {label(s)}{" "}
              {s.synthetic && <span className={`${styles.badge} ${styles.syntheticBadge}`}>{t("synthetic")}</span>}
            </label>
          ))}
        </div>
      )}
      <AreaPicker sites={sites} onAdd={(ids) => set([...new Set([...picked, ...ids])])} />
      <fieldset className={styles.field} data-testid="build-inclusion">
        <label>
          <input
            type="checkbox"
            checked={includeSynthetic}
            onChange={(e) => setIncludeSynthetic(e.target.checked)}
            data-testid="build-include-synthetic"
          />
          {t("build.includeSynthetic")}
        </label>
        <label>
          <input
            type="checkbox"
            checked={includeNonOperating}
            onChange={(e) => setIncludeNonOperating(e.target.checked)}
            data-testid="build-include-non-operating"
          />
          {t("build.includeNonOperating")}
        </label>
        <small className={styles.small}>{t("build.inclusionNote")}</small>
      </fieldset>
      <div className={styles.actions}>
        <span className={styles.small} data-testid="picked-count">
          {t("build.selected", { count: picked.length })}
        </span>
        {picked.length > 0 && (
          <button type="button" className={styles.button} onClick={() => set([])} data-testid="clear-picked">
            {t("build.clear")}
          </button>
        )}
        <button
          type="button"
          className={styles.primary}
          disabled={busy || picked.length < 2 || picked.length > MAX_SELECTED_SITES}
          onClick={build}
          data-testid="build-from-sites"
        >
          {busy ? t("build.building") : t("build.build")}
        </button>
      </div>
      {picked.length > MAX_SELECTED_SITES && (
        <p className={styles.error} role="alert" data-testid="too-many-picked">
          {t("build.tooMany", { max: MAX_SELECTED_SITES, count: picked.length })}
        </p>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
