import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { destination } from "@turf/turf";
import { haversineKm } from "./distance";
import { buildGeoIndex, isWithinRadiusKm, nearest, RADIUS_TOLERANCE_KM, roundKm, type GeoPoint } from "./spatial-index";

interface P extends GeoPoint {
  id: number;
  tag: boolean;
}

/** The reference: every item, exact haversine, sorted by distance then insertion order. */
function bruteForce(items: P[], lng: number, lat: number, limit: number, radiusKm: number, filter?: (p: P) => boolean) {
  return items
    .map((item, position) => ({ item, position, distanceKm: haversineKm(lng, lat, item.lng, item.lat) }))
    .filter((n) => (!filter || filter(n.item)) && isWithinRadiusKm(n.distanceKm, radiusKm))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.position - b.position)
    .slice(0, limit)
    .map((n) => n.position);
}

// Shanxi's bounding box, roughly; a small pool of repeated coordinates forces exact ties.
const lngArb = fc.double({ min: 110.2, max: 114.6, noNaN: true });
const latArb = fc.double({ min: 34.5, max: 40.8, noNaN: true });
const pointsArb = fc
  .tuple(
    fc.array(fc.tuple(lngArb, latArb), { minLength: 0, maxLength: 400 }),
    fc.array(fc.tuple(lngArb, latArb), { minLength: 1, maxLength: 5 }),
    fc.array(fc.nat(), { maxLength: 100 }),
  )
  .map(([free, pool, picks]) => {
    const coords = [...free, ...picks.map((i) => pool[i % pool.length])];
    return coords.map(([lng, lat], id): P => ({ id, lng, lat, tag: id % 3 !== 0 }));
  });

describe("nearest (k-nearest / within radius)", () => {
  it("equals a brute-force haversine ranking on random data (k, radius, both, filtered)", () => {
    fc.assert(
      fc.property(
        pointsArb,
        lngArb,
        latArb,
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.boolean(),
        (items, lng, lat, k, radiusKm, useFilter) => {
          const index = buildGeoIndex(items, 8);
          const filter = useFilter ? (p: P) => p.tag : undefined;
          const ids = (ns: { position: number }[]) => ns.map((n) => n.position);
          expect(ids(nearest(index, lng, lat, { limit: k, filter }))).toEqual(
            bruteForce(items, lng, lat, k, Infinity, filter),
          );
          expect(ids(nearest(index, lng, lat, { radiusKm, filter }))).toEqual(
            bruteForce(items, lng, lat, Infinity, radiusKm, filter),
          );
          expect(ids(nearest(index, lng, lat, { radiusKm, limit: k, filter }))).toEqual(
            bruteForce(items, lng, lat, k, radiusKm, filter),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reports exact distances, equal to haversineKm", () => {
    const items: P[] = [
      { id: 0, lng: 112.549, lat: 37.857, tag: true },
      { id: 1, lng: 113.3, lat: 40.076, tag: true },
    ];
    const [a, b] = nearest(buildGeoIndex(items), 112.549, 37.857, { limit: 2 });
    expect(a.distanceKm).toBe(0);
    expect(b.distanceKm).toBe(haversineKm(112.549, 37.857, 113.3, 40.076));
  });

  it("returns nothing for an empty index, k = 0 or a negative radius", () => {
    expect(nearest(buildGeoIndex<P>([]), 112, 37, { limit: 5 })).toEqual([]);
    const index = buildGeoIndex([{ id: 0, lng: 112, lat: 37, tag: true }]);
    expect(nearest(index, 112, 37, { limit: 0 })).toEqual([]);
    expect(nearest(index, 112, 37, { radiusKm: -1 })).toEqual([]);
  });
});

describe("radius boundary", () => {
  const origin: [number, number] = [110.65, 35.6]; // near Hejin
  it("is inclusive: points placed exactly on the circle are inside, for many bearings and radii", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        (bearing, radiusKm) => {
          const [lng, lat] = destination(origin, radiusKm, bearing, { units: "kilometers" }).geometry.coordinates;
          const index = buildGeoIndex([{ id: 0, lng, lat, tag: true }]);
          const found = nearest(index, origin[0], origin[1], { radiusKm });
          expect(found).toHaveLength(1);
          expect(found[0].distanceKm).toBeLessThanOrEqual(radiusKm + RADIUS_TOLERANCE_KM);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("excludes a point one metre beyond the radius and includes one a metre inside", () => {
    const radiusKm = 50;
    const at = (km: number) => destination(origin, km, 45, { units: "kilometers" }).geometry.coordinates;
    const [oLng, oLat] = at(radiusKm + 0.001);
    const [iLng, iLat] = at(radiusKm - 0.001);
    const index = buildGeoIndex([
      { id: 0, lng: oLng, lat: oLat, tag: true },
      { id: 1, lng: iLng, lat: iLat, tag: true },
    ]);
    expect(nearest(index, origin[0], origin[1], { radiusKm }).map((n) => n.item.id)).toEqual([1]);
  });

  it("has a 1 mm tolerance: 0.5 mm beyond is inside, 2 mm beyond is outside", () => {
    expect(isWithinRadiusKm(50.0000005, 50)).toBe(true);
    expect(isWithinRadiusKm(50.000002, 50)).toBe(false);
    expect(isWithinRadiusKm(0, 0)).toBe(true);
  });

  it("never reports a metre-rounded distance above a metre-resolution radius", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.integer({ min: 1, max: 500_000 }),
        (bearing, radiusM) => {
          const radiusKm = radiusM / 1000;
          const [lng, lat] = destination(origin, radiusKm, bearing, { units: "kilometers" }).geometry.coordinates;
          const found = nearest(buildGeoIndex([{ id: 0, lng, lat, tag: true }]), origin[0], origin[1], { radiusKm });
          expect(found).toHaveLength(1);
          expect(roundKm(found[0].distanceKm)).toBeLessThanOrEqual(radiusKm);
        },
      ),
      { numRuns: 300 },
    );
    expect(roundKm(12.34567)).toBe(12.346);
  });
});
