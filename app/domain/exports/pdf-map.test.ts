import { describe, expect, it } from "vitest";
import { haversineKm } from "../distance";
import { fitProjection, flowWidthPt, niceScaleKm } from "./pdf-map";

describe("fitProjection", () => {
  const frame = { x: 40, y: 100, w: 500, h: 400 };
  const pts: [number, number][] = [
    [110.6, 35.5],
    [111.2, 35.7],
  ];
  const proj = fitProjection(pts, frame);

  it("keeps every point inside the frame with north up", () => {
    for (const [lng, lat] of pts) {
      const [x, y] = proj.project(lng, lat);
      expect(x).toBeGreaterThan(frame.x);
      expect(x).toBeLessThan(frame.x + frame.w);
      expect(y).toBeGreaterThan(frame.y);
      expect(y).toBeLessThan(frame.y + frame.h);
    }
    expect(proj.project(110.9, 35.7)[1]).toBeLessThan(proj.project(110.9, 35.5)[1]);
  });

  it("has a scale that matches great-circle distance within 1 %", () => {
    const [x1, y1] = proj.project(110.6, 35.5);
    const [x2, y2] = proj.project(111.2, 35.7);
    const km = Math.hypot(x2 - x1, y2 - y1) * proj.kmPerPt;
    expect(km / haversineKm(110.6, 35.5, 111.2, 35.7)).toBeCloseTo(1, 2);
  });

  it("shows at least the minimum span around a single point", () => {
    const one = fitProjection([[112, 37]], frame, 20);
    expect(Math.min(frame.w, frame.h) * one.kmPerPt).toBeGreaterThanOrEqual(20 - 1e-9);
  });
});

describe("niceScaleKm and flowWidthPt", () => {
  it("picks 1-2-5 lengths that fit", () => {
    expect(niceScaleKm(0.1, 120)).toBe(10);
    expect(niceScaleKm(0.3, 120)).toBe(20);
    expect(niceScaleKm(1, 120)).toBe(100);
    expect(niceScaleKm(0.05, 120)).toBe(5);
  });
  it("scales widths from 1 to 7 pt", () => {
    expect(flowWidthPt(0, 100)).toBe(1);
    expect(flowWidthPt(100, 100)).toBe(7);
    expect(flowWidthPt(25, 100)).toBe(4);
  });
});
