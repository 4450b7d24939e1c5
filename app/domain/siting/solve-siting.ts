/** Solves a siting instance exactly: utilisation before (LP), then the two-phase MILP (most tonnes, then least cost). */
import type { RegistrySite } from "../registry-types";
import type { LpSolution, LpSolver, TransportLp } from "../pairing/types";
import { TONNE_EPS } from "../pairing/instance";
import { buildSitingMilp, sitingLayout } from "./siting-milp";
import { closedCandidates, coveragePlan, lagrangianTerms } from "./coverage-bound";
import type { SitedPlant, SitingAssignment, SitingInstance, SitingParams, SitingResult, SitingTotals } from "./types";

/**
 * HiGHS's primal heuristics and restarts switched off. On the province instance at k = 10 its sub-MIPs (RINS/RENS)
 * took 33 of 39 s while branch and bound needed 3 nodes (the greedy plan is the incumbent and the LP relaxation is
 * tight); on the 10^4-producer instance a restart re-presolved a 330,000-column model for minutes after
 * reduced-cost fixing had left 3 binaries.
 */
export const SITING_MIP_OPTIONS = {
  mip_heuristic_effort: 0,
  mip_heuristic_run_rins: false,
  mip_heuristic_run_rens: false,
  mip_heuristic_run_root_reduced_cost: false,
  mip_allow_restart: false,
} as const;

/** HiGHS options of every siting MILP phase. */
export function sitingSolverOptions(params: SitingParams): Record<string, number | boolean> {
  return {
    mip_rel_gap: params.mipRelGap,
    mip_abs_gap: 1e-6,
    time_limit: params.timeLimitSeconds,
    ...SITING_MIP_OPTIONS,
  };
}

function check(sol: LpSolution, what: string): void {
  if (sol.status !== "optimal" && sol.status !== "limit")
    throw new Error(`HiGHS found no solution for the ${what}: ${sol.message ?? sol.status}`);
}

/** Tonnes and haul cost of a column vector over the instance's existing and plant arcs. */
export function sitingTotals(
  instance: SitingInstance,
  colValue: ArrayLike<number>,
): { matchedTonnes: number; plantTonnes: number; costYuan: number } {
  const layout = sitingLayout(instance);
  let matchedTonnes = 0;
  let plantTonnes = 0;
  let costYuan = 0;
  for (let a = 0; a < instance.existingArcs.length; a++) {
    const v = Math.max(0, colValue[layout.xStart + a]);
    matchedTonnes += v;
    costYuan += v * instance.existingArcs[a].costPerTonne;
  }
  for (let b = 0; b < layout.yStart - layout.zStart; b++) {
    const v = Math.max(0, colValue[layout.zStart + b]);
    matchedTonnes += v;
    plantTonnes += v;
    costYuan += v * instance.plantArcs[b].costPerTonne;
  }
  return { matchedTonnes, plantTonnes, costYuan };
}

/** A model without columns has the zero plan as its only solution (HiGHS calls it "empty", not optimal). */
async function solveModel(solver: LpSolver, lp: TransportLp): Promise<LpSolution> {
  if (lp.numCols === 0)
    return {
      status: "optimal",
      colValue: new Float64Array(0),
      objective: 0,
      solveSeconds: 0,
      mipGap: 0,
      ...(lp.wantRowDual ? { rowDual: new Float64Array(lp.numRows) } : {}),
    };
  return solver(lp);
}

/** Most tonnes, then least cost, for one instance: returns both phase solutions. */
export async function solveLexicographic(
  instance: SitingInstance,
  params: SitingParams,
  solver: LpSolver,
  start?: Float64Array,
): Promise<{ tonnes: LpSolution; cost: LpSolution; maxTonnes: number }> {
  // Gap and time limit are MILP controls; a model without plants is a plain LP that always runs to optimality.
  const integer = instance.maxPlants > 0 && instance.candidates.length > 0;
  if (!integer) return solveLexicographicLp(instance, solver);
  const options = sitingSolverOptions(params);
  const phase1 = buildSitingMilp(instance, { kind: "tonnes" }, options);
  if (start && phase1.integrality) phase1.start = start;
  const tonnes = await solveModel(solver, phase1);
  check(tonnes, "tonnage phase");
  const maxTonnes = Math.max(0, -tonnes.objective);
  // The floor gives up a billionth of the tonnage so feasibility tolerances cannot make phase 2 infeasible.
  const phase2 = buildSitingMilp(instance, { kind: "cost", minTonnes: Math.max(0, maxTonnes * (1 - 1e-9)) }, options);
  phase2.start = tonnes.colValue;
  const cost = await solveModel(solver, phase2);
  check(cost, "cost phase");
  return { tonnes, cost, maxTonnes };
}

/**
 * The plan without new plants (a pure LP): most tonnes, then least cost, in ONE HiGHS model — the cost phase starts
 * from the tonnage optimum's basis (on the 10^4-producer instance the cold second solve took most of the time).
 */
