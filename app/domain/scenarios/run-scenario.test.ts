import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { RegistrySite } from "../registry-types";
import type { MaterialCode } from "../materials";
import { inProcessHighsSolver } from "../pairing/highs-solver";
import { runScenario } from "./run-scenario";
import { effectiveScenarioParams } from "./scenario-request";
import type { ScenarioParams } from "./types";
import { parseJsonColumn, scenarioParamsColumn, scenarioResultColumn } from "../stored-json";

function site(
  id: string,
  lng: number,
  lat: number,
  city: string,
  out?: [MaterialCode, number, number],
  intake?: [MaterialCode, string, number],
): RegistrySite {
  return {
    id,
    name: id,
    nameEn: id,
    ownerGroup: null,
    industry: "x",
    lng,
    lat,
    countyAdcode: `${city.slice(0, 4)}01`,
    cityAdcode: city,
    parkId: null,
    capacityMw: null,
    outsideProvince: false,
    status: "operating",
    provenance: { source: "test", licence: "n/a", precision: "exact", synthetic: false, sourceRef: null },
    outputs: out
      ? [{ material: out[0], tonnesPerYear: out[1], stockpileTonnes: out[2], estimated: false, coefficient: null }]
      : [],
    intakes: intake
      ? [{ material: intake[0], route: intake[1], capacityTonnesPerYear: intake[2], committedTonnesPerYear: 0 }]
      : [],
  };
}

const CITIES = ["140600", "140800", "140100"];

