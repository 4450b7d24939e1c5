"use client";
/**
 * "Draw an area": click vertices on a map, optionally narrow by material, then add every site inside to the cluster
 * selection. The sites are asked from the server for the area's bounding box (GET /api/site-summaries?bbox=), then
 * tested against the drawn polygon here, so the page never holds the registry.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS } from "../../domain/materials";
import { drawnAreaBBox, sitesInDrawnArea } from "../../domain/proposals/area-selection";
import { siteSummariesUrl, type SiteSummary } from "../../domain/site-summary";
import { SITE_PAGE_MAX } from "../../domain/site-query";
import { BaseMap } from "../map/base-map";
import { SitesLayer } from "../map/sites-layer";
import { useSiteTiles } from "../map/use-site-tiles";
import { PolygonDraw, type LngLat } from "../pairing/polygon-draw";
import styles from "./proposals.module.css";
import { localName } from "../../domain/locale";

/** The sites of one bounding-box query: loading, the answer (capped at SITE_PAGE_MAX), or why it failed. */
type AreaSites =
  | { key: string; state: "loading" }
  | { key: string; state: "done"; sites: SiteSummary[]; numberMatched: number }
  | { key: string; state: "error"; error: string };

export function AreaPicker({ onAdd }: { onAdd: (ids: string[]) => void }) {
  const t = useTranslations("proposals");
  const locale = useLocale();
  const [vertices, setVertices] = useState<LngLat[]>([]);
  const [materials, setMaterials] = useState<string[]>([]);
  const [coords, setCoords] = useState("");
  const [coordsError, setCoordsError] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  // The sites are drawn on the map so the planner sees what the area encloses (the atlas map's tiles).
  const { siteTiles } = useSiteTiles();
  const addVertex = useCallback((v: LngLat) => {
    setAdded(null);
    setVertices((vs) => [...vs, v]);
  }, []);
  // One server query per bounding box and material choice (the polygon test runs here).
  const query =
    vertices.length >= 3
      ? siteSummariesUrl({
          bbox: drawnAreaBBox(vertices).join(","),
          material: materials.length ? [...materials].sort().join(",") : undefined,
          limit: SITE_PAGE_MAX,
        })
      : null;
  const [area, setArea] = useState<AreaSites | null>(null);
  useEffect(() => {
    if (!query) return;
    const abort = new AbortController();
    // State is only set once the fetch answers (an external system), never synchronously.
    fetch(query, { signal: abort.signal })
      .then(async (res) => {
        const body = (await res.json().catch(() => ({}))) as {
          sites?: SiteSummary[];
          numberMatched?: number;
          error?: string;
        };
        if (!res.ok || !body.sites) throw new Error(body.error ?? `HTTP ${res.status}`);
        setArea({ key: query, state: "done", sites: body.sites, numberMatched: body.numberMatched ?? 0 });
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted)
          setArea({ key: query, state: "error", error: e instanceof Error ? e.message : String(e) });
      });
    return () => abort.abort();
  }, [query]);
  const current = useMemo(
    (): AreaSites | null => (query && area?.key === query ? area : query ? { key: query, state: "loading" } : null),
    [query, area],
  );
  const tooLarge = current?.state === "done" && current.numberMatched > current.sites.length;
  const result = useMemo(
    () => sitesInDrawnArea(current?.state === "done" && !tooLarge ? current.sites : [], vertices, materials),
    [current, tooLarge, vertices, materials],
  );
  // Counts are shown only once the area's sites have arrived (and fit one answer).
  const ready = result.ok && current?.state === "done" && !tooLarge;
  const toggleMaterial = (code: string) =>
    setMaterials((ms) => (ms.includes(code) ? ms.filter((m) => m !== code) : [...ms, code]));
  // Keyboard alternative to clicking vertices: "lng,lat; lng,lat; …".
  const applyCoords = () => {
    const pts = coords
      .split(";")
      .map((p) => p.split(",").map((x) => Number(x.trim())))
      .filter((p) => p.length === 2 && p.every(Number.isFinite)) as LngLat[];
    setCoordsError(pts.length < 3);
    if (pts.length >= 3) {
      setAdded(null);
      setVertices(pts);
    }
  };
  const confirm = () => {
    if (!ready || !result.ok || result.ids.length === 0) return;
    onAdd(result.ids);
    setAdded(result.ids.length);
    setVertices([]);
  };
  // Nothing to complain about before the first vertex.
  const problem = vertices.length === 0 || result.ok ? null : t(`area.problem.${result.problem}`);

  return (
    <div className={styles.areaBox} data-testid="area-picker">
      <h3>{t("area.title")}</h3>
      <p className={styles.small}>{t("area.intro")}</p>
      <BaseMap label={t("area.map")} hash={false} className={styles.areaMap} testId="area-draw-map">
        <SitesLayer tiles={siteTiles?.tiles ?? null} locale={locale} />
        <PolygonDraw vertices={vertices} onAdd={addVertex} />
      </BaseMap>
      <div className={styles.actions}>
        <span
          className={styles.small}
          data-testid="area-vertex-count"
          data-count={vertices.length}
          data-vertices={JSON.stringify(vertices)}
          aria-live="polite"
        >
          {t("area.vertices", { count: vertices.length })}
        </span>
        <button
          type="button"
          className={styles.button}
          onClick={() => setVertices((v) => v.slice(0, -1))}
          disabled={vertices.length === 0}
          data-testid="area-undo"
        >
          {t("area.undo")}
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={() => setVertices([])}
          disabled={vertices.length === 0}
          data-testid="area-clear"
        >
          {t("area.clear")}
        </button>
      </div>
      <label className={styles.field}>
        {t("area.coordsLabel")}
        <input
          type="text"
          value={coords}
          onChange={(e) => setCoords(e.target.value)}
          placeholder="110.55,35.5; 110.85,35.5; 110.85,35.72; 110.55,35.72"
          data-testid="area-coords"
        />
      </label>
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.button}
          onClick={applyCoords}
          disabled={!coords.trim()}
          data-testid="area-coords-apply"
        >
          {t("area.coordsApply")}
        </button>
        {coordsError && (
          <span className={styles.error} role="alert">
            {t("area.coordsInvalid")}
          </span>
        )}
      </div>
      <fieldset className={styles.areaMaterials}>
        <legend>{t("area.materials")}</legend>
        {MATERIALS.map((m) => (
          <label key={m.code}>
            <input
              type="checkbox"
              checked={materials.includes(m.code)}
              onChange={() => toggleMaterial(m.code)}
              data-testid={`area-material-${m.code}`}
            />
            {localName(m, locale)}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className={styles.error} role="alert" data-testid="area-error">
          {problem}
        </p>
      )}
      {result.ok && current?.state === "loading" && (
        <p className={styles.small} aria-live="polite" data-testid="area-loading">
          {t("area.loading")}
        </p>
      )}
      {result.ok && current?.state === "error" && (
        <p className={styles.error} role="alert">
          {t("area.loadError", { error: current.error })}
        </p>
      )}
      {tooLarge && current?.state === "done" && (
        <p className={styles.error} role="alert" data-testid="area-too-large">
          {t("area.tooLarge", { count: current.numberMatched, max: current.sites.length })}
        </p>
      )}
      <div className={styles.actions}>
        {ready && result.ok && (
          <span className={styles.small} data-testid="area-count" data-count={result.ids.length} aria-live="polite">
            {t("area.inside", { count: result.ids.length })}
          </span>
        )}
        <button
          type="button"
          className={styles.primary}
          disabled={!ready || !result.ok || result.ids.length === 0}
          onClick={confirm}
          data-testid="area-add"
        >
          {t("area.add", { count: ready && result.ok ? result.ids.length : 0 })}
        </button>
        {added !== null && (
          <span className={styles.small} role="status" data-testid="area-added">
            {t("area.added", { count: added })}
          </span>
        )}
      </div>
    </div>
  );
}
