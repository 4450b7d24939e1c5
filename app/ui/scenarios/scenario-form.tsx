"use client";
/** New-scenario form: years, wastes and their growth, utilisation method, draw-down rules, land coefficient, additions. */
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS, type MaterialCode } from "../../domain/materials";
import { coefficient } from "../../domain/coefficients";
import {
  DEFAULT_MAX_DRAWDOWN_SHARE,
  SCENARIO_FIRST_YEAR,
  SCENARIO_LAST_YEAR,
} from "../../domain/scenarios/scenario-request";
import type { DrawDownOrder } from "../../domain/scenarios/types";
import type { AdditionDraft } from "../siting/additions-param";
import { fmt, materialName, routeLabel } from "../pairing/format";
import styles from "../pairing/pairing.module.css";
import { TableScroll } from "../table/table-scroll";

const TONNE_MATERIALS = MATERIALS.filter((m) => m.unit === "t").map((m) => m.code);
const ORDERS: DrawDownOrder[] = ["plan-priority", "largest-first", "proportional"];

export function ScenarioForm({
  initialAdditions,
  initialSynthetic,
}: {
  initialAdditions: AdditionDraft[];
  initialSynthetic: boolean;
}) {
  const t = useTranslations("scenarios");
  const tMap = useTranslations("map");
  const locale = useLocale();
  const land = coefficient("stockpile-tonnes-per-mu");
  const [label, setLabel] = useState("");
  const [fromYear, setFromYear] = useState(String(SCENARIO_FIRST_YEAR));
  const [toYear, setToYear] = useState(String(SCENARIO_LAST_YEAR));
  const [materials, setMaterials] = useState<MaterialCode[]>(
    initialAdditions.length ? [...new Set(initialAdditions.map((a) => a.material as MaterialCode))] : TONNE_MATERIALS,
  );
  const [growth, setGrowth] = useState<Record<string, string>>({});
  const [mode, setMode] = useState<"pairing" | "aggregate">("pairing");
  const [order, setOrder] = useState<DrawDownOrder>("plan-priority");
  const [share, setShare] = useState(String(DEFAULT_MAX_DRAWDOWN_SHARE));
  const [tPerMu, setTPerMu] = useState(String(land.value));
  const [synthetic, setSynthetic] = useState(initialSynthetic);
  const [keyProjects, setKeyProjects] = useState(false);
  const [additions, setAdditions] = useState<AdditionDraft[]>(initialAdditions);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const production: Record<string, { growthRatePerYear: number }> = {};
    for (const m of materials)
      if (growth[m] && Number(growth[m]) !== 0) production[m] = { growthRatePerYear: Number(growth[m]) / 100 };
    const body = {
      ...(label.trim() ? { label: label.trim() } : {}),
      fromYear: Number(fromYear),
      toYear: Number(toYear),
      materials,
      params: {
        utilisation: mode,
        production,
        drawDown: { order, maxShareOfStockpilePerYear: Number(share) },
        ...(Number(tPerMu) !== land.value ? { landTonnesPerMu: Number(tPerMu) } : {}),
        includeSynthetic: synthetic,
        includeKeyProjects: keyProjects,
        capacityAdditions: additions.map((a) => ({
          label: a.label,
          material: a.material,
          route: a.route,
          tonnesPerYear: a.tonnesPerYear,
          startYear: a.startYear,
          lng: a.lng,
          lat: a.lat,
          countyAdcode: a.countyAdcode,
          source: a.source,
        })),
      },
    };
    const res = await fetch("/api/scenarios", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      setBusy(false);
      setError(json.error ?? `HTTP ${res.status}`);
      return;
    }
    window.location.assign(`/scenarios/${json.id}`);
  }

  const toggle = (m: MaterialCode, on: boolean) =>
    setMaterials(on ? [...materials, m] : materials.filter((x) => x !== m));
  return (
    <form className={styles.form} onSubmit={submit} data-testid="scenario-form">
      <h2>{t("new")}</h2>
      <label className={styles.field}>
        {t("label")}
        <input value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} data-testid="scenario-label" />
      </label>
      <div className={styles.row}>
        <label className={styles.field}>
          {t("fromYear")}
          <input
            type="number"
            min={SCENARIO_FIRST_YEAR}
            max={SCENARIO_LAST_YEAR}
            value={fromYear}
            onChange={(e) => setFromYear(e.target.value)}
            data-testid="scenario-from"
          />
        </label>
        <label className={styles.field}>
          {t("toYear")}
          <input
            type="number"
            min={SCENARIO_FIRST_YEAR}
            max={SCENARIO_LAST_YEAR}
            value={toYear}
            onChange={(e) => setToYear(e.target.value)}
            data-testid="scenario-to"
          />
        </label>
      </div>
      <fieldset className={styles.fieldset}>
        <legend>
          {t("materials")} · {t("growth")}
        </legend>
        <TableScroll label={`${t("materials")} · ${t("growth")}`}>
          <table className={styles.table}>
            <tbody>
              {TONNE_MATERIALS.map((m) => (
                <tr key={m}>
                  <td>
                    <label className={styles.check}>
                      <input
                        type="checkbox"
                        checked={materials.includes(m)}
                        onChange={(e) => toggle(m, e.target.checked)}
                        data-testid={`scenario-material-${m}`}
                      />{" "}
                      {materialName(m, locale)}
                    </label>
                  </td>
                  <td>
                    <input
                      type="number"
                      step="any"
                      min={-50}
                      max={50}
                      aria-label={`${materialName(m, locale)} ${t("growth")}`}
                      value={growth[m] ?? "0"}
                      disabled={!materials.includes(m)}
                      onChange={(e) => setGrowth({ ...growth, [m]: e.target.value })}
                      data-testid={`scenario-growth-${m}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{t("utilisation")}</legend>
        <div className={styles.radios}>
          {(["pairing", "aggregate"] as const).map((v) => (
            <label key={v} className={styles.check}>
              <input
                type="radio"
                name="utilisation"
                checked={mode === v}
                onChange={() => setMode(v)}
                data-testid={`scenario-mode-${v}`}
              />{" "}
              {t(v)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className={styles.field}>
        {t("drawOrder")}
        <select value={order} onChange={(e) => setOrder(e.target.value as DrawDownOrder)} data-testid="scenario-order">
          {ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(`order.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        {t("drawShare")}
        <input
          type="number"
          min={0}
          max={1}
          step="any"
          value={share}
          onChange={(e) => setShare(e.target.value)}
          data-testid="scenario-share"
        />
      </label>
      <label className={styles.field}>
        {t("landCoef")}
        <input
          type="number"
          min={1}
          step="any"
          value={tPerMu}
          onChange={(e) => setTPerMu(e.target.value)}
          data-testid="scenario-land"
        />
        <small>{t("landSource", { source: land.source, status: land.status })}</small>
      </label>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={synthetic}
          onChange={(e) => setSynthetic(e.target.checked)}
          data-testid="scenario-synthetic"
        />{" "}
        {t("includeSynthetic")}
      </label>
      <fieldset className={styles.fieldset}>
        <legend>{t("additions")}</legend>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={keyProjects}
            onChange={(e) => setKeyProjects(e.target.checked)}
            data-testid="scenario-key-projects"
          />{" "}
          {t("keyProjects")}
        </label>
        {additions.length === 0 ? (
          <p className={styles.muted}>{t("additionsNone")}</p>
        ) : (
          <TableScroll label={t("additions")}>
            <table className={styles.table} data-testid="scenario-additions" data-count={additions.length}>
              <tbody>
                {additions.map((a, i) => (
                  <tr key={i} data-testid="scenario-addition">
                    <td>
                      {a.label}
                      <small>
                        {materialName(a.material, locale)} · {routeLabel(a.route, tMap)} ·{" "}
                        {fmt(locale, a.tonnesPerYear)} t
                      </small>
                    </td>
                    <td>
                      <input
                        type="number"
                        min={2000}
                        max={2050}
                        aria-label={t("startYear")}
                        value={a.startYear}
                        onChange={(e) =>
                          setAdditions(
                            additions.map((x, k) => (k === i ? { ...x, startYear: Number(e.target.value) } : x)),
                          )
                        }
                      />
                    </td>
                    <td>
                      <button type="button" onClick={() => setAdditions(additions.filter((_, k) => k !== i))}>
                        {t("remove")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </fieldset>
      {error && (
        <p className={styles.error} role="alert" data-testid="scenario-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className={styles.primary}
        disabled={busy || materials.length === 0}
        data-testid="scenario-run"
      >
        {busy ? t("submitting") : t("run")}
      </button>
    </form>
  );
}
