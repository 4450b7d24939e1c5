import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  feasibilityViolations,
  greedyNearestFirst,
  isUtilisationMaximal,
  objectiveOf,
  solveMaterial,
} from "./solve-material";
import { inProcessHighsSolver } from "./highs-solver";
import { instanceOf, successiveShortestPaths } from "./test-helpers";
import type { MaterialInstance } from "./types";

const solve = (inst: MaterialInstance) => solveMaterial(inst, inProcessHighsSolver);
const tonnesOn = (flows: { producerId: string; consumerId: string; tonnesPerYear: number }[], p: string, c: string) =>
  flows.filter((f) => f.producerId === p && f.consumerId === c).reduce((s, f) => s + f.tonnesPerYear, 0);

describe("solveMaterial golden instances", () => {
  it("a tie between two equal consumers places everything at the tied cost", async () => {
    const inst = instanceOf(
      [10],
      [6, 6],
      [
        [0, 0, 4],
        [0, 1, 4],
      ],
    );
    const { result, flows } = await solve(inst);
    expect(result.matchedTonnes).toBeCloseTo(10, 6);
    expect(result.transportCostYuan).toBeCloseTo(40, 6);
    expect(
      feasibilityViolations(
        inst,
        flows.map((f) => f.tonnesPerYear),
      ),
    ).toEqual([]);
    // Either split is optimal, but neither consumer may exceed 6 t.
    expect(tonnesOn(flows, "P0", "C0")).toBeLessThanOrEqual(6 + 1e-6);
    expect(tonnesOn(flows, "P0", "C1")).toBeLessThanOrEqual(6 + 1e-6);
  });

  it("a consumer with zero remaining capacity receives nothing; the next one takes the supply", async () => {
    const inst = instanceOf(
      [8],
      [0, 20],
      [
        [0, 0, 1],
        [0, 1, 9],
      ],
    );
    const { result, flows } = await solve(inst);
    expect(tonnesOn(flows, "P0", "C0")).toBe(0);
    expect(tonnesOn(flows, "P0", "C1")).toBeCloseTo(8, 6);
    expect(result.transportCostYuan).toBeCloseTo(72, 6);
  });

  it("a producer with no candidate stays unplaced and pays landfill", async () => {
    const inst = instanceOf([5, 7], [100], [[1, 0, 3]]);
    const { result } = await solve(inst);
    expect(result.matchedTonnes).toBeCloseTo(7, 6);
    expect(result.unmatched).toEqual([{ siteId: "P0", tonnes: 5 }]);
    expect(result.landfillCostYuan).toBeCloseTo(5 * 25, 6);
    expect(result.utilisation).toBeCloseTo(7 / 12, 9);
  });

  it("a consumer shared by two producers goes to the one without another option (greedy loses tonnes)", async () => {
    // P0 reaches C0 (5) and C1 (8); P1 reaches only C0 (10). Each 10 t, each consumer 10 t.
    const inst = instanceOf(
      [10, 10],
      [10, 10],
      [
        [0, 0, 5],
        [0, 1, 8],
        [1, 0, 10],
      ],
    );
    const { result, flows } = await solve(inst);
    expect(tonnesOn(flows, "P0", "C1")).toBeCloseTo(10, 6);
    expect(tonnesOn(flows, "P1", "C0")).toBeCloseTo(10, 6);
    expect(result.matchedTonnes).toBeCloseTo(20, 6);
    expect(result.transportCostYuan).toBeCloseTo(180, 6);
    expect(result.utilisationCertified).toBe(true);
    // Nearest-first fills C0 from P0 and strands P1.
    expect(result.greedy.matchedTonnes).toBeCloseTo(10, 6);
    expect(result.greedy.unplacedExtraTonnes).toBeCloseTo(10, 6);
    expect(result.greedy.objectiveGapPct).toBeGreaterThan(0);
    // Real cost: optimum 180 transport; greedy 50 transport + 10 t × 25 landfill = 300.
    expect(result.greedy.costGapPct).toBeCloseTo(((300 - 180) / 180) * 100, 6);
  });

  it("utilisation beats cost: a far placement wins over landfilling", async () => {
    const inst = instanceOf([10], [10], [[0, 0, 500]], 25, 10_000);
    const { result } = await solve(inst);
    expect(result.matchedTonnes).toBeCloseTo(10, 6);
  });

  it("the cycle bonus breaks a near tie in favour of the smaller cycle", async () => {
    const inst = instanceOf(
      [10],
      [10, 10],
      [
        [0, 0, 5, 0, "region"],
        [0, 1, 5.5, 1, "park"],
      ],
    );
    const { flows } = await solve(inst);
    expect(flows).toHaveLength(1);
    expect(flows[0].cycleLevel).toBe("park");
    // …but not when the cost difference exceeds the bonus.
    const far = instanceOf(
      [10],
      [10, 10],
      [
        [0, 0, 5, 0, "region"],
        [0, 1, 7, 1, "park"],
      ],
    );
    expect((await solve(far)).flows[0].cycleLevel).toBe("region");
  });

  it("explains each pairing with the next-best alternative and its extra cost", async () => {
    const inst = instanceOf(
      [10],
      [10, 10],
      [
        [0, 0, 2],
        [0, 1, 3],
      ],
    );
    const { flows } = await solve(inst);
    expect(flows[0].consumerId).toBe("C0");
    expect(flows[0].explanation.alternative).toMatchObject({
      consumerId: "C1",
      costYuan: 30,
      extraCostYuan: 10,
      spareTonnes: 10,
    });
  });

  it("explains that a cheaper consumer is full and names the next one with spare capacity", async () => {
    // C0 is cheapest for both producers but only P1 has no good second choice, so P0 goes to C1.
    const inst = instanceOf(
      [10, 10],
      [10, 10, 10],
      [
        [0, 0, 1],
        [0, 1, 5],
        [0, 2, 9],
        [1, 0, 1],
        [1, 1, 20],
      ],
    );
    const { flows } = await solve(inst);
    const p0 = flows.find((f) => f.producerId === "P0")!;
    expect(p0.consumerId).toBe("C1");
    expect(p0.explanation.cheaperFullConsumers).toBe(1);
    expect(p0.explanation.alternative).toMatchObject({
      consumerId: "C2",
      costYuan: 90,
      extraCostYuan: 40,
      spareTonnes: 10,
    });
  });

  it("reports when the nearest-N cut could have cut off the optimum", async () => {
    const inst = { ...instanceOf([10], [4], [[0, 0, 1]]), nearestN: 1, candidatesInRange: [3] };
    const { result } = await solve(inst);
    expect(result.truncatedProducers).toBe(1);
    expect(result.limitWarnings).toEqual([{ producerId: "P0", unplacedTonnes: 6, candidatesInRange: 3 }]);
  });
});

