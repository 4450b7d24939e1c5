"use client";
/** Edit name/notes/cycle level, duplicate and delete (editors only; others get a sign-in link instead of dead buttons). */
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { PROPOSAL_CYCLE_LEVELS, type Proposal } from "../../domain/proposals/proposal-types";
import { hardNavigate } from "./hard-navigate";
import styles from "./proposals.module.css";
import { localName } from "../../domain/locale";

async function errorOf(res: Response): Promise<string> {
  try {
    return ((await res.json()) as { error?: string }).error ?? `HTTP ${res.status}`;
  } catch {
    return `HTTP ${res.status}`;
  }
}

export function ProposalActions({ proposal, canEdit }: { proposal: Proposal; canEdit: boolean }) {
  const t = useTranslations("proposals");
  const locale = useLocale();
  const router = useRouter();
  // The name as this reader sees it; sent only when edited, so saving notes keeps a two-language name.
  const shownName = localName(proposal, locale);
  const [name, setName] = useState(shownName);
  const [notes, setNotes] = useState(proposal.notes ?? "");
  const [cycleLevel, setCycleLevel] = useState(proposal.cycleLevel);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (!canEdit) {
    return (
      <section className={styles.panel} aria-labelledby="edit-h">
        <h2 id="edit-h">{t("view.edit")}</h2>
        <p className={styles.muted} data-testid="sign-in-to-edit">
          {t("view.signInToEdit")} <Link href={`/login?next=/proposals/${proposal.id}`}>{t("view.signIn")}</Link>
        </p>
      </section>
    );
  }

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const res = await fetch(`/api/proposals/${proposal.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        ...(name !== shownName ? { name } : {}),
        notes: notes.trim() ? notes : null,
        cycleLevel,
      }),
    });
    setBusy(false);
    if (!res.ok) return setMessage({ ok: false, text: t("errors.save", { error: await errorOf(res) }) });
    setMessage({ ok: true, text: t("view.saved") });
    router.refresh();
  };
  const duplicate = async () => {
    setBusy(true);
    const res = await fetch("/api/proposals", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ from: "duplicate", proposalId: proposal.id }),
    });
    setBusy(false);
    if (!res.ok) return setMessage({ ok: false, text: t("errors.save", { error: await errorOf(res) }) });
    hardNavigate(`/proposals/${((await res.json()) as { id: string }).id}`);
  };
  const remove = async () => {
    if (!window.confirm(t("view.confirmDelete", { name: shownName }))) return;
    setBusy(true);
    const res = await fetch(`/api/proposals/${proposal.id}`, { method: "DELETE" });
    setBusy(false);
    if (!res.ok) return setMessage({ ok: false, text: t("errors.save", { error: await errorOf(res) }) });
    hardNavigate("/proposals");
  };

  return (
    <section className={styles.panel} aria-labelledby="edit-h">
      <h2 id="edit-h">{t("view.edit")}</h2>
      <form onSubmit={save} data-testid="proposal-edit-form">
        <label className={styles.field}>
          {t("view.name")}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={200}
            data-testid="proposal-name-input"
          />
        </label>
        <label className={styles.field}>
          {t("view.notes")}
          <textarea
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            rows={3}
            maxLength={5000}
            data-testid="proposal-notes-input"
          />
        </label>
        <label className={styles.field}>
          {t("view.cycleLevel")}
          <select
            value={cycleLevel}
            onChange={(e) => setCycleLevel(e.target.value as typeof cycleLevel)}
            data-testid="proposal-cycle-select"
          >
            {PROPOSAL_CYCLE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`cycle.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <div className={styles.actions}>
          <button type="submit" className={styles.primary} disabled={busy} data-testid="proposal-save">
            {t("view.save")}
          </button>
          <button
            type="button"
            className={styles.button}
            onClick={duplicate}
            disabled={busy}
            data-testid="proposal-duplicate"
          >
            {t("view.duplicate")}
          </button>
          <button
            type="button"
            className={styles.danger}
            onClick={remove}
            disabled={busy}
            data-testid="proposal-delete"
          >
            {t("view.delete")}
          </button>
        </div>
        {message && (
          <p className={message.ok ? styles.ok : styles.error} role="status" data-testid="proposal-edit-message">
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
