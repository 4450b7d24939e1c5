/**
 * What the map's site vector tiles carry (see workers/site-tiles.mjs for the index and the encoder):
 * one record per site with only the properties styles and filters need, which sites are never clustered,
 * the facet counts the map's "N of M sites shown" line is computed from, and tile-address validation.
 *
 * Materials are encoded as "|code|" token lists (`produces`, `absorbs`) rather than a numeric bitmask: MapLibre
 * expressions have no bitwise operators, but `["in", "|fly-ash|", ["get", "produces"]]` tests a token.
 */
import { MATERIALS } from "./materials";
import { siteRole, type RegistrySite, type SiteRole } from "./registry-types";
import { SITE_STATUSES, type SiteStatus } from "./site-status";
import { intakeCapacityTonnesPerYear, materialTokenList, outputTonnesPerYear } from "./site-features";
import type { SiteTileRecord } from "../../workers/site-tiles.mjs";

export type { SiteTileRecord };

/** Highest zoom tiles are cut for (MapLibre over-zooms beyond it); equals TILE_MAX_ZOOM in workers/site-tiles.mjs. */
export const SITE_TILE_MAX_ZOOM = 14;

/** Material codes in cluster-bitmask order (bit i = MATERIAL_TILE_CODES[i]). */
export const MATERIAL_TILE_CODES: readonly string[] = MATERIALS.map((m) => m.code);
export const STATUS_TILE_CODES: readonly string[] = SITE_STATUSES;

/**
 * What a tile record is made from: the few site columns styling and filtering need (a RegistrySite is one; the tile
 * thread reads just these from SQLite, app/data/site-tile-rows.ts).
 */
export interface SiteTileSource {
  id: string;
  name: string;
  nameEn: string;
  lng: number;
  lat: number;
  parkId: string | null;
  status: SiteStatus;
  provenance: Pick<RegistrySite["provenance"], "synthetic">;
  outputs: readonly Pick<RegistrySite["outputs"][number], "material" | "tonnesPerYear">[];
  intakes: readonly Pick<RegistrySite["intakes"][number], "material" | "capacityTonnesPerYear">[];
}

/** True for sites a cluster must never hide: the plan's bases (ids "plan-…") and real sites inside a plan park. */
export function isKeySite(site: Pick<SiteTileSource, "id" | "parkId" | "provenance">): boolean {
  return site.id.startsWith("plan-") || (site.parkId !== null && !site.provenance.synthetic);
}

/** One registry site as a tile record: position, never-cluster flag and the styling/filtering properties. */
export function siteTileRecord(site: SiteTileSource): SiteTileRecord {
  return {
    id: site.id,
    lng: site.lng,
    lat: site.lat,
    key: isKeySite(site),
    properties: {
      id: site.id,
      name: site.name,
      nameEn: site.nameEn,
      role: siteRole(site),
      produces: materialTokenList(site.outputs.map((o) => o.material)),
      absorbs: materialTokenList(site.intakes.map((i) => i.material)),
      synthetic: site.provenance.synthetic,
      status: site.status,
      sizeTonnesPerYear: Math.max(outputTonnesPerYear(site), intakeCapacityTonnesPerYear(site)),
    },
  };
}

/** Sites sharing every filterable property, counted (a registry of 10^5 sites has a few hundred of these). */
export interface SiteFacet {
  role: SiteRole;
  produces: string;
  absorbs: string;
  synthetic: boolean;
  status: SiteStatus;
  count: number;
}

/** Adds one record to a facet table keyed by its filterable properties. */
export function addToFacets(facets: Map<string, SiteFacet>, p: SiteTileRecord["properties"]): void {
  const key = `${p.role}\t${p.produces}\t${p.absorbs}\t${p.synthetic}\t${p.status}`;
  const f = facets.get(key);
  if (f) f.count += 1;
  else
    facets.set(key, {
      role: p.role as SiteRole,
      produces: p.produces,
      absorbs: p.absorbs,
      synthetic: p.synthetic,
      status: p.status as SiteStatus,
      count: 1,
    });
}

/** Number of sites a toggle state shows (the same rule as the map's site filter, siteVisibilityFilter). */
export function countShownSites(
  facets: readonly SiteFacet[],
  toggles: {
    roles: readonly string[];
    materials: readonly string[];
    allMaterials: boolean;
    showSynthetic?: boolean;
    statuses?: readonly string[];
  },
): number {
  const tokens = toggles.materials.map((m) => `|${m}|`);
  let n = 0;
  for (const f of facets) {
    if (!toggles.roles.includes(f.role)) continue;
    if (toggles.showSynthetic === false && f.synthetic) continue;
    if (toggles.statuses && !toggles.statuses.includes(f.status)) continue;
    if (!toggles.allMaterials && !tokens.some((t) => f.produces.includes(t) || f.absorbs.includes(t))) continue;
    n += f.count;
  }
  return n;
}

/** TileJSON 3.0 for the site tiles, plus the registry's site count and facets. */
export interface SiteTileJson {
  tilejson: "3.0.0";
  tiles: string[];
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
  vector_layers: { id: string; fields: Record<string, string> }[];
  /** Changes whenever the registry changes (use it to refresh cached tiles). */
  version: string;
  siteCount: number;
  clustered: boolean;
  facets: SiteFacet[];
}

export type TileAddress = { z: number; x: number; y: number };

/** Validates a tile address from the URL (`y` may end in ".pbf" or ".mvt"); the error names the bad part. */
export function parseTileAddress(
  z: string,
  x: string,
  y: string,
  maxZoom: number,
): { ok: true; value: TileAddress } | { ok: false; error: string } {
  const yBare = y.replace(/\.(pbf|mvt)$/, "");
  const int = (s: string) => (/^\d{1,9}$/.test(s) ? Number(s) : Number.NaN);
  const zi = int(z);
  if (!Number.isInteger(zi) || zi > maxZoom)
    return { ok: false, error: `z must be an integer 0..${maxZoom} (got "${z}")` };
  const n = 2 ** zi;
  const xi = int(x);
  if (!Number.isInteger(xi) || xi >= n)
    return { ok: false, error: `x must be an integer 0..${n - 1} at zoom ${zi} (got "${x}")` };
  const yi = int(yBare);
  if (!Number.isInteger(yi) || yi >= n || !/^\d+(\.(pbf|mvt))?$/.test(y))
    return {
      ok: false,
      error: `y must be an integer 0..${n - 1} at zoom ${zi}, optionally ending in .pbf (got "${y}")`,
    };
  return { ok: true, value: { z: zi, x: xi, y: yi } };
}
