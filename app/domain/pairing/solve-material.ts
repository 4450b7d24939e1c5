/** Solves one material exactly (LP via an injected HiGHS solver), certifies utilisation, explains every flow. */
import { materialSpec } from "../materials";
import { CYCLE_LEVELS } from "../cycle-level";
import type { CycleLevel } from "../registry-types";
import { buildTransportLp } from "./transport-lp";
import { TONNE_EPS } from "./instance";
import { vatBadge } from "./vat-badges";
import type {
  AlternativeConsumer,
  GreedyComparison,
  LimitWarning,
  LpSolver,
  MaterialInstance,
  MaterialSolveOutput,
  PairingFlow,
} from "./types";

/** Objective of a flow vector: transport − cycle bonus + (landfill + penalty) × unused supply. */
export function objectiveOf(
  instance: MaterialInstance,
  x: ArrayLike<number>,
  penalty = instance.utilisationPenaltyYuanPerTonne,
): number {
  let obj = 0;
  let shipped = 0;
  let supply = 0;
  for (let a = 0; a < instance.arcs.length; a++) {
    obj += x[a] * (instance.arcs[a].costPerTonne - instance.arcs[a].bonusPerTonne);
    shipped += x[a];
  }
  for (const p of instance.producers) supply += p.supplyTonnes;
  return obj + (instance.landfillYuanPerTonne + penalty) * (supply - shipped);
}

/** Constraint violations of a flow vector (empty when feasible): negative flows, over-supply, over-capacity. */
export function feasibilityViolations(instance: MaterialInstance, x: ArrayLike<number>, tol = 1e-6): string[] {
  const out = new Float64Array(instance.producers.length);
  const inflow = new Float64Array(instance.consumers.length);
  const problems: string[] = [];
  instance.arcs.forEach((arc, a) => {
    if (x[a] < -tol) problems.push(`arc ${a} negative`);
    out[arc.producer] += x[a];
    inflow[arc.consumer] += x[a];
  });
  instance.producers.forEach((p, i) => {
    if (out[i] > p.supplyTonnes * (1 + 1e-9) + tol)
      problems.push(`producer ${p.siteId} ships ${out[i]} > ${p.supplyTonnes}`);
  });
  instance.consumers.forEach((c, i) => {
    if (inflow[i] > c.remainingTonnes * (1 + 1e-9) + tol)
      problems.push(`consumer ${c.siteId}/${c.route} takes ${inflow[i]} > ${c.remainingTonnes}`);
  });
  return problems;
}

/**
 * True when no augmenting path exists in the residual network, i.e. the placed total is maximal (max-flow
 * min-cut). Together with LP optimality this makes the result lexicographic: most tonnes placed, then least cost.
 */
export function isUtilisationMaximal(instance: MaterialInstance, x: ArrayLike<number>): boolean {
  const P = instance.producers.length;
  const C = instance.consumers.length;
  const out = new Float64Array(P);
  const inflow = new Float64Array(C);
  const arcsOfProducer: number[][] = Array.from({ length: P }, () => []);
  const arcsOfConsumer: number[][] = Array.from({ length: C }, () => []);
  instance.arcs.forEach((arc, a) => {
    out[arc.producer] += x[a];
    inflow[arc.consumer] += x[a];
    arcsOfProducer[arc.producer].push(a);
    arcsOfConsumer[arc.consumer].push(a);
  });
  const tol = (v: number) => Math.max(TONNE_EPS, v * 1e-7);
  const seenP = new Uint8Array(P);
  const seenC = new Uint8Array(C);
  const queue: number[] = [];
  for (let p = 0; p < P; p++) {
    if (instance.producers[p].supplyTonnes - out[p] > tol(instance.producers[p].supplyTonnes)) {
      seenP[p] = 1;
      queue.push(p);
    }
  }
  while (queue.length) {
    const p = queue.pop()!;
    for (const a of arcsOfProducer[p]) {
      const c = instance.arcs[a].consumer;
      if (seenC[c]) continue;
      seenC[c] = 1;
      if (instance.consumers[c].remainingTonnes - inflow[c] > tol(instance.consumers[c].remainingTonnes)) return false;
      // Residual backward arcs: undo flow another producer sends into c.
      for (const b of arcsOfConsumer[c]) {
        const q = instance.arcs[b].producer;
        if (!seenP[q] && x[b] > TONNE_EPS) {
          seenP[q] = 1;
          queue.push(q);
        }
      }
    }
  }
  return true;
}

