"use client";
/** The new-run form's parameters: the scalar ones, then haul limit, cost and landfill per chosen material. */
import type { Dispatch } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS, type MaterialCode } from "../../domain/materials";
import { LANDFILL_TAX } from "../../domain/landfill-tax";
import { localName, localText } from "../../domain/locale";
import {
  RUN_DEFAULTS,
  type PerMaterialKey,
  type RunFormAction,
  type RunFormState,
  type ScalarKey,
} from "./run-form-state";
import styles from "./pairing.module.css";
import { TableScroll } from "../table/table-scroll";

function ScalarField({
  name,
  label,
  def,
  step = "any",
  state,
  dispatch,
}: {
  name: ScalarKey;
  label: string;
  def: number;
  step?: string;
  state: RunFormState;
  dispatch: Dispatch<RunFormAction>;
}) {
  const t = useTranslations("pairing");
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <input
        type="number"
        min={0}
        step={step}
        value={state.scalar[name]}
        onChange={(e) => dispatch({ type: "scalar", key: name, value: e.target.value })}
        data-testid={`param-${name}`}
        required
      />
      <small>{t("form.default", { value: def })}</small>
    </label>
  );
}

function PerMaterialInput({
  field,
  code,
  label,
  testId,
  state,
  dispatch,
}: {
  field: PerMaterialKey;
  code: MaterialCode;
  label: string;
  testId: string;
  state: RunFormState;
  dispatch: Dispatch<RunFormAction>;
}) {
  return (
    <input
      type="number"
      min={0}
      step="any"
      aria-label={label}
      value={state.perMaterial[field][code]}
      onChange={(e) => dispatch({ type: "perMaterial", key: field, code, value: e.target.value })}
      data-testid={testId}
    />
  );
}

export function RunParamEditor({ state, dispatch }: { state: RunFormState; dispatch: Dispatch<RunFormAction> }) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const field = { state, dispatch };
  return (
    <details className={styles.fieldset} data-testid="param-editor">
      <summary>{t("form.params")}</summary>
      <div className={styles.paramGrid}>
        <ScalarField name="nearestN" label={t("form.nearestN")} def={RUN_DEFAULTS.nearestN} step="1" {...field} />
        <ScalarField name="circuity" label={t("form.circuity")} def={RUN_DEFAULTS.circuity} step="0.05" {...field} />
        <ScalarField
          name="utilisationPenaltyYuanPerTonne"
          label={t("form.penalty")}
          def={RUN_DEFAULTS.utilisationPenaltyYuanPerTonne}
          {...field}
        />
        <ScalarField
          name="enterprise"
          label={t("form.bonusEnterprise")}
          def={RUN_DEFAULTS.cycleBonusYuanPerTonne.enterprise}
          {...field}
        />
        <ScalarField
          name="park"
          label={t("form.bonusPark")}
          def={RUN_DEFAULTS.cycleBonusYuanPerTonne.park}
          {...field}
        />
      </div>
      <TableScroll label={t("form.perMaterial")}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("kpi.material")}</th>
              <th scope="col">{t("form.maxHaulKm")}</th>
              <th scope="col">{t("form.costYuanPerTonneKm")}</th>
              <th scope="col">{t("form.landfill")}</th>
            </tr>
          </thead>
          <tbody>
            {MATERIALS.filter((m) => state.materials.has(m.code)).map((m) => {
              const name = localName(m, locale);
              const tax = LANDFILL_TAX[m.code];
              return (
                <tr key={m.code}>
                  <th scope="row">{name}</th>
                  <td>
                    <PerMaterialInput
                      field="haul"
                      code={m.code}
                      label={`${name} ${t("form.maxHaulKm")}`}
                      testId={`param-haul-${m.code}`}
                      {...field}
                    />
                    <small>
                      {t("form.default", { value: m.maxHaulKm })}
                      {m.haulStatus === "unverified" ? ` · ${t("form.unverified")}` : ""}
                    </small>
                  </td>
                  <td>
                    <PerMaterialInput
                      field="cost"
                      code={m.code}
                      label={`${name} ${t("form.costYuanPerTonneKm")}`}
                      testId={`param-cost-${m.code}`}
                      {...field}
                    />
                    <small>
                      {t("form.default", { value: m.costYuanPerTonneKm })}
                      {m.costStatus === "unverified" ? ` · ${t("form.unverified")}` : ""}
                    </small>
                  </td>
                  <td>
                    <PerMaterialInput
                      field="landfill"
                      code={m.code}
                      label={`${name} ${t("form.landfill")}`}
                      testId={`param-landfill-${m.code}`}
                      {...field}
                    />
                    <small>
                      {t("form.default", { value: RUN_DEFAULTS.landfillYuanPerTonneByMaterial?.[m.code] ?? 0 })}
                      {tax ? ` · ${localText(locale, tax.itemZh, tax.itemEn)}` : ""}
                    </small>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className={styles.muted}>{t("form.landfillNote")}</p>
    </details>
  );
}
