/**
 * Nearby waste consumers: per-material spatial indexes over consumer intakes, and the explained result
 * (distance, road estimate, remaining capacity, cost, trucking CO2, cycle level) for each candidate.
 *
 * Decisions (documented in the README, "## Search"):
 * - One result per consumer SITE and material. Its remaining capacity is the sum over its intake routes of
 *   max(0, capacity − committed): committed tonnage is tied to a route (a kiln's contract does not use the
 *   backfill line), so an over-committed route never eats another route's free capacity.
 * - Consumers with no remaining capacity are INCLUDED and marked `full`: a planner still wants to see that a
 *   nearby plant exists (contracts end, lines expand), and hiding it would make the map look emptier than it is.
 * - The origin site itself is a candidate when it absorbs the material: that is the enterprise cycle (distance 0),
 *   the smallest cycle the plan promotes.
 */
import type { SiteStatus } from "./site-status";
import { cycleLevel, type CycleParty } from "./cycle-level";
import { roadKmEstimate, DEFAULT_CIRCUITY } from "./distance";
import type { MaterialCode, MaterialSpec } from "./materials";
import type { CycleLevel, RegistrySite, SiteIntake } from "./registry-types";
import { buildGeoIndex, nearest, roundKm, type GeoIndex } from "./spatial-index";
import { DEFAULT_TRUCK_CO2, transportCostYuanPerUnit, truckingCo2KgPerTonne } from "./trucking-co2";

export interface RouteCapacity {
  route: string;
  capacityTonnes: number;
  committedTonnes: number;
  remainingTonnes: number;
}

export interface CapacitySummary {
  capacityTonnes: number;
  committedTonnes: number;
  remainingTonnes: number;
  /** Routes for this material, most remaining capacity first (ties by route name). */
  routes: RouteCapacity[];
}

/** One consumer site for one material: what the per-material index holds. */
export interface ConsumerEntry {
  lng: number;
  lat: number;
  site: RegistrySite;
  material: MaterialCode;
  /**
   * What a result needs from the site, computed the first time the entry is returned and kept: the build stays
   * as cheap as a raw kdbush build, and repeated queries touch one small object instead of the site's graph.
   * The index is rebuilt on every registry change, so this memo is never stale.
   */
  summary: ConsumerSummary | null;
}

interface ConsumerSummary {
  site: NearbyResult["site"];
  party: CycleParty;
  capacity: CapacitySummary;
  synthetic: boolean;
}

function summarise(entry: ConsumerEntry): ConsumerSummary {
  const { site } = entry;
  return (entry.summary = {
    site: {
      id: site.id,
      name: site.name,
      nameEn: site.nameEn,
      countyAdcode: site.countyAdcode,
      parkId: site.parkId,
      parkIds: site.parkIds ?? (site.parkId ? [site.parkId] : []),
      status: site.status,
    },
    party: { id: site.id, ownerGroup: site.ownerGroup, parkId: site.parkId, outsideProvince: site.outsideProvince },
    capacity: remainingCapacity(site.intakes, entry.material),
    synthetic: site.provenance.synthetic,
  });
}

export interface ConsumerIndex {
  byMaterial: ReadonlyMap<MaterialCode, GeoIndex<ConsumerEntry>>;
  /** Number of sites the index was built from. */
  siteCount: number;
}

// Plain code-unit order for route names (ASCII codes); localeCompare is slow in the hot path.
function byRemainingThenRoute(a: RouteCapacity, b: RouteCapacity): number {
  return b.remainingTonnes - a.remainingTonnes || (a.route < b.route ? -1 : a.route > b.route ? 1 : 0);
}

/** Per-year capacity of a site's intakes of one material: per-route remaining = max(0, capacity − committed), summed. */
export function remainingCapacity(intakes: readonly SiteIntake[], material: MaterialCode): CapacitySummary {
  const routes: RouteCapacity[] = [];
  let capacityTonnes = 0;
  let committedTonnes = 0;
  let remainingTonnes = 0;
  for (const i of intakes) {
    if (i.material !== material) continue;
    const remaining = Math.max(0, i.capacityTonnesPerYear - i.committedTonnesPerYear);
    routes.push({
      route: i.route,
      capacityTonnes: i.capacityTonnesPerYear,
      committedTonnes: i.committedTonnesPerYear,
      remainingTonnes: remaining,
    });
    capacityTonnes += i.capacityTonnesPerYear;
    committedTonnes += i.committedTonnesPerYear;
    remainingTonnes += remaining;
  }
  if (routes.length > 1) routes.sort(byRemainingThenRoute);
  return { capacityTonnes, committedTonnes, remainingTonnes, routes };
}

