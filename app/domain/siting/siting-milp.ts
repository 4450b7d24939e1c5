/**
 * The capacitated facility-location MILP of siting, in HiGHS's sparse (CSC) form.
 *
 * Columns: x_a (tonnes on existing arc a), z_b (tonnes on plant arc b), y_j ∈ {0,1} (open candidate j).
 * Rows, in order: producer supply Σx+Σz ≤ s_p; existing consumer Σx ≤ r_c; plant Σz − K·y_j ≤ 0; Σy ≤ k;
 * one link z_b − min(s_p, K)·y_j ≤ 0 per plant arc (tightens the relaxation: a closed plant takes nothing);
 * and in the cost phase a tonnage floor Σx+Σz ≥ T* (the last row).
 * Phase "tonnes" minimises −Σx−Σz (most tonnes used); phase "cost" minimises haul cost subject to the floor,
 * so the plan is lexicographic without any big-M weight.
 */
import type { TransportLp } from "../pairing/types";
import type { SitingInstance } from "./types";

export type SitingPhase = { kind: "tonnes" } | { kind: "cost"; minTonnes: number };

export interface SitingMilpLayout {
  /** First column of each block. */
  xStart: number;
  zStart: number;
  yStart: number;
  numCols: number;
}

/** Column layout of the MILP for an instance (plants are only modelled when k ≥ 1). */
export function sitingLayout(instance: SitingInstance): SitingMilpLayout {
  const X = instance.existingArcs.length;
  const withPlants = instance.maxPlants > 0;
  const Z = withPlants ? instance.plantArcs.length : 0;
  const J = withPlants ? instance.candidates.length : 0;
  return { xStart: 0, zStart: X, yStart: X + Z, numCols: X + Z + J };
}

/** Builds one phase of the siting model; HiGHS options (gap, time limit) go on the returned model. */
export function buildSitingMilp(
  instance: SitingInstance,
  phase: SitingPhase,
  options: Record<string, number | string | boolean> = {},
): TransportLp {
  const { producers: prod, consumers: cons, existingArcs, plantCapacityTonnes: K } = instance;
  const layout = sitingLayout(instance);
  const P = prod.length;
  const C = cons.length;
  const X = existingArcs.length;
  const withPlants = instance.maxPlants > 0;
  const plantArcs = withPlants ? instance.plantArcs : [];
  const Z = plantArcs.length;
  const J = withPlants ? instance.candidates.length : 0;
  const plantRow0 = P + C;
  const cardRow = plantRow0 + J;
  const linkRow0 = cardRow + (J > 0 ? 1 : 0);
  const floorRow = linkRow0 + Z;
  const numRows = floorRow + (phase.kind === "cost" ? 1 : 0);
  const floor = phase.kind === "cost";

  const numCols = layout.numCols;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(Infinity);
  const integrality = J > 0 ? new Int32Array(numCols) : undefined;
  // Nonzeros: x: 2 (+1 floor); z: 3 (+1 floor); y: 2 + its links.
  const nnz = X * (floor ? 3 : 2) + Z * (floor ? 4 : 3) + J * 2 + Z;
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  let col = 0;
  for (let a = 0; a < X; a++, col++) {
    const arc = existingArcs[a];
    colCost[col] = floor ? arc.costPerTonne : -1;
    starts[col] = k;
    indices[k] = arc.producer;
    values[k++] = 1;
    indices[k] = P + arc.consumer;
    values[k++] = 1;
    if (floor) {
      indices[k] = floorRow;
      values[k++] = 1;
    }
  }
  for (let b = 0; b < Z; b++, col++) {
    const arc = plantArcs[b];
    colCost[col] = floor ? arc.costPerTonne : -1;
    starts[col] = k;
    indices[k] = arc.producer;
    values[k++] = 1;
    indices[k] = plantRow0 + arc.candidate;
    values[k++] = 1;
    indices[k] = linkRow0 + b;
    values[k++] = 1;
    if (floor) {
      indices[k] = floorRow;
      values[k++] = 1;
    }
  }
  const linksOf: number[][] = Array.from({ length: J }, () => []);
  for (let b = 0; b < Z; b++) linksOf[plantArcs[b].candidate].push(b);
  for (let j = 0; j < J; j++, col++) {
    colUpper[col] = 1;
    integrality![col] = 1;
    starts[col] = k;
    indices[k] = plantRow0 + j;
    values[k++] = -K;
    indices[k] = cardRow;
    values[k++] = 1;
    for (const b of linksOf[j]) {
      indices[k] = linkRow0 + b;
      values[k++] = -Math.min(prod[plantArcs[b].producer].supplyTonnes, K);
    }
  }
  starts[numCols] = k;

  const rowLower = new Float64Array(numRows).fill(-Infinity);
  const rowUpper = new Float64Array(numRows);
  for (let p = 0; p < P; p++) rowUpper[p] = prod[p].supplyTonnes;
  for (let c = 0; c < C; c++) rowUpper[P + c] = cons[c].remainingTonnes;
  // Plant and link rows keep upper bound 0.
  if (J > 0) rowUpper[cardRow] = instance.maxPlants;
  if (floor) {
    rowLower[floorRow] = phase.minTonnes;
    rowUpper[floorRow] = Infinity;
  }
  return {
    numCols,
    numRows,
    offset: 0,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    starts,
    indices: k === nnz ? indices : indices.slice(0, k),
    values: k === nnz ? values : values.slice(0, k),
    ...(integrality ? { integrality } : {}),
    options,
  };
}
