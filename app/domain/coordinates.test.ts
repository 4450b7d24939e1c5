import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Polygon } from "geojson";
import { bd09ToWgs84, convertGeometry, gcj02GeometryToWgs84, gcj02ToWgs84, wgs84ToGcj02 } from "./coordinates";
import { haversineKm } from "./distance";

const metres = (a: readonly [number, number], b: readonly [number, number]) =>
  haversineKm(a[0], a[1], b[0], b[1]) * 1000;

// Published pairs from wandergis/coordtransform test/app.js (an independent implementation of the same
// GCJ-02 / BD-09 algorithms), input (116.404, 39.915):
//   wgs84togcj02 → [116.41024449916938, 39.91640428150164]
//   bd09togcj02  → [116.39762729119315, 39.90865673957631]
const WGS: [number, number] = [116.404, 39.915];
const GCJ_OF_WGS: [number, number] = [116.41024449916938, 39.91640428150164];
const GCJ_OF_BD: [number, number] = [116.39762729119315, 39.90865673957631];

describe("coordinates", () => {
  it("WGS84 → GCJ-02 matches the published pair", () => {
    expect(metres(wgs84ToGcj02(WGS), GCJ_OF_WGS)).toBeLessThan(0.5);
  });

  it("GCJ-02 → WGS84 inverts the published pair to within 1 m", () => {
    expect(metres(gcj02ToWgs84(GCJ_OF_WGS), WGS)).toBeLessThan(1);
  });

  it("BD-09 → WGS84 goes through the published BD-09 → GCJ-02 step", () => {
    expect(metres(bd09ToWgs84(WGS), gcj02ToWgs84(GCJ_OF_BD))).toBeLessThan(1);
    // BD-09 is offset from WGS84 by roughly a kilometre around Beijing.
    expect(metres(bd09ToWgs84(WGS), WGS)).toBeGreaterThan(500);
  });

  it("round-trips anywhere in Shanxi within 1 m, with a GCJ-02 offset of a few hundred metres", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 110.2, max: 114.6, noNaN: true }),
        fc.double({ min: 34.6, max: 40.7, noNaN: true }),
        (lng, lat) => {
          const p: [number, number] = [lng, lat];
          const gcj = wgs84ToGcj02(p);
          expect(metres(gcj02ToWgs84(gcj), p)).toBeLessThan(1);
          const offset = metres(gcj, p);
          expect(offset).toBeGreaterThan(50);
          expect(offset).toBeLessThan(1000);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("converts every vertex of a geometry without mutating the input, rounding when asked", () => {
    const poly: Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [110.6, 35.6],
          [110.8, 35.6],
          [110.8, 35.7],
          [110.6, 35.6],
        ],
      ],
    };
    const copy = JSON.parse(JSON.stringify(poly));
    const out = gcj02GeometryToWgs84(poly, 6);
    expect(poly).toEqual(copy);
    out.coordinates[0].forEach((v, i) => {
      const expected = gcj02ToWgs84(poly.coordinates[0][i] as [number, number]);
      expect(v[0]).toBeCloseTo(expected[0], 6);
      expect(v[1]).toBeCloseTo(expected[1], 6);
      expect(String(v[0]).split(".")[1]?.length ?? 0).toBeLessThanOrEqual(6);
    });
    expect(convertGeometry(poly, "WGS84", "WGS84")).toEqual(poly);
  });
});
