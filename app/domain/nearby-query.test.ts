import { describe, expect, it } from "vitest";
import { parsePointNearby, parseSiteNearby } from "./nearby-query";

const point = (s: string) => parsePointNearby(new URLSearchParams(s));
const errorOf = (r: ReturnType<typeof point>) => (r.ok ? null : r.error);

describe("parsePointNearby", () => {
  it("accepts a full query and applies the circuity and CO2 defaults", () => {
    expect(point("lng=110.6&lat=35.6&material=red-mud&radiusKm=50&limit=10")).toEqual({
      ok: true,
      value: {
        lng: 110.6,
        lat: 35.6,
        material: "red-mud",
        radiusKm: 50,
        limit: 10,
        circuity: 1.3,
        co2KgPerTonneKm: 0.08,
        includeSynthetic: false,
        includeNonOperating: false,
      },
    });
  });
  it("leaves radius to the data layer (material max haul) when omitted and accepts k-nearest", () => {
    const r = point("lng=110.6&lat=35.6&material=fly-ash&k=5&circuity=1.5&co2KgPerTonneKm=0.1");
    expect(r).toEqual({
      ok: true,
      value: {
        lng: 110.6,
        lat: 35.6,
        material: "fly-ash",
        k: 5,
        circuity: 1.5,
        co2KgPerTonneKm: 0.1,
        includeSynthetic: false,
        includeNonOperating: false,
      },
    });
  });
  it("searches real operating consumers by default and adds synthetic / non-operating ones when asked", () => {
    const r = point("lng=110.6&lat=35.6&material=red-mud&includeSynthetic=true&includeNonOperating=1");
    expect(r.ok && [r.value.includeSynthetic, r.value.includeNonOperating]).toEqual([true, true]);
    const s = parseSiteNearby(new URLSearchParams("material=red-mud&includeSynthetic=false"));
    expect(s.ok && [s.value.includeSynthetic, s.value.includeNonOperating]).toEqual([false, false]);
  });
  it("accepts a park the point stands for", () => {
    const r = point("lng=110.6&lat=35.6&material=red-mud&parkId=park-red-mud-hejin");
    expect(r.ok && r.value.parkId).toBe("park-red-mud-hejin");
    expect(errorOf(point("lng=110.6&lat=35.6&material=red-mud&parkId=%20"))).toMatch(/parkId must not be empty/);
  });
  it("normalises the radius to metre resolution", () => {
    const r = point("lng=110.6&lat=35.6&material=red-mud&radiusKm=12.34567");
    expect(r.ok && r.value.radiusKm).toBe(12.346);
  });
  it.each([
    ["lng=110&lat=35.6&material=gold", /unknown material "gold"/],
    ["lng=110&lat=35.6", /material is required/],
    ["lng=110&lat=35.6&material=red-mud&radiusKm=0", /radiusKm must be > 0/],
    ["lng=110&lat=35.6&material=red-mud&radiusKm=-5", /radiusKm must be > 0/],
    ["lng=110&lat=35.6&material=red-mud&radiusKm=1001", /radiusKm must be > 0 and ≤ 1000/],
    ["lng=110&lat=35.6&material=red-mud&radiusKm=far", /radiusKm must be a number/],
    ["lng=181&lat=35.6&material=red-mud", /lng must be ≥ -180 and ≤ 180/],
    ["lng=110&lat=-91&material=red-mud", /lat must be ≥ -90 and ≤ 90/],
    ["lat=35.6&material=red-mud", /lng is required/],
    ["lng=110&lat=35.6&material=red-mud&limit=0", /limit must be ≥ 1/],
    ["lng=110&lat=35.6&material=red-mud&limit=3.5", /limit must be a whole number/],
    ["lng=110&lat=35.6&material=red-mud&limit=5000", /limit must be ≥ 1 and ≤ 1000/],
    ["lng=110&lat=35.6&material=red-mud&k=3&limit=3", /either k .* or limit/],
    ["lng=110&lat=35.6&material=red-mud&circuity=0.5", /circuity must be ≥ 1/],
    ["lng=110&lat=35.6&material=red-mud&bogus=1", /unknown parameter\(s\): bogus/],
    [
      "lng=110&lat=35.6&material=red-mud&includeSynthetic=yes",
      /^includeSynthetic must be true or false \(got "yes"\)$/,
    ],
    [
      "lng=110&lat=35.6&material=red-mud&includeNonOperating=",
      /^includeNonOperating must be true or false \(got ""\)$/,
    ],
    [
      "lng=110&lat=35.6&material=red-mud&includeSynthetic=true&includeSynthetic=false",
      /"includeSynthetic" is given more than once/,
    ],
    ["lng=110&lng=111&lat=35.6&material=red-mud", /"lng" is given more than once/],
  ])("rejects %s with a specific message", (query, message) => {
    expect(errorOf(point(query))).toMatch(message);
  });
});

describe("parseSiteNearby", () => {
  it("needs no coordinates and rejects them as unknown parameters", () => {
    expect(parseSiteNearby(new URLSearchParams("material=red-mud")).ok).toBe(true);
    const r = parseSiteNearby(new URLSearchParams("material=red-mud&lng=110"));
    expect(r.ok ? null : r.error).toMatch(/unknown parameter\(s\): lng/);
  });
});
