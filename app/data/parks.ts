import "server-only";
import { prisma } from "./db";
import { parkFeatureCollection, type PlainPark } from "../domain/park-features";
import { parseJsonColumn, polygonGeometryColumn } from "../domain/stored-json";

/** Every park as a plain object (outline parsed, county name joined). */
export async function loadParks(): Promise<PlainPark[]> {
  const rows = await prisma.park.findMany({
    include: { county: { select: { nameZh: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.nameZh,
    nameEn: r.nameEn,
    kind: r.kind,
    countyAdcode: r.countyAdcode,
    countyName: r.county?.nameZh ?? null,
    centerLng: r.centerLng,
    centerLat: r.centerLat,
    radiusKm: r.radiusKm,
    geometry: r.geometry ? parseJsonColumn("Park.geometry", polygonGeometryColumn, r.geometry) : null,
    precision: r.precision,
    source: r.source,
    notes: r.notes,
  }));
}

/** Parks as GeoJSON polygons (stored outline or a circle of radiusKm). */
export async function loadParksGeoJson() {
  return parkFeatureCollection(await loadParks());
}

/** A park's id and names, or null for an unknown id. */
export async function findParkName(id: string): Promise<{ id: string; nameZh: string; nameEn: string } | null> {
  return prisma.park.findUnique({ where: { id }, select: { id: true, nameZh: true, nameEn: true } });
}

/** Every park's id, names, centre [lng, lat] and county, by id (no outline). */
export async function loadParkCentres(): Promise<
  { id: string; nameZh: string; nameEn: string; centerLng: number; centerLat: number; countyAdcode: string | null }[]
> {
  return prisma.park.findMany({
    select: { id: true, nameZh: true, nameEn: true, centerLng: true, centerLat: true, countyAdcode: true },
    orderBy: { id: "asc" },
  });
}
