/** Builds a proposal snapshot from pairings and the registry: the data a proposal keeps for good. */
import { coefficientKeysOf } from "../coefficients";
import { MATERIALS, materialSpec } from "../materials";
import type { RegistrySite } from "../registry-types";
import { siteIdsOf } from "./components";
import {
  PROPOSAL_CYCLE_LEVELS,
  type ProposalCoefficient,
  type ProposalCycleLevel,
  type ProposalMaterial,
  type ProposalOrigin,
  type ProposalPairing,
  type ProposalParams,
  type ProposalSnapshot,
} from "./proposal-types";
import { type Locale } from "../locale";
import type { PairingParams } from "../pairing/types";

export interface SnapshotInput {
  /** Registry sites (any superset of the cluster's sites). */
  sites: readonly RegistrySite[];
  pairings: readonly ProposalPairing[];
  /** Sites to keep even without a pairing (a map selection). */
  extraSiteIds?: readonly string[];
  params: ProposalParams;
  /** Catalogue rows at build time (any superset). */
  materials: readonly ProposalMaterial[];
  /** Coefficient rows at build time (any superset). */
  coefficients: readonly ProposalCoefficient[];
  origin: ProposalOrigin;
  park?: ProposalSnapshot["park"];
  builtAt: string;
  example?: boolean;
}

const pairingOrder = (a: ProposalPairing, b: ProposalPairing) =>
  a.material.localeCompare(b.material) ||
  a.producerId.localeCompare(b.producerId) ||
  a.consumerId.localeCompare(b.consumerId) ||
  a.route.localeCompare(b.route);

/** A deterministic snapshot: only the cluster's sites, materials and coefficients, in stable order. */
export function buildSnapshot(input: SnapshotInput): ProposalSnapshot {
  const keep = new Set([...siteIdsOf(input.pairings), ...(input.extraSiteIds ?? [])]);
  const sites = input.sites.filter((s) => keep.has(s.id)).sort((a, b) => a.id.localeCompare(b.id));
  const missing = [...keep].filter((id) => !sites.some((s) => s.id === id));
  if (missing.length) throw new Error(`sites not in the registry: ${missing.slice(0, 5).join(", ")}`);
  const pairings = input.pairings.map((p) => ({ ...p })).sort(pairingOrder);
  const usedMaterials = new Set<string>(pairings.map((p) => p.material));
  const catalogueOrder = (code: string) => MATERIALS.findIndex((m) => m.code === code);
  const materials = input.materials
    .filter((m) => usedMaterials.has(m.code))
    .sort((a, b) => catalogueOrder(a.code) - catalogueOrder(b.code));
  const usedCoefficients = new Set(
    sites.flatMap((s) => s.outputs.flatMap((o) => (o.coefficient ? coefficientKeysOf(o.coefficient) : []))),
  );
  const coefficients = input.coefficients
    .filter((c) => usedCoefficients.has(c.key))
    .sort((a, b) => a.key.localeCompare(b.key));
  return {
    schemaVersion: 1,
    builtAt: input.builtAt,
    origin: input.origin,
    park: input.park ?? null,
    sites,
    pairings,
    params: input.params,
    materials,
    coefficients,
    synthetic: sites.some((s) => s.provenance.synthetic),
    example: input.example ?? false,
  };
}

/**
 * A run's effective pairing params as the proposal's params: circuity, haul limits and costs, every other value
 * (and `extra`, e.g. the selection's inclusion) kept verbatim in `extra` for the record.
 */
export function proposalParamsFrom(
  runParams: PairingParams,
  method: string,
  extra: Record<string, unknown> = {},
): ProposalParams {
  const { circuity, maxHaulKm, costYuanPerTonneKm, ...rest } = runParams;
  return {
    circuity,
    maxHaulKm: { ...maxHaulKm },
    costYuanPerTonneKm: { ...costYuanPerTonneKm },
    method,
    extra: { ...rest, ...extra },
  };
}

/** The current catalogue as snapshot rows (used when the database has no Material rows to read). */
export function catalogueMaterials(): ProposalMaterial[] {
  return MATERIALS.map((m) => ({
    code: m.code,
    nameZh: m.nameZh,
    nameEn: m.nameEn,
    unit: m.unit,
    maxHaulKm: m.maxHaulKm,
    haulStatus: m.haulStatus,
    costYuanPerTonneKm: m.costYuanPerTonneKm,
    costStatus: m.costStatus,
  }));
}

/** A default proposal name: the park's name, else the largest producer's, plus the site count. */
export function defaultProposalName(
  snapshot: Pick<ProposalSnapshot, "park" | "sites" | "pairings">,
  locale: Locale,
): string {
  const n = snapshot.sites.length;
  if (snapshot.park)
    return locale === "zh"
      ? `${snapshot.park.nameZh}共生集群（${n} 家）`
      : `${snapshot.park.nameEn} symbiosis cluster (${n} sites)`;
  const supplied = new Map<string, number>();
  for (const p of snapshot.pairings) supplied.set(p.producerId, (supplied.get(p.producerId) ?? 0) + p.tonnesPerYear);
  const top = [...supplied].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const site = snapshot.sites.find((s) => s.id === top) ?? snapshot.sites[0];
  if (!site) return locale === "zh" ? "空集群" : "Empty cluster";
  return locale === "zh"
    ? `${site.name}等 ${n} 家共生集群`
    : `${site.nameEn} and partners: symbiosis cluster (${n} sites)`;
}

/** The cycle level carrying the most solid tonnes (cross-province counts as region); "region" when empty. */
export function dominantCycleLevel(pairings: readonly ProposalPairing[]): ProposalCycleLevel {
  const sums: Record<ProposalCycleLevel, number> = { enterprise: 0, park: 0, region: 0 };
  for (const p of pairings) {
    if (materialSpec(p.material)?.unit !== "t") continue;
    sums[p.cycleLevel === "cross-province" ? "region" : p.cycleLevel] += p.tonnesPerYear;
  }
  return PROPOSAL_CYCLE_LEVELS.reduce((best, l) => (sums[l] > sums[best] ? l : best), "region" as ProposalCycleLevel);
}
