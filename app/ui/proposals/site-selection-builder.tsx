"use client";
/**
 * Builds a proposal from sites the planner picks (search by name, tick ≥ 2); the optimiser pairs them on the server.
 * The page carries no registry: names are searched on the server (GET /api/site-summaries?q=) and the picked sites'
 * labels are fetched by id, so the page stays small at 10^5 sites.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { useClusterSelection } from "./cluster-selection";
import { useLocale, useTranslations } from "next-intl";
import { hardNavigate } from "./hard-navigate";
import { MAX_SELECTED_SITES } from "../../domain/proposals/proposal-request";
import { AreaPicker } from "./area-picker";
import styles from "./proposals.module.css";
import { localName } from "../../domain/locale";
import { siteSummariesUrl, type SiteSummary } from "../../domain/site-summary";

/** Most matches listed under the search box. */
const SHOWN_MATCHES = 60;
/** Wait after the last keystroke before searching. */
const SEARCH_DEBOUNCE_MS = 200;

type Search =
  | { state: "idle" }
  | { state: "loading"; q: string }
  | { state: "done"; q: string; sites: SiteSummary[]; numberMatched: number }
  | { state: "error"; q: string; error: string };

async function fetchSummaries(url: string, signal: AbortSignal) {
  const res = await fetch(url, { signal });
  const body = (await res.json().catch(() => ({}))) as {
    sites?: SiteSummary[];
    numberMatched?: number;
    error?: string;
  };
  if (!res.ok || !body.sites) throw new Error(body.error ?? `HTTP ${res.status}`);
  return { sites: body.sites, numberMatched: body.numberMatched ?? body.sites.length };
}

export function SiteSelectionBuilder() {
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
  const [search, setSearch] = useState<Search>({ state: "idle" });
  // Labels of sites seen in answers (search results, picked ids), so picked sites keep their names.
  const [known, setKnown] = useState<ReadonlyMap<string, SiteSummary>>(new Map());
  const remember = useCallback(
    (sites: readonly SiteSummary[]) =>
      setKnown((m) => {
        const next = new Map(m);
        for (const s of sites) next.set(s.id, s);
        return next;
      }),
    [],
  );
  const q = filter.trim();
  useEffect(() => {
    if (!q) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setSearch({ state: "loading", q });
      fetchSummaries(siteSummariesUrl({ q, limit: SHOWN_MATCHES }), abort.signal).then(
        (r) => {
          remember(r.sites);
          setSearch({ state: "done", q, ...r });
        },
        (e: unknown) => {
          if (!abort.signal.aborted)
            setSearch({ state: "error", q, error: e instanceof Error ? e.message : String(e) });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [q, remember]);
  // Picked sites named by id only (picked on the map, or on an earlier visit): fetch their labels once.
  const missing = useMemo(() => picked.filter((id) => !known.has(id)), [picked, known]);
  const missingKey = missing.join(",");
  useEffect(() => {
    if (!missingKey) return;
    const abort = new AbortController();
    fetchSummaries(siteSummariesUrl({ ids: missingKey, limit: MAX_SELECTED_SITES }), abort.signal).then(
      (r) => remember(r.sites),
      () => undefined, // unknown ids stay listed by id
    );
    return () => abort.abort();
  }, [missingKey, remember]);
  const shown = q && search.state === "done" && search.q === q ? search.sites : [];
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
  const label = (s: { name: string; nameEn: string }) => localName(s, locale);
  const list: { id: string; site: SiteSummary | undefined }[] = [
    ...picked.map((id) => ({ id, site: known.get(id) })),
    ...shown.filter((s) => !picked.includes(s.id)).map((s) => ({ id: s.id, site: s })),
  ];

  return (
    <section className={styles.panel} aria-labelledby="select-h" data-testid="site-selection-builder">
      <h2 id="select-h">{t("build.fromSites")}</h2>
      <p className={styles.small}>{t("build.selectIntro")}</p>
      <label className={styles.field}>
        {t("build.filter")}
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-testid="site-filter"
          aria-describedby="site-search-status"
        />
      </label>
      <p
        id="site-search-status"
        className={styles.small}
        aria-live="polite"
        data-testid="site-search-status"
        data-state={q ? search.state : "idle"}
        data-q={"q" in search ? search.q : ""}
      >
        {q && search.state === "loading" && t("build.searching")}
        {q && search.state === "done" && search.q === q && search.numberMatched === 0 && t("build.noMatch", { q })}
        {q &&
          search.state === "done" &&
          search.q === q &&
          search.numberMatched > search.sites.length &&
          t("build.moreMatches", { count: search.numberMatched, shown: search.sites.length })}
      </p>
      {q && search.state === "error" && (
        <p className={styles.error} role="alert">
          {t("build.searchError", { error: search.error })}
        </p>
      )}
      {list.length > 0 && (
        <div className={styles.selectList}>
          {list.map(({ id, site }) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={picked.includes(id)}
                onChange={() => toggle(id)}
                data-testid={`pick-${id}`}
              />
              {site ? label(site) : id}{" "}
              {site?.synthetic && <span className={`${styles.badge} ${styles.syntheticBadge}`}>{t("synthetic")}</span>}
            </label>
          ))}
        </div>
      )}
      <AreaPicker onAdd={(ids) => set([...new Set([...picked, ...ids])])} />
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