/** Builds one spatial index per material over the sites that absorb it (registry order is kept for ties). */
export function buildConsumerIndex(sites: readonly RegistrySite[]): ConsumerIndex {
  const lists = new Map<MaterialCode, ConsumerEntry[]>();
  for (const site of sites) {
    const intakes = site.intakes;
    for (let i = 0; i < intakes.length; i++) {
      const material = intakes[i].material;
      // A site with several routes for one material is one entry (intakes per site are few: a scan beats a Set).
      let dup = false;
      for (let j = 0; j < i && !dup; j++) dup = intakes[j].material === material;
      if (dup) continue;
      let list = lists.get(material);
      if (!list) lists.set(material, (list = []));
      list.push({ lng: site.lng, lat: site.lat, site, material, summary: null });
    }
  }
  const byMaterial = new Map<MaterialCode, GeoIndex<ConsumerEntry>>();
  for (const [material, list] of lists) byMaterial.set(material, buildGeoIndex(list));
  return { byMaterial, siteCount: sites.length };
}

/** Where a search starts: a site (cycle level uses its owner group and park), a park, or a bare point. */
export type SearchOrigin =
  | {
      kind: "site";
      lng: number;
      lat: number;
      site: Pick<RegistrySite, "id" | "ownerGroup" | "parkId" | "outsideProvince">;
    }
  | { kind: "park"; lng: number; lat: number; parkId: string }
  | { kind: "point"; lng: number; lat: number };

export interface NearbyQuery {
  origin: SearchOrigin;
  material: Pick<MaterialSpec, "code" | "unit" | "costYuanPerTonneKm">;
  /** Inclusive radius in great-circle km; omit for pure k-nearest. */
  radiusKm?: number;
  /** Maximum number of results (k nearest). */
  limit?: number;
  circuity?: number;
  co2KgPerTonneKm?: number;
}

export interface NearbyResult {
  /** `status`: operating unless the search included non-operating consumers. `parkId` is the park cycle; `parkIds` every park the consumer is in (by location or by name), smallest first. */
  site: {
    id: string;
    name: string;
    nameEn: string;
    countyAdcode: string | null;
    parkId: string | null;
    parkIds: string[];
    status: SiteStatus;
  };
  lng: number;
  lat: number;
  /** Great-circle km, rounded to the metre. */
  distanceKm: number;
  /** Estimated road km: great-circle × circuity (an estimate, labelled as such). */
  roadKm: number;
  remainingCapacityTonnes: number;
  capacityTonnes: number;
  committedTonnes: number;
  /** No remaining capacity (included on purpose, see the module note). */
  full: boolean;
  /** Yuan per unit delivered over the estimated road km. */
  costYuanPerTonne: number;
  /** kg CO2 per tonne trucked over the estimated road km; null for piped materials. */
  co2KgPerTonne: number | null;
  cycleLevel: CycleLevel;
  crossProvince: boolean;
  /** Main route (most remaining capacity) and the per-route breakdown. */
  route: string;
  routes: RouteCapacity[];
  synthetic: boolean;
}

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** The producing side of the cycle-level rule for an origin (a point has no owner group and no park). */
export function originParty(origin: SearchOrigin): CycleParty {
  if (origin.kind === "site")
    return {
      id: origin.site.id,
      ownerGroup: origin.site.ownerGroup,
      parkId: origin.site.parkId,
      outsideProvince: origin.site.outsideProvince,
    };
  return { id: "", ownerGroup: null, parkId: origin.kind === "park" ? origin.parkId : null, outsideProvince: false };
}

/** Consumers of the query's material near its origin, sorted by exact great-circle distance (then registry order). */
export function findNearbyConsumers(index: ConsumerIndex, query: NearbyQuery): NearbyResult[] {
  const geo = index.byMaterial.get(query.material.code);
  if (!geo) return [];
  const circuity = query.circuity ?? DEFAULT_CIRCUITY;
  const co2Factor = query.co2KgPerTonneKm ?? DEFAULT_TRUCK_CO2.value;
  const producer = originParty(query.origin);
  const found = nearest(geo, query.origin.lng, query.origin.lat, { limit: query.limit, radiusKm: query.radiusKm });
  const out: NearbyResult[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const { item, distanceKm } = found[i];
    const { site, party, capacity, synthetic } = item.summary ?? summarise(item);
    const roadKm = roadKmEstimate(distanceKm, circuity);
    const co2 = truckingCo2KgPerTonne(roadKm, query.material, co2Factor);
    const level = cycleLevel(producer, party);
    out[i] = {
      site,
      lng: item.lng,
      lat: item.lat,
      distanceKm: roundKm(distanceKm),
      roadKm: roundKm(roadKm),
      remainingCapacityTonnes: capacity.remainingTonnes,
      capacityTonnes: capacity.capacityTonnes,
      committedTonnes: capacity.committedTonnes,
      full: capacity.remainingTonnes <= 0,
      costYuanPerTonne: round(transportCostYuanPerUnit(roadKm, query.material), 2),
      co2KgPerTonne: co2 === null ? null : round(co2, 3),
      cycleLevel: level,
      crossProvince: producer.outsideProvince || party.outsideProvince,
      route: capacity.routes[0]?.route ?? "",
      routes: capacity.routes,
      synthetic,
    };
  }
  return out;
}
