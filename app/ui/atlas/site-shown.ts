/** Whether the layer toggles show a site (same rule as siteVisibilityFilter); used by the count and the site list. */
import { MATERIALS } from "../../domain/materials";
import type { SiteFeature } from "../../domain/site-features";
import type { LayerToggleState } from "../map/layer-toggles";

export function siteShownBy(toggles: Pick<LayerToggleState, "roles" | "materials" | "showSynthetic" | "statuses">): (f: SiteFeature) => boolean {
  const all = toggles.materials.length === MATERIALS.length;
  const wanted = new Set<string>(toggles.materials);
  return (f) => {
    const p = f.properties;
    if (!toggles.roles.includes(p.role)) return false;
    if (!toggles.showSynthetic && p.provenance.synthetic) return false;
    if (!toggles.statuses.includes(p.status)) return false;
    if (all) return true;
    return p.outputs.some((o) => wanted.has(o.material)) || p.intakes.some((i) => wanted.has(i.material));
  };
}
