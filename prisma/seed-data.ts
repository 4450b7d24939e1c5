/**
 * Builds every row the seed writes, from the committed geodata/ files and the domain catalogues only
 * (never from ../shared). Pure apart from reading geodata/; deterministic.
 */
import fs from "node:fs";
import path from "node:path";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { area as turfArea, circle as turfCircle, featureCollection, union as turfUnion, feature } from "@turf/turf";
import { createCountyLocator } from "../app/domain/point-in-county";
import { parkMembership, type MembershipPark } from "../app/domain/park-membership";
import { haversineKm } from "../app/domain/distance";
import { PARKS, type ParkAnchor, type ParkSpec } from "../app/domain/parks-catalogue";
import { PLAN_SITES } from "./seed/plan-sites";
import type { SeedSite } from "./seed/seed-site";
import { DEFAULT_SYNTHETIC_SEED, generateSyntheticSites, type SyntheticAnchor } from "./seed/synthetic-sites";
import { planStockpileSites } from "./seed/plan-stockpiles";

export const GEODATA_DIR = path.resolve(__dirname, "..", "geodata");

/** Real (non-synthetic) points up to this far outside every county polygon get the nearest county. */
export const SNAP_TOLERANCE_KM = 3;

interface RegionProps {
  adcode: string;
  name: string;
  nameEn: string | null;
  level: "province" | "city" | "county";
  parentAdcode: string | null;
  center: [number, number];
  centroid: [number, number];
}

export interface RegionRow {
  adcode: string;
  level: string;
  nameZh: string;
  nameEn: string | null;
  parentAdcode: string | null;
  geometry: string;
  centroidLng: number;
  centroidLat: number;
  seatLng: number | null;
  seatLat: number | null;
}

export interface ParkRow {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  countyAdcode: string | null;
  centerLng: number;
  centerLat: number;
  radiusKm: number;
  geometry: string | null;
  precision: string;
  source: string;
  notes: string | null;
}

export interface SiteWithPlace extends SeedSite {
  countyAdcode: string | null;
  outsideProvince: boolean;
  /** Every park the site belongs to (by location or by name), smallest first. */
  parkIds: string[];
}

/** The GEM file: sites plus the GPPD site ids its merged plants replace. */
interface GemFile {
  supersedes: string[];
  sites: SeedSite[];
}

export interface SeedData {
  regions: RegionRow[];
  parks: ParkRow[];
  sites: SiteWithPlace[];
}

type RegionFC = FeatureCollection<Polygon | MultiPolygon, RegionProps>;

function readGeodata<T>(rel: string, dir: string): T {
  return JSON.parse(fs.readFileSync(path.join(dir, rel), "utf8")) as T;
}

