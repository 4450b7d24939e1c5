import { describe, expect, it } from "vitest";
import { distance as turfDistance } from "@turf/turf";
import { greatCircleKm, roadKmEstimate } from "./distance";

// City seats (WGS84, approximate): Taiyuan 112.549, 37.857; Datong 113.300, 40.076; Yuncheng 111.007, 35.026.
const TAIYUAN: [number, number] = [112.549, 37.857];
const DATONG: [number, number] = [113.3, 40.076];
const YUNCHENG: [number, number] = [111.007, 35.026];

describe("greatCircleKm", () => {
  it("gives the known Taiyuan–Datong straight-line distance (~255 km)", () => {
    expect(greatCircleKm(TAIYUAN, DATONG)).toBeGreaterThan(250);
    expect(greatCircleKm(TAIYUAN, DATONG)).toBeLessThan(260);
  });
  it("gives the known Taiyuan–Yuncheng distance (~341 km)", () => {
    expect(greatCircleKm(TAIYUAN, YUNCHENG)).toBeGreaterThan(335);
    expect(greatCircleKm(TAIYUAN, YUNCHENG)).toBeLessThan(347);
  });
  it("matches turf.distance to a millimetre", () => {
    for (const [a, b] of [
      [TAIYUAN, DATONG],
      [DATONG, YUNCHENG],
      [TAIYUAN, TAIYUAN],
    ] as const) {
      expect(greatCircleKm(a, b)).toBeCloseTo(turfDistance(a, b, { units: "kilometers" }), 6);
    }
  });
  it("is symmetric and zero for the same point", () => {
    expect(greatCircleKm(TAIYUAN, DATONG)).toBe(greatCircleKm(DATONG, TAIYUAN));
    expect(greatCircleKm(YUNCHENG, YUNCHENG)).toBe(0);
  });
});

describe("roadKmEstimate", () => {
  it("applies the circuity factor, 1.3 by default", () => {
    expect(roadKmEstimate(100)).toBeCloseTo(130);
    expect(roadKmEstimate(100, 1.5)).toBeCloseTo(150);
  });
});
