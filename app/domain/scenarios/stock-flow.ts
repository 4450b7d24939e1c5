/**
 * The stock-flow rules of a scenario year, independent of how the year's flow is placed:
 * stockpile_y = stockpile_{y−1} + produced_y − flowUsed_y − drawDown_y, never negative; draw-down only uses
 * capacity left after the year's flow, at most a set share of each stockpile, in the order's groups.
 */
import type { DrawDownOrder } from "./types";

export interface StockNode {
  siteId: string;
  cityAdcode: string | null;
  baseStockpileTonnes: number;
}

/** Groups of node indices drawn in turn: priority cities first, largest city first, or all together. */
export function drawDownGroups(
  nodes: readonly StockNode[],
  order: DrawDownOrder,
  priorityCities: readonly string[],
): number[][] {
  const all = nodes.map((_, i) => i);
  if (order === "proportional") return [all];
  if (order === "plan-priority") {
    const pri = new Set(priorityCities);
    const first = all.filter((i) => nodes[i].cityAdcode !== null && pri.has(nodes[i].cityAdcode!));
    const rest = all.filter((i) => !(nodes[i].cityAdcode !== null && pri.has(nodes[i].cityAdcode!)));
    return [first, rest].filter((g) => g.length > 0);
  }
  // largest-first: whole cities by base-year stockpile, largest first (ties by adcode); sites without a city last.
  const byCity = new Map<string, number[]>();
  for (const i of all) {
    const key = nodes[i].cityAdcode ?? "~";
    byCity.set(key, [...(byCity.get(key) ?? []), i]);
  }
  const total = (g: number[]) => g.reduce((s, i) => s + nodes[i].baseStockpileTonnes, 0);
  return [...byCity.entries()]
    .sort(([ka, a], [kb, b]) => (ka === "~" ? 1 : kb === "~" ? -1 : total(b) - total(a) || ka.localeCompare(kb)))
    .map(([, g]) => g);
}

/**
 * Shares `spareTonnes` among stockpiles group by group; within a group in proportion to what each may give
 * (`drawable`), never more than that. Returns the draw-down per node.
 */
export function allocateDrawDown(
  drawable: readonly number[],
  groups: readonly number[][],
  spareTonnes: number,
): number[] {
  const out = new Array<number>(drawable.length).fill(0);
  let spare = Math.max(0, spareTonnes);
  for (const g of groups) {
    if (spare <= 0) break;
    const want = g.reduce((s, i) => s + Math.max(0, drawable[i]), 0);
    if (want <= 0) continue;
    const share = Math.min(1, spare / want);
    for (const i of g) out[i] = Math.max(0, drawable[i]) * share;
    spare -= Math.min(spare, want);
  }
  return out;
}

/** Next stockpile of one node; clamps float noise below zero (the inputs guarantee it is ≥ 0 up to rounding). */
export function nextStockpile(stockpile: number, produced: number, flowUsed: number, drawDown: number): number {
  const v = stockpile + produced - flowUsed - drawDown;
  return v < 1e-6 ? 0 : v;
}
