"use client";
/** Progress of a queued/running run (polls the API) with a cancel button; refreshes the page when it ends. */
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { RunProgress as Progress, RunStatus } from "../../data/pairing-runs";
import { materialName } from "./format";
import styles from "./pairing.module.css";

export function RunProgress({ id, status: initialStatus, progress: initialProgress, canCancel }: { id: string; status: RunStatus; progress: Progress; canCancel: boolean }) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const router = useRouter();
  const [status, setStatus] = useState(initialStatus);
  const [progress, setProgress] = useState(initialProgress);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (status !== "queued" && status !== "running") return;
    let stop = false;
    const timer = setInterval(async () => {
      const res = await fetch(`/api/pairings/${id}`, { cache: "no-store" }).catch(() => null);
      if (!res?.ok || stop) return;
      // Progress only: the full run (with pairings) is loaded by the page once it ends.
      const json = (await res.json()) as { status: RunStatus; progressDetail: Progress };
      setProgress(json.progressDetail);
      if (json.status !== status) {
        setStatus(json.status);
        if (json.status !== "queued" && json.status !== "running") router.refresh();
      }
    }, 1000);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [id, status, router]);

  if (status !== "queued" && status !== "running") return null;
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
    <section className={styles.panel} data-testid="run-progress" aria-live="polite">
      <h2>{t("run.progress")}: {t(`status.${status}`)}</h2>
      <progress max={progress.materialsTotal || 1} value={progress.materialsDone} aria-label={t("run.progress")} data-testid="run-progress-bar" />
      <p>
        {t("run.progressValue", { done: progress.materialsDone, total: progress.materialsTotal })}
        {progress.current ? ` · ${t("run.current", { material: materialName(progress.current, locale) })}` : ""}
      </p>
      {canCancel && <button type="button" onClick={cancel} disabled={cancelling} data-testid="run-cancel">{t("run.cancel")}</button>}
      {error && <p role="alert" data-testid="run-cancel-error">{error}</p>}
    </section>
  );
}
