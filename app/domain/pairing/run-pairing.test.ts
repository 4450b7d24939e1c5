import { describe, expect, it } from "vitest";
import { runPairing } from "./run-pairing";
import { effectiveParams } from "./params";
import { inProcessHighsSolver } from "./highs-solver";
import type { RegistrySite } from "../registry-types";

const site = (id: string, lng: number, over: Partial<RegistrySite>): RegistrySite => ({
  id,
  name: id,
  nameEn: id,
  ownerGroup: null,
  industry: "t",
  lng,
  lat: 37,
  countyAdcode: null,
  cityAdcode: null,
  parkId: null,
  capacityMw: null,
  outsideProvince: false,
  status: "operating",
  provenance: { source: "t", licence: "t", precision: "exact", synthetic: false, sourceRef: null },
  outputs: [],
  intakes: [],
  ...over,
});
const sites = [
  site("plant", 112, {
    outputs: [
      { material: "fly-ash", tonnesPerYear: 100, stockpileTonnes: 0, estimated: false, coefficient: null },
      { material: "coke-oven-gas", tonnesPerYear: 1000, stockpileTonnes: 0, estimated: false, coefficient: null },
    ],
  }),
  site("cement", 112.1, {
    intakes: [{ material: "fly-ash", route: "cement", capacityTonnesPerYear: 60, committedTonnesPerYear: 0 }],
  }),
  site("far", 115, {
    intakes: [{ material: "fly-ash", route: "cement", capacityTonnesPerYear: 500, committedTonnesPerYear: 0 }],
  }),
];

describe("runPairing", () => {
  it("solves each material, reports progress and sums only tonne materials in the totals", async () => {
    const progress: number[] = [];
    const out = await runPairing(sites, effectiveParams(["fly-ash", "coke-oven-gas"]), {
      solver: inProcessHighsSolver,
      onProgress: (f) => void progress.push(f),
    });
    expect(progress).toEqual([0.5, 1]);
    expect(out!.flows.map((f) => [f.producerId, f.consumerId, f.tonnesPerYear])).toEqual([["plant", "cement", 60]]);
    expect(out!.summary.totals).toMatchObject({
      producedTonnes: 100,
      matchedTonnes: 60,
      utilisation: 0.6,
      landfillCostYuan: 40 * 25,
    });
    // The far consumer (≈ 266 km) is beyond fly ash's 150 km limit: spare capacity, not a flow.
    expect(out!.summary.materials[0].spare).toEqual([{ siteId: "far", route: "cement", tonnes: 500 }]);
    expect(Object.keys(out!.summary.involvedSites).sort()).toEqual(["cement", "far", "plant"]);
    // Unused gas has no landfill price.
    expect(out!.summary.materials[1].landfillCostYuan).toBe(0);
  });

  it("stops between materials when cancelled", async () => {
    let calls = 0;
    const out = await runPairing(sites, effectiveParams(["fly-ash", "coke-oven-gas"]), {
      solver: inProcessHighsSolver,
      onProgress: () => void calls++,
      isCancelled: () => calls > 0,
    });
    expect(out).toBeNull();
    expect(calls).toBe(1);
  });
});
