"use client";
/** New pairing run: scope (province / city / county / park / drawn polygon), materials and editable parameters. */
import { useReducer, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { initialRunForm, runFormReducer, runRequestBody } from "./run-form-state";
import { RunScopeFields, type ScopeOptionsProps } from "./run-scope-fields";
import { RunMaterialFields } from "./run-material-fields";
import { RunParamEditor } from "./run-param-editor";
import styles from "./pairing.module.css";

export type { ScopeOptionsProps };

export function RunForm({ options }: { options: ScopeOptionsProps }) {
  const t = useTranslations("pairing");
  const [state, dispatch] = useReducer(runFormReducer, undefined, initialRunForm);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const request = runRequestBody(state);
    if ("missing" in request) return dispatch({ type: "fail", error: { key: request.missing } });
    dispatch({ type: "submitting" });
    try {
      const res = await fetch("/api/pairings", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(request.body),
      });
      const json = (await res.json()) as { id?: string; error?: string };
      if (res.status !== 202 || !json.id) throw new Error(json.error ?? `HTTP ${res.status}`);
      // A full navigation: unmounting the drawing map client-side currently throws in BaseMap's control cleanup.
      window.location.assign(`/pairings/${json.id}`);
    } catch (err) {
      dispatch({ type: "fail", error: { text: err instanceof Error ? err.message : String(err) } });
    }
  }

  const { error } = state;
  return (
    <form className={styles.form} onSubmit={submit} data-testid="pairing-form" noValidate>
      <h2>{t("form.title")}</h2>
      <label className={styles.field}>
        <span>{t("form.label")}</span>
        <input
          type="text"
          value={state.label}
          maxLength={120}
          onChange={(e) => dispatch({ type: "set", field: "label", value: e.target.value })}
          data-testid="run-label"
        />
      </label>
      <RunScopeFields state={state} dispatch={dispatch} options={options} />
      <RunMaterialFields state={state} dispatch={dispatch} />
      <RunParamEditor state={state} dispatch={dispatch} />
      {error && (
        <p className={styles.error} role="alert" data-testid="pairing-form-error">
          {"key" in error ? t(error.key) : error.text}
        </p>
      )}
      <button type="submit" className={styles.primary} disabled={state.busy} data-testid="pairing-submit">
        {state.busy ? t("form.submitting") : t("form.submit")}
      </button>
    </form>
  );
}
