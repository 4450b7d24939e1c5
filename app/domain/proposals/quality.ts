/** Cluster quality metrics: Chertow 3-2, tonnes per material, cycle-level shares, haul distances, key nodes, plan targets. */
import { CYCLE_LEVELS } from "../cycle-level";
import { materialSpec, type MaterialCode } from "../materials";
import type { CycleLevel, RegistrySite } from "../registry-types";
import {
  CHERTOW_MIN_ENTITIES,
  CHERTOW_MIN_RESOURCES,
  NISP_MEDIAN_KM,
  ROUTE_TARGETS,
  SOURCES,
  UTILISATION_TARGETS,
  type BenchmarkSource,
} from "./benchmarks";
import { connectedComponents, siteIdsOf } from "./components";
import type { ProposalMaterial, ProposalPairing, ProposalSnapshot } from "./proposal-types";
import { isRecycler } from "./recyclers";
import { meetsTarget } from "../plan/targets";

type SiteLike = Pick<RegistrySite, "id" | "name" | "nameEn" | "ownerGroup" | "industry" | "outputs">;

/** Unit of a material: from the snapshot's catalogue copy, else the current catalogue, else "t". */
export function unitOf(material: string, materials: readonly Pick<ProposalMaterial, "code" | "unit">[] = []): string {
  return materials.find((m) => m.code === material)?.unit ?? materialSpec(material)?.unit ?? "t";
}

/** Weight of one pairing in solid tonnes (0 for gas, heat and water), for ranking clusters. */
export function solidWeight(p: Pick<ProposalPairing, "material" | "tonnesPerYear">): number {
  return unitOf(p.material) === "t" ? p.tonnesPerYear : 0;
}

/** Sum of tonnes over pairings of solid materials (unit t); gas, heat and water are in other units. */
export function solidTonnes(pairings: readonly ProposalPairing[], materials: readonly ProposalMaterial[] = []): number {
  return pairings.reduce((s, p) => (unitOf(p.material, materials) === "t" ? s + p.tonnesPerYear : s), 0);
}

export interface ChertowEntity {
  /** Owner group when the site has one (sites of one group are one entity), else the site id. */
  key: string;
  siteIds: string[];
  names: string[];
  recycler: boolean;
}

export interface ChertowResult {
  pass: boolean;
  entities: ChertowEntity[];
  /** Entities that count (not primarily recyclers). */
  qualifyingEntityCount: number;
  resources: MaterialCode[];
  minEntities: number;
  minResources: number;
  source: BenchmarkSource;
}

/** Organisation key: sites of one owner group are one entity; other sites are their own entity. */
function entityKey(site: Pick<RegistrySite, "id" | "ownerGroup"> | undefined, id: string): string {
  const g = site?.ownerGroup?.trim();
  return g ? `group:${g}` : `site:${id}`;
}

/**
 * Chertow's 3-2 test: at least 3 entities, none primarily a recycler, exchanging at least 2 resources.
 * Only exchanges between different entities count (a plant reusing its own slag is not symbiosis);
 * entities are owner groups (else sites); an entity is a recycler when all its sites are (recyclers.ts).
 */
export function chertow32(sites: readonly SiteLike[], pairings: readonly ProposalPairing[]): ChertowResult {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const entities = new Map<string, ChertowEntity>();
  const resources = new Set<MaterialCode>();
  const touch = (id: string) => {
    const site = byId.get(id);
    const key = entityKey(site, id);
    let e = entities.get(key);
    if (!e) entities.set(key, (e = { key, siteIds: [], names: [], recycler: true }));
    if (!e.siteIds.includes(id)) {
      e.siteIds.push(id);
      e.names.push(site?.name ?? id);
      e.recycler = e.recycler && isRecycler(site?.industry);
    }
  };
  for (const p of pairings) {
    if (entityKey(byId.get(p.producerId), p.producerId) === entityKey(byId.get(p.consumerId), p.consumerId)) continue;
    touch(p.producerId);
    touch(p.consumerId);
    resources.add(p.material);
  }
  const list = [...entities.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const e of list) e.siteIds.sort();
  const qualifying = list.filter((e) => !e.recycler).length;
  return {
    pass: qualifying >= CHERTOW_MIN_ENTITIES && resources.size >= CHERTOW_MIN_RESOURCES,
    entities: list,
    qualifyingEntityCount: qualifying,
    resources: [...resources].sort(),
    minEntities: CHERTOW_MIN_ENTITIES,
    minResources: CHERTOW_MIN_RESOURCES,
    source: SOURCES.chertow,
  };
}

