import { describe, expect, it } from "vitest";
import { fitParamOf, parseFitParam } from "./fit-url";

describe("fit URL parameter", () => {
  it("frames the points and reads back", () => {
    const raw = fitParamOf([
      { lng: 110.7, lat: 35.6 },
      { lng: 112.55, lat: 37.87 },
    ]);
    expect(raw).toBe("110.70000,35.60000,112.55000,37.87000");
    expect(parseFitParam(raw)).toEqual([
      [110.7, 35.6],
      [112.55, 37.87],
    ]);
    expect(fitParamOf([{ lng: 1, lat: 2 }])).toBe("1.00000,2.00000,1.00000,2.00000");
    expect(fitParamOf([])).toBeNull();
  });
  it("drops malformed values", () => {
    for (const bad of ["", "1,2,3", "a,b,c,d", "200,1,201,2", "3,1,2,2", "1,3,2,2"])
      expect(parseFitParam(bad)).toBeNull();
    expect(parseFitParam(undefined)).toBeNull();
    expect(parseFitParam(["1,2,3,4"])).toBeNull();
  });
});
