import "server-only";
import { registryVersion } from "../data/registry";
import { findMaterialSettings, type MaterialSettings } from "../data/materials";
import { findParkName } from "../data/parks";
import { loadRegistry } from "./registry-cache";
import {
  buildConsumerIndex,
  findNearbyConsumers,
  type ConsumerIndex,
  type NearbyResult,
  type SearchOrigin,
} from "../domain/nearby-consumers";
import { materialSpec, type MaterialCode, type MaterialSpec } from "../domain/materials";
import { DEFAULT_LIMIT, type NearbyParams } from "../domain/nearby-query";
import { DEFAULT_TRUCK_CO2 } from "../domain/trucking-co2";
import type { RegistrySite } from "../domain/registry-types";
import { ANALYSIS_DEFAULT_INCLUSION, includedSites, inclusionKey, type SiteInclusion } from "../domain/site-inclusion";

interface IndexState {
  version: number;
  /** Consumers of the sites this inclusion admits (real operating ones by default). */
  index: ConsumerIndex;
  /** Every registry site (search origins may be any site, e.g. a planned plant looking for outlets). */
  sitesById: Map<string, RegistrySite>;
  builtMs: number;
}

interface IndexCache {
  states: Map<string, IndexState>;
  building: Map<string, Promise<IndexState>>;
}

// Built lazily from the registry, one per inclusion (site-inclusion.ts), and rebuilt when registryVersion() moves
// (any write to sites/intakes). Kept on globalThis like the registry cache: Next gives each route bundle its own
// copy of this module, and both search routes should share the indexes.
const holder = globalThis as unknown as { atlasConsumerIndexes?: IndexCache };
const shared: IndexCache = (holder.atlasConsumerIndexes ??= { states: new Map(), building: new Map() });

async function build(inclusion: SiteInclusion): Promise<IndexState> {
  const version = registryVersion();
  const sites = await loadRegistry();
  const t0 = performance.now();
  const index = buildConsumerIndex(includedSites(sites, inclusion));
  return { version, index, sitesById: new Map(sites.map((s) => [s.id, s])), builtMs: performance.now() - t0 };
}

/** The consumer index for the current registry version and inclusion (shared by concurrent requests while it builds). */
export async function consumerIndex(inclusion: SiteInclusion = ANALYSIS_DEFAULT_INCLUSION): Promise<IndexState> {
  const key = inclusionKey(inclusion);
  const ready = shared.states.get(key);
  if (ready && ready.version === registryVersion()) return ready;
  let building = shared.building.get(key);
  if (!building) {
    building = build(inclusion).then(
      (s) => {
        shared.states.set(key, s);
        shared.building.delete(key);
        return s;
      },
      (e) => {
        shared.building.delete(key);
        throw e;
      },
    );
    shared.building.set(key, building);
  }
  const s = await building;
  // A write landed while building: build again so callers never see stale capacity.
  return s.version === registryVersion() ? s : consumerIndex(inclusion);
}

export type { MaterialSettings };

// Material rows (max haul, cost) are edited rarely; reading them at most every few seconds keeps a database
// round trip off every search request.
const MATERIAL_TTL_MS = 5_000;
const materialCache = new Map<MaterialCode, { at: number; value: Promise<MaterialSettings> }>();

/** Effective material settings (cached for 5 s): the editable Material row when present, else the catalogue default. */
export function materialSettings(code: MaterialCode): Promise<MaterialSettings> {
  const hit = materialCache.get(code);
  if (hit && Date.now() - hit.at < MATERIAL_TTL_MS) return hit.value;
  const value = readMaterial(code);
  materialCache.set(code, { at: Date.now(), value });
  value.catch(() => materialCache.delete(code));
  return value;
}

async function readMaterial(code: MaterialCode): Promise<MaterialSettings> {
  return (await findMaterialSettings(code)) ?? materialSpec(code)!;
}

