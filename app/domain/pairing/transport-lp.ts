/** The capacitated min-cost transportation LP of one material, in HiGHS's sparse (CSC) form. */
import type { MaterialInstance, TransportLp } from "./types";

/**
 * Columns are candidate arcs (tonnes shipped); rows 0..P-1 cap each producer's output, rows P..P+C-1 each
 * consumer's remaining intake. Unused supply is not a column: minimising
 *   Σ x·(cost − bonus) + (landfill + penalty)·Σ(supply − shipped)
 * is written as Σ x·(cost − bonus − landfill − penalty) + offset, so the model stays 2 nonzeros per arc.
 */
export function buildTransportLp(
  instance: MaterialInstance,
  penaltyYuanPerTonne = instance.utilisationPenaltyYuanPerTonne,
): TransportLp {
  const P = instance.producers.length;
  const C = instance.consumers.length;
  const A = instance.arcs.length;
  const unusedCost = instance.landfillYuanPerTonne + penaltyYuanPerTonne;
  const colCost = new Float64Array(A);
  const colLower = new Float64Array(A);
  const colUpper = new Float64Array(A).fill(Infinity);
  const starts = new Int32Array(A + 1);
  const indices = new Int32Array(2 * A);
  const values = new Float64Array(2 * A).fill(1);
  for (let a = 0; a < A; a++) {
    const arc = instance.arcs[a];
    colCost[a] = arc.costPerTonne - arc.bonusPerTonne - unusedCost;
    starts[a] = 2 * a;
    indices[2 * a] = arc.producer;
    indices[2 * a + 1] = P + arc.consumer;
  }
  starts[A] = 2 * A;
  const rowLower = new Float64Array(P + C).fill(-Infinity);
  const rowUpper = new Float64Array(P + C);
  let offset = 0;
  for (let p = 0; p < P; p++) {
    rowUpper[p] = instance.producers[p].supplyTonnes;
    offset += unusedCost * instance.producers[p].supplyTonnes;
  }
  for (let c = 0; c < C; c++) rowUpper[P + c] = instance.consumers[c].remainingTonnes;
  return {
    numCols: A,
    numRows: P + C,
    offset,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    starts,
    indices,
    values,
  };
}

/** The same LP as CPLEX LP-format text (for raw HiGHS comparisons, debugging and export). */
export function transportLpText(lp: TransportLp): string {
  const out: string[] = ["Minimize", " obj:"];
  const terms: string[] = [];
  for (let j = 0; j < lp.numCols; j++) terms.push(`${lp.colCost[j] >= 0 ? "+" : "-"} ${Math.abs(lp.colCost[j])} x${j}`);
  out.push(`  ${terms.join(" ")}${lp.offset ? ` + ${lp.offset}` : ""}`);
  out.push("Subject To");
  const rows: string[][] = Array.from({ length: lp.numRows }, () => []);
  for (let j = 0; j < lp.numCols; j++)
    for (let k = lp.starts[j]; k < lp.starts[j + 1]; k++) rows[lp.indices[k]].push(`+ ${lp.values[k]} x${j}`);
  for (let i = 0; i < lp.numRows; i++)
    if (rows[i].length) out.push(` r${i}: ${rows[i].join(" ")} <= ${lp.rowUpper[i]}`);
  out.push("End");
  return out.join("\n");
}
