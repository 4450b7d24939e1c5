"use client";
/**
 * Checkboxes for boundaries, parks, synthetic sites, operating status, site roles and materials (a site shows if it
 * produces or absorbs a checked material). The synthetic and status toggles are kept in the URL by <AtlasApp>.
 */
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS, type MaterialCode } from "../../domain/materials";
import type { SiteRole } from "../../domain/registry-types";
import { SITE_STATUSES, type SiteStatus } from "../../domain/site-status";
import { NOT_OPERATING_STROKE, ROLE_COLOURS } from "./layers";
import { localName } from "../../domain/locale";

export const TOGGLE_ROLES = ["producer", "consumer", "both"] as const satisfies readonly SiteRole[];

export interface LayerToggleState {
  boundaries: boolean;
  parks: boolean;
  roles: readonly SiteRole[];
  materials: readonly MaterialCode[];
  /** Synthetic sites (hollow rings) shown. */
  showSynthetic: boolean;
  /** Operating statuses shown. */
  statuses: readonly SiteStatus[];
}

export const DEFAULT_LAYER_TOGGLES: LayerToggleState = {
  boundaries: true,
  parks: true,
  roles: TOGGLE_ROLES,
  materials: MATERIALS.map((m) => m.code),
  showSynthetic: true,
  statuses: SITE_STATUSES,
};

function toggle<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(list);
  if (on) next.add(item);
  else next.delete(item);
  return order.filter((x) => next.has(x));
}

export function LayerToggles({
  value,
  onChange,
}: {
  value: LayerToggleState;
  onChange: (next: LayerToggleState) => void;
}) {
  const t = useTranslations("map.controls");
  const tRoles = useTranslations("map.roles");
  const tStatus = useTranslations("map.statuses");
  const locale = useLocale();
  const allCodes = MATERIALS.map((m) => m.code);
  return (
    <div className="layer-toggles" data-testid="layer-toggles">
      <fieldset>
        <legend>{t("base")}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={value.boundaries}
            onChange={(e) => onChange({ ...value, boundaries: e.target.checked })}
            data-testid="toggle-boundaries"
          />
          {t("boundaries")}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={value.parks}
            onChange={(e) => onChange({ ...value, parks: e.target.checked })}
            data-testid="toggle-parks"
          />
          {t("parks")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("data")}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={value.showSynthetic}
            onChange={(e) => onChange({ ...value, showSynthetic: e.target.checked })}
            data-testid="toggle-synthetic"
          />
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4.5" fill="#5f6b66" fillOpacity={0.18} stroke="#5f6b66" strokeWidth={1.5} />
          </svg>
          {t("showSynthetic")}
        </label>
      </fieldset>
      <fieldset data-testid="status-toggles">
        <legend>{t("status")}</legend>
        <div className="link-row">
          <button
            type="button"
            className="text-button"
            onClick={() => onChange({ ...value, statuses: SITE_STATUSES })}
            disabled={value.statuses.length === SITE_STATUSES.length}
            data-testid="statuses-all"
          >
            {t("allStatuses")}
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => onChange({ ...value, statuses: ["operating"] })}
            disabled={value.statuses.length === 1 && value.statuses[0] === "operating"}
            data-testid="statuses-operating"
          >
            {t("operatingOnly")}
          </button>
        </div>
        <div className="material-grid">
          {SITE_STATUSES.map((status) => (
            <label key={status} className="check">
              <input
                type="checkbox"
                checked={value.statuses.includes(status)}
                onChange={(e) =>
                  onChange({ ...value, statuses: toggle(value.statuses, status, e.target.checked, SITE_STATUSES) })
                }
                data-testid={`toggle-status-${status}`}
              />
              <svg width="12" height="12" aria-hidden="true">
                {status === "operating" ? (
                  <circle cx="6" cy="6" r="4.5" fill="#5f6b66" fillOpacity={0.82} stroke="#fff" />
                ) : (
                  <circle
                    cx="6"
                    cy="6"
                    r="4.5"
                    fill="#5f6b66"
                    fillOpacity={0.32}
                    stroke={NOT_OPERATING_STROKE}
                    strokeWidth={1.5}
                  />
                )}
              </svg>
              {tStatus(status)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("roles")}</legend>
        {TOGGLE_ROLES.map((role) => (
          <label key={role} className="check">
            <input
              type="checkbox"
              checked={value.roles.includes(role)}
              onChange={(e) => onChange({ ...value, roles: toggle(value.roles, role, e.target.checked, TOGGLE_ROLES) })}
              data-testid={`toggle-role-${role}`}
            />
            <span className="role-dot" style={{ background: ROLE_COLOURS[role] }} aria-hidden="true" />
            {tRoles(role)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("materials")}</legend>
        <div className="link-row">
          <button
            type="button"
            className="text-button"
            onClick={() => onChange({ ...value, materials: allCodes })}
            disabled={value.materials.length === allCodes.length}
            data-testid="materials-all"
          >
            {t("allMaterials")}
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => onChange({ ...value, materials: [] })}
            disabled={value.materials.length === 0}
            data-testid="materials-none"
          >
            {t("noMaterials")}
          </button>
          <span className="muted" aria-live="polite">
            {t("materialsSummary", { count: value.materials.length, total: allCodes.length })}
          </span>
        </div>
        <div className="material-grid">
          {MATERIALS.map((m) => (
            <label key={m.code} className="check">
              <input
                type="checkbox"
                checked={value.materials.includes(m.code)}
                onChange={(e) =>
                  onChange({ ...value, materials: toggle(value.materials, m.code, e.target.checked, allCodes) })
                }
                data-testid={`toggle-material-${m.code}`}
              />
              <span className="swatch" style={{ background: m.colour }} aria-hidden="true" />
              {localName(m, locale)}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
