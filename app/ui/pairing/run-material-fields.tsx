"use client";
/** The new-run form's materials (with the all-solids shortcut) and which sites take part. */
import type { Dispatch } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS } from "../../domain/materials";
import { localName } from "../../domain/locale";
import { SOLIDS, type RunFormAction, type RunFormState } from "./run-form-state";
import styles from "./pairing.module.css";

export function RunMaterialFields({ state, dispatch }: { state: RunFormState; dispatch: Dispatch<RunFormAction> }) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const { materials } = state;
  return (
    <>
      <fieldset className={styles.fieldset}>
        <legend>{t("form.materials")}</legend>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={SOLIDS.every((c) => materials.has(c))}
            onChange={(e) => dispatch({ type: "allSolids", on: e.target.checked })}
            data-testid="materials-all-solids"
          />
          {t("form.allSolids")}
        </label>
        <div className={styles.materialGrid}>
          {MATERIALS.map((m) => (
            <label key={m.code} className={styles.check}>
              <input
                type="checkbox"
                checked={materials.has(m.code)}
                onChange={(e) => dispatch({ type: "toggleMaterial", code: m.code, on: e.target.checked })}
                data-testid={`material-${m.code}`}
              />
              <span className={styles.swatch} style={{ background: m.colour }} aria-hidden="true" />
              {localName(m, locale)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset} data-testid="run-inclusion">
        <legend>{t("form.sites")}</legend>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={state.includeSynthetic}
            onChange={(e) => dispatch({ type: "set", field: "includeSynthetic", value: e.target.checked })}
            data-testid="run-include-synthetic"
          />
          {t("form.includeSynthetic")}
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={state.includeNonOperating}
            onChange={(e) => dispatch({ type: "set", field: "includeNonOperating", value: e.target.checked })}
            data-testid="run-include-non-operating"
          />
          {t("form.includeNonOperating")}
        </label>
        <small>{t("form.sitesNote")}</small>
      </fieldset>
    </>
  );
}
