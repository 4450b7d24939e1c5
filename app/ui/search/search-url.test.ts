import { describe, expect, it } from "vitest";
import { EMPTY_SEARCH, nearbyApiUrl, parseSearchUrl, writeSearchUrl, type SearchUrlState } from "./search-url";

describe("search URL state", () => {
  it("round-trips a site search and keeps other parameters", () => {
    const state: SearchUrlState = {
      ...EMPTY_SEARCH,
      material: "red-mud",
      origin: { kind: "site", siteId: "plan-chalco-shanxi" },
      radiusKm: 40,
      sort: { key: "cost", direction: "asc" },
      selectedId: "x",
    };
    const params = writeSearchUrl(new URLSearchParams("site=plan-chalco-shanxi"), state);
    expect(params.get("site")).toBe("plan-chalco-shanxi");
    expect(parseSearchUrl(params)).toEqual(state);
  });
  it("round-trips a point search with a label, k-nearest and factors", () => {
    const state: SearchUrlState = {
      ...EMPTY_SEARCH,
      material: "fly-ash",
      origin: { kind: "point", lng: 112.5, lat: 37.8, label: "太原市" },
      k: 5,
      circuity: 1.4,
      co2KgPerTonneKm: 0.06,
    };
    expect(parseSearchUrl(writeSearchUrl(new URLSearchParams(), state))).toEqual(state);
  });
  it("round-trips a park origin and passes the park to the API", () => {
    const state: SearchUrlState = {
      ...EMPTY_SEARCH,
      material: "red-mud",
      origin: { kind: "point", lng: 110.7, lat: 35.6, label: "河津赤泥集中产生区", parkId: "park-red-mud-hejin" },
    };
    expect(parseSearchUrl(writeSearchUrl(new URLSearchParams(), state))).toEqual(state);
    expect(nearbyApiUrl(state)).toContain("parkId=park-red-mud-hejin");
  });
  it("keeps the synthetic / non-operating options in the URL and passes them to the API (off by default)", () => {
    const state: SearchUrlState = {
      ...EMPTY_SEARCH,
      material: "fly-ash",
      origin: { kind: "site", siteId: "s" },
      includeSynthetic: true,
      includeNonOperating: true,
    };
    const params = writeSearchUrl(new URLSearchParams(), state);
    expect([params.get("nb-syn"), params.get("nb-nonop")]).toEqual(["1", "1"]);
    expect(parseSearchUrl(params)).toEqual(state);
    expect(nearbyApiUrl(state)).toBe(
      "/api/sites/s/consumers?material=fly-ash&includeSynthetic=true&includeNonOperating=true",
    );
    expect(
      writeSearchUrl(new URLSearchParams(), { ...state, includeSynthetic: false, includeNonOperating: false }).has(
        "nb-syn",
      ),
    ).toBe(false);
  });
  it("keeps the table order as a column key, '-' for descending; reads the old 'capacity' order", () => {
    const desc = writeSearchUrl(new URLSearchParams(), {
      ...EMPTY_SEARCH,
      sort: { key: "remaining", direction: "desc" },
    });
    expect(desc.get("nb-sort")).toBe("-remaining");
    expect(parseSearchUrl(desc).sort).toEqual({ key: "remaining", direction: "desc" });
    expect(parseSearchUrl(new URLSearchParams("nb-sort=capacity")).sort).toEqual({
      key: "remaining",
      direction: "desc",
    });
    expect(parseSearchUrl(new URLSearchParams("nb-sort=co2")).sort).toEqual({ key: "co2", direction: "asc" });
    expect(writeSearchUrl(new URLSearchParams(), EMPTY_SEARCH).has("nb-sort")).toBe(false);
  });
  it("drops malformed values", () => {
    const s = parseSearchUrl(new URLSearchParams("nb-mat=gold&nb-from=pt:500,1&nb-r=-3&nb-sort=random&nb-k=2.5"));
    expect(s).toEqual(EMPTY_SEARCH);
  });
  it("builds the API URL for site and point origins, none without material or origin", () => {
    expect(
      nearbyApiUrl({ ...EMPTY_SEARCH, material: "red-mud", origin: { kind: "site", siteId: "a b" }, radiusKm: 30 }),
    ).toBe("/api/sites/a%20b/consumers?material=red-mud&radiusKm=30");
    expect(
      nearbyApiUrl({
        ...EMPTY_SEARCH,
        material: "red-mud",
        origin: { kind: "point", lng: 110.5, lat: 35.5, label: null },
        k: 3,
      }),
    ).toBe("/api/consumers/nearby?material=red-mud&k=3&lng=110.500000&lat=35.500000");
    expect(nearbyApiUrl({ ...EMPTY_SEARCH, material: "red-mud" })).toBeNull();
  });
});
