import { describe, expect, it } from "vitest";
import { haversineKm } from "../distance";
import { fromWgs84, toWgs84 } from "./crs";

// Published test vectors of the GCJ-02 / BD-09 algorithms (googollee/eviltransform test suite), as [lng, lat].
const GCJ_VECTORS: { wgs: [number, number]; gcj: [number, number] }[] = [
  { wgs: [121.5272106, 31.1774276], gcj: [121.531541859215, 31.17530398364597] }, // Shanghai
  { wgs: [113.912316, 22.543847], gcj: [113.9171764808363, 22.540796131694766] }, // Shenzhen
  { wgs: [116.377817, 39.911954], gcj: [116.38404722455657, 39.91334545536069] }, // Beijing
];

// Baidu's published GCJ-02 → BD-09 formula ("bd_encrypt"), written out independently of gcoord.
function gcjToBd([x, y]: [number, number]): [number, number] {
  const k = (Math.PI * 3000) / 180;
  const z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * k);
  const t = Math.atan2(y, x) + 0.000003 * Math.cos(x * k);
  return [z * Math.cos(t) + 0.0065, z * Math.sin(t) + 0.006];
}

const metres = (a: [number, number], b: [number, number]) => haversineKm(a[0], a[1], b[0], b[1]) * 1000;

describe("coordinate conversion", () => {
  it("WGS84 → GCJ-02 matches the published vectors to the centimetre", () => {
    for (const v of GCJ_VECTORS) expect(metres(fromWgs84(...v.wgs, "gcj02"), v.gcj)).toBeLessThan(0.05);
  });
  it("GCJ-02 → WGS84 recovers the WGS84 point within 1 m", () => {
    for (const v of GCJ_VECTORS) {
      expect(metres(v.gcj, v.wgs)).toBeGreaterThan(100); // the shift being undone is hundreds of metres
      expect(metres(toWgs84(...v.gcj, "gcj02"), v.wgs)).toBeLessThan(1);
    }
  });
  it("BD-09 (from the published formula applied to the GCJ-02 vectors) → WGS84 within 1 m", () => {
    for (const v of GCJ_VECTORS) {
      const bd = gcjToBd(v.gcj);
      expect(metres(bd, v.wgs)).toBeGreaterThan(500);
      expect(metres(fromWgs84(...v.wgs, "bd09"), bd)).toBeLessThan(1);
      expect(metres(toWgs84(...bd, "bd09"), v.wgs)).toBeLessThan(1);
    }
  });
  it("round-trips points across Shanxi within 1 m", () => {
    for (const p of [
      [112.55, 37.87],
      [110.67, 35.6],
      [113.3, 40.08],
      [111.1, 38.5],
    ] as [number, number][]) {
      for (const crs of ["gcj02", "bd09"] as const)
        expect(metres(toWgs84(...fromWgs84(...p, crs), crs), p)).toBeLessThan(1);
    }
  });
  it("leaves WGS84 untouched", () => {
    expect(toWgs84(112.5, 37.8, "wgs84")).toEqual([112.5, 37.8]);
  });
});
