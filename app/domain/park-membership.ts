/**
 * Park membership by location and by name (SitePark): a site belongs to every park whose shape contains it
 * (a circle, one of several circles, or a set of counties/cities), and to the park it names. `parkIds` lists
 * them smallest first; `parkId` (the park cycle) is the named park, else the smallest containing park whose
 * membership is "radius" (see parks-catalogue.ts).
 */
import { booleanPointInPolygon, point } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import { haversineKm } from "./distance";
import { PARKS } from "./parks-catalogue";

export interface MembershipPark {
  id: string;
  /** "radius": a park cycle for the sites inside; "explicit": a designation whose members are listed only. */
  membership: "radius" | "explicit";
  /** Area in km², to order parks smallest first. */
  areaKm2: number;
  /** Circles [lng, lat, radiusKm] making the park's shape (empty when `regionAdcodes` is used). */
  circles: readonly (readonly [number, number, number])[];
  /** County or city adcodes whose union is the park's shape. */
  regionAdcodes: readonly string[];
  /** The stored outline (used when set, e.g. by the data layer, which has outlines rather than adcodes). */
  geometry?: Polygon | MultiPolygon | null;
}

export interface MembershipSite {
  lng: number;
  lat: number;
  countyAdcode: string | null;
  /** The park the site names, if any. */
  parkId: string | null;
}

/** True when the site lies inside the park's shape (regions by county/city adcode, circles by great-circle distance). */
export function parkContains(park: MembershipPark, site: MembershipSite): boolean {
  if (park.geometry) return booleanPointInPolygon(point([site.lng, site.lat]), park.geometry);
  if (park.regionAdcodes.length) {
    if (!site.countyAdcode) return false;
    const city = `${site.countyAdcode.slice(0, 4)}00`;
    return park.regionAdcodes.includes(site.countyAdcode) || park.regionAdcodes.includes(city);
  }
  return park.circles.some(([lng, lat, r]) => haversineKm(lng, lat, site.lng, site.lat) <= r);
}

/** Every park of a site (smallest first) and its park cycle. */
export function parkMembership(
  site: MembershipSite,
  parks: readonly MembershipPark[],
): { parkId: string | null; parkIds: string[] } {
  const inside = parks.filter((p) => p.id === site.parkId || parkContains(p, site));
  inside.sort((a, b) => a.areaKm2 - b.areaKm2 || a.id.localeCompare(b.id));
  const cycle = site.parkId ?? inside.find((p) => p.membership === "radius")?.id ?? null;
  return { parkId: cycle, parkIds: inside.map((p) => p.id) };
}

/** A stored park row (outline or circle) as a membership park; membership kind from the catalogue ("explicit" if unknown). */
export function membershipParkOf(row: {
  id: string;
  centerLng: number;
  centerLat: number;
  radiusKm: number;
  geometry: Polygon | MultiPolygon | null;
  areaKm2: number;
}): MembershipPark {
  const spec = PARKS.find((p) => p.id === row.id);
  return {
    id: row.id,
    membership: spec?.membership ?? "explicit",
    areaKm2: row.areaKm2,
    circles: row.geometry ? [] : [[row.centerLng, row.centerLat, row.radiusKm]],
    regionAdcodes: [],
    geometry: row.geometry,
  };
}
