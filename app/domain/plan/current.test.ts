import { describe, expect, it } from "vitest";
import { currentValues, type ProvinceRunFacts, type RegistryFacts } from "./current";

const mp = (produced: number, capacity: number) => ({
  producedTonnes: produced,
  stockpileTonnes: 0,
  utilisationCapacityTonnes: capacity,
  matchedTonnes: 0,
  utilisation: null,
});
const registry: RegistryFacts = {
  province: { "fly-ash": mp(100, 60), "red-mud": mp(50, 10), straw: mp(10, 5) },
  capacityByRoute: new Map([
    [
      "fly-ash",
      new Map([
        ["concrete", 30],
        ["mortar", 5],
        ["cement", 25],
      ]),
    ],
  ]),
  gangueFiredMw: 1234,
  asOf: "2026-11-28T00:00:00.000Z",
};
const run: ProvinceRunFacts = {
  id: "run-1",
  finishedAt: "2026-11-28T01:00:00.000Z",
  synthetic: true,
  materials: [
    { material: "fly-ash", producedTonnes: 100, matchedTonnes: 90, byRoute: { concrete: 40, mortar: 10, cement: 40 } },
    { material: "red-mud", producedTonnes: 100, matchedTonnes: 10, byRoute: { cement: 10 } },
  ],
};

describe("currentValues", () => {
  it("takes utilisation from the run (bulk wastes together) and capacities from the registry, saying which", () => {
    const c = currentValues(registry, run);
    expect(c.get("bulk-solid-waste-utilisation")).toEqual({
      value: 50,
      basis: "pairing-run",
      asOf: run.finishedAt,
      runId: "run-1",
      synthetic: true,
    });
    expect(c.get("bulk-solid-waste-capacity")).toMatchObject({ value: 70, basis: "registry", runId: null });
    expect(c.get("gangue-power-capacity-power")).toMatchObject({ value: 1234, basis: "registry" });
    expect(c.get("fly-ash-concrete-mortar")).toMatchObject({ value: 50, basis: "pairing-run" });
    expect(c.get("straw-utilisation")).toBeNull(); // the run did not include straw
    expect(c.get("cbm-utilisation")).toBeNull();
    expect(c.get("industrial-solid-waste-utilisation")).toBeNull();
  });
  it("falls back to registry capacity per route when there is no run", () => {
    const c = currentValues(registry, null);
    expect(c.get("fly-ash-concrete-mortar")).toMatchObject({ value: 35, basis: "registry" });
    expect(c.get("bulk-solid-waste-utilisation")).toBeNull();
  });
});
