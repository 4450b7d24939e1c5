/** The keyboard site list's rows: the sites the map has drawn in its current view, matching a name filter. */
import type { MapSiteProperties } from "../../domain/site-features";

export interface ViewBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** One listed site: the tile properties (name, role, size, …) and its point. */
export interface SiteListRow extends Pick<
  MapSiteProperties,
  "id" | "name" | "nameEn" | "role" | "synthetic" | "sizeTonnesPerYear"
> {
  lng: number;
  lat: number;
}

export interface SitesInView {
  /** Rows to list (largest first), at most `limit`. */
  rows: SiteListRow[];
  /** How many sites match in all (rows may be fewer). */
  total: number;
}

/**
 * Rows inside `bounds` whose zh/en name contains `query` (case-insensitive), one per id (a site can sit in
 * several loaded tiles), largest first, ties by id.
 */
export function sitesInView(
  rows: readonly SiteListRow[],
  bounds: ViewBounds,
  query: string,
  limit: number,
): SitesInView {
  const q = query.trim().toLowerCase();
  const byId = new Map<string, SiteListRow>();
  for (const r of rows) {
    if (byId.has(r.id)) continue;
    if (r.lng < bounds.west || r.lng > bounds.east || r.lat < bounds.south || r.lat > bounds.north) continue;
    if (q && !r.name.toLowerCase().includes(q) && !r.nameEn.toLowerCase().includes(q)) continue;
    byId.set(r.id, r);
  }
  const matched = [...byId.values()].sort(
    (a, b) => b.sizeTonnesPerYear - a.sizeTonnesPerYear || a.id.localeCompare(b.id),
  );
  return { rows: matched.slice(0, limit), total: matched.length };
}