async function solveLexicographicLp(
  instance: SitingInstance,
  solver: LpSolver,
): Promise<{ tonnes: LpSolution; cost: LpSolution; maxTonnes: number }> {
  // The cost model with its floor row free; phase 1 minimises −tonnes on it, then the floor is set from that optimum.
  const lp = buildSitingMilp(instance, { kind: "cost", minTonnes: -Infinity });
  const colCost = lp.colCost;
  lp.colCost = new Float64Array(lp.numCols).fill(-1);
  // The floor gives up a billionth of the tonnage so feasibility tolerances cannot make phase 2 infeasible.
  lp.thenMinimise = { colCost, floorRow: lp.numRows - 1, floorPerObjective: -(1 - 1e-9) };
  // The LP's duals price supply for the Lagrangian cost bound of the plan with plants.
  lp.wantRowDual = true;
  const cost = await solveModel(solver, lp);
  check(cost, "plan without new plants");
  const maxTonnes = Math.max(0, -(cost.firstObjective ?? 0));
  const tonnes: LpSolution = { ...cost, objective: -maxTonnes };
  return { tonnes, cost, maxTonnes };
}

const totals = (produced: number, matched: number, cost: number): SitingTotals => ({
  producedTonnes: produced,
  matchedTonnes: matched,
  utilisation: produced > 0 ? matched / produced : 0,
  transportCostYuan: cost,
});

