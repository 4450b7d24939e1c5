import { describe, expect, it } from "vitest";
import { polygonProblem, scopeFilter } from "./scope";
import type { RegistrySite } from "../registry-types";

const site = (id: string, lng: number, lat: number, over: Partial<RegistrySite> = {}) =>
  ({
    id,
    lng,
    lat,
    countyAdcode: "140882",
    cityAdcode: "140800",
    parkId: null,
    outsideProvince: false,
    ...over,
  }) as RegistrySite;
const square = {
  type: "Polygon" as const,
  coordinates: [
    [
      [110, 35],
      [111, 35],
      [111, 36],
      [110, 36],
      [110, 35],
    ],
  ],
};

describe("scopeFilter", () => {
  it("filters by city, county and province", () => {
    expect(scopeFilter({ kind: "city", adcode: "140800" })(site("a", 110.5, 35.5))).toBe(true);
    expect(scopeFilter({ kind: "city", adcode: "140100" })(site("a", 110.5, 35.5))).toBe(false);
    expect(scopeFilter({ kind: "county", adcode: "140882" })(site("a", 110.5, 35.5))).toBe(true);
    // Sites registered outside Shanxi stay in a province run; their pairings are flagged cross-province.
    expect(scopeFilter({ kind: "province" })(site("a", 110.5, 35.5, { outsideProvince: true }))).toBe(true);
  });
  it("filters by a drawn polygon", () => {
    const f = scopeFilter({ kind: "polygon", geometry: square });
    expect(f(site("in", 110.5, 35.5))).toBe(true);
    expect(f(site("out", 112, 35.5))).toBe(false);
  });
  it("filters a park by membership or by its circle", () => {
    const f = scopeFilter(
      { kind: "park", id: "hejin" },
      { id: "hejin", centerLng: 110.7, centerLat: 35.6, radiusKm: 5, geometry: null },
    );
    expect(f(site("member", 100, 30, { parkId: "hejin" }))).toBe(true);
    expect(f(site("inside", 110.71, 35.6))).toBe(true);
    expect(f(site("outside", 111, 35.6))).toBe(false);
  });
});

describe("polygonProblem", () => {
  it("accepts a simple closed ring", () => expect(polygonProblem(square)).toBeNull());
  it("rejects open, short and self-crossing rings", () => {
    expect(
      polygonProblem({
        type: "Polygon",
        coordinates: [
          [
            [110, 35],
            [111, 35],
            [111, 36],
            [110, 36],
          ],
        ],
      }),
    ).toMatch(/not closed/);
    expect(
      polygonProblem({
        type: "Polygon",
        coordinates: [
          [
            [110, 35],
            [111, 35],
            [110, 35],
          ],
        ],
      }),
    ).toMatch(/at least 4/);
    expect(
      polygonProblem({
        type: "Polygon",
        coordinates: [
          [
            [110, 35],
            [111, 36],
            [111, 35],
            [110, 36],
            [110, 35],
          ],
        ],
      }),
    ).toMatch(/cross/);
    expect(
      polygonProblem({
        type: "Polygon",
        coordinates: [
          [
            [110, 35],
            [190, 35],
            [111, 36],
            [110, 35],
          ],
        ],
      }),
    ).toMatch(/WGS84/);
  });
});
