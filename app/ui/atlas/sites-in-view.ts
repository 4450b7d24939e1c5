/** The keyboard site list's rows: sites inside the map view that the toggles show, matching a name filter. */
import type { SiteFeature } from "../../domain/site-features";

export interface ViewBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface SitesInView {
  /** Rows to list (largest first), at most `limit`. */
  rows: SiteFeature[];
  /** How many sites match in all (rows may be fewer). */
  total: number;
}

/** Largest tonnage of a site (output or intake capacity), the size the map draws it at. */
export function siteSizeTonnes(f: SiteFeature): number {
  return Math.max(f.properties.outputTonnesPerYear, f.properties.intakeCapacityTonnesPerYear);
}

/** Sites inside `bounds` that pass `shown` and whose zh/en name contains `query` (case-insensitive), largest first. */
export function sitesInView(
  features: readonly SiteFeature[],
  bounds: ViewBounds,
  shown: (f: SiteFeature) => boolean,
  query: string,
  limit: number,
): SitesInView {
  const q = query.trim().toLowerCase();
  const matched = features.filter((f) => {
    const [lng, lat] = f.geometry.coordinates;
    if (lng < bounds.west || lng > bounds.east || lat < bounds.south || lat > bounds.north) return false;
    if (!shown(f)) return false;
    return !q || f.properties.name.toLowerCase().includes(q) || f.properties.nameEn.toLowerCase().includes(q);
  });
  matched.sort((a, b) => siteSizeTonnes(b) - siteSizeTonnes(a) || a.properties.id.localeCompare(b.properties.id));
  return { rows: matched.slice(0, limit), total: matched.length };
}
