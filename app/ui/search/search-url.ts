/**
 * The nearby-search state as URL query parameters (the map view stays in the #map= hash), so a search can be
 * shared and reopened. Pure parse/serialise; every parameter is prefixed "nb-" to stay clear of other features.
 *
 *   nb-mat=red-mud            material (required for a search)
 *   nb-from=site:<id>         origin: a site, or pt:<lng>,<lat> (map click or typed county/park/city)
 *   nb-label=河津市            display name of a pt: origin (typed place)
 *   nb-park=<park id>         the pt: origin stands for this park (park cycle for consumers in it)
 *   nb-r=50                   radius km (omit → the material's max haul)
 *   nb-k=10                   k nearest instead of a radius
 *   nb-sort=cost              results table order: a column key, "-" first for descending (-remaining)
 *   nb-c=1.3                  circuity; nb-co2=0.08 trucking kg CO2/t·km
 *   nb-sel=<site id>          highlighted result
 *   nb-syn=1                  include synthetic consumers (default: real only)
 *   nb-nonop=1                include non-operating consumers (default: operating only)
 */
import { isMaterialCode, type MaterialCode } from "../../domain/materials";

export type SearchOriginParam =
  | { kind: "site"; siteId: string }
  | { kind: "point"; lng: number; lat: number; label: string | null; parkId?: string | null };
/** Columns of the results table the order can be on (the API answers by distance). */
export const SEARCH_SORT_KEYS = ["name", "distance", "road", "remaining", "cost", "co2", "route", "level"] as const;
export type SearchSortKey = (typeof SEARCH_SORT_KEYS)[number];
export interface SearchSort {
  key: SearchSortKey;
  direction: "asc" | "desc";
}
export const DEFAULT_SEARCH_SORT: SearchSort = { key: "distance", direction: "asc" };

export interface SearchUrlState {
  material: MaterialCode | null;
  origin: SearchOriginParam | null;
  radiusKm: number | null;
  k: number | null;
  sort: SearchSort;
  circuity: number | null;
  co2KgPerTonneKm: number | null;
  selectedId: string | null;
  /** Search synthetic consumers too (off by default: analyses use real sites). */
  includeSynthetic: boolean;
  /** Search non-operating consumers too (off by default). */
  includeNonOperating: boolean;
}

export const EMPTY_SEARCH: SearchUrlState = {
  material: null,
  origin: null,
  radiusKm: null,
  k: null,
  sort: DEFAULT_SEARCH_SORT,
  circuity: null,
  co2KgPerTonneKm: null,
  selectedId: null,
  includeSynthetic: false,
  includeNonOperating: false,
};

const KEYS = [
  "nb-mat",
  "nb-from",
  "nb-label",
  "nb-park",
  "nb-r",
  "nb-k",
  "nb-sort",
  "nb-c",
  "nb-co2",
  "nb-sel",
  "nb-syn",
  "nb-nonop",
] as const;

function positive(raw: string | null): number | null {
  if (raw === null || raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** "cost" → cost ascending, "-remaining" → remaining descending; the old "capacity" is remaining descending. */
function parseSort(raw: string | null): SearchSort {
  if (raw === "capacity") return { key: "remaining", direction: "desc" };
  const desc = raw?.startsWith("-") ?? false;
  const key = desc ? raw!.slice(1) : raw;
  return SEARCH_SORT_KEYS.includes(key as SearchSortKey)
    ? { key: key as SearchSortKey, direction: desc ? "desc" : "asc" }
    : DEFAULT_SEARCH_SORT;
}

/** Reads the search state from URL query parameters; malformed values are dropped (the API validates again). */
export function parseSearchUrl(params: URLSearchParams): SearchUrlState {
  const mat = params.get("nb-mat");
  const from = params.get("nb-from");
  let origin: SearchOriginParam | null = null;
  if (from?.startsWith("site:") && from.length > 5) origin = { kind: "site", siteId: from.slice(5) };
  else if (from?.startsWith("pt:")) {
    const [lng, lat] = from.slice(3).split(",").map(Number);
    if (Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90) {
      origin = { kind: "point", lng, lat, label: params.get("nb-label") };
      const park = params.get("nb-park");
      if (park) origin.parkId = park;
    }
  }
  const k = positive(params.get("nb-k"));
  return {
    material: mat && isMaterialCode(mat) ? mat : null,
    origin,
    radiusKm: k ? null : positive(params.get("nb-r")),
    k: k && Number.isInteger(k) ? k : null,
    sort: parseSort(params.get("nb-sort")),
    circuity: positive(params.get("nb-c")),
    co2KgPerTonneKm: positive(params.get("nb-co2")),
    selectedId: params.get("nb-sel") || null,
    includeSynthetic: params.get("nb-syn") === "1",
    includeNonOperating: params.get("nb-nonop") === "1",
  };
}

/** Writes the search state into `params` (other parameters are kept); defaults are left out. */
export function writeSearchUrl(params: URLSearchParams, state: SearchUrlState): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of KEYS) out.delete(key);
  if (state.material) out.set("nb-mat", state.material);
  if (state.origin?.kind === "site") out.set("nb-from", `site:${state.origin.siteId}`);
  if (state.origin?.kind === "point") {
    // 6 decimals ≈ 0.1 m: enough to reproduce the same distances after a reload.
    out.set("nb-from", `pt:${state.origin.lng.toFixed(6)},${state.origin.lat.toFixed(6)}`);
    if (state.origin.label) out.set("nb-label", state.origin.label);
    if (state.origin.parkId) out.set("nb-park", state.origin.parkId);
  }
  if (state.k) out.set("nb-k", String(state.k));
  else if (state.radiusKm) out.set("nb-r", String(state.radiusKm));
  if (state.sort.key !== DEFAULT_SEARCH_SORT.key || state.sort.direction !== DEFAULT_SEARCH_SORT.direction)
    out.set("nb-sort", `${state.sort.direction === "desc" ? "-" : ""}${state.sort.key}`);
  if (state.circuity) out.set("nb-c", String(state.circuity));
  if (state.co2KgPerTonneKm) out.set("nb-co2", String(state.co2KgPerTonneKm));
  if (state.selectedId) out.set("nb-sel", state.selectedId);
  if (state.includeSynthetic) out.set("nb-syn", "1");
  if (state.includeNonOperating) out.set("nb-nonop", "1");
  return out;
}

/** The API URL for a state, or null when the state is not a complete search (material and origin needed). */
export function nearbyApiUrl(state: SearchUrlState): string | null {
  if (!state.material || !state.origin) return null;
  const q = new URLSearchParams({ material: state.material });
  if (state.k) q.set("k", String(state.k));
  else if (state.radiusKm) q.set("radiusKm", String(state.radiusKm));
  if (state.circuity) q.set("circuity", String(state.circuity));
  if (state.co2KgPerTonneKm) q.set("co2KgPerTonneKm", String(state.co2KgPerTonneKm));
  if (state.includeSynthetic) q.set("includeSynthetic", "true");
  if (state.includeNonOperating) q.set("includeNonOperating", "true");
  if (state.origin.kind === "site") return `/api/sites/${encodeURIComponent(state.origin.siteId)}/consumers?${q}`;
  q.set("lng", state.origin.lng.toFixed(6));
  q.set("lat", state.origin.lat.toFixed(6));
  if (state.origin.parkId) q.set("parkId", state.origin.parkId);
  return `/api/consumers/nearby?${q}`;
}
