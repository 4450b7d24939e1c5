"use client";
/** Checkboxes for boundaries, parks, site roles and materials (a site shows if it produces or absorbs a checked material). */
import { useLocale, useTranslations } from "next-intl";
import { MATERIALS, type MaterialCode } from "../../domain/materials";
import type { SiteRole } from "../../domain/registry-types";
import { ROLE_COLOURS } from "./layers";

export const TOGGLE_ROLES = ["producer", "consumer", "both"] as const satisfies readonly SiteRole[];

export interface LayerToggleState {
  boundaries: boolean;
  parks: boolean;
  roles: readonly SiteRole[];
  materials: readonly MaterialCode[];
}

export const DEFAULT_LAYER_TOGGLES: LayerToggleState = {
  boundaries: true,
  parks: true,
  roles: TOGGLE_ROLES,
  materials: MATERIALS.map((m) => m.code),
};

function toggle<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(list);
  if (on) next.add(item);
  else next.delete(item);
  return order.filter((x) => next.has(x));
}

export function LayerToggles({ value, onChange }: { value: LayerToggleState; onChange: (next: LayerToggleState) => void }) {
  const t = useTranslations("map.controls");
  const tRoles = useTranslations("map.roles");
  const locale = useLocale();
  const allCodes = MATERIALS.map((m) => m.code);
  return (
    <div className="layer-toggles" data-testid="layer-toggles">
      <fieldset>
        <legend>{t("base")}</legend>
        <label className="check">
          <input type="checkbox" checked={value.boundaries} onChange={(e) => onChange({ ...value, boundaries: e.target.checked })} data-testid="toggle-boundaries" />
          {t("boundaries")}
        </label>
        <label className="check">
          <input type="checkbox" checked={value.parks} onChange={(e) => onChange({ ...value, parks: e.target.checked })} data-testid="toggle-parks" />
          {t("parks")}
        </label>
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
          <button type="button" className="text-button" onClick={() => onChange({ ...value, materials: allCodes })} disabled={value.materials.length === allCodes.length} data-testid="materials-all">
            {t("allMaterials")}
          </button>
          <button type="button" className="text-button" onClick={() => onChange({ ...value, materials: [] })} disabled={value.materials.length === 0} data-testid="materials-none">
            {t("noMaterials")}
          </button>
          <span className="muted" aria-live="polite">{t("materialsSummary", { count: value.materials.length, total: allCodes.length })}</span>
        </div>
        <div className="material-grid">
          {MATERIALS.map((m) => (
            <label key={m.code} className="check">
              <input
                type="checkbox"
                checked={value.materials.includes(m.code)}
                onChange={(e) => onChange({ ...value, materials: toggle(value.materials, m.code, e.target.checked, allCodes) })}
                data-testid={`toggle-material-${m.code}`}
              />
              <span className="swatch" style={{ background: m.colour }} aria-hidden="true" />
              {locale === "en" ? m.nameEn : m.nameZh}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
