import { describe, expect, it } from "vitest";
import { membershipParkOf, parkContains, parkMembership, type MembershipPark } from "./park-membership";

const circle = (
  id: string,
  lng: number,
  lat: number,
  r: number,
  membership: "radius" | "explicit" = "radius",
): MembershipPark => ({
  id,
  membership,
  areaKm2: Math.PI * r * r,
  circles: [[lng, lat, r]],
  regionAdcodes: [],
});

describe("parkMembership", () => {
  const city: MembershipPark = {
    id: "city-base",
    membership: "explicit",
    areaKm2: 10_000,
    circles: [],
    regionAdcodes: ["140600"],
  };
  const twoPlaces: MembershipPark = {
    id: "two",
    membership: "explicit",
    areaKm2: 400,
    circles: [
      [112, 37, 8],
      [113, 37, 8],
    ],
    regionAdcodes: [],
  };
  const pilot = circle("pilot", 112.43, 39.33, 5);

  it("a site belongs to every park containing it, smallest first; parkId is the smallest radius park", () => {
    const site = { lng: 112.43, lat: 39.33, countyAdcode: "140603", parkId: null };
    expect(parkMembership(site, [city, pilot])).toEqual({ parkId: "pilot", parkIds: ["pilot", "city-base"] });
  });

  it("explicit (city-, county-, region-wide) parks list members but are not their park cycle", () => {
    const site = { lng: 112.0, lat: 39.0, countyAdcode: "140602", parkId: null };
    expect(parkMembership(site, [city, pilot])).toEqual({ parkId: null, parkIds: ["city-base"] });
  });

  it("a park drawn as several circles contains sites near any of its places, not between them", () => {
    expect(parkContains(twoPlaces, { lng: 113.02, lat: 37.01, countyAdcode: null, parkId: null })).toBe(true);
    expect(parkContains(twoPlaces, { lng: 112.5, lat: 37, countyAdcode: null, parkId: null })).toBe(false);
  });

  it("the park a site names is its park cycle and one of its parks even when outside the shape", () => {
    const site = { lng: 110, lat: 35, countyAdcode: "140882", parkId: "two" };
    expect(parkMembership(site, [city, pilot, twoPlaces])).toEqual({ parkId: "two", parkIds: ["two"] });
  });
});

describe("membershipParkOf", () => {
  it("uses a stored outline when there is one, else the circle, and the catalogue's membership kind", () => {
    const outline = membershipParkOf({
      id: "park-hejin-base",
      centerLng: 110.7,
      centerLat: 35.6,
      radiusKm: 15,
      areaKm2: 600,
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [110.5, 35.4],
            [110.9, 35.4],
            [110.9, 35.8],
            [110.5, 35.8],
            [110.5, 35.4],
          ],
        ],
      },
    });
    expect(outline.membership).toBe("explicit");
    expect(parkContains(outline, { lng: 110.8, lat: 35.7, countyAdcode: null, parkId: null })).toBe(true);
    expect(parkContains(outline, { lng: 111.0, lat: 35.7, countyAdcode: null, parkId: null })).toBe(false);
    const pilot = membershipParkOf({
      id: "park-tisco",
      centerLng: 112.54,
      centerLat: 37.92,
      radiusKm: 5,
      areaKm2: 78,
      geometry: null,
    });
    expect(pilot.membership).toBe("radius");
    expect(parkMembership({ lng: 112.54, lat: 37.93, countyAdcode: null, parkId: null }, [outline, pilot])).toEqual({
      parkId: "park-tisco",
      parkIds: ["park-tisco"],
    });
  });
});
