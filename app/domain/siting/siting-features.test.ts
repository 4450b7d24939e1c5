import { describe, expect, it } from "vitest";
import { sitingFeatures } from "./siting-features";
import type { SitingResult } from "./types";

describe("sitingFeatures", () => {
  it("draws unchosen candidates, numbered plants, suppliers and one catchment line per assignment", () => {
    const result = {
      candidates: [
        {
          id: "county:1",
          kind: "county-seat",
          name: "甲",
          nameEn: "A",
          lng: 112,
          lat: 37,
          countyAdcode: "1",
          synthetic: false,
        },
        {
          id: "park:p",
          kind: "park",
          name: "乙",
          nameEn: "B",
          lng: 113,
          lat: 38,
          countyAdcode: null,
          synthetic: false,
        },
      ],
      plants: [
        {
          lng: 113,
          lat: 38,
          countyAdcode: null,
          candidateId: "park:p",
          candidateKind: "park",
          name: "乙",
          nameEn: "B",
          siteId: null,
          tonnesPerYear: 50,
          capacityTonnesPerYear: 100,
          suppliers: 1,
          synthetic: false,
        },
      ],
      assignments: [
        { producerId: "s1", plantIndex: 0, tonnesPerYear: 50, distanceKm: 12, roadKm: 15.6, costYuan: 351 },
      ],
      producers: { s1: { name: "矿", nameEn: "Mine", lng: 113.1, lat: 38.1, synthetic: true, countyAdcode: null } },
    } as unknown as SitingResult;
    const f = sitingFeatures(result);
    expect(f.points.features.map((p) => [p.properties!.kind, p.properties!.id])).toEqual([
      ["candidate", "county:1"],
      ["plant", "park:p"],
      ["supplier", "s1"],
    ]);
    expect(f.points.features[1].properties!.label).toBe("1");
    expect(f.catchments.features[0].geometry.coordinates).toEqual([
      [113.1, 38.1],
      [113, 38],
    ]);
    expect(f.catchments.features[0].properties).toMatchObject({ tonnesPerYear: 50, distanceKm: 12, synthetic: true });
  });
});
