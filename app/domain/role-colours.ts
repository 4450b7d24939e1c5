// The one role palette: the map, its legend, the site panel, the proposal map and the PDF export all use it.
import type { SiteRole } from "./registry-types";

/** Fill colour of a site by role (producer red, consumer blue, both purple, none grey). */
export const ROLE_COLOURS: Record<SiteRole, string> = {
  producer: "#c0392b",
  consumer: "#1f6fb2",
  both: "#8e44ad",
  none: "#7f8c8d",
};

/** Synthetic sites are hollow rings in their role colour: this faint fill inside a full-colour ring (map, legends, PDF). */
export const SYNTHETIC_FILL_OPACITY = 0.18;