export interface MaterialFlow {
  material: MaterialCode;
  unit: string;
  /** Quantity exchanged per year, in the material's unit (tonnes for solids). */
  tonnesPerYear: number;
  pairings: number;
  /** What the cluster's sites produce of this material (same unit). */
  producedTonnesPerYear: number;
  /** exchanged / produced, null when the cluster produces none. */
  utilisationRate: number | null;
}

/** Tonnes diverted per material, with the cluster's own production of it, in catalogue order. */
export function tonnesByMaterial(
  sites: readonly SiteLike[],
  pairings: readonly ProposalPairing[],
  materials: readonly ProposalMaterial[] = [],
): MaterialFlow[] {
  const flows = new Map<MaterialCode, MaterialFlow>();
  for (const p of pairings) {
    let f = flows.get(p.material);
    if (!f) {
      const produced = sites.reduce(
        (s, site) => s + site.outputs.filter((o) => o.material === p.material).reduce((a, o) => a + o.tonnesPerYear, 0),
        0,
      );
      flows.set(
        p.material,
        (f = {
          material: p.material,
          unit: unitOf(p.material, materials),
          tonnesPerYear: 0,
          pairings: 0,
          producedTonnesPerYear: produced,
          utilisationRate: null,
        }),
      );
    }
    f.tonnesPerYear += p.tonnesPerYear;
    f.pairings += 1;
  }
  const order = (m: string) => {
    const i = materials.findIndex((x) => x.code === m);
    return i >= 0 ? i : 1000 + m.charCodeAt(0);
  };
  return [...flows.values()]
    .map((f) => ({
      ...f,
      utilisationRate: f.producedTonnesPerYear > 0 ? f.tonnesPerYear / f.producedTonnesPerYear : null,
    }))
    .sort((a, b) => order(a.material) - order(b.material) || (a.material < b.material ? -1 : 1));
}

export interface CycleShare {
  cycleLevel: CycleLevel;
  pairings: number;
  /** Solid tonnes (unit t) at this level. */
  tonnesPerYear: number;
  /** Share of the cluster's solid tonnes, 0–1 (0 when the cluster moves no solids). */
  share: number;
}

/** Solid tonnes and pairing counts per cycle level (enterprise, park, region, cross-province). */
export function shareByCycleLevel(
  pairings: readonly ProposalPairing[],
  materials: readonly ProposalMaterial[] = [],
): CycleShare[] {
  const total = solidTonnes(pairings, materials);
  return CYCLE_LEVELS.map((level) => {
    const at = pairings.filter((p) => p.cycleLevel === level);
    const t = solidTonnes(at, materials);
    return { cycleLevel: level, pairings: at.length, tonnesPerYear: t, share: total > 0 ? t / total : 0 };
  });
}

export interface HaulBin {
  fromKm: number;
  /** Exclusive upper edge; null for the open last bin. */
  toKm: number | null;
  pairings: number;
  tonnesPerYear: number;
}

export interface HaulDistribution {
  bins: HaulBin[];
  /** Median great-circle km over pairings (each exchange counts once, as in NISP). Null with no pairings. */
  medianKm: number | null;
  /** Median great-circle km weighted by solid tonnes. */
  tonneWeightedMedianKm: number | null;
  /** Share of pairings at or below the reference median. */
  shareWithinReference: number;
  referenceMedianKm: number;
  source: BenchmarkSource;
}

export const HAUL_BIN_EDGES_KM: readonly number[] = [0, 10, 20, 30, 40, 50, 75, 100, 150, 200];

/** Median of sorted values (mean of the middle two for an even count). */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

/** Distribution of haul distances (great-circle km) with the NISP median (32.8 km) as reference. */
export function haulDistribution(
  pairings: readonly ProposalPairing[],
  materials: readonly ProposalMaterial[] = [],
): HaulDistribution {
  const bins: HaulBin[] = HAUL_BIN_EDGES_KM.map((from, i) => ({
    fromKm: from,
    toKm: HAUL_BIN_EDGES_KM[i + 1] ?? null,
    pairings: 0,
    tonnesPerYear: 0,
  }));
  for (const p of pairings) {
    let i = bins.length - 1;
    while (i > 0 && p.distanceKm < bins[i].fromKm) i -= 1;
    bins[i].pairings += 1;
    if (unitOf(p.material, materials) === "t") bins[i].tonnesPerYear += p.tonnesPerYear;
  }
  const km = pairings.map((p) => p.distanceKm).sort((a, b) => a - b);
  const solids = pairings
    .filter((p) => unitOf(p.material, materials) === "t" && p.tonnesPerYear > 0)
    .sort((a, b) => a.distanceKm - b.distanceKm);
  const half = solids.reduce((s, p) => s + p.tonnesPerYear, 0) / 2;
  let acc = 0;
  let weighted: number | null = null;
  for (const p of solids) {
    acc += p.tonnesPerYear;
    if (acc >= half) {
      weighted = p.distanceKm;
      break;
    }
  }
  return {
    bins,
    medianKm: median(km),
    tonneWeightedMedianKm: weighted,
    shareWithinReference: km.length ? km.filter((d) => d <= NISP_MEDIAN_KM).length / km.length : 0,
    referenceMedianKm: NISP_MEDIAN_KM,
    source: SOURCES.nisp,
  };
}

