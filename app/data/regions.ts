import "server-only";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import { prisma } from "./db";
import type { RegionLevel } from "../domain/site-query";
import { parseJsonColumn, polygonGeometryColumn } from "../domain/stored-json";

export interface RegionFeatureProperties {
  adcode: string;
  name: string;
  nameEn: string | null;
  level: RegionLevel;
  parent: string | null;
  /** Seat of government [lng, lat] (WGS84), when known. */
  seat: [number, number] | null;
  centroid: [number, number];
}

export type RegionFeatureCollection = FeatureCollection<Geometry, RegionFeatureProperties>;

/** Province, city or county boundaries as GeoJSON (WGS84), keyed on adcode, read from the database. */
export async function readRegionsGeoJson(level: RegionLevel): Promise<RegionFeatureCollection> {
  const rows = await prisma.region.findMany({ where: { level }, orderBy: { adcode: "asc" } });
  const features: Feature<Geometry, RegionFeatureProperties>[] = rows.map((r) => ({
    type: "Feature",
    id: r.adcode,
    geometry: parseJsonColumn("Region.geometry", polygonGeometryColumn, r.geometry),
    properties: {
      adcode: r.adcode,
      name: r.nameZh,
      nameEn: r.nameEn,
      level: r.level as RegionLevel,
      parent: r.parentAdcode,
      seat: r.seatLng != null && r.seatLat != null ? [r.seatLng, r.seatLat] : null,
      centroid: [r.centroidLng, r.centroidLat],
    },
  }));
  return { type: "FeatureCollection", features };
}

/** adcode → Chinese name for every region. */
export async function loadRegionNames(): Promise<Map<string, string>> {
  const rows = await prisma.region.findMany({ select: { adcode: true, nameZh: true } });
  return new Map(rows.map((r) => [r.adcode, r.nameZh]));
}

/** adcode → Chinese and English names for every region (for joining names into site features). */
export async function loadRegionNamesBilingual(): Promise<Map<string, { zh: string; en: string | null }>> {
  const rows = await prisma.region.findMany({ select: { adcode: true, nameZh: true, nameEn: true } });
  return new Map(rows.map((r) => [r.adcode, { zh: r.nameZh, en: r.nameEn }]));
}

/** A city or county as a search place: names and where its name points (seat of government, else centroid). */
export interface RegionPlace {
  adcode: string;
  level: "city" | "county";
  nameZh: string;
  nameEn: string | null;
  lng: number;
  lat: number;
}

/** Every city and county as a search place, by adcode. */
export async function loadRegionPlaces(): Promise<RegionPlace[]> {
  const rows = await prisma.region.findMany({
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
  });
  return rows.map((r) => ({
    adcode: r.adcode,
    level: r.level === "city" ? "city" : "county",
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    // The seat of government is where people mean by a county's name; the centroid can be in the hills.
    lng: r.seatLng ?? r.centroidLng,
    lat: r.seatLat ?? r.centroidLat,
  }));
}

/** Every county with its seat of government [lng, lat] (null when unknown). */
export async function loadCountySeats(): Promise<
  { adcode: string; nameZh: string; nameEn: string | null; seat: [number, number] | null }[]
> {
  const rows = await prisma.region.findMany({
    where: { level: "county" },
    select: { adcode: true, nameZh: true, nameEn: true, seatLng: true, seatLat: true },
  });
  return rows.map((r) => ({
    adcode: r.adcode,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    seat: r.seatLng != null && r.seatLat != null ? [r.seatLng, r.seatLat] : null,
  }));
}

/** The seat of government (else the centroid) [lng, lat] of each given county adcode that exists. */
export async function countyPositions(adcodes: string[]): Promise<Map<string, [number, number]>> {
  const rows = adcodes.length
    ? await prisma.region.findMany({ where: { adcode: { in: adcodes }, level: "county" } })
    : [];
  return new Map(rows.map((r) => [r.adcode, [r.seatLng ?? r.centroidLng, r.seatLat ?? r.centroidLat]]));
}

/** Every county's outline (WGS84) with its names, by adcode. */
export async function loadCountyOutlines(): Promise<
  { adcode: string; name: string; nameEn: string | null; geometry: Polygon | MultiPolygon }[]
> {
  const rows = await prisma.region.findMany({
    where: { level: "county" },
    select: { adcode: true, nameZh: true, nameEn: true, geometry: true },
    orderBy: { adcode: "asc" },
  });
  return rows.map((r) => ({
    adcode: r.adcode,
    name: r.nameZh,
    nameEn: r.nameEn,
    geometry: parseJsonColumn("Region.geometry", polygonGeometryColumn, r.geometry),
  }));
}
