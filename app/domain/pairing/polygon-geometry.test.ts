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

describe("polygon geometry checks", () => {
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
