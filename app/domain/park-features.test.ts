import { describe, expect, it } from "vitest";
import distance from "@turf/distance";
import { parkFeature, type PlainPark } from "./park-features";

const base: PlainPark = {
  id: "hejin",
  name: "河津国家资源综合利用示范基地",
  nameEn: "Hejin demonstration base",
  kind: "demo-base",
  countyAdcode: "140882",
  countyName: "河津市",
  centerLng: 110.71,
  centerLat: 35.6,
  radiusKm: 5,
  geometry: null,
  precision: "county",
  source: "plan",
  notes: null,
};

describe("parkFeature", () => {
  it("draws a circle of radiusKm around the centre when no outline is stored", () => {
    const f = parkFeature(base);
    expect(f.id).toBe("hejin");
    expect(f.properties.shape).toBe("circle");
    expect(f.geometry.type).toBe("Polygon");
    const ring = (f.geometry as GeoJSON.Polygon).coordinates[0];
    for (const p of ring) expect(distance([110.71, 35.6], p, { units: "kilometers" })).toBeCloseTo(5, 2);
  });

  it("keeps a stored outline", () => {
    const outline: GeoJSON.Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [110, 35],
          [111, 35],
          [111, 36],
          [110, 35],
        ],
      ],
    };
    const f = parkFeature({ ...base, geometry: outline });
    expect(f.geometry).toBe(outline);
    expect(f.properties.shape).toBe("outline");
    expect(f.properties.center).toEqual([110.71, 35.6]);
  });
});
