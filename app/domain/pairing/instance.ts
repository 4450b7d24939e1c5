/** Builds one material's transportation instance: producer/consumer nodes and nearest-N candidate arcs in haul range. */
import KDBush from "kdbush";
import { around } from "geokdbush";
import { haversineKm, roadKmEstimate } from "../distance";
import { cycleLevel } from "../cycle-level";
import { materialSpec, type MaterialCode } from "../materials";
import type { RegistrySite } from "../registry-types";
import type { CandidateArc, ConsumerNode, MaterialInstance, PairingParams, ProducerNode } from "./types";

// Quantities below this are noise from float arithmetic, not tonnes.
export const TONNE_EPS = 1e-6;

/** Producers (outputs > 0) and consumer intakes (remaining capacity > 0) of one material among the given sites. */
export function materialNodes(
  sites: readonly RegistrySite[],
  material: MaterialCode,
): { producers: ProducerNode[]; consumers: ConsumerNode[] } {
  const producers: ProducerNode[] = [];
  const consumers: ConsumerNode[] = [];
  for (const s of sites) {
    const party = { ownerGroup: s.ownerGroup, parkId: s.parkId, outsideProvince: s.outsideProvince };
    for (const o of s.outputs) {
      if (o.material === material && o.tonnesPerYear > TONNE_EPS)
        producers.push({ siteId: s.id, lng: s.lng, lat: s.lat, supplyTonnes: o.tonnesPerYear, ...party });
    }
    for (const i of s.intakes) {
      const remaining = i.capacityTonnesPerYear - i.committedTonnesPerYear;
      // Zero remaining capacity (all committed) is not a consumer at all.
      if (i.material === material && remaining > TONNE_EPS)
        consumers.push({ siteId: s.id, route: i.route, lng: s.lng, lat: s.lat, remainingTonnes: remaining, ...party });
    }
  }
  return { producers, consumers };
}

/** Candidate arcs: for each producer its nearest N consumers within the great-circle haul limit. */
export function buildInstance(
  material: MaterialCode,
  producers: ProducerNode[],
  consumers: ConsumerNode[],
  params: PairingParams,
): MaterialInstance {
  const maxHaulKm = params.maxHaulKm[material] ?? 0;
  const costPerKm = params.costYuanPerTonneKm[material] ?? 0;
  const n = params.nearestN;
  const arcs: CandidateArc[] = [];
  const candidatesInRange = new Array<number>(producers.length).fill(0);
  if (consumers.length > 0 && producers.length > 0) {
    // Cycle-level parties are built once per node, not per arc (hundreds of thousands of arcs at province scale).
    const party = (n: ProducerNode | ConsumerNode) => ({
      id: n.siteId,
      ownerGroup: n.ownerGroup,
      parkId: n.parkId,
      outsideProvince: n.outsideProvince,
    });
    const producerParty = producers.map(party);
    const consumerParty = consumers.map(party);
    const index = new KDBush(consumers.length);
    for (const c of consumers) index.add(c.lng, c.lat);
    index.finish();
    for (let p = 0; p < producers.length; p++) {
      const prod = producers[p];
      // geokdbush uses a slightly different Earth radius: search a hair wider, then filter with our haversine.
      const near = around(index, prod.lng, prod.lat, n + 1, maxHaulKm * 1.0001 + 1e-9);
      let kept = 0;
      let inRange = 0;
      for (const ci of near) {
        const cons = consumers[ci];
        const distanceKm = haversineKm(prod.lng, prod.lat, cons.lng, cons.lat);
        if (distanceKm > maxHaulKm) continue;
        inRange++;
        if (kept >= n) continue;
        kept++;
        const roadKm = roadKmEstimate(distanceKm, params.circuity);
        const level = cycleLevel(producerParty[p], consumerParty[ci]);
        const bonusPerTonne =
          level === "enterprise"
            ? params.cycleBonusYuanPerTonne.enterprise
            : level === "park"
              ? params.cycleBonusYuanPerTonne.park
              : 0;
        arcs.push({
          producer: p,
          consumer: ci,
          distanceKm,
          roadKm,
          costPerTonne: roadKm * costPerKm,
          bonusPerTonne,
          cycleLevel: level,
        });
      }
      candidatesInRange[p] = inRange;
    }
  }
  return {
    material,
    producers,
    consumers,
    arcs,
    candidatesInRange,
    // Landfill is a cost of solid waste; gas, heat and water left unused have no landfill price (penalty only).
    landfillYuanPerTonne:
      materialSpec(material)?.unit === "t"
        ? (params.landfillYuanPerTonneByMaterial?.[material] ?? params.landfillYuanPerTonne)
        : 0,
    utilisationPenaltyYuanPerTonne: params.utilisationPenaltyYuanPerTonne,
    co2KgPerTonneKm: params.co2KgPerTonneKm[material] ?? 0,
    nearestN: n,
  };
}