/** Reads geodata/ and assembles regions, parks and sites (GEM + GPPD + plan + synthetic) with county and parks. */
export function buildSeedData(dir: string = GEODATA_DIR, seed: number = DEFAULT_SYNTHETIC_SEED): SeedData {
  const province = readGeodata<RegionFC>("boundaries/shanxi-province.wgs84.geojson", dir);
  const cities = readGeodata<RegionFC>("boundaries/shanxi-cities.wgs84.geojson", dir);
  const counties = readGeodata<RegionFC>("boundaries/shanxi-counties.wgs84.geojson", dir);
  const gppd = readGeodata<{ sites: SeedSite[] }>("facilities/gppd-shanxi-sites.json", dir);
  const gem = readGeodata<GemFile>("facilities/gem-shanxi-sites.json", dir);

  const regionFeatures = [...province.features, ...cities.features, ...counties.features];
  const regions: RegionRow[] = regionFeatures.map((f) => ({
    adcode: f.properties.adcode,
    level: f.properties.level,
    nameZh: f.properties.name,
    nameEn: f.properties.nameEn,
    parentAdcode: f.properties.parentAdcode,
    geometry: JSON.stringify(f.geometry),
    centroidLng: f.properties.centroid[0],
    centroidLat: f.properties.centroid[1],
    seatLng: f.properties.center[0],
    seatLat: f.properties.center[1],
  }));
  const seat = new Map(regionFeatures.map((f) => [f.properties.adcode, f.properties.center]));
  const seatOf = (adcode: string): [number, number] => {
    const s = seat.get(adcode);
    if (!s) throw new Error(`No region ${adcode} in geodata`);
    return s;
  };

  const countyShapes = counties.features.map((f) => ({ adcode: f.properties.adcode, geometry: f.geometry }));
  const locator = createCountyLocator(countyShapes);

  function resolveAnchor(anchor: ParkAnchor): { center: [number, number]; spreadKm: number } {
    switch (anchor.type) {
      case "county-seat":
      case "city-seat":
        return { center: seatOf(anchor.adcode), spreadKm: 0 };
      case "plant":
        return { center: [anchor.lng, anchor.lat], spreadKm: 0 };
      case "plants-mean": {
        const pts = anchor.plants.map((p): [number, number] => [p.lng, p.lat]);
        const center: [number, number] = [
          Math.round((pts.reduce((s, p) => s + p[0], 0) / pts.length) * 1e6) / 1e6,
          Math.round((pts.reduce((s, p) => s + p[1], 0) / pts.length) * 1e6) / 1e6,
        ];
        return { center, spreadKm: Math.max(...pts.map((p) => haversineKm(center[0], center[1], p[0], p[1]))) };
      }
      case "seats-mean": {
        const pts = anchor.adcodes.map(seatOf);
        const center: [number, number] = [
          Math.round((pts.reduce((s, p) => s + p[0], 0) / pts.length) * 1e6) / 1e6,
          Math.round((pts.reduce((s, p) => s + p[1], 0) / pts.length) * 1e6) / 1e6,
        ];
        return { center, spreadKm: Math.max(...pts.map((p) => haversineKm(center[0], center[1], p[0], p[1]))) };
      }
    }
  }

  const regionGeometry = new Map(regionFeatures.map((f) => [f.properties.adcode, f.geometry]));
  const membershipParks: MembershipPark[] = [];
  const parks: ParkRow[] = PARKS.map((p: ParkSpec) => {
    const { center, spreadKm } = resolveAnchor(p.anchor);
    const radiusKm = spreadKm > 0 ? Math.max(p.radiusKm, Math.ceil(spreadKm) + 5) : p.radiusKm;
    let geometry: Polygon | MultiPolygon | null = null;
    let circles: [number, number, number][] = [[center[0], center[1], radiusKm]];
    let regionAdcodes: string[] = [];
    let areaKm2 = Math.PI * radiusKm * radiusKm;
    if (p.area?.type === "regions") {
      regionAdcodes = [...p.area.adcodes];
      const shapes = regionAdcodes.map((a) => {
        const g = regionGeometry.get(a);
        if (!g) throw new Error(`Park ${p.id} names unknown region ${a}`);
        return feature(g);
      });
      geometry =
        shapes.length === 1
          ? shapes[0].geometry
          : (turfUnion(featureCollection(shapes))!.geometry as Polygon | MultiPolygon);
      areaKm2 = turfArea(geometry) / 1e6;
      circles = [];
    } else if (p.area?.type === "circles") {
      circles = p.area.anchors.map((a) => {
        const c = resolveAnchor(a).center;
        return [c[0], c[1], radiusKm];
      });
      geometry = {
        type: "MultiPolygon",
        coordinates: circles.map(([lng, lat, r]) =>
          turfCircle([lng, lat], r, { steps: 64, units: "kilometers" }).geometry.coordinates.map((ring) =>
            ring.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]),
          ),
        ),
      };
      areaKm2 = circles.length * Math.PI * radiusKm * radiusKm;
    }
    membershipParks.push({ id: p.id, membership: p.membership, areaKm2, circles, regionAdcodes });
    return {
      id: p.id,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      kind: p.kind,
      countyAdcode: locator.locate(center[0], center[1]),
      centerLng: center[0],
      centerLat: center[1],
      radiusKm,
      geometry: geometry ? JSON.stringify(geometry) : null,
      precision: p.precision,
      source: p.source,
      notes: p.notes,
    };
  });
  const parkRow = new Map(parks.map((p) => [p.id, p]));

  const planSites: SeedSite[] = PLAN_SITES.map(({ anchor, ...rest }) => {
    const { center } = resolveAnchor(anchor);
    return { ...rest, lng: center[0], lat: center[1] };
  });
  const superseded = new Set(gem.supersedes);
  const registered = [...gem.sites, ...gppd.sites.filter((s) => !superseded.has(s.id)), ...planSites];
  // Stockpiles of the places the plan names, estimated from the real output located there (prisma/seed/plan-stockpiles.ts).
  const stockpiles = planStockpileSites(
    registered.map((s) => ({
      ...s,
      countyAdcode: locator.locateWithin(s.lng, s.lat, SNAP_TOLERANCE_KM)?.adcode ?? null,
    })),
    seatOf,
  );
  const real = [...registered, ...stockpiles];
  const plan = (id: string) => {
    const site = real.find((s) => s.id === id);
    if (!site) throw new Error(`Seed anchor site ${id} is missing`);
    return site;
  };

  const anchors: SyntheticAnchor[] = [
    {
      slug: "hejin-red-mud",
      lng: plan("plan-chalco-shanxi").lng,
      lat: plan("plan-chalco-shanxi").lat,
      material: "red-mud",
      count: 6,
      radiusKm: 35,
    },
    {
      slug: "jiaokou-red-mud",
      lng: plan("plan-red-mud-jiaokou").lng,
      lat: plan("plan-red-mud-jiaokou").lat,
      material: "red-mud",
      count: 4,
      radiusKm: 35,
    },
    {
      slug: "yangquan-red-mud",
      lng: plan("plan-red-mud-yangquan").lng,
      lat: plan("plan-red-mud-yangquan").lat,
      material: "red-mud",
      count: 4,
      radiusKm: 35,
    },
    {
      slug: "shuozhou-gangue",
      lng: seatOf("140600")[0],
      lat: seatOf("140600")[1],
      material: "coal-gangue",
      count: 5,
      radiusKm: 35,
    },
    {
      slug: "pinglu-gangue",
      lng: seatOf("140603")[0],
      lat: seatOf("140603")[1],
      material: "coal-gangue",
      count: 5,
      radiusKm: 35,
    },
    {
      slug: "tisco-steel-slag",
      lng: plan("plan-tisco").lng,
      lat: plan("plan-tisco").lat,
      material: "steel-slag",
      count: 4,
      radiusKm: 30,
    },
  ];
  const synthetic = generateSyntheticSites({
    seed,
    counties: counties.features.map((f) => ({
      adcode: f.properties.adcode,
      nameZh: f.properties.name,
      geometry: f.geometry,
      seat: f.properties.center,
    })),
    citySeats: Object.fromEntries(cities.features.map((f) => [f.properties.adcode, f.properties.center])),
    parks: parks.map((p) => ({
      id: p.id,
      center: [p.centerLng, p.centerLat] as [number, number],
      radiusKm: p.radiusKm,
    })),
    anchors,
  });

  const all = [...real, ...synthetic];
  const ids = new Set<string>();
  const sites: SiteWithPlace[] = all.map((s) => {
    if (ids.has(s.id)) throw new Error(`Duplicate site id ${s.id}`);
    ids.add(s.id);
    if (s.parkId && !parkRow.has(s.parkId)) throw new Error(`Site ${s.id} names unknown park ${s.parkId}`);
    const placed = s.synthetic
      ? (() => {
          const a = locator.locate(s.lng, s.lat);
          return a ? { adcode: a, snappedKm: 0 } : null;
        })()
      : locator.locateWithin(s.lng, s.lat, SNAP_TOLERANCE_KM);
    if (s.synthetic && !placed) throw new Error(`Synthetic site ${s.id} lies outside Shanxi`);
    let notes = s.notes;
    if (placed && placed.snappedKm > 0) {
      notes = [
        notes,
        `Point lies ${placed.snappedKm.toFixed(2)} km outside the generalised county boundaries; assigned to the nearest county.`,
      ]
        .filter(Boolean)
        .join(" ");
    }
    const countyAdcode = placed?.adcode ?? null;
    const { parkId, parkIds } = parkMembership(
      { lng: s.lng, lat: s.lat, countyAdcode, parkId: s.parkId },
      membershipParks,
    );
    return { ...s, notes, parkId, parkIds, countyAdcode, outsideProvince: !placed };
  });
  return { regions, parks, sites };
}
