import { describe, expect, it } from "vitest";
import { scenarioFeatures } from "./scenario-features";
import { effectiveScenarioParams } from "./scenario-request";
import type { ScenarioResult } from "./types";

describe("scenarioFeatures", () => {
  it("puts each city's stockpile of the chosen year at its place and every located addition", () => {
    const params = effectiveScenarioParams({
      fromYear: 2011,
      toYear: 2012,
      materials: ["coal-gangue"],
      params: {
        capacityAdditions: [
          { material: "coal-gangue", route: "power", tonnesPerYear: 5, startYear: 2012, lng: 112, lat: 38 },
        ],
      },
    });
    const result: ScenarioResult = {
      years: [
        { year: 2011, materials: {}, landReleasedMu: 0, stockpileByCity: { "140600": 10, "140100": 0 } },
        { year: 2012, materials: {}, landReleasedMu: 0, stockpileByCity: { "140600": 4, "140100": 0 } },
      ],
      cities: [{ adcode: "140600", baseStockpileTonnes: 12, clearedYear: null, yearsToClear: null }],
      baseStockpileTonnes: 12,
      synthetic: false,
    };
    const cities = [
      { adcode: "140600", name: "朔州市", nameEn: "Shuozhou", at: [112.4, 39.3] as [number, number] },
      { adcode: "140100", name: "太原市", nameEn: "Taiyuan", at: [112.5, 37.8] as [number, number] },
    ];
    const fc = scenarioFeatures(result, params, cities, 2011);
    expect(fc.features.map((f) => [f.properties!.kind, f.properties!.tonnes ?? f.properties!.active])).toEqual([
      ["stockpile", 10],
      ["addition", false],
    ]);
    expect(
      scenarioFeatures(result, params, cities, 2012).features.map((f) => f.properties!.tonnes ?? f.properties!.active),
    ).toEqual([4, true]);
  });
});