export interface ClusterTotals {
  sites: number;
  pairings: number;
  materials: number;
  /** Solid tonnes per year (unit t). */
  tonnesPerYear: number;
  /** Solid tonnes × road km. */
  tonneKm: number;
  costYuan: number;
  co2Kg: number;
  /** Mean great-circle km weighted by solid tonnes, null when none. */
  meanDistanceKm: number | null;
}

/** Headline totals of a set of pairings. */
export function clusterTotals(
  pairings: readonly ProposalPairing[],
  materials: readonly ProposalMaterial[] = [],
): ClusterTotals {
  let tonnes = 0,
    tkm = 0,
    dist = 0;
  for (const p of pairings) {
    if (unitOf(p.material, materials) !== "t") continue;
    tonnes += p.tonnesPerYear;
    tkm += p.tonnesPerYear * p.roadKm;
    dist += p.tonnesPerYear * p.distanceKm;
  }
  return {
    sites: siteIdsOf(pairings).length,
    pairings: pairings.length,
    materials: new Set(pairings.map((p) => p.material)).size,
    tonnesPerYear: tonnes,
    tonneKm: tkm,
    costYuan: pairings.reduce((s, p) => s + p.costYuan, 0),
    co2Kg: pairings.reduce((s, p) => s + p.co2Kg, 0),
    meanDistanceKm: tonnes > 0 ? dist / tonnes : null,
  };
}

export interface KeyNodeLoss {
  role: "producer" | "consumer";
  siteId: string;
  siteName: string;
  /** Solid tonnes this site supplies (producer) or receives (consumer) in the cluster. */
  roleTonnesPerYear: number;
  /** Every pairing the site takes part in is lost when it stops. */
  lostPairings: number;
  lostTonnesPerYear: number;
  /** Lost share of the cluster's solid tonnes, 0–1. */
  lostShare: number;
  lostByMaterial: { material: MaterialCode; unit: string; tonnesPerYear: number }[];
  /** Other sites left with no exchange at all. */
  strandedSiteIds: string[];
  /** The cluster recomputed without the site. */
  after: { totals: ClusterTotals; chertowPass: boolean; components: number };
}

export interface KeyNodeDependency {
  largestProducer: KeyNodeLoss | null;
  largestConsumer: KeyNodeLoss | null;
}

