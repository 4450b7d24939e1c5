/** Test-only builders and an independent min-cost-flow solver used to check the LP results. */
import type { CycleLevel } from "../registry-types";
import type { CandidateArc, ConsumerNode, MaterialInstance, ProducerNode } from "./types";

const node = { lng: 0, lat: 0, ownerGroup: null, parkId: null, outsideProvince: false };

/** A hand-written instance: supplies, capacities and arcs [producer, consumer, costPerTonne, bonus?, level?]. */
export function instanceOf(
  supplies: number[],
  capacities: number[],
  arcs: [number, number, number, number?, CycleLevel?][],
  landfill = 25,
  penalty = 10_000,
): MaterialInstance {
  const producers: ProducerNode[] = supplies.map((s, i) => ({ ...node, siteId: `P${i}`, supplyTonnes: s }));
  const consumers: ConsumerNode[] = capacities.map((c, i) => ({
    ...node,
    siteId: `C${i}`,
    route: "cement",
    remainingTonnes: c,
  }));
  const arcList: CandidateArc[] = arcs.map(([p, c, cost, bonus = 0, level = "region"]) => ({
    producer: p,
    consumer: c,
    distanceKm: cost,
    roadKm: cost,
    costPerTonne: cost,
    bonusPerTonne: bonus,
    cycleLevel: level,
  }));
  return {
    material: "fly-ash",
    producers,
    consumers,
    arcs: arcList,
    candidatesInRange: producers.map((_, p) => arcList.filter((a) => a.producer === p).length),
    landfillYuanPerTonne: landfill,
    utilisationPenaltyYuanPerTonne: penalty,
    co2KgPerTonneKm: 0.1,
    nearestN: 100,
  };
}

/**
 * Lexicographic optimum by successive shortest paths (Bellman-Ford on the residual network): each augmentation
 * along a cheapest path keeps the flow min-cost for its value; stopping when no path remains gives maximum
 * flow. Independent of HiGHS and of the LP formulation. Returns [placed tonnes, net cost (cost − bonus)].
 */
export function successiveShortestPaths(inst: MaterialInstance): { placed: number; netCost: number } {
  const P = inst.producers.length;
  const C = inst.consumers.length;
  const S = P + C;
  const T = S + 1;
  type E = { to: number; cap: number; cost: number; rev: number };
  const g: E[][] = Array.from({ length: T + 1 }, () => []);
  const add = (u: number, v: number, cap: number, cost: number) => {
    g[u].push({ to: v, cap, cost, rev: g[v].length });
    g[v].push({ to: u, cap: 0, cost: -cost, rev: g[u].length - 1 });
  };
  inst.producers.forEach((p, i) => add(S, i, p.supplyTonnes, 0));
  inst.consumers.forEach((c, i) => add(P + i, T, c.remainingTonnes, 0));
  for (const a of inst.arcs) add(a.producer, P + a.consumer, Infinity, a.costPerTonne - a.bonusPerTonne);
  let placed = 0;
  let netCost = 0;
  for (;;) {
    const dist = new Array<number>(T + 1).fill(Infinity);
    const prev: [number, number][] = new Array(T + 1);
    dist[S] = 0;
    for (let it = 0; it <= T; it++) {
      let changed = false;
      for (let u = 0; u <= T; u++) {
        if (dist[u] === Infinity) continue;
        g[u].forEach((e, k) => {
          if (e.cap > 1e-9 && dist[u] + e.cost < dist[e.to] - 1e-12) {
            dist[e.to] = dist[u] + e.cost;
            prev[e.to] = [u, k];
            changed = true;
          }
        });
      }
      if (!changed) break;
    }
    if (dist[T] === Infinity) break;
    let push = Infinity;
    for (let v = T; v !== S; v = prev[v][0]) push = Math.min(push, g[prev[v][0]][prev[v][1]].cap);
    for (let v = T; v !== S; v = prev[v][0]) {
      const e = g[prev[v][0]][prev[v][1]];
      e.cap -= push;
      g[v][e.rev].cap += push;
    }
    placed += push;
    netCost += push * dist[T];
  }
  return { placed, netCost };
}
