import { describe, expect, it } from "vitest";
import { flowFeatures, residualFeatures, CYCLE_LEVEL_COLOURS } from "./flow-features";
import type { PairingSummary, RunSite } from "./types";

const site = (lng: number, lat: number): RunSite => ({
  name: "s",
  nameEn: "s",
  lng,
  lat,
  ownerGroup: null,
  parkId: null,
  countyAdcode: null,
  synthetic: false,
});

describe("flowFeatures", () => {
  it("draws producer → consumer lines with both colourings and skips unknown sites", () => {
    const fc = flowFeatures(
      [
        { id: 1, producerId: "a", consumerId: "b", material: "fly-ash", tonnesPerYear: 5, cycleLevel: "park" },
        { id: 2, producerId: "a", consumerId: "zzz", material: "fly-ash", tonnesPerYear: 5, cycleLevel: "park" },
      ],
      { a: site(112, 37), b: site(113, 38) },
    );
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].geometry.coordinates).toEqual([
      [112, 37],
      [113, 38],
    ]);
    expect(fc.features[0].properties).toMatchObject({
      levelColour: CYCLE_LEVEL_COLOURS.park,
      materialColour: "#7f8c8d",
      selfPair: false,
    });
  });
});

describe("residualFeatures", () => {
  it("places unmatched supply and spare capacity (summed per site) at their sites", () => {
    const summary = {
      involvedSites: { a: site(112, 37), b: site(113, 38) },
      materials: [
        {
          material: "red-mud",
          unmatched: [{ siteId: "a", tonnes: 7 }],
          spare: [
            { siteId: "b", route: "cement", tonnes: 2 },
            { siteId: "b", route: "backfill", tonnes: 3 },
          ],
        },
      ],
    } as unknown as PairingSummary;
    const fc = residualFeatures(summary);
    expect(fc.features.map((f) => [f.properties.kind, f.properties.siteId, f.properties.tonnes])).toEqual([
      ["unmatched", "a", 7],
      ["spare", "b", 5],
    ]);
  });
});