/** Site with the most solid tonnes in the given role (ties: smallest id), or null. */
function largest(
  pairings: readonly ProposalPairing[],
  role: "producer" | "consumer",
  materials: readonly ProposalMaterial[],
) {
  const sums = new Map<string, number>();
  for (const p of pairings) {
    const id = role === "producer" ? p.producerId : p.consumerId;
    const t = unitOf(p.material, materials) === "t" ? p.tonnesPerYear : 0;
    sums.set(id, (sums.get(id) ?? 0) + t);
  }
  let best: [string, number] | null = null;
  for (const [id, t] of [...sums].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (!best || t > best[1]) best = [id, t];
  return best;
}

/** What the cluster loses if one site stops: its pairings go, then totals, 3-2 and connectivity are recomputed. */
export function lossIfSiteStops(
  sites: readonly SiteLike[],
  pairings: readonly ProposalPairing[],
  siteId: string,
  role: "producer" | "consumer",
  materials: readonly ProposalMaterial[] = [],
): KeyNodeLoss {
  const lost = pairings.filter((p) => p.producerId === siteId || p.consumerId === siteId);
  const kept = pairings.filter((p) => p.producerId !== siteId && p.consumerId !== siteId);
  const keptSites = new Set(siteIdsOf(kept));
  const total = solidTonnes(pairings, materials);
  const lostT = solidTonnes(lost, materials);
  const byMat = new Map<MaterialCode, number>();
  for (const p of lost) byMat.set(p.material, (byMat.get(p.material) ?? 0) + p.tonnesPerYear);
  const roleT = solidTonnes(
    pairings.filter((p) => (role === "producer" ? p.producerId : p.consumerId) === siteId),
    materials,
  );
  return {
    role,
    siteId,
    siteName: sites.find((s) => s.id === siteId)?.name ?? siteId,
    roleTonnesPerYear: roleT,
    lostPairings: lost.length,
    lostTonnesPerYear: lostT,
    lostShare: total > 0 ? lostT / total : 0,
    lostByMaterial: [...byMat]
      .sort((a, b) => b[1] - a[1])
      .map(([material, t]) => ({ material, unit: unitOf(material, materials), tonnesPerYear: t })),
    strandedSiteIds: siteIdsOf(lost).filter((id) => id !== siteId && !keptSites.has(id)),
    after: {
      totals: clusterTotals(kept, materials),
      chertowPass: chertow32(sites, kept).pass,
      components: connectedComponents(kept).length,
    },
  };
}

/** Key-node dependency: the loss if the largest producer, or the largest consumer, stops. */
export function keyNodeDependency(
  sites: readonly SiteLike[],
  pairings: readonly ProposalPairing[],
  materials: readonly ProposalMaterial[] = [],
): KeyNodeDependency {
  const p = largest(pairings, "producer", materials);
  const c = largest(pairings, "consumer", materials);
  return {
    largestProducer: p ? lossIfSiteStops(sites, pairings, p[0], "producer", materials) : null,
    largestConsumer: c ? lossIfSiteStops(sites, pairings, c[0], "consumer", materials) : null,
  };
}

export interface UtilisationVsTarget {
  key: string;
  labelZh: string;
  labelEn: string;
  producedTonnesPerYear: number;
  usedTonnesPerYear: number;
  /** null when the cluster produces none of these materials. */
  rate: number | null;
  targetRate: number;
  meetsTarget: boolean | null;
  source: BenchmarkSource;
}

export interface RouteContribution {
  material: MaterialCode;
  labelZh: string;
  labelEn: string;
  tonnesPerYear: number;
  provincialTargetTonnesPerYear: number;
  /** Share of the provincial route target this cluster supplies, 0–1. */
  shareOfTarget: number;
  source: BenchmarkSource;
}

/** Utilisation of the cluster's own production against the plan's 2015 rate targets, and route contributions. */
export function utilisationVsPlan(
  sites: readonly SiteLike[],
  pairings: readonly ProposalPairing[],
): { rates: UtilisationVsTarget[]; routes: RouteContribution[] } {
  const rates: UtilisationVsTarget[] = [];
  for (const t of UTILISATION_TARGETS) {
    const mats = new Set<string>(t.materials);
    const produced = sites.reduce(
      (s, site) => s + site.outputs.filter((o) => mats.has(o.material)).reduce((a, o) => a + o.tonnesPerYear, 0),
      0,
    );
    const used = pairings.filter((p) => mats.has(p.material)).reduce((s, p) => s + p.tonnesPerYear, 0);
    if (produced === 0 && used === 0) continue;
    const rate = produced > 0 ? Math.min(1, used / produced) : null;
    rates.push({
      key: t.key,
      labelZh: t.labelZh,
      labelEn: t.labelEn,
      producedTonnesPerYear: produced,
      usedTonnesPerYear: used,
      rate,
      targetRate: t.targetRate,
      meetsTarget: rate === null ? null : meetsTarget({ target2015: t.targetRate, comparator: t.comparator }, rate),
      source: SOURCES.planTargets,
    });
  }
  const routes: RouteContribution[] = [];
  for (const r of ROUTE_TARGETS) {
    const t = pairings
      .filter((p) => p.material === r.material && r.routes.includes(p.route))
      .reduce((s, p) => s + p.tonnesPerYear, 0);
    if (t === 0) continue;
    routes.push({
      material: r.material,
      labelZh: r.labelZh,
      labelEn: r.labelEn,
      tonnesPerYear: t,
      provincialTargetTonnesPerYear: r.tonnesPerYear,
      shareOfTarget: t / r.tonnesPerYear,
      source: SOURCES.planRoutes,
    });
  }
  return { rates, routes };
}

export interface ProposalQuality {
  totals: ClusterTotals;
  chertow: ChertowResult;
  byMaterial: MaterialFlow[];
  byCycleLevel: CycleShare[];
  haul: HaulDistribution;
  keyNodes: KeyNodeDependency;
  plan: { rates: UtilisationVsTarget[]; routes: RouteContribution[] };
  /** Every benchmark source cited by the metrics above. */
  sources: BenchmarkSource[];
}

/** All quality metrics of a proposal snapshot (what the panel and every export show). */
export function proposalQuality(snapshot: Pick<ProposalSnapshot, "sites" | "pairings" | "materials">): ProposalQuality {
  const { sites, pairings, materials } = snapshot;
  return {
    totals: clusterTotals(pairings, materials),
    chertow: chertow32(sites, pairings),
    byMaterial: tonnesByMaterial(sites, pairings, materials),
    byCycleLevel: shareByCycleLevel(pairings, materials),
    haul: haulDistribution(pairings, materials),
    keyNodes: keyNodeDependency(sites, pairings, materials),
    plan: utilisationVsPlan(sites, pairings),
    sources: Object.values(SOURCES),
  };
}