describe("solveMaterial against an independent solve", () => {
  const arb = fc
    .record({
      supplies: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 5 }),
      capacities: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 5 }),
      seed: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 50 }), fc.boolean()), { maxLength: 14 }),
    })
    .map(({ supplies, capacities, seed }) => {
      const seen = new Set<string>();
      const arcs: [number, number, number, number?][] = [];
      for (const [p, c, cost, bonus] of seed) {
        const key = `${p % supplies.length}-${c % capacities.length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        arcs.push([p % supplies.length, c % capacities.length, cost, bonus ? 1 : 0]);
      }
      return instanceOf(supplies, capacities, arcs);
    });

  it("is feasible, places the maximum and matches the successive-shortest-path optimum", async () => {
    await fc.assert(
      fc.asyncProperty(arb, async (inst) => {
        const { result, flows } = await solve(inst);
        const x = new Float64Array(inst.arcs.length);
        // Rebuild x by arc order (flows keep arc order and there is one arc per pair).
        for (const f of flows) {
          const a = inst.arcs.findIndex(
            (arc) => `P${arc.producer}` === f.producerId && `C${arc.consumer}` === f.consumerId,
          );
          x[a] = f.tonnesPerYear;
        }
        expect(feasibilityViolations(inst, x)).toEqual([]);
        expect(isUtilisationMaximal(inst, x)).toBe(true);
        const ref = successiveShortestPaths(inst);
        expect(result.matchedTonnes).toBeCloseTo(ref.placed, 5);
        const netCost = inst.arcs.reduce((s, arc, a) => s + x[a] * (arc.costPerTonne - arc.bonusPerTonne), 0);
        expect(netCost).toBeCloseTo(ref.netCost, 4);
        // Greedy can never beat the optimum on the same objective.
        expect(objectiveOf(inst, greedyNearestFirst(inst))).toBeGreaterThanOrEqual(result.objective - 1e-6);
      }),
      { numRuns: 60 },
    );
  });
});
