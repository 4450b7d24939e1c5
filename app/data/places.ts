import "server-only";
import { prisma } from "./db";
import { loadRegistry, registryVersion } from "./registry";
import type { Place } from "../domain/place-search";

let cache: { version: number; places: Place[] } | null = null;

/** Everything a user can type to start a search: counties and cities (at their seat), parks, sites. */
export async function loadPlaces(): Promise<Place[]> {
  const version = registryVersion();
  if (cache && cache.version === version) return cache.places;
  const [regions, parks, sites] = await Promise.all([
    prisma.region.findMany({
      where: { level: { in: ["county", "city"] } },
      select: {
        adcode: true,
        level: true,
        nameZh: true,
        nameEn: true,
        seatLng: true,
        seatLat: true,
        centroidLng: true,
        centroidLat: true,
      },
      orderBy: { adcode: "asc" },
    }),
    prisma.park.findMany({
      select: { id: true, nameZh: true, nameEn: true, centerLng: true, centerLat: true },
      orderBy: { id: "asc" },
    }),
    loadRegistry(),
  ]);
  const countyName = new Map(regions.map((r) => [r.adcode, r.nameZh]));
  const places: Place[] = [
    ...regions.map((r): Place => ({
      kind: r.level === "city" ? "city" : "county",
      id: r.adcode,
      name: r.nameZh,
      nameEn: r.nameEn ?? "",
      // The seat of government is where people mean by a county's name; the centroid can be in the hills.
      lng: r.seatLng ?? r.centroidLng,
      lat: r.seatLat ?? r.centroidLat,
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
