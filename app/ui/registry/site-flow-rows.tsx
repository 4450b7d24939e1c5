"use client";
/** The outputs and intakes fieldsets of the site form: one editable row per flow. */
import type { Dispatch, SetStateAction } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS, type MaterialCode } from "../../domain/materials";
import { localName } from "../../domain/locale";
import { NEW_INTAKE, NEW_OUTPUT, type IntakeRow, type OutputRow } from "./site-form-state";

function useMaterialLabel(): (code: string) => string {
  const locale = useLocale();
  return (code) => {
    const m = MATERIALS.find((x) => x.code === code);
    return m ? `${localName(m, locale)} (${m.unit})` : code;
  };
}

export function OutputRowsFieldset({
  outputs,
  setOutputs,
}: {
  outputs: OutputRow[];
  setOutputs: Dispatch<SetStateAction<OutputRow[]>>;
}) {
  const t = useTranslations("registry");
  const materialLabel = useMaterialLabel();
  return (
    <fieldset>
      <legend>{t("form.outputs")}</legend>
      {outputs.map((o, idx) => {
        const upd = (patch: Partial<OutputRow>) =>
          setOutputs((rows) => rows.map((r, j) => (j === idx ? { ...r, ...patch } : r)));
        return (
          <div className="flow-row" key={idx} data-testid="output-row">
            <label className="field">
              <span>{t("form.material")}</span>
              <select value={o.material} onChange={(e) => upd({ material: e.target.value as MaterialCode })}>
                {MATERIALS.map((m) => (
                  <option key={m.code} value={m.code}>
                    {materialLabel(m.code)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t("form.tonnesPerYear")}</span>
              <input
                inputMode="decimal"
                value={o.tonnesPerYear}
                onChange={(e) => upd({ tonnesPerYear: e.target.value })}
                data-testid="output-tonnes"
              />
            </label>
            <label className="field">
              <span>{t("form.stockpile")}</span>
              <input
                inputMode="decimal"
                value={o.stockpileTonnes}
                onChange={(e) => upd({ stockpileTonnes: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t("form.wasteCode")}</span>
              <input value={o.wasteCode} onChange={(e) => upd({ wasteCode: e.target.value })} />
            </label>
            <label className="check">
              <input type="checkbox" checked={o.estimated} onChange={(e) => upd({ estimated: e.target.checked })} />
              <span>{t("form.estimated")}</span>
            </label>
            <button
              type="button"
              className="text-button"
              onClick={() => setOutputs((rows) => rows.filter((_, j) => j !== idx))}
            >
              {t("form.removeFlow")}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--ghost"
        onClick={() => setOutputs((r) => [...r, NEW_OUTPUT])}
        data-testid="add-output"
      >
        {t("form.addOutput")}
      </button>
    </fieldset>
  );
}

export function IntakeRowsFieldset({
  intakes,
  setIntakes,
}: {
  intakes: IntakeRow[];
  setIntakes: Dispatch<SetStateAction<IntakeRow[]>>;
}) {
  const t = useTranslations("registry");
  const materialLabel = useMaterialLabel();
  return (
    <fieldset>
      <legend>{t("form.intakes")}</legend>
      {intakes.map((i, idx) => {
        const upd = (patch: Partial<IntakeRow>) =>
          setIntakes((rows) => rows.map((r, j) => (j === idx ? { ...r, ...patch } : r)));
        const routes = MATERIALS.find((m) => m.code === i.material)?.routes ?? [];
        return (
          <div className="flow-row" key={idx} data-testid="intake-row">
            <label className="field">
              <span>{t("form.material")}</span>
              <select value={i.material} onChange={(e) => upd({ material: e.target.value as MaterialCode })}>
                {MATERIALS.map((m) => (
                  <option key={m.code} value={m.code}>
                    {materialLabel(m.code)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t("form.route")}</span>
              <input
                value={i.route}
                onChange={(e) => upd({ route: e.target.value })}
                list={`routes-${idx}`}
                data-testid="intake-route"
              />
              <datalist id={`routes-${idx}`}>
                {routes.map((r) => (
                  <option key={r} value={r} />
                ))}
              </datalist>
            </label>
            <label className="field">
              <span>{t("form.capacity")}</span>
              <input
                inputMode="decimal"
                value={i.capacityTonnesPerYear}
                onChange={(e) => upd({ capacityTonnesPerYear: e.target.value })}
                data-testid="intake-capacity"
              />
            </label>
            <label className="field">
              <span>{t("form.committed")}</span>
              <input
                inputMode="decimal"
                value={i.committedTonnesPerYear}
                onChange={(e) => upd({ committedTonnesPerYear: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="text-button"
              onClick={() => setIntakes((rows) => rows.filter((_, j) => j !== idx))}
            >
              {t("form.removeFlow")}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--ghost"
        onClick={() => setIntakes((r) => [...r, NEW_INTAKE])}
        data-testid="add-intake"
      >
        {t("form.addIntake")}
      </button>
    </fieldset>
  );
}
