import "server-only";
import { registryVersion } from "../data/registry";
import { loadRegionPlaces } from "../data/regions";
import { loadParkCentres } from "../data/parks";
import { loadRegistry } from "./registry-cache";
import type { Place } from "../domain/place-search";

let cache: { version: number; places: Place[] } | null = null;

/** Everything a user can type to start a search: counties and cities (at their seat), parks, sites. */
export async function loadPlaces(): Promise<Place[]> {
  const version = registryVersion();
  if (cache && cache.version === version) return cache.places;
  const [regions, parks, sites] = await Promise.all([loadRegionPlaces(), loadParkCentres(), loadRegistry()]);
  const countyName = new Map(regions.map((r) => [r.adcode, r.nameZh]));
  const places: Place[] = [
    ...regions.map((r): Place => ({
      kind: r.level,
      id: r.adcode,
      name: r.nameZh,
      nameEn: r.nameEn ?? "",
      lng: r.lng,
      lat: r.lat,
    })),
    ...parks.map((p): Place => ({
      kind: "park",
      id: p.id,
      name: p.nameZh,
      nameEn: p.nameEn,
      lng: p.centerLng,
      lat: p.centerLat,
    })),
    ...sites.map((s): Place => ({
      kind: "site",
      id: s.id,
      name: s.name,
      nameEn: s.nameEn,
      lng: s.lng,
      lat: s.lat,
      aliases: s.countyAdcode && countyName.has(s.countyAdcode) ? [countyName.get(s.countyAdcode)!] : [],
      parkId: s.parkId,
    })),
  ];
  // Regions and parks only change through the seed; sites through registry writes (registryVersion).
  if (places.length > 0) cache = { version, places };
  return places;
}
