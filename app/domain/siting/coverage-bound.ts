/**
 * Bounds and a greedy plan for siting, used to prove optima without (or before) branch and bound.
 *
 * Tonnes (phase 1): any plan splits into flows to existing consumers, at most the maximum flow without plants
 * (`before`), and flows to each open plant j, at most v_j = min(K, supply within reach of j). So
 * `before + Σ top-k v_j` bounds the tonnes from above (a max-coverage bound). A greedy plan keeps the before plan and
 * opens, k times, the candidate that places most of the still-unused supply in reach (cheapest fill on ties); when it
 * reaches the bound it is optimal and phase 1 needs no MILP.
 *
 * Cost (phase 2, only when that bound is reached): the existing flows then carry at least `before` tonnes, costing at
 * least the before plan's optimum, and each open plant takes exactly v_j, costing at least the cheapest fill of v_j
 * from the full supplies in reach; so `beforeCost + min Σ_j fill_j(v_j)` over top-k sets bounds the cost from below.
 */
import type { SitingInstance } from "./types";

export interface CoveragePlan {
  /** Proven upper bound on the tonnes any plan with at most k plants uses. */
  upperTonnes: number;
  /** Greedy plan as a column vector of the siting MILP (existing arcs, plant arcs, y). */
  start: Float64Array;
  tonnes: number;
  costYuan: number;
  /** Whether the greedy plan reaches `upperTonnes` (then it is a proven tonnage optimum). */
  tight: boolean;
  /** Proven lower bound on the haul cost of any plan using `upperTonnes` (only when tight, else null). */
  costLowerBound: number | null;
}

const EPS = 1e-9;

/** Cheapest cost of `tonnes` from the arcs (sorted by cost) with the given available supply per producer. */
function fillCost(instance: SitingInstance, arcs: readonly number[], available: ArrayLike<number>, tonnes: number) {
  let left = tonnes;
  let cost = 0;
  for (const b of arcs) {
    if (left <= EPS) break;
    const arc = instance.plantArcs[b];
    const take = Math.min(left, available[arc.producer]);
    if (take <= 0) continue;
    cost += take * arc.costPerTonne;
    left -= take;
  }
  return cost;
}

/**
 * The max-coverage bound, the greedy plan and (when tight) the cost lower bound, from the before plan's existing-arc
 * flows `beforeX` and its proven maximum `beforeTonnes` and minimum cost `beforeCost`.
 */
export function coveragePlan(
  instance: SitingInstance,
  beforeX: ArrayLike<number>,
  beforeTonnes: number,
  beforeCost: number,
): CoveragePlan {
  const { producers, plantArcs, candidates, existingArcs, plantCapacityTonnes: K } = instance;
  const J = candidates.length;
  const X = existingArcs.length;
  const Z = plantArcs.length;
  const k = Math.min(instance.maxPlants, J);
  const arcsOf: number[][] = Array.from({ length: J }, () => []);
  for (let b = 0; b < Z; b++) arcsOf[plantArcs[b].candidate].push(b);
  for (const arcs of arcsOf)
    arcs.sort(
      (a, b) => plantArcs[a].costPerTonne - plantArcs[b].costPerTonne || plantArcs[a].producer - plantArcs[b].producer,
    );
  const supply = producers.map((p) => p.supplyTonnes);
  const reach = arcsOf.map((arcs) =>
    Math.min(
      K,
      arcs.reduce((s, b) => s + supply[plantArcs[b].producer], 0),
    ),
  );
  const order = [...reach.keys()].sort((a, b) => reach[b] - reach[a]);
  const upperTonnes = beforeTonnes + order.slice(0, k).reduce((s, j) => s + reach[j], 0);

  // Greedy from the before plan: residual supply, then k rounds of the best candidate.
  const start = new Float64Array(X + Z + J);
  const residual = Float64Array.from(supply);
  let tonnes = 0;
  let costYuan = 0;
  for (let a = 0; a < X; a++) {
    const v = Math.max(0, beforeX[a]);
    start[a] = v;
    residual[existingArcs[a].producer] -= v;
    tonnes += v;
    costYuan += v * existingArcs[a].costPerTonne;
  }
  for (let p = 0; p < residual.length; p++) residual[p] = Math.max(0, residual[p]);
  const chosen = new Set<number>();
  for (let round = 0; round < k; round++) {
    let best = -1;
    let bestGain = EPS;
    let bestCost = Infinity;
    for (let j = 0; j < J; j++) {
      if (chosen.has(j)) continue;
      let avail = 0;
      for (const b of arcsOf[j]) avail += residual[plantArcs[b].producer];
      const gain = Math.min(K, avail);
      if (gain < bestGain - EPS * (1 + bestGain)) continue;
      const cost = fillCost(instance, arcsOf[j], residual, gain);
      if (gain > bestGain + EPS * (1 + bestGain) || cost < bestCost) {
        best = j;
        bestGain = gain;
        bestCost = cost;
      }
    }
    if (best < 0) break;
    chosen.add(best);
    start[X + Z + best] = 1;
    let left = bestGain;
    for (const b of arcsOf[best]) {
      if (left <= EPS) break;
      const p = plantArcs[b].producer;
      const take = Math.min(left, residual[p]);
      if (take <= 0) continue;
      start[X + b] = take;
      residual[p] -= take;
      left -= take;
      tonnes += take;
      costYuan += take * plantArcs[b].costPerTonne;
    }
  }
  const tight = tonnes >= upperTonnes * (1 - 1e-9) - 1e-6;

  let costLowerBound: number | null = null;
  if (tight) {
    // Every plan at the bound opens a top-k set by reach: those above the k-th reach, then the cheapest ties.
    const threshold = k > 0 ? reach[order[k - 1]] : Infinity;
    const full = (j: number) => fillCost(instance, arcsOf[j], supply, reach[j]);
    let lower = beforeCost;
    let slots = k;
    const ties: number[] = [];
    for (let j = 0; j < J; j++) {
      if (reach[j] > threshold + EPS * (1 + threshold)) {
        lower += full(j);
        slots--;
      } else if (reach[j] >= threshold - EPS * (1 + threshold)) ties.push(full(j));
    }
    ties.sort((a, b) => a - b);
    for (let i = 0; i < slots && i < ties.length; i++) lower += ties[i];
    costLowerBound = lower;
  }
  return { upperTonnes, start, tonnes, costYuan, tight, costLowerBound };
}

