/** Builds the siting instance: producers, existing consumers and arcs to them, and arcs to every candidate in range. */
import KDBush from "kdbush";
import { around } from "geokdbush";
import { haversineKm, roadKmEstimate } from "../distance";
import type { RegistrySite } from "../registry-types";
import { includedSites } from "../site-inclusion";
import { buildInstance, materialNodes, TONNE_EPS } from "../pairing/instance";
import type { PairingParams } from "../pairing/types";
import type { PlantArc, SitingCandidate, SitingInstance, SitingParams } from "./types";

/** Pairing parameters equivalent to a siting request (no cycle bonuses: siting ranks by tonnes, then haul cost). */
export function pairingParamsFor(p: SitingParams): PairingParams {
  return {
    materials: [p.material],
    maxHaulKm: { [p.material]: p.maxHaulKm },
    costYuanPerTonneKm: { [p.material]: p.costYuanPerTonneKm },
    co2KgPerTonneKm: { [p.material]: 0 },
    circuity: p.circuity,
    landfillYuanPerTonne: 0,
    utilisationPenaltyYuanPerTonne: 10_000,
    cycleBonusYuanPerTonne: { enterprise: 0, park: 0 },
    nearestN: p.nearestN,
    includeSynthetic: p.includeSynthetic,
    includeNonOperating: p.includeNonOperating,
  };
}

/** The facility-location instance over the given sites; candidates with no producer in range are dropped. */
export function buildSitingInstance(
  sites: readonly RegistrySite[],
  candidates: readonly SitingCandidate[],
  params: SitingParams,
): SitingInstance {
  const used = includedSites(sites, params);
  const { producers, consumers } = materialNodes(used, params.material);
  const existing = buildInstance(params.material, producers, consumers, pairingParamsFor(params));
  const kept: SitingCandidate[] = [];
  const plantArcs: PlantArc[] = [];
  if (producers.length > 0 && params.plantCapacityTonnesPerYear > TONNE_EPS) {
    const index = new KDBush(producers.length);
    for (const p of producers) index.add(p.lng, p.lat);
    index.finish();
    for (const cand of candidates) {
      if (!params.includeSynthetic && cand.synthetic) continue;
      const near = around(index, cand.lng, cand.lat, Infinity, params.maxHaulKm * 1.0001 + 1e-9);
      const arcs: PlantArc[] = [];
      for (const pi of near) {
        const prod = producers[pi];
        const distanceKm = haversineKm(prod.lng, prod.lat, cand.lng, cand.lat);
        if (distanceKm > params.maxHaulKm) continue;
        const roadKm = roadKmEstimate(distanceKm, params.circuity);
        arcs.push({
          producer: pi,
          candidate: kept.length,
          distanceKm,
          roadKm,
          costPerTonne: roadKm * params.costYuanPerTonneKm,
        });
      }
      if (arcs.length === 0) continue;
      arcs.sort((a, b) => a.producer - b.producer);
      kept.push(cand);
      plantArcs.push(...arcs);
    }
  }
  return {
    producers,
    consumers,
    candidates: kept,
    existingArcs: existing.arcs,
    plantArcs,
    plantCapacityTonnes: params.plantCapacityTonnesPerYear,
    maxPlants: params.maxPlants,
  };
}
