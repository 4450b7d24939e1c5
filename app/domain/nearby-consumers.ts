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
export interface ConsumerEntry extends CapacitySummary {
  lng: number;
  lat: number;
  site: RegistrySite;
}

export interface ConsumerIndex {
  byMaterial: ReadonlyMap<MaterialCode, GeoIndex<ConsumerEntry>>;
  /** Number of sites the index was built from. */
  siteCount: number;
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
    routes.push({ route: i.route, capacityTonnes: i.capacityTonnesPerYear, committedTonnes: i.committedTonnesPerYear, remainingTonnes: remaining });
    capacityTonnes += i.capacityTonnesPerYear;
    committedTonnes += i.committedTonnesPerYear;
    remainingTonnes += remaining;
  }
  routes.sort((a, b) => b.remainingTonnes - a.remainingTonnes || a.route.localeCompare(b.route));
  return { capacityTonnes, committedTonnes, remainingTonnes, routes };
}

/** Builds one spatial index per material over the sites that absorb it (registry order is kept for ties). */
export function buildConsumerIndex(sites: readonly RegistrySite[]): ConsumerIndex {
  const lists = new Map<MaterialCode, ConsumerEntry[]>();
  for (const site of sites) {
    const seen = new Set<MaterialCode>();
    for (const intake of site.intakes) {
      if (seen.has(intake.material)) continue;
      seen.add(intake.material);
      let list = lists.get(intake.material);
      if (!list) lists.set(intake.material, (list = []));
      list.push({ lng: site.lng, lat: site.lat, site, ...remainingCapacity(site.intakes, intake.material) });
    }
  }
  const byMaterial = new Map<MaterialCode, GeoIndex<ConsumerEntry>>();
  for (const [material, list] of lists) byMaterial.set(material, buildGeoIndex(list));
  return { byMaterial, siteCount: sites.length };
}

/** Where a search starts: a site (cycle level uses its owner group and park), a park, or a bare point. */
export type SearchOrigin =
  | { kind: "site"; lng: number; lat: number; site: Pick<RegistrySite, "id" | "ownerGroup" | "parkId" | "outsideProvince"> }
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
  site: { id: string; name: string; nameEn: string; countyAdcode: string | null; parkId: string | null };
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
  if (origin.kind === "site") return { id: origin.site.id, ownerGroup: origin.site.ownerGroup, parkId: origin.site.parkId, outsideProvince: origin.site.outsideProvince };
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
  return found.map(({ item, distanceKm }) => {
    const { site } = item;
    const roadKm = roadKmEstimate(distanceKm, circuity);
    const co2 = truckingCo2KgPerTonne(roadKm, query.material, co2Factor);
    const level = cycleLevel(producer, { id: site.id, ownerGroup: site.ownerGroup, parkId: site.parkId, outsideProvince: site.outsideProvince });
    return {
      site: { id: site.id, name: site.name, nameEn: site.nameEn, countyAdcode: site.countyAdcode, parkId: site.parkId },
      lng: site.lng,
      lat: site.lat,
      distanceKm: roundKm(distanceKm),
      roadKm: roundKm(roadKm),
      remainingCapacityTonnes: item.remainingTonnes,
      capacityTonnes: item.capacityTonnes,
      committedTonnes: item.committedTonnes,
      full: item.remainingTonnes <= 0,
      costYuanPerTonne: round(transportCostYuanPerUnit(roadKm, query.material), 2),
      co2KgPerTonne: co2 === null ? null : round(co2, 3),
      cycleLevel: level,
      crossProvince: producer.outsideProvince || site.outsideProvince,
      route: item.routes[0]?.route ?? "",
      routes: item.routes,
      synthetic: site.provenance.synthetic,
    };
  });
}
