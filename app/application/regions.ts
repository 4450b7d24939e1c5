import "server-only";
import { readRegionsGeoJson, type RegionFeatureCollection } from "../data/regions";
import type { RegionLevel } from "../domain/site-query";

// Boundaries are written only by the seed, so each level is read and parsed once per server process.
const byLevel = new Map<RegionLevel, Promise<RegionFeatureCollection>>();

/** Province, city or county boundaries as GeoJSON (WGS84), keyed on adcode (cached per process). */
export function loadRegionsGeoJson(level: RegionLevel): Promise<RegionFeatureCollection> {
  let pending = byLevel.get(level);
  if (!pending) {
    pending = readRegionsGeoJson(level);
    // An empty answer (database not seeded yet) is not cached, so the map fills in once the seed has run.
    pending.then(
      (fc) => fc.features.length === 0 && byLevel.delete(level),
      () => byLevel.delete(level),
    );
    byLevel.set(level, pending);
  }
  return pending;
}
