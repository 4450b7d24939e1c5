/** Great-circle distance and the road-distance estimate. Coordinates are [lng, lat] in WGS84 degrees. */

/** Mean Earth radius in km, the same value Turf uses, so results match turf.distance. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Default ratio of road to great-circle distance; an estimate, shown as such. */
export const DEFAULT_CIRCUITY = 1.3;

/**
 * Accepted circuity range, for search and pairing alike: 1 (a straight road) to 3. Road networks in
 * mountainous Shanxi rarely exceed ~1.6 over haul distances; 3 leaves room for a detour-heavy what-if.
 */
export const CIRCUITY_RANGE = [1, 3] as const;

const RAD = Math.PI / 180;

/** Haversine great-circle distance in km between two [lng, lat] points. */
export function greatCircleKm(a: readonly [number, number], b: readonly [number, number]): number {
  return haversineKm(a[0], a[1], b[0], b[1]);
}

/** Haversine great-circle distance in km, taking plain numbers to avoid tuple allocation in hot loops. */
export function haversineKm(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Estimated road km: great-circle km times a circuity factor (default 1.3). */
export function roadKmEstimate(distanceKm: number, circuity: number = DEFAULT_CIRCUITY): number {
  return distanceKm * circuity;
}
