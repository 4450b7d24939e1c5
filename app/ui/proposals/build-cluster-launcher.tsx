"use client";
/**
 * "Build cluster proposal" on a pairing run page: lists the run's connected groups and parks
 * (GET /api/proposals/candidates) and builds a proposal from the chosen one, then opens it.
 */
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { hardNavigate } from "./hard-navigate";
import styles from "./proposals.module.css";
import type { ClusterCandidate } from "../../domain/proposals/proposal-types";
import { localText } from "../../domain/locale";

type Candidate = ClusterCandidate;

export function BuildClusterLauncher({ runId }: { runId: string }) {
  const t = useTranslations("proposals");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    // Fetched on every opening until it succeeds: the run may have finished since the page loaded.
    if (!open || candidates) return;
    fetch(`/api/proposals/candidates?runId=${encodeURIComponent(runId)}`)
      .then(async (r) => {
        if (r.ok) setCandidates(((await r.json()) as { candidates: Candidate[] }).candidates);
        else setError(r.status === 409 ? t("build.notReady") : ((await r.json()) as { error: string }).error);
      })
      .catch((e: Error) => setError(e.message));
  }, [open, candidates, runId, t]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const build = async (c: Candidate) => {
    setBusy(`${c.kind}:${c.key}`);
    setError(null);
    const body =
      c.kind === "component"
        ? { from: "run-component", runId, componentIndex: Number(c.key) }
        : { from: "run-park", runId, parkId: c.key };
    const res = await fetch("/api/proposals", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      setBusy(null);
      setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`);
      return;
    }
    hardNavigate(`/proposals/${((await res.json()) as { id: string }).id}`);
  };

  const nf = (x: number) => x.toLocaleString(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 0 });
  const row = (c: Candidate, i: number) => (
    <li
      key={`${c.kind}:${c.key}`}
      className={styles.candidate}
      data-testid={`cluster-candidate-${c.kind}`}
      data-key={c.key}
    >
      <div>
        <strong>{localText(locale, c.label, c.labelEn)}</strong>
        <span className={styles.small}>
          {t("build.summary", { sites: c.siteCount, pairings: c.pairingCount, tonnes: nf(c.tonnesPerYear) })}
        </span>
      </div>
      <button
        type="button"
        className={styles.primary}
        onClick={() => build(c)}
        disabled={busy !== null}
        data-testid={`build-${c.kind}-${i}`}
      >
        {busy === `${c.kind}:${c.key}` ? t("build.building") : t("build.build")}
      </button>
    </li>
  );
  const comps = candidates?.filter((c) => c.kind === "component") ?? [];
  const parks = candidates?.filter((c) => c.kind === "park") ?? [];

  return (
    <>
      <button
        type="button"
        className={`${styles.primary} ${styles.launcher}`}
        onClick={() => {
          setError(null);
          setOpen((o) => !o);
        }}
        aria-expanded={open}
        aria-controls="build-cluster-panel"
        data-testid="build-cluster-open"
      >
        {t("build.launcher")}
      </button>
      {open && (
        <section
          id="build-cluster-panel"
          className={styles.launcherPanel}
          role="dialog"
          aria-labelledby="build-cluster-h"
          data-testid="build-cluster-panel"
        >
          <div className={styles.actions}>
            <h2 id="build-cluster-h" style={{ flex: 1 }}>
              {t("build.title")}
            </h2>
            <button type="button" className={styles.button} onClick={() => setOpen(false)}>
              {t("build.close")}
            </button>
          </div>
          <p className={styles.small}>{t("build.intro")}</p>
          {error && (
            <p className={styles.error} role="alert">
              {error}
            </p>
          )}
          {candidates && candidates.length === 0 && <p className={styles.muted}>{t("build.none")}</p>}
          {comps.length > 0 && (
            <>
              <h3>{t("build.components")}</h3>
              <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>{comps.slice(0, 30).map(row)}</ul>
            </>
          )}
          {parks.length > 0 && (
            <>
              <h3>{t("build.parks")}</h3>
              <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>{parks.map(row)}</ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