export interface NearbyResponse {
  results: NearbyResult[];
  query: {
    origin: {
      kind: SearchOrigin["kind"];
      lng: number;
      lat: number;
      siteId?: string;
      parkId?: string;
      name?: string;
      nameEn?: string;
    };
    material: MaterialCode;
    unit: MaterialSpec["unit"];
    mode: "radius" | "nearest";
    radiusKm: number | null;
    radiusSource: "request" | "material-max-haul" | null;
    maxHaulKm: number;
    maxHaulStatus: MaterialSpec["haulStatus"];
    k: number | null;
    limit: number;
    /** True when more consumers matched than `limit` allowed (radius mode). */
    truncated: boolean;
    circuity: number;
    roadKmNote: string;
    costYuanPerTonneKm: number;
    costStatus: MaterialSpec["costStatus"];
    co2KgPerTonneKm: number;
    co2Source: string;
    co2Status: "src" | "unverified" | "request";
    distanceNote: string;
    registryVersion: number;
    /** Whether synthetic and non-operating consumers were searched (both false by default: real operating only). */
    includeSynthetic: boolean;
    includeNonOperating: boolean;
    syntheticResults: number;
  };
}

async function answer(
  origin: SearchOrigin,
  params: NearbyParams,
  extra: Pick<NearbyResponse["query"]["origin"], "siteId" | "parkId" | "name" | "nameEn"> = {},
): Promise<NearbyResponse> {
  const inclusion = { includeSynthetic: params.includeSynthetic, includeNonOperating: params.includeNonOperating };
  const [{ index, version }, material] = await Promise.all([
    consumerIndex(inclusion),
    materialSettings(params.material),
  ]);
  const nearestMode = params.k !== undefined;
  const radiusKm = params.radiusKm ?? (nearestMode ? undefined : material.maxHaulKm);
  const limit = nearestMode ? params.k! : (params.limit ?? DEFAULT_LIMIT);
  // One extra result tells whether the list was cut at the limit.
  const found = findNearbyConsumers(index, {
    origin,
    material,
    radiusKm,
    limit: nearestMode ? limit : limit + 1,
    circuity: params.circuity,
    co2KgPerTonneKm: params.co2KgPerTonneKm,
  });
  const truncated = !nearestMode && found.length > limit;
  const results = truncated ? found.slice(0, limit) : found;
  const co2FromRequest = params.co2KgPerTonneKm !== DEFAULT_TRUCK_CO2.value;
  return {
    results,
    query: {
      origin: { kind: origin.kind, lng: origin.lng, lat: origin.lat, ...extra },
      material: params.material,
      unit: material.unit,
      mode: nearestMode ? "nearest" : "radius",
      radiusKm: radiusKm ?? null,
      radiusSource: params.radiusKm !== undefined ? "request" : nearestMode ? null : "material-max-haul",
      maxHaulKm: material.maxHaulKm,
      maxHaulStatus: material.haulStatus,
      k: nearestMode ? limit : null,
      limit,
      truncated,
      circuity: params.circuity,
      roadKmNote: `estimate: great-circle km × circuity ${params.circuity}`,
      costYuanPerTonneKm: material.costYuanPerTonneKm,
      costStatus: material.costStatus,
      co2KgPerTonneKm: params.co2KgPerTonneKm,
      co2Source: co2FromRequest ? "given in the request" : DEFAULT_TRUCK_CO2.source,
      co2Status: co2FromRequest ? "request" : DEFAULT_TRUCK_CO2.status,
      distanceNote: "great-circle (haversine, R = 6371.0088 km), rounded to the metre; radius inclusive",
      registryVersion: version,
      includeSynthetic: params.includeSynthetic,
      includeNonOperating: params.includeNonOperating,
      syntheticResults: results.filter((r) => r.synthetic).length,
    },
  };
}

/**
 * Nearby consumers of a material around a point (lng/lat in WGS84). With `parkId` the point stands for that park
 * (consumers in it are the park cycle); null for an unknown park id.
 */
export async function nearbyFromPoint(
  params: NearbyParams & { lng: number; lat: number; parkId?: string },
): Promise<NearbyResponse | null> {
  if (!params.parkId) return answer({ kind: "point", lng: params.lng, lat: params.lat }, params);
  const park = await findParkName(params.parkId);
  if (!park) return null;
  return answer({ kind: "park", lng: params.lng, lat: params.lat, parkId: park.id }, params, {
    parkId: park.id,
    name: park.nameZh,
    nameEn: park.nameEn,
  });
}

/** Nearby consumers around a site (cycle level uses its owner group and park), or null for an unknown id. */
export async function nearbyFromSite(siteId: string, params: NearbyParams): Promise<NearbyResponse | null> {
  const { sitesById } = await consumerIndex(params);
  const site = sitesById.get(siteId);
  if (!site) return null;
  return answer({ kind: "site", lng: site.lng, lat: site.lat, site }, params, {
    siteId: site.id,
    name: site.name,
    nameEn: site.nameEn,
  });
}
