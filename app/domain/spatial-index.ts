/**
 * In-memory geographic index (kdbush + geokdbush) that returns EXACT great-circle results.
 *
 * geokdbush ranks with its own haversine on a 6371 km sphere; the app reports distances with
 * `haversineKm` (6371.0088 km, the Turf radius). The two orderings agree except within floating-point
 * noise, so geokdbush only proposes candidates (with a safety margin) and the final filter and order are
 * computed with `haversineKm`. Results therefore equal a brute-force haversine ranking over all items,
 * ties broken by insertion order.
 */
import KDBush from "kdbush";
import { around } from "geokdbush";
import { haversineKm } from "./distance";

export interface GeoPoint {
  lng: number;
  lat: number;
}

export interface GeoIndex<T extends GeoPoint> {
  /** Items in insertion order; kdbush ids are positions in this array. */
  readonly items: readonly T[];
  readonly kd: KDBush;
}

export interface NearestOptions<T> {
  /** Maximum number of results (k nearest). Default: no limit. */
  limit?: number;
  /** Inclusive radius in great-circle km (see `isWithinRadiusKm`). Default: no radius. */
  radiusKm?: number;
  /** Keep only items for which this returns true (applied inside the index walk). */
  filter?: (item: T) => boolean;
}

export interface Neighbour<T> {
  item: T;
  /** Position of the item in `index.items` (the tie-breaker). */
  position: number;
  /** Exact great-circle distance (haversineKm), unrounded. */
  distanceKm: number;
}

/** Distances are reported at metre resolution. */
export const DISTANCE_DECIMALS = 3;
const SCALE = 10 ** DISTANCE_DECIMALS;
// Relative and absolute slack that covers the 6371 vs 6371.0088 km radii and rounding noise in the pre-filter.
const REL_SLACK = 1e-9;
const ABS_SLACK_KM = 1e-9;

/** Great-circle km rounded to the metre: the value shown to users and compared with radii. */
export function roundKm(distanceKm: number): number {
  return Math.round(distanceKm * SCALE) / SCALE;
}

/** Tolerance of the inclusive radius: 1 mm, far above floating-point noise and far below coordinate precision. */
export const RADIUS_TOLERANCE_KM = 1e-6;

/**
 * The inclusive radius rule: a point is within R km when its exact great-circle distance is ≤ R + 1 mm.
 * A point placed exactly on the circle is inside despite floating-point noise; with R at metre resolution
 * (the API normalises it so) the reported, metre-rounded distance never exceeds R.
 */
export function isWithinRadiusKm(distanceKm: number, radiusKm: number): boolean {
  return distanceKm <= radiusKm + RADIUS_TOLERANCE_KM;
}

/** Builds an index over items with lng/lat (WGS84 degrees); ids are array positions. */
export function buildGeoIndex<T extends GeoPoint>(items: readonly T[], nodeSize = 64): GeoIndex<T> {
  const kd = new KDBush(items.length, nodeSize);
  for (let i = 0; i < items.length; i++) kd.add(items[i].lng, items[i].lat);
  kd.finish();
  return { items, kd };
}

function compareNeighbours<T>(a: Neighbour<T>, b: Neighbour<T>): number {
  return a.distanceKm - b.distanceKm || a.position - b.position;
}

/** Upper bound (in geokdbush km) that contains every point whose exact distance is ≤ exactKm. */
function candidateBoundKm(exactKm: number): number {
  return exactKm * (1 + REL_SLACK) + ABS_SLACK_KM;
}

// Module-level helpers rather than per-call closures: this is the hot path of every search.

/** Exact distances for geokdbush's candidates, sorted (distance, then insertion order). */
function ranked<T extends GeoPoint>(items: readonly T[], ids: number[], lng: number, lat: number): Neighbour<T>[] {
  const out: Neighbour<T>[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const it = items[id];
    out[i] = { item: it, position: id, distanceKm: haversineKm(lng, lat, it.lng, it.lat) };
  }
  return out.sort(compareNeighbours);
}

/** The radius rule keeps a prefix of the sorted list, so "k nearest, then within R" is well defined. */
function inRadius<T>(list: Neighbour<T>[], radiusKm: number): Neighbour<T>[] {
  if (!Number.isFinite(radiusKm)) return list;
  let end = 0;
  while (end < list.length && isWithinRadiusKm(list[end].distanceKm, radiusKm)) end++;
  return end === list.length ? list : list.slice(0, end);
}

/**
 * Nearest items to (lng, lat) sorted by exact great-circle distance, then insertion order.
 * With `limit` this is k-nearest; with `radiusKm` only items inside the inclusive radius; both may combine.
 */
export function nearest<T extends GeoPoint>(
  index: GeoIndex<T>,
  lng: number,
  lat: number,
  options: NearestOptions<T> = {},
): Neighbour<T>[] {
  const { items, kd } = index;
  const limit = Math.floor(options.limit ?? Infinity);
  const radiusKm = options.radiusKm ?? Infinity;
  if (items.length === 0 || limit <= 0 || radiusKm < 0) return [];
  const filter = options.filter;
  // No predicate at all when unfiltered: geokdbush calls it for every visited point.
  const predicate = filter ? (id: number) => filter(items[id]) : undefined;
  const maxKm = Number.isFinite(radiusKm) ? candidateBoundKm(radiusKm + RADIUS_TOLERANCE_KM) : Infinity;

  if (!Number.isFinite(limit))
    return inRadius(ranked(items, around(kd, lng, lat, Infinity, maxKm, predicate), lng, lat), radiusKm);

  // One candidate more than asked: if it is clearly farther than the k-th, geokdbush's set is the exact set.
  const first = ranked(items, around(kd, lng, lat, limit + 1, maxKm, predicate), lng, lat);
  if (first.length <= limit) return inRadius(first, radiusKm);
  const kth = first[limit - 1].distanceKm;
  if (first[limit].distanceKm > candidateBoundKm(kth)) return inRadius(first.slice(0, limit), radiusKm);
  // Near-tie at the k-th place: take everything up to the k-th distance and rank it exactly.
  const ties = ranked(
    items,
    around(kd, lng, lat, Infinity, Math.min(maxKm, candidateBoundKm(kth)), predicate),
    lng,
    lat,
  );
  return inRadius(ties.slice(0, limit), radiusKm);
}