/** Greedy nearest-first: shortest candidate arcs first, each as full as supply and capacity allow (preview only). */
export function greedyNearestFirst(instance: MaterialInstance): Float64Array {
  const dist = Float64Array.from(instance.arcs, (arc) => arc.distanceKm);
  const order = Array.from({ length: dist.length }, (_, a) => a);
  order.sort((a, b) => dist[a] - dist[b] || a - b);
  const supply = instance.producers.map((p) => p.supplyTonnes);
  const capacity = instance.consumers.map((c) => c.remainingTonnes);
  const x = new Float64Array(instance.arcs.length);
  for (const a of order) {
    const { producer, consumer } = instance.arcs[a];
    const t = Math.min(supply[producer], capacity[consumer]);
    if (t <= TONNE_EPS) continue;
    x[a] = t;
    supply[producer] -= t;
    capacity[consumer] -= t;
  }
  return x;
}

const emptyLevels = (): Record<CycleLevel, number> =>
  Object.fromEntries(CYCLE_LEVELS.map((l) => [l, 0])) as Record<CycleLevel, number>;

/** Solves one material's instance exactly and returns its flows (explained) and KPIs. */
export async function solveMaterial(instance: MaterialInstance, solver: LpSolver): Promise<MaterialSolveOutput> {
  const { producers, consumers, arcs } = instance;
  const { x, certified, solveSeconds } = await solveCertified(instance, solver);
  const { out, inflow } = flowTotals(instance, x);
  const explained = explainFlows(instance, x, inflow);
  const { flows } = explained;
  const left = leftovers(instance, out, inflow);

  const producedTonnes = producers.reduce((s, p) => s + p.supplyTonnes, 0);
  const capacityTonnes = consumers.reduce((s, c) => s + c.remainingTonnes, 0);
  const matchedTonnes = flows.reduce((s, f) => s + f.tonnesPerYear, 0);
  const unmatchedTonnes = Math.max(0, producedTonnes - matchedTonnes);
  const optimalObjective = objectiveOf(instance, x);

  return {
    flows,
    result: {
      material: instance.material,
      unit: materialSpec(instance.material)?.unit ?? "t",
      producers: producers.length,
      consumers: consumers.length,
      candidates: arcs.length,
      producedTonnes,
      matchedTonnes,
      unmatchedTonnes,
      capacityTonnes,
      spareCapacityTonnes: left.spare.reduce((s, c) => s + c.tonnes, 0),
      utilisation: producedTonnes > 0 ? matchedTonnes / producedTonnes : 0,
      byCycleLevel: explained.byCycleLevel,
      byRoute: explained.byRoute,
      tonneKm: explained.tonneKm,
      transportCostYuan: explained.transportCostYuan,
      landfillCostYuan: unmatchedTonnes * instance.landfillYuanPerTonne,
      co2Kg: explained.co2Kg,
      objective: optimalObjective,
      utilisationCertified: certified,
      solveSeconds,
      limitWarnings: left.limitWarnings,
      truncatedProducers: left.truncatedProducers,
      greedy: greedyComparison(instance, x, matchedTonnes, optimalObjective),
      unmatched: [...left.unmatchedBySite].map(([siteId, tonnes]) => ({ siteId, tonnes })),
      spare: left.spare,
    },
  };
}

/**
 * Step 1: the exact LP solve, certified maximal. The penalty is raised ×100 (up to 3 solves) if a
 * (pathologically long) exchange chain made leaving a tonne cheaper than placing it.
 */
async function solveCertified(
  instance: MaterialInstance,
  solver: LpSolver,
): Promise<{ x: Float64Array; certified: boolean; solveSeconds: number }> {
  let penalty = instance.utilisationPenaltyYuanPerTonne;
  let x: Float64Array = new Float64Array(instance.arcs.length);
  let solveSeconds = 0;
  let certified = instance.arcs.length === 0;
  if (instance.arcs.length === 0) return { x, certified, solveSeconds };
  for (let attempt = 0; attempt < 3; attempt++) {
    const sol = await solver(buildTransportLp(instance, penalty));
    if (sol.status !== "optimal")
      throw new Error(`HiGHS did not reach an optimum for ${instance.material}: ${sol.message ?? sol.status}`);
    solveSeconds += sol.solveSeconds;
    // Clip solver round-off so stored flows never exceed bounds by a hair.
    x = sol.colValue.map((v) => (v < TONNE_EPS ? 0 : v));
    certified = isUtilisationMaximal(instance, x);
    if (certified) break;
    penalty *= 100;
  }
  return { x, certified, solveSeconds };
}