/** Runs the whole siting solve and shapes the result (plants, assignments, before/after, gap). */
export async function solveSiting(
  instance: SitingInstance,
  params: SitingParams,
  solver: LpSolver,
  siteById: ReadonlyMap<string, RegistrySite> = new Map(),
): Promise<SitingResult> {
  const started = performance.now();
  const producedTonnes = instance.producers.reduce((s, p) => s + p.supplyTonnes, 0);
  const beforeInstance: SitingInstance = { ...instance, maxPlants: 0 };
  const before = await solveLexicographic(beforeInstance, params, solver);
  const beforeTotals = sitingTotals(beforeInstance, before.cost.colValue);

  const layout = sitingLayout(instance);
  let solution = before.cost.colValue;
  let gaps = { tonnes: 0, cost: 0 };
  let status: SitingResult["status"] = "optimal";
  const proof = { tonnes: "none", cost: "none" } as SitingResult["proof"];
  let closed = 0;
  if (instance.maxPlants > 0 && instance.candidates.length > 0) {
    const options = sitingSolverOptions(params);
    // Max-coverage bound and greedy plan (coverage-bound.ts): when the greedy plan reaches the bound, phase 1 is
    // proven without branch and bound; the greedy plan is the warm start either way.
    const cover = coveragePlan(
      instance,
      before.cost.colValue.subarray(0, instance.existingArcs.length),
      before.maxTonnes,
      before.cost.objective,
    );
    let maxTonnes: number;
    let phase1: LpSolution;
    if (cover.tight) {
      maxTonnes = cover.upperTonnes;
      phase1 = { status: "optimal", colValue: cover.start, objective: -cover.tonnes, solveSeconds: 0, mipGap: 0 };
      proof.tonnes = "coverage-bound";
    } else {
      const lp = buildSitingMilp(instance, { kind: "tonnes" }, options);
      lp.start = cover.start;
      phase1 = await solveModel(solver, lp);
      check(phase1, "tonnage phase");
      maxTonnes = Math.max(0, -phase1.objective);
      proof.tonnes = phase1.status === "optimal" ? "branch-and-bound" : "none";
    }
    const floor = Math.max(0, maxTonnes * (1 - 1e-9));
    // Only with a proven tonnage optimum: the bounds are on plans placing that much.
    const terms =
      phase1.status === "optimal" && before.cost.rowDual ? lagrangianTerms(instance, before.cost.rowDual, floor) : null;
    const bounds = [cover.costLowerBound, terms?.bound ?? null].filter(
      (b): b is number => b !== null && Number.isFinite(b),
    );
    const lower = bounds.length ? Math.max(...bounds) : null;
    let phase2: LpSolution;
    if (cover.tight && lower !== null && cover.costYuan <= lower * (1 + params.mipRelGap) + 1e-6) {
      // The greedy plan costs no more than a proven lower bound: optimal without branch and bound.
      phase2 = { status: "optimal", colValue: cover.start, objective: cover.costYuan, solveSeconds: 0, mipGap: 0 };
      proof.cost = "coverage-bound";
    } else {
      const lp = buildSitingMilp(instance, { kind: "cost", minTonnes: floor }, options);
      lp.start = phase1.colValue;
      // Close the candidates the Lagrangian bound rules out against the phase-1 plan's cost (exact: reduced-cost
      // fixing), so HiGHS branches over fewer plants.
      if (terms) {
        const upper = sitingTotals(instance, phase1.colValue).costYuan;
        for (const j of closedCandidates(terms, instance.maxPlants, upper))
          if (phase1.colValue[layout.yStart + j] < 0.5) lp.colUpper[layout.yStart + j] = 0;
        closed = lp.colUpper.subarray(layout.yStart).filter((u) => u === 0).length;
      }
      phase2 = await solveModel(solver, lp);
      check(phase2, "cost phase");
      proof.cost = phase2.status === "optimal" ? "branch-and-bound" : "none";
    }
    solution = phase2.colValue;
    // A solve stopped before any bound was proven reports an infinite gap; 1 (100 %) says "nothing proven" in JSON.
    const gapOf = (sol: LpSolution) =>
      sol.status === "optimal" ? 0 : Math.min(1, Math.max(0, Number.isFinite(sol.mipGap) ? sol.mipGap! : 1));
    gaps = { tonnes: gapOf(phase1), cost: gapOf(phase2) };
    // The coverage lower bound may prove more than HiGHS did within its time limit.
    if (gaps.cost > 0 && lower !== null && phase2.objective > 0) {
      const own = Math.max(0, (phase2.objective - lower) / phase2.objective);
      if (own < gaps.cost) {
        gaps.cost = own <= params.mipRelGap ? 0 : own;
        proof.cost = "coverage-bound";
      }
    }
    if (gaps.tonnes > 0 || gaps.cost > 0) status = "time-limit";
  }
  const afterTotals = sitingTotals(instance, solution);

  // Plants: open candidates that take tonnes (an open plant with no supply is not a recommendation).
  const plantFlow = new Float64Array(instance.candidates.length);
  const plantSuppliers = new Int32Array(instance.candidates.length);
  const Z = layout.yStart - layout.zStart;
  for (let b = 0; b < Z; b++) {
    const v = solution[layout.zStart + b];
    if (v > TONNE_EPS) {
      plantFlow[instance.plantArcs[b].candidate] += v;
      plantSuppliers[instance.plantArcs[b].candidate] += 1;
    }
  }
  const plantIndex = new Map<number, number>();
  const plants: SitedPlant[] = [];
  for (let j = 0; j < layout.numCols - layout.yStart; j++) {
    if (solution[layout.yStart + j] < 0.5 || plantFlow[j] <= TONNE_EPS) continue;
    const c = instance.candidates[j];
    plantIndex.set(j, plants.length);
    plants.push({
      lng: c.lng,
      lat: c.lat,
      countyAdcode: c.countyAdcode,
      candidateId: c.id,
      candidateKind: c.kind,
      name: c.name,
      nameEn: c.nameEn,
      siteId: c.siteId,
      tonnesPerYear: plantFlow[j],
      capacityTonnesPerYear: instance.plantCapacityTonnes,
      suppliers: plantSuppliers[j],
      synthetic: c.synthetic,
    });
  }
  const assignments: SitingAssignment[] = [];
  const producers: SitingResult["producers"] = {};
  for (let b = 0; b < Z; b++) {
    const v = solution[layout.zStart + b];
    if (v <= TONNE_EPS) continue;
    const arc = instance.plantArcs[b];
    const idx = plantIndex.get(arc.candidate);
    if (idx === undefined) continue;
    const p = instance.producers[arc.producer];
    assignments.push({
      producerId: p.siteId,
      plantIndex: idx,
      tonnesPerYear: v,
      distanceKm: arc.distanceKm,
      roadKm: arc.roadKm,
      costYuan: v * arc.costPerTonne,
    });
    const site = siteById.get(p.siteId);
    producers[p.siteId] = {
      name: site?.name ?? p.siteId,
      nameEn: site?.nameEn ?? p.siteId,
      lng: p.lng,
      lat: p.lat,
      synthetic: site?.provenance.synthetic ?? false,
      countyAdcode: site?.countyAdcode ?? null,
    };
  }
  assignments.sort(
    (a, b) =>
      a.plantIndex - b.plantIndex || b.tonnesPerYear - a.tonnesPerYear || a.producerId.localeCompare(b.producerId),
  );

  const usedSites = new Set([...instance.producers.map((p) => p.siteId), ...instance.consumers.map((c) => c.siteId)]);
  return {
    params,
    status,
    plants,
    assignments,
    before: totals(producedTonnes, beforeTotals.matchedTonnes, beforeTotals.costYuan),
    after: {
      ...totals(producedTonnes, afterTotals.matchedTonnes, afterTotals.costYuan),
      newPlantTonnes: afterTotals.plantTonnes,
    },
    gap: Math.max(gaps.tonnes, gaps.cost),
    gaps,
    proof,
    closedCandidates: closed,
    counts: {
      producers: instance.producers.length,
      consumers: instance.consumers.length,
      candidates: instance.candidates.length,
      plantArcs: instance.plantArcs.length,
      existingArcs: instance.existingArcs.length,
    },
    solveSeconds: (performance.now() - started) / 1000,
    candidates: instance.candidates.map(({ id, kind, name, nameEn, lng, lat, countyAdcode, synthetic }) => ({
      id,
      kind,
      name,
      nameEn,
      lng,
      lat,
      countyAdcode,
      synthetic,
    })),
    synthetic: [...usedSites].some((id) => siteById.get(id)?.provenance.synthetic) || plants.some((p) => p.synthetic),
    producers,
  };
}
