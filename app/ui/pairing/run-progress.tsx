"use client";
/**
 * Progress of a queued/running run (polls the API): elapsed time, each material's state, a cancel button. The moment
 * the server reports the end, it says so (and tells the page) while the page reloads the results.
 */
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { RunProgress as Progress, RunStatus } from "../../data/pairing-runs";
import type { MaterialCode } from "../../domain/materials";
import { materialName } from "./format";
import styles from "./pairing.module.css";

const isActive = (s: RunStatus) => s === "queued" || s === "running";

/** "m:ss" (or "h:mm:ss") of a duration in ms. */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

export interface RunProgressProps {
  id: string;
  status: RunStatus;
  progress: Progress;
  /** The run's materials in solving order. */
  materials?: readonly MaterialCode[];
  /** ISO times: elapsed time counts from the start (or from creation while queued). */
  startedAt?: string | null;
  createdAt?: string;
  /** Told when the server reports a new status (the page shows it at once). */
  onStatus?: (status: RunStatus) => void;
  /** Only the run's owner (or an admin) may cancel it. */
  canCancel: boolean;
}

export function RunProgress({
  id,
  status: initialStatus,
  progress: initialProgress,
  materials = [],
  startedAt = null,
  createdAt,
  onStatus,
  canCancel,
}: RunProgressProps) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const router = useRouter();
  const [status, setStatus] = useState(initialStatus);
  const [progress, setProgress] = useState(initialProgress);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [startedIso, setStartedIso] = useState(startedAt);
  const [ended, setEnded] = useState(false);

  // The elapsed-time clock ticks while the run is active.
  useEffect(() => {
    if (!isActive(status)) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [status]);

  useEffect(() => {
    if (status !== "queued" && status !== "running") return;
    let stop = false;
    const timer = setInterval(async () => {
      const res = await fetch(`/api/pairings/${id}`, { cache: "no-store" }).catch(() => null);
      if (!res?.ok || stop) return;
      // Progress only: the full run (with pairings) is loaded by the page once it ends.
      const json = (await res.json()) as { status: RunStatus; progressDetail: Progress; startedAt: string | null };
      setProgress(json.progressDetail);
      setStartedIso(json.startedAt);
      if (json.status !== status) {
        setStatus(json.status);
        onStatus?.(json.status);
        if (!isActive(json.status)) {
          setEnded(true);
          router.refresh();
        }
      }
    }, 1000);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [id, status, router, onStatus]);

  // Ended here: say so until the reloaded page replaces this panel (a large run takes a moment to load).
  if (!isActive(status)) {
    return ended ? (
      <section className={styles.panel} data-testid="run-progress" data-status={status} aria-live="polite">
        <p>
          {t(`status.${status}`)} · {t("run.loadingResults")}
        </p>
      </section>
    ) : null;
  }
  const from = startedIso ?? createdAt;
  const elapsed = from ? clock(now - Date.parse(from)) : null;
  async function cancel() {
    setCancelling(true);
    const res = await fetch(`/api/pairings/${id}/cancel`, { method: "POST" }).catch(() => null);
    if (!res?.ok && res?.status !== 409) {
      setError(((await res?.json().catch(() => null)) as { error?: string } | null)?.error ?? t("run.cancelFailed"));
      setCancelling(false);
      return;
    }
    setStatus("cancelled");
    router.refresh();
  }
  return (
    <section className={styles.panel} data-testid="run-progress" data-status={status} aria-live="polite">
      <h2>
        {t("run.progress")}: {t(`status.${status}`)}
      </h2>
      {elapsed && <p data-testid="run-elapsed">{t("run.elapsed", { time: elapsed })}</p>}
      <progress
        max={progress.materialsTotal || 1}
        value={progress.materialsDone}
        aria-label={t("run.progress")}
        data-testid="run-progress-bar"
      />
      <p>
        {t("run.progressValue", { done: progress.materialsDone, total: progress.materialsTotal })}
        {progress.current ? ` · ${t("run.current", { material: materialName(progress.current, locale) })}` : ""}
      </p>
      {materials.length > 0 && (
        <ol className={styles.materialProgress} data-testid="run-material-progress">
          {materials.map((m, i) => {
            const state = i < progress.materialsDone ? "done" : progress.current === m ? "solving" : "waiting";
            return (
              <li key={m} data-material={m} data-state={state}>
                {materialName(m, locale)}: {t(`run.materialState.${state}`)}
              </li>
            );
          })}
        </ol>
      )}
      {canCancel && (
        <button type="button" onClick={cancel} disabled={cancelling} data-testid="run-cancel">
          {t("run.cancel")}
        </button>
      )}
      {error && (
        <p role="alert" data-testid="run-cancel-error">
          {error}
        </p>
      )}
    </section>
  );
}
