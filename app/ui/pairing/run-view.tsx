"use client";
/** A stored pairing run: status/progress, flows on the map with filters, KPIs against the plan, pairings explained. */
import { useCallback, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CYCLE_LEVELS } from "../../domain/cycle-level";
import type { MaterialCode } from "../../domain/materials";
import type { CycleLevel } from "../../domain/registry-types";
import type { ClientRunView } from "../../data/pairing-runs";
import { unpackPairings, type PackedPairings, type PairingRow } from "../../domain/pairing/packed-pairings";
import { CYCLE_LEVEL_COLOURS } from "../../domain/pairing/flow-features";
import { materialSpec } from "../../domain/materials";
import { BaseMap } from "../map/base-map";
import { useIsPhone } from "../map/use-is-phone";
import { FlowsLayer } from "./flows-layer";
import { KpiPanel } from "./kpi-panel";
import { ExplanationPanel } from "./explanation-panel";
import { RunProgress } from "./run-progress";
import { ParamsTable, scopeLabel } from "./params-table";
import { fmt, materialName } from "./format";
import { DataTable, type DataTableColumn } from "../table/data-table";
import styles from "./pairing.module.css";
import { localName } from "../../domain/locale";

const signedPct = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v).toFixed(1)}%`;

export function RunView({ run, pairings: packed }: { run: ClientRunView; pairings: PackedPairings }) {
  // Columns over the wire (a third of the rows' JSON at 10^4 pairings), rows once here.
  const pairings = useMemo(() => unpackPairings(packed), [packed]);
  const t = useTranslations("pairing");
  const locale = useLocale();
  const summary = run.summary;
  const [colourBy, setColourBy] = useState<"material" | "level">("material");
  const [materials, setMaterials] = useState<MaterialCode[]>(run.materials);
  const [levels, setLevels] = useState<CycleLevel[]>([...CYCLE_LEVELS]);
  const [showResidual, setShowResidual] = useState(true);
  // The map's controls: open on a desktop window, folded into one button on a phone (where they covered half the
  // map) until the user opens them; after that the user's choice holds.
  const isPhone = useIsPhone();
  const [controlsChoice, setControlsChoice] = useState<boolean | null>(null);
  const controlsOpen = controlsChoice ?? !isPhone;
  const [selected, setSelected] = useState<number | null>(null);
  // The status the progress poller last saw, shown at once; the page's own status wins once it has ended.
  const [liveStatus, setLiveStatus] = useState(run.status);
  const shownStatus = run.status === "queued" || run.status === "running" ? liveStatus : run.status;
  const onSelect = useCallback((id: number) => setSelected(id), []);
  // Filtered only: the table sorts (by tonnes at first) on keys it computes once per row.
  const visible = useMemo(() => {
    const ms = new Set(materials);
    const ls = new Set(levels);
    return pairings.filter((p) => ms.has(p.material) && ls.has(p.cycleLevel));
  }, [pairings, materials, levels]);
  const byId = useMemo(() => new Map(pairings.map((p) => [p.id, p])), [pairings]);
  const selectedPairing = selected === null ? null : (byId.get(selected) ?? null);
  const siteName = useCallback(
    (id: string) => {
      const s = summary?.involvedSites[id];
      return s ? localName(s, locale) : id;
    },
    [summary, locale],
  );
  // Every pairing is a row (virtualised); sort, filter and CSV export in the table, a row click shows it on the map.
  const columns = useMemo<DataTableColumn<PairingRow>[]>(
    () => [
      { key: "producer", header: t("table.producer"), value: (p) => siteName(p.producerId) },
      { key: "consumer", header: t("table.consumer"), value: (p) => siteName(p.consumerId) },
      { key: "material", header: t("table.material"), value: (p) => materialName(p.material, locale) },
      {
        key: "tonnes",
        header: t("table.tonnes"),
        value: (p) => p.tonnesPerYear,
        render: (p) => fmt(locale, p.tonnesPerYear),
        numeric: true,
      },
      {
        key: "distance",
        header: t("table.distance"),
        value: (p) => p.distanceKm,
        render: (p) => fmt(locale, p.distanceKm, 1),
        numeric: true,
      },
      {
        key: "road",
        header: t("table.road"),
        value: (p) => p.roadKm,
        render: (p) => fmt(locale, p.roadKm, 1),
        numeric: true,
      },
      {
        key: "cost",
        header: t("table.cost"),
        value: (p) => p.costYuan,
        render: (p) => fmt(locale, p.costYuan),
        numeric: true,
      },
      { key: "level", header: t("table.level"), value: (p) => t(`level.${p.cycleLevel}`) },
      {
        key: "explain",
        header: t("table.explain"),
        value: () => null,
        render: (p) => (
          <button
            type="button"
            className={styles.explainButton}
            onClick={() => setSelected(p.id)}
            aria-label={t("table.explainLabel", { producer: siteName(p.producerId), consumer: siteName(p.consumerId) })}
            data-testid={`explain-${p.id}`}
          >
            {t("table.explain")}
          </button>
        ),
      },
    ],
    [t, locale, siteName],
  );
  const toggle = <T,>(list: T[], v: T, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v));
  const greedyCost = summary ? summary.materials.reduce((s, m) => s + m.greedy.realCostYuan, 0) : 0;
  const optimalCost = summary ? summary.materials.reduce((s, m) => s + m.greedy.optimalRealCostYuan, 0) : 0;
  const greedyLess = summary ? summary.materials.reduce((s, m) => s + m.greedy.unplacedExtraTonnes, 0) : 0;

  return (
    <div className={styles.runPage} data-testid="pairing-run-view" data-run-id={run.id} data-status={run.status}>
      <aside className={styles.side}>
        {/* Plain link (full load): unmounting BaseMap client-side currently throws in its control cleanup. */}
        <p>
          <a href="/pairings" data-testid="run-back">
            ← {t("run.back")}
          </a>
        </p>
        <h1 data-testid="run-title">{run.label ?? scopeLabel(run.scope, locale, t)}</h1>
        <p>
          {t("run.scope")}: {scopeLabel(run.scope, locale, t)} ·{" "}
          <span data-testid="run-status">{t(`status.${shownStatus}`)}</span>
        </p>
        <RunProgress
          id={run.id}
          status={run.status}
          progress={run.progress}
          materials={run.materials}
          startedAt={run.startedAt}
          createdAt={run.createdAt}
          onStatus={setLiveStatus}
          canCancel={run.canManage}
        />
        {run.status === "cancelled" && <p className={styles.warning}>{t("run.cancelled")}</p>}
        {run.status === "failed" && (
          <p className={styles.error} role="alert">
            {t("run.failed", { error: run.error ?? "" })}
          </p>
        )}
        {summary?.synthetic && (
          <p className={styles.synthetic} data-testid="run-synthetic">
            {t("run.synthetic")}
          </p>
        )}
        {summary && summary.limitWarnings > 0 && (
          <p className={styles.warning} data-testid="run-limit-warning">
            {t("run.limitWarnings", { count: summary.limitWarnings })}
          </p>
        )}
        {summary && summary.materials.some((m) => !m.utilisationCertified) && (
          <p className={styles.warning}>{t("run.uncertified")}</p>
        )}
        {selectedPairing && summary && (
          <ExplanationPanel
            runId={run.id}
            pairing={selectedPairing}
            sites={summary.involvedSites}
            onClose={() => setSelected(null)}
          />
        )}
        {summary && <KpiPanel summary={summary} />}
        {summary && (
          <p className={styles.muted} data-testid="greedy-preview">
            {t("run.greedy", {
              cost: signedPct(optimalCost !== 0 ? ((greedyCost - optimalCost) / Math.abs(optimalCost)) * 100 : 0),
              tonnes: fmt(locale, greedyLess),
            })}
          </p>
        )}
        <details className={styles.panel}>
          <summary>{t("run.params")}</summary>
          <ParamsTable runs={[run]} />
        </details>
      </aside>
      <div className={styles.mapColumn}>
        <div className={styles.mapBox}>
          <BaseMap label={t("map.label")} hash="map" className={styles.runMap} testId="pairing-map">
            {summary && (
              <FlowsLayer
                flows={pairings}
                summary={summary}
                colourBy={colourBy}
                materials={materials}
                levels={levels}
                showResidual={showResidual}
                onSelect={onSelect}
                selectedId={selected}
                locale={locale}
              />
            )}
          </BaseMap>
          {summary && (
            <div className={styles.mapControls} data-testid="flow-controls">
              <button
                type="button"
                className={styles.controlsToggle}
                aria-expanded={controlsOpen}
                aria-controls="flow-controls-body"
                onClick={() => setControlsChoice(!controlsOpen)}
                data-testid="flow-controls-toggle"
              >
                {t("map.controls")} {controlsOpen ? "▾" : "▸"}
              </button>
              <div id="flow-controls-body" hidden={!controlsOpen}>
                <fieldset>
                  <legend>{t("map.colourBy")}</legend>
                  <label>
                    <input
                      type="radio"
                      name="colour-by"
                      checked={colourBy === "material"}
                      onChange={() => setColourBy("material")}
                      data-testid="colour-by-material"
                    />{" "}
                    {t("map.byMaterial")}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="colour-by"
                      checked={colourBy === "level"}
                      onChange={() => setColourBy("level")}
                      data-testid="colour-by-level"
                    />{" "}
                    {t("map.byLevel")}
                  </label>
                </fieldset>
                <fieldset>
                  <legend>{t("map.filterMaterials")}</legend>
                  {run.materials.map((m) => (
                    <label key={m}>
                      <input
                        type="checkbox"
                        checked={materials.includes(m)}
                        onChange={(e) => setMaterials(toggle(materials, m, e.target.checked))}
                        data-testid={`flow-filter-material-${m}`}
                      />
                      <span
                        className={styles.swatch}
                        style={{ background: materialSpec(m)?.colour }}
                        aria-hidden="true"
                      />{" "}
                      {materialName(m, locale)}
                    </label>
                  ))}
                </fieldset>
                <fieldset>
                  <legend>{t("map.filterLevels")}</legend>
                  {CYCLE_LEVELS.map((l) => (
                    <label key={l}>
                      <input
                        type="checkbox"
                        checked={levels.includes(l)}
                        onChange={(e) => setLevels(toggle(levels, l, e.target.checked))}
                        data-testid={`flow-filter-level-${l}`}
                      />
                      <span
                        className={styles.swatch}
                        style={{ background: CYCLE_LEVEL_COLOURS[l] }}
                        aria-hidden="true"
                      />{" "}
                      {t(`level.${l}`)}
                    </label>
                  ))}
                </fieldset>
                <label>
                  <input
                    type="checkbox"
                    checked={showResidual}
                    onChange={(e) => setShowResidual(e.target.checked)}
                    data-testid="flow-show-residual"
                  />{" "}
                  {t("map.showResidual")}
                </label>
                <p className={styles.legendLine}>
                  <span className={styles.ringRed} aria-hidden="true" /> {t("map.unmatched")}{" "}
                  <span className={styles.ringBlue} aria-hidden="true" /> {t("map.spare")}
                </p>
                <p className={styles.legendLine}>{t("map.width")}</p>
                <p data-testid="flow-count" data-count={visible.length}>
                  {visible.length} / {pairings.length}
                </p>
              </div>
            </div>
          )}
        </div>
        {summary && (
          <section className={styles.tableBox} aria-labelledby="pairings-title">
            <h2 id="pairings-title">{t("table.title")}</h2>
            {pairings.length === 0 && <p data-testid="no-pairings">{t("run.noPairings")}</p>}
            <DataTable
              rows={visible}
              columns={columns}
              rowKey={(p) => p.id}
              label={t("table.title")}
              csvName={`pairings-${run.id}`}
              initialSort={{ key: "tonnes", direction: "desc" }}
              selectedKey={selected}
              onSelect={(p) => setSelected(p.id)}
              testId="pairing-table"
              rowTestId={(p) => `pairing-row-${p.id}`}
            />
          </section>
        )}
      </div>
    </div>
  );
}