/** Step 2: tonnes shipped per producer and received per consumer. */
function flowTotals(instance: MaterialInstance, x: ArrayLike<number>): { out: Float64Array; inflow: Float64Array } {
  const out = new Float64Array(instance.producers.length);
  const inflow = new Float64Array(instance.consumers.length);
  instance.arcs.forEach((arc, a) => {
    out[arc.producer] += x[a];
    inflow[arc.consumer] += x[a];
  });
  return { out, inflow };
}

/**
 * Each producer's candidate arcs ordered by net cost per tonne (then distance), for the next-best alternative.
 * Sorted lazily: only producers with flows need their alternatives ranked.
 */
function producerArcRanking(instance: MaterialInstance): {
  rankedArcs: (p: number) => number[];
  netCost: Float64Array;
} {
  const { arcs } = instance;
  const arcsOfProducer: number[][] = Array.from({ length: instance.producers.length }, () => []);
  arcs.forEach((arc, a) => arcsOfProducer[arc.producer].push(a));
  const netCost = Float64Array.from(arcs, (arc) => arc.costPerTonne - arc.bonusPerTonne);
  const ranked = new Uint8Array(instance.producers.length);
  const rankedArcs = (p: number) => {
    if (!ranked[p]) {
      arcsOfProducer[p].sort((a, b) => netCost[a] - netCost[b] || arcs[a].distanceKm - arcs[b].distanceKm);
      ranked[p] = 1;
    }
    return arcsOfProducer[p];
  };
  return { rankedArcs, netCost };
}

/** Step 3: one explained flow per used arc (cost, CO2, VAT badge, why this consumer) and the flow totals. */
function explainFlows(instance: MaterialInstance, x: ArrayLike<number>, inflow: Float64Array) {
  const { producers, consumers, arcs } = instance;
  const { rankedArcs, netCost } = producerArcRanking(instance);
  const co2Factor = instance.co2KgPerTonneKm;
  const flows: PairingFlow[] = [];
  const byCycleLevel = emptyLevels();
  const byRoute: Record<string, number> = {};
  let tonneKm = 0;
  let transportCostYuan = 0;
  let co2Kg = 0;
  const spareOf = (b: number) => Math.max(0, consumers[arcs[b].consumer].remainingTonnes - inflow[arcs[b].consumer]);
  arcs.forEach((arc, a) => {
    const t = x[a];
    if (t <= TONNE_EPS) return;
    const prod = producers[arc.producer];
    const cons = consumers[arc.consumer];
    const costYuan = t * arc.costPerTonne;
    const flowCo2 = t * arc.roadKm * co2Factor;
    const ownNet = arc.costPerTonne - arc.bonusPerTonne;
    const others = rankedArcs(arc.producer).filter((b) => consumers[arcs[b].consumer].siteId !== cons.siteId);
    const cheaperFullConsumers = others.filter((b) => netCost[b] < ownNet && spareOf(b) <= TONNE_EPS).length;
    const altArc = others.find((b) => spareOf(b) > TONNE_EPS) ?? others[0];
    const alternative =
      altArc === undefined ? null : alternativeVia(instance, altArc, arc.costPerTonne, t, spareOf(altArc));
    flows.push({
      producerId: prod.siteId,
      consumerId: cons.siteId,
      material: instance.material,
      route: cons.route,
      tonnesPerYear: t,
      distanceKm: arc.distanceKm,
      roadKm: arc.roadKm,
      costYuan,
      co2Kg: flowCo2,
      cycleLevel: arc.cycleLevel,
      explanation: {
        costPerTonneYuan: arc.costPerTonne,
        bonusPerTonneYuan: arc.bonusPerTonne,
        vatBadge: vatBadge(instance.material, cons.route),
        alternative,
        cheaperFullConsumers,
      },
    });
    byCycleLevel[arc.cycleLevel] += t;
    byRoute[cons.route] = (byRoute[cons.route] ?? 0) + t;
    tonneKm += t * arc.roadKm;
    transportCostYuan += costYuan;
    co2Kg += flowCo2;
  });
  return { flows, byCycleLevel, byRoute, tonneKm, transportCostYuan, co2Kg };
}

