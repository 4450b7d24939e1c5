import "server-only";
import { registryVersion } from "../data/registry";
import { loadRegionPlaces } from "../data/regions";
import { loadParkCentres } from "../data/parks";
import { loadRegistry } from "./registry-cache";
import { setImmediate } from "node:timers/promises";
import {
  bestPlaces,
  matchPlaces,
  normalizePlaceText,
  preparePlaceNames,
  type Place,
  type PlaceMatches,
  type RankedPlace,
} from "../domain/place-search";

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
  // Normalise every name now, 2,000 places per turn of the event loop, so the first search does not do 10^5 at once.
  for (let i = 0; i < places.length; i++) {
    preparePlaceNames(places[i]);
    if (i % 2_000 === 1_999) await setImmediate();
  }
  // Regions and parks only change through the seed; sites through registry writes (registryVersion).
  if (places.length > 0 && version === registryVersion()) cache = { version, places };
  return places;
}

/** Places a search runs through per turn of the event loop (10^5 sites take ~0.5 s in all). */
const SEARCH_SLICE_PLACES = 5_000;

/** The best `limit` places for typed input, matched slice by slice so a 10^5-site registry never holds the server. */
export async function findPlaces(input: string, limit: number): Promise<RankedPlace[]> {
  const places = await loadPlaces();
  const query = normalizePlaceText(input);
  const matches: PlaceMatches = { ranked: [], bestMemberScore: new Map() };
  for (let i = 0; i < places.length; i += SEARCH_SLICE_PLACES) {
    matchPlaces(places.slice(i, i + SEARCH_SLICE_PLACES), query, matches);
    if (i + SEARCH_SLICE_PLACES < places.length) await setImmediate();
  }
  return bestPlaces(matches, limit);
}
