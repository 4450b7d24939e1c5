import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { booleanPointInPolygon, kinks, polygon } from "@turf/turf";
import { countPositions, hasSelfIntersection, planarArea, polygonContains } from "./polygon-geometry";
import { polygonProblem } from "./scope";
import type { PolygonGeometry } from "./types";

const poly = (ring: [number, number][]): PolygonGeometry => ({ type: "Polygon", coordinates: [[...ring, ring[0]]] });

/** A star-shaped ring with n vertices around (cx, cy): simple by construction. */
function star(n: number, cx = 112, cy = 37.5): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    const r = i % 2 ? 1 : 0.4 + (0.5 * ((i * 7919) % 97)) / 97;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as [number, number];
  });
}

/** A comb: n vertices whose teeth all span the sweep line at once (the status list holds ~n/2 edges). */
function comb(n: number): [number, number][] {
  const k = n / 2;
  const top = Array.from({ length: k }, (_, i) => [112 + i * 1e-4, 37 + (i % 2 ? 1 : 0.5)] as [number, number]);
  const bottom = Array.from(
    { length: k },
    (_, i) => [112 + (k - 1 - i) * 1e-4 + 5e-5, 36.9 - ((k - 1 - i) % 2 ? 1 : 0.5)] as [number, number],
  );
  return [...top, ...bottom];
}

/** The definition, pair by pair (O(n²)): a repeated position, non-neighbour edges sharing a point, or a fold-back. */
function bruteForceCrossing(ring: [number, number][]): boolean {
  if (new Set(ring.map((p) => p.join())).size !== ring.length) return true;
  const n = ring.length;
  const o = (a: number[], b: number[], c: number[]) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  const on = (a: number[], b: number[], c: number[]) =>
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1]);
  const meet = (p1: number[], p2: number[], q1: number[], q2: number[]) => {
    const [d1, d2, d3, d4] = [o(q1, q2, p1), o(q1, q2, p2), o(p1, p2, q1), o(p1, p2, q2)];
    if (d1 * d2 < 0 && d3 * d4 < 0) return true;
    return (
      (d1 === 0 && on(q1, q2, p1)) ||
      (d2 === 0 && on(q1, q2, p2)) ||
      (d3 === 0 && on(p1, p2, q1)) ||
      (d4 === 0 && on(p1, p2, q2))
    );
  };
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const [a, b, c, d] = [ring[i], ring[(i + 1) % n], ring[j], ring[(j + 1) % n]];
      if (j === i + 1 || (i === 0 && j === n - 1)) {
        // Neighbours share one vertex; they cross only by folding back over each other (collinear, same direction).
        const [s, u, v] = j === i + 1 ? [b, a, d] : [a, b, c];
        const [ux, uy, vx, vy] = [u[0] - s[0], u[1] - s[1], v[0] - s[0], v[1] - s[1]];
        if (ux * vy - uy * vx === 0 && ux * vx + uy * vy > 0) return true;
      } else if (meet(a, b, c, d)) return true;
    }
  return false;
}

describe("polygon geometry checks", () => {
  it("agrees with the pairwise definition on random small polygons, both ways", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), {
          minLength: 3,
          maxLength: 14,
        }),
        (pts) => {
          const ring = pts.map(([x, y]) => [x, y] as [number, number]);
          expect(hasSelfIntersection(poly(ring))).toBe(bruteForceCrossing(ring));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("handles combs at the vertex cap (thousands of edges in the sweep at once), with and without a crossing", () => {
    const ok = comb(9_998); // 9,999 positions once closed: just under the cap
    expect(hasSelfIntersection(poly(ok))).toBe(false);
    expect(polygonProblem(poly(ok))).toBeNull();
    // Pull one bottom vertex up through the teeth: its edges now cross the top row.
    const bad = ok.map((p) => [...p] as [number, number]);
    bad[7_499][1] = 38.5;
    expect(hasSelfIntersection(poly(bad))).toBe(true);
    expect(polygonProblem(poly(bad))).toBe("polygon edges cross themselves");
  });

  it("agrees with turf kinks on random small polygons (crossing or not)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), {
          minLength: 3,
          maxLength: 9,
        }),
        (pts) => {
          const ring = pts.map(([x, y]) => [x / 2, y / 2] as [number, number]);
          // Skip rings with repeated or collinear-touching vertices, where turf's kinks and "touching" differ by definition.
          const keys = new Set(ring.map((p) => p.join()));
          fc.pre(keys.size === ring.length);
          const g = poly(ring);
          const turf = kinks(polygon(g.coordinates as [number, number][][])).features.length > 0;
          if (turf) expect(hasSelfIntersection(g)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("finds a bow-tie, touching rings and a fold-back, and accepts a 10,000-vertex star", () => {
    expect(
      hasSelfIntersection(
        poly([
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
        ]),
      ),
    ).toBe(true);
    expect(
      hasSelfIntersection(
        poly([
          [0, 0],
          [2, 0],
          [1, 0],
          [1, 1],
        ]),
      ),
    ).toBe(true);
    expect(
      hasSelfIntersection({
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 4],
            [0, 0],
          ],
          [
            [1, 1],
            [5, 1],
            [5, 2],
            [1, 2],
            [1, 1],
          ],
        ],
      }),
    ).toBe(true);
    expect(
      hasSelfIntersection(
        poly([
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      ),
    ).toBe(false);
    const big = poly(star(10_000));
    expect(countPositions(big)).toBe(10_001);
    expect(hasSelfIntersection(big)).toBe(false);
    expect(planarArea(big)).toBeGreaterThan(0);
  });

  it("point-in-polygon matches turf on random points, holes included", () => {
    const g: PolygonGeometry = {
      type: "Polygon",
      coordinates: [
        [...star(300), star(300)[0]],
        [
          [111.9, 37.4],
          [111.9, 37.6],
          [112.1, 37.6],
          [112.1, 37.4],
          [111.9, 37.4],
        ],
      ],
    };
    const inside = polygonContains(g);
    const turfPoly = polygon(g.coordinates as [number, number][][]);
    fc.assert(
      fc.property(
        fc.double({ min: 110.8, max: 113.2, noNaN: true }),
        fc.double({ min: 36.3, max: 38.7, noNaN: true }),
        (x, y) => {
          expect(inside(x, y)).toBe(booleanPointInPolygon([x, y], turfPoly));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses polygons over the vertex cap without looking at their shape", () => {
    const huge = poly(star(100_000));
    expect(polygonProblem(huge)).toMatch(/at most 10000/);
  });
});
