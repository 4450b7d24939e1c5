"use client";
/** The new-run form's scope: province, a city, a county, a park, or a polygon drawn on a map or typed. */
import { useCallback, type Dispatch } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localName } from "../../domain/locale";
import { BaseMap } from "../map/base-map";
import { PolygonDraw, type LngLat } from "./polygon-draw";
import { SCOPE_KINDS, type RunFormAction, type RunFormState } from "./run-form-state";
import styles from "./pairing.module.css";

export interface ScopeOptionsProps {
  cities: { id: string; name: string; nameEn: string | null; parent: string | null }[];
  counties: { id: string; name: string; nameEn: string | null; parent: string | null }[];
  parks: { id: string; name: string; nameEn: string | null; parent: string | null }[];
}

export function RunScopeFields({
  state,
  dispatch,
  options,
}: {
  state: RunFormState;
  dispatch: Dispatch<RunFormAction>;
  options: ScopeOptionsProps;
}) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const nameOf = (o: { name: string; nameEn: string | null }) => localName(o, locale);
  const addVertex = useCallback((vertex: LngLat) => dispatch({ type: "addVertex", vertex }), [dispatch]);
  const { kind, vertices } = state;
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t("form.scope")}</legend>
      <div className={styles.radios}>
        {SCOPE_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="scope-kind"
              value={k}
              checked={kind === k}
              onChange={() => dispatch({ type: "set", field: "kind", value: k })}
              data-testid={`scope-kind-${k}`}
            />
            {t(`scopeKind.${k}`)}
          </label>
        ))}
      </div>
      {kind === "city" && (
        <label className={styles.field}>
          <span>{t("form.city")}</span>
          <select
            value={state.city}
            onChange={(e) => dispatch({ type: "set", field: "city", value: e.target.value })}
            data-testid="scope-city"
          >
            <option value="">—</option>
            {options.cities.map((c) => (
              <option key={c.id} value={c.id}>
                {nameOf(c)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === "county" && (
        <label className={styles.field}>
          <span>{t("form.county")}</span>
          <select
            value={state.county}
            onChange={(e) => dispatch({ type: "set", field: "county", value: e.target.value })}
            data-testid="scope-county"
          >
            <option value="">—</option>
            {options.cities.map((c) => (
              <optgroup key={c.id} label={nameOf(c)}>
                {options.counties
                  .filter((x) => x.parent === c.id)
                  .map((x) => (
                    <option key={x.id} value={x.id}>
                      {nameOf(x)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
      )}
      {kind === "park" && (
        <label className={styles.field}>
          <span>{t("form.park")}</span>
          <select
            value={state.park}
            onChange={(e) => dispatch({ type: "set", field: "park", value: e.target.value })}
            data-testid="scope-park"
          >
            <option value="">—</option>
            {options.parks.map((p) => (
              <option key={p.id} value={p.id}>
                {nameOf(p)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === "polygon" && (
        <div className={styles.drawBox}>
          <p>{t("form.draw")}</p>
          <BaseMap label={t("form.drawMap")} hash={false} className={styles.drawMap} testId="pairing-draw-map">
            <PolygonDraw vertices={vertices} onAdd={addVertex} />
          </BaseMap>
          <div className={styles.row}>
            <span data-testid="draw-vertex-count" data-count={vertices.length} aria-live="polite">
              {t("form.vertices", { count: vertices.length })}
            </span>
            <button
              type="button"
              onClick={() => dispatch({ type: "undoVertex" })}
              disabled={vertices.length === 0}
              data-testid="draw-undo"
            >
              {t("form.undo")}
            </button>
            <button
              type="button"
              onClick={() => dispatch({ type: "clearVertices" })}
              disabled={vertices.length === 0}
              data-testid="draw-clear"
            >
              {t("form.clear")}
            </button>
          </div>
          <label className={styles.field}>
            <span>{t("form.coordsLabel")}</span>
            <input
              type="text"
              value={state.coords}
              onChange={(e) => dispatch({ type: "set", field: "coords", value: e.target.value })}
              placeholder="111.5,37.2; 112.8,37.2; 112.8,38.3"
              data-testid="draw-coords"
            />
          </label>
          <button
            type="button"
            onClick={() => dispatch({ type: "applyCoords" })}
            disabled={!state.coords.trim()}
            data-testid="draw-coords-apply"
          >
            {t("form.coordsApply")}
          </button>
        </div>
      )}
    </fieldset>
  );
}