const worldArb = fc.record({
  producers: fc.array(
    fc.record({
      city: fc.constantFrom(...CITIES),
      produced: fc.integer({ min: 0, max: 1000 }),
      stock: fc.integer({ min: 0, max: 5000 }),
      dx: fc.double({ min: 0, max: 0.5, noNaN: true }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  consumers: fc.array(
    fc.record({ cap: fc.integer({ min: 1, max: 1500 }), dx: fc.double({ min: 0, max: 0.5, noNaN: true }) }),
    { maxLength: 4 },
  ),
  growth: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  order: fc.constantFrom("plan-priority" as const, "largest-first" as const, "proportional" as const),
  addition: fc.option(
    fc.record({ tonnes: fc.integer({ min: 1, max: 3000 }), start: fc.integer({ min: 2011, max: 2016 }) }),
  ),
  mode: fc.constantFrom("aggregate" as const, "pairing" as const),
});

describe("runScenario stock-flow", () => {
  it("conserves tonnes, never goes negative and only draws down spare capacity (property)", async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (w) => {
        const sites = [
          ...w.producers.map((p, i) => site(`p${i}`, 112 + p.dx, 37, p.city, ["coal-gangue", p.produced, p.stock])),
          ...w.consumers.map((c, i) =>
            site(`c${i}`, 112 + c.dx, 37.1, "140100", undefined, ["coal-gangue", "power", c.cap]),
          ),
        ];
        const params: ScenarioParams = effectiveScenarioParams({
          fromYear: 2011,
          toYear: 2016,
          materials: ["coal-gangue"],
          params: {
            utilisation: w.mode,
            production: { "coal-gangue": { growthRatePerYear: w.growth } },
            drawDown: { order: w.order, maxShareOfStockpilePerYear: w.share },
            capacityAdditions: w.addition
              ? [
                  {
                    material: "coal-gangue",
                    route: "power",
                    tonnesPerYear: w.addition.tonnes,
                    startYear: w.addition.start,
                    lng: 112.2,
                    lat: 37.05,
                  },
                ]
              : [],
          },
        });
        const r = (await runScenario(sites, params, { solver: inProcessHighsSolver }))!;
        let prev = w.producers.reduce((s, p) => s + p.stock, 0);
        expect(r.baseStockpileTonnes).toBeCloseTo(prev, 6);
        for (const y of r.years) {
          const m = y.materials["coal-gangue"]!;
          const tol = 1e-6 * (1 + prev + m.producedTonnes);
          // stockpile_y = stockpile_{y−1} + produced_y − utilised_y
          expect(Math.abs(m.stockpileTonnes - (prev + m.producedTonnes - m.utilisedTonnes))).toBeLessThanOrEqual(tol);
          expect(m.stockpileTonnes).toBeGreaterThanOrEqual(0);
          expect(m.utilisedTonnes).toBeLessThanOrEqual(m.capacityTonnes + tol);
          expect(m.flowUsedTonnes).toBeLessThanOrEqual(m.producedTonnes + tol);
          expect(m.drawDownTonnes).toBeLessThanOrEqual(w.share * prev + tol);
          // Draw-down only where capacity exceeds the year's flow.
          if (m.drawDownTonnes > tol) expect(m.capacityTonnes).toBeGreaterThan(m.flowUsedTonnes);
          // In aggregate mode, the flow is used first: no draw-down while production is left unused.
          if (w.mode === "aggregate" && m.drawDownTonnes > tol)
            expect(m.flowUsedTonnes).toBeCloseTo(m.producedTonnes, 6);
          expect(y.landReleasedMu).toBeGreaterThanOrEqual(0);
          prev = m.stockpileTonnes;
        }
        // Per city: what was drawn down never exceeds the total drawn, and the final stockpile is the last year's.
        const drawnTotal = r.years.reduce((s, y) => s + y.materials["coal-gangue"]!.drawDownTonnes, 0);
        const drawnByCities = r.cities.reduce((s, c) => s + c.drawnDownTonnes!, 0);
        expect(drawnByCities).toBeLessThanOrEqual(drawnTotal + 1e-6 * (1 + drawnTotal));
        for (const c of r.cities)
          expect(c.finalStockpileTonnes).toBeCloseTo(r.years[r.years.length - 1].stockpileByCity[c.adcode] ?? 0, 6);
      }),
      { numRuns: 60, seed: 2011 },
    );
  }, 60_000);

  it("clears the priority cities first and reports years to clear and land released with the stated coefficient", async () => {
    const sites = [
      site("shuozhou", 112.4, 39.3, "140600", ["coal-gangue", 0, 1000]),
      site("taiyuan", 112.5, 37.8, "140100", ["coal-gangue", 0, 1000]),
      site("plant", 112.45, 38.5, "140100", undefined, ["coal-gangue", "power", 500]),
    ];
    const params = effectiveScenarioParams({
      fromYear: 2011,
      toYear: 2015,
      materials: ["coal-gangue"],
      params: { utilisation: "aggregate", drawDown: { maxShareOfStockpilePerYear: 1 } },
    });
    const r = (await runScenario(sites, params))!;
    expect(r.years.map((y) => Math.round(y.stockpileByCity["140600"]))).toEqual([500, 0, 0, 0, 0]);
    expect(r.years.map((y) => Math.round(y.stockpileByCity["140100"]))).toEqual([1000, 1000, 500, 0, 0]);
    expect(r.cities).toEqual([
      {
        adcode: "140100",
        baseStockpileTonnes: 1000,
        drawnDownTonnes: 1000,
        finalStockpileTonnes: 0,
        clearedYear: 2014,
        yearsToClear: 4,
      },
      {
        adcode: "140600",
        baseStockpileTonnes: 1000,
        drawnDownTonnes: 1000,
        finalStockpileTonnes: 0,
        clearedYear: 2012,
        yearsToClear: 2,
      },
    ]);
    expect(params.land.tonnesPerMu).toBe(5600);
    expect(r.years[3].landReleasedMu).toBeCloseTo(2000 / 5600, 9);
  });

  it("stores params and result as JSON columns that read back unchanged, and a foreign row fails naming the column", async () => {
    const sites = [
      site("pile", 112.4, 39.3, "140600", ["coal-gangue", 0, 1000]),
      site("plant", 112.45, 38.5, "140100", undefined, ["coal-gangue", "power", 500]),
    ];
    const params = effectiveScenarioParams({
      fromYear: 2011,
      toYear: 2013,
      materials: ["coal-gangue"],
      params: { utilisation: "aggregate" },
    });
    const r = (await runScenario(sites, params))!;
    expect(parseJsonColumn("ScenarioRun.params", scenarioParamsColumn, JSON.stringify(params))).toEqual(params);
    expect(parseJsonColumn("ScenarioRun.result", scenarioResultColumn, JSON.stringify(r))).toEqual(r);
    expect(() =>
      parseJsonColumn("ScenarioRun.params", scenarioParamsColumn, JSON.stringify({ ...params, fromYear: "2011" })),
    ).toThrow(/ScenarioRun.params: .* at fromYear/);
    expect(() =>
      parseJsonColumn("ScenarioRun.result", scenarioResultColumn, JSON.stringify({ ...r, years: [{}] })),
    ).toThrow(/ScenarioRun.result: .* at years.0.year/);
  });

  it("with haul limits, a stockpile out of reach of every plant is not drawn down", async () => {
    const sites = [
      site("far", 110.5, 35.5, "140800", ["coal-gangue", 0, 1000]),
      site("near", 112.5, 37.8, "140100", ["coal-gangue", 0, 1000]),
      site("plant", 112.55, 37.8, "140100", undefined, ["coal-gangue", "power", 5000]),
    ];
    const params = effectiveScenarioParams({
      fromYear: 2011,
      toYear: 2012,
      materials: ["coal-gangue"],
      params: { drawDown: { maxShareOfStockpilePerYear: 1 } },
    });
    const r = (await runScenario(sites, params, { solver: inProcessHighsSolver }))!;
    expect(r.years[0].stockpileByCity).toEqual({ "140800": 1000, "140100": 0 });
    expect(r.years[0].materials["coal-gangue"]!.drawDownTonnes).toBeCloseTo(1000, 6);
  });
});