/** The same `tonnes` sent along arc `altArc` instead: what it would cost and how much room is left there. */
function alternativeVia(
  instance: MaterialInstance,
  altArc: number,
  ownCostPerTonne: number,
  tonnes: number,
  spareTonnes: number,
): AlternativeConsumer {
  const alt = instance.arcs[altArc];
  const altCons = instance.consumers[alt.consumer];
  return {
    consumerId: altCons.siteId,
    route: altCons.route,
    distanceKm: alt.distanceKm,
    roadKm: alt.roadKm,
    costYuan: tonnes * alt.costPerTonne,
    extraCostYuan: tonnes * (alt.costPerTonne - ownCostPerTonne),
    cycleLevel: alt.cycleLevel,
    spareTonnes,
  };
}

/** Step 4: unplaced supply per producer (with nearest-N warnings) and spare capacity per consumer route. */
function leftovers(instance: MaterialInstance, out: Float64Array, inflow: Float64Array) {
  const { producers, consumers } = instance;
  const unmatchedBySite = new Map<string, number>();
  const limitWarnings: LimitWarning[] = [];
  let truncatedProducers = 0;
  for (let p = 0; p < producers.length; p++) {
    const left = producers[p].supplyTonnes - out[p];
    if (instance.candidatesInRange[p] > instance.nearestN) {
      truncatedProducers++;
      // Unplaced supply with in-range consumers dropped by the cut: a larger N could place more.
      if (left > TONNE_EPS)
        limitWarnings.push({
          producerId: producers[p].siteId,
          unplacedTonnes: left,
          candidatesInRange: instance.candidatesInRange[p],
        });
    }
    if (left > TONNE_EPS)
      unmatchedBySite.set(producers[p].siteId, (unmatchedBySite.get(producers[p].siteId) ?? 0) + left);
  }
  const spare = consumers
    .map((c, i) => ({ siteId: c.siteId, route: c.route, tonnes: c.remainingTonnes - inflow[i] }))
    .filter((s) => s.tonnes > TONNE_EPS);
  return { unmatchedBySite, limitWarnings, truncatedProducers, spare };
}

/** Step 5: the greedy nearest-first preview measured against the optimum `x` (never used as a result). */
function greedyComparison(
  instance: MaterialInstance,
  x: ArrayLike<number>,
  matchedTonnes: number,
  optimalObjective: number,
): GreedyComparison {
  const greedyX = greedyNearestFirst(instance);
  const greedyObjective = objectiveOf(instance, greedyX);
  const realCost = (v: ArrayLike<number>) => objectiveOf(instance, v, 0) + sumBonus(instance, v);
  let greedyMatched = 0;
  let greedyCost = 0;
  greedyX.forEach((t, a) => {
    greedyMatched += t;
    greedyCost += t * instance.arcs[a].costPerTonne;
  });
  return {
    matchedTonnes: greedyMatched,
    transportCostYuan: greedyCost,
    objective: greedyObjective,
    objectiveGapPct: gapPct(greedyObjective, optimalObjective),
    costGapPct: gapPct(realCost(greedyX), realCost(x)),
    realCostYuan: realCost(greedyX),
    optimalRealCostYuan: realCost(x),
    unplacedExtraTonnes: Math.max(0, matchedTonnes - greedyMatched),
  };
}

/** Cycle bonus credited by a flow vector (added back to get the real cost). */
function sumBonus(instance: MaterialInstance, x: ArrayLike<number>): number {
  let b = 0;
  for (let a = 0; a < instance.arcs.length; a++) b += x[a] * instance.arcs[a].bonusPerTonne;
  return b;
}

/** Relative gap in percent of a heuristic objective over the optimum (0 when both are 0). */
export function gapPct(heuristic: number, optimum: number): number {
  const scale = Math.abs(optimum);
  if (scale < 1e-9) return Math.abs(heuristic) < 1e-9 ? 0 : 100;
  return ((heuristic - optimum) / scale) * 100;
}