/**
 * Lagrangian lower bound on the haul cost of any plan with at most k plants placing at least `minTonnes`, priced with
 * multipliers from the before LP's row duals (producer supply, existing consumer and tonnage-floor rows). Relaxing
 * those rows leaves one small problem per arc and per plant (fill K from the most negative reduced costs), so the bound
 * is cheap; it holds for any multipliers of the right sign, so numerical noise in the duals can only weaken it.
 */
export function lagrangianCostBound(instance: SitingInstance, beforeRowDual: ArrayLike<number>, minTonnes: number) {
  return lagrangianTerms(instance, beforeRowDual, minTonnes).bound;
}

/**
 * The Lagrangian bound split into its constant part and one term φ_j ≤ 0 per candidate (the bound opens the k most
 * negative), so a candidate whose forced opening lifts the bound above a known plan's cost can be closed.
 */
export function lagrangianTerms(
  instance: SitingInstance,
  beforeRowDual: ArrayLike<number>,
  minTonnes: number,
): { bound: number; constant: number; phi: number[] } {
  const { producers, consumers, existingArcs, plantArcs, candidates, plantCapacityTonnes: K } = instance;
  const P = producers.length;
  const C = consumers.length;
  const pi = (p: number) => Math.min(0, beforeRowDual[p]);
  const sigma = (c: number) => Math.min(0, beforeRowDual[P + c]);
  // The before model has no plant, cardinality or link rows: its floor row follows the consumer rows.
  const lambda = Math.max(0, beforeRowDual[P + C]);
  let bound = lambda * minTonnes;
  for (let p = 0; p < P; p++) bound += pi(p) * producers[p].supplyTonnes;
  for (let c = 0; c < C; c++) bound += sigma(c) * consumers[c].remainingTonnes;
  for (const a of existingArcs) {
    const d = a.costPerTonne - pi(a.producer) - sigma(a.consumer) - lambda;
    if (d < 0) bound += d * Math.min(producers[a.producer].supplyTonnes, consumers[a.consumer].remainingTonnes);
  }
  // Per candidate: the cheapest fill of at most K tonnes at reduced cost c − π − λ, each arc ≤ min(supply, K).
  const reduced: { d: number; cap: number }[][] = candidates.map(() => []);
  for (const b of plantArcs) {
    const d = b.costPerTonne - pi(b.producer) - lambda;
    if (d < 0) reduced[b.candidate].push({ d, cap: Math.min(producers[b.producer].supplyTonnes, K) });
  }
  const phi = reduced.map((arcs) => {
    arcs.sort((x, y) => x.d - y.d);
    let left = K;
    let v = 0;
    for (const { d, cap } of arcs) {
      if (left <= 0) break;
      const take = Math.min(left, cap);
      v += take * d;
      left -= take;
    }
    return v;
  });
  const constant = bound;
  const sorted = [...phi].sort((x, y) => x - y);
  for (let i = 0; i < Math.min(instance.maxPlants, sorted.length); i++) bound += sorted[i];
  return { bound, constant, phi };
}

/**
 * Candidates that no plan costing at most `upperCost` can open: opening j forces φ_j into the bound, next to the k − 1
 * most negative others; when even that exceeds `upperCost`, y_j = 0 in every optimum (reduced-cost fixing).
 */
export function closedCandidates(terms: { constant: number; phi: number[] }, maxPlants: number, upperCost: number) {
  const order = terms.phi.map((v, j) => [v, j] as const).sort((a, b) => a[0] - b[0]);
  const k = Math.min(maxPlants, order.length);
  const bestK = order.slice(0, k).reduce((s, [v]) => s + v, 0);
  const kth = k > 0 ? order[k - 1][0] : 0;
  const inBest = new Set(order.slice(0, k).map(([, j]) => j));
  const closed: number[] = [];
  const slack = 1e-9 * Math.abs(upperCost) + 1e-6;
  terms.phi.forEach((v, j) => {
    const forced = inBest.has(j) ? terms.constant + bestK : terms.constant + bestK - kth + v;
    if (forced > upperCost + slack) closed.push(j);
  });
  return closed;
}
