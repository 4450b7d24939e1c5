import { describe, expect, it } from "vitest";
import {
  decodeSiteCursor,
  encodeSiteCursor,
  filterSites,
  parseRegionQuery,
  parseSiteQuery,
  siteMatchesQuery,
  SITE_PAGE_DEFAULT,
  SITE_PAGE_MAX,
} from "./site-query";
import type { RegistrySite } from "./registry-types";

function site(id: string, lng: number, lat: number, outputs: string[], intakes: string[]): RegistrySite {
  return {
    id,
    name: id,
    nameEn: id,
    ownerGroup: null,
    industry: "test",
    lng,
    lat,
    countyAdcode: null,
    cityAdcode: null,
    parkId: null,
    capacityMw: null,
    outsideProvince: false,
    status: "operating",
    provenance: { source: "test", licence: "test", precision: "exact", synthetic: true, sourceRef: null },
    outputs: outputs.map((m) => ({
      material: m as never,
      tonnesPerYear: 1000,
      stockpileTonnes: 0,
      estimated: false,
      coefficient: null,
    })),
    intakes: intakes.map((m) => ({
      material: m as never,
      route: "cement",
      capacityTonnesPerYear: 500,
      committedTonnesPerYear: 0,
    })),
  };
}

const plant = site("plant", 112.5, 37.8, ["fly-ash", "fgd-gypsum"], ["coal-gangue"]); // both
const cement = site("cement", 111.0, 35.6, [], ["fly-ash", "red-mud"]); // consumer
const alumina = site("alumina", 110.7, 35.6, ["red-mud"], []); // producer
const idle = site("idle", 113.0, 39.0, [], []); // none
const all = [plant, cement, alumina, idle];

const q = (s: string) => parseSiteQuery(new URLSearchParams(s));

describe("parseSiteQuery", () => {
  it("accepts an empty query", () => {
    expect(q("")).toEqual({
      ok: true,
      value: {
        materials: undefined,
        bbox: undefined,
        role: undefined,
        statuses: undefined,
        includeSynthetic: true,
        paging: { limit: SITE_PAGE_DEFAULT, afterId: null },
      },
    });
  });

  it("parses material lists, bbox and role", () => {
    const r = q("material=fly-ash,red-mud,fly-ash&bbox=110,34.5,114.6,40.8&role=consumer");
    expect(r).toEqual({
      ok: true,
      value: {
        materials: ["fly-ash", "red-mud"],
        bbox: [110, 34.5, 114.6, 40.8],
        role: "consumer",
        statuses: undefined,
        includeSynthetic: true,
        paging: { limit: SITE_PAGE_DEFAULT, afterId: null },
      },
    });
  });

  it("parses status lists (catalogue order, deduplicated) and includeSynthetic", () => {
    const r = q("status=retired,operating,retired&includeSynthetic=false");
    expect(r.ok && r.value.statuses).toEqual(["operating", "retired"]);
    expect(r.ok && r.value.includeSynthetic).toBe(false);
    expect(
      q("includeSynthetic=1").ok &&
        (q("includeSynthetic=1") as { value: { includeSynthetic: boolean } }).value.includeSynthetic,
    ).toBe(true);
  });

  it.each([
    ["material=unobtainium", /material: unknown material "unobtainium"/],
    ["material=", /material: material must not be empty/],
    ["bbox=1,2,3", /bbox: bbox must be four comma-separated numbers/],
    ["bbox=a,b,c,d", /four comma-separated numbers/],
    ["bbox=110,34,,40", /four comma-separated numbers/],
    ["bbox=110,34,190,40", /longitudes must be within -180..180/],
    ["bbox=110,-95,114,40", /latitudes must be within -90..90/],
    ["bbox=114,34,110,40", /min greater than max/],
    ["role=recycler", /role: unknown role "recycler"/],
    ["status=closed", /status: unknown status "closed"; known statuses: operating, construction/],
    ["status=", /status: status must not be empty/],
    ["includeSynthetic=yes", /includeSynthetic: includeSynthetic must be true or false \(got "yes"\)/],
    ["colour=red", /unknown parameter\(s\): colour/],
    ["role=producer&role=consumer", /"role" is given more than once/],
  ])("rejects %s with a specific message", (query, message) => {
    const r = q(query);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe("parseRegionQuery", () => {
  it("defaults to county and accepts each level", () => {
    expect(parseRegionQuery(new URLSearchParams(""))).toEqual({ ok: true, value: { level: "county" } });
    expect(parseRegionQuery(new URLSearchParams("level=city"))).toEqual({ ok: true, value: { level: "city" } });
  });
  it("rejects an unknown level", () => {
    const r = parseRegionQuery(new URLSearchParams("level=town"));
    expect(r).toEqual({ ok: false, error: 'level: unknown level "town"; use one of province, city, county' });
  });
});

describe("filterSites", () => {
  const ids = (query: Parameters<typeof filterSites>[1]) => filterSites(all, query).map((s) => s.id);

  it("returns everything for an empty query", () => {
    expect(ids({})).toEqual(["plant", "cement", "alumina", "idle"]);
  });

  it("filters by status and leaves synthetic sites out when asked", () => {
    const retired: RegistrySite = { ...alumina, id: "retired", status: "retired" };
    const real: RegistrySite = { ...cement, id: "real", provenance: { ...cement.provenance, synthetic: false } };
    const sites = [plant, retired, real];
    expect(filterSites(sites, { statuses: ["operating"] }).map((s) => s.id)).toEqual(["plant", "real"]);
    expect(filterSites(sites, { statuses: ["retired", "mothballed"] }).map((s) => s.id)).toEqual(["retired"]);
    expect(filterSites(sites, { includeSynthetic: false }).map((s) => s.id)).toEqual(["real"]);
    expect(filterSites(sites, { includeSynthetic: true }).map((s) => s.id)).toEqual(["plant", "retired", "real"]);
  });

  it("filters by material on either side", () => {
    expect(ids({ materials: ["red-mud"] })).toEqual(["cement", "alumina"]);
    expect(ids({ materials: ["coal-gangue"] })).toEqual(["plant"]);
  });

  it("narrows by role, with and without material", () => {
    expect(ids({ role: "producer" })).toEqual(["plant", "alumina"]);
    expect(ids({ role: "consumer" })).toEqual(["plant", "cement"]);
    expect(ids({ role: "both" })).toEqual(["plant"]);
    expect(ids({ role: "producer", materials: ["red-mud"] })).toEqual(["alumina"]);
    expect(ids({ role: "consumer", materials: ["fly-ash"] })).toEqual(["cement"]);
    expect(ids({ role: "both", materials: ["red-mud"] })).toEqual([]);
  });

  it("keeps sites inside the bbox, edges included", () => {
    expect(ids({ bbox: [110.7, 35.6, 111.0, 35.6] })).toEqual(["cement", "alumina"]);
    expect(siteMatchesQuery(plant, { bbox: [110, 34, 112.49, 40] })).toBe(false);
  });
});

describe("paging", () => {
  it("parses limit and cursor and refuses bad ones with specific messages", () => {
    const cursor = encodeSiteCursor("gppd-WRI1070126");
    expect(q(`limit=50&cursor=${cursor}`)).toMatchObject({
      ok: true,
      value: { paging: { limit: 50, afterId: "gppd-WRI1070126" } },
    });
    expect(decodeSiteCursor(cursor)).toBe("gppd-WRI1070126");
    expect(q("limit=0")).toEqual({ ok: false, error: `limit: limit must be an integer 1..${SITE_PAGE_MAX} (got "0")` });
    expect(q(`limit=${SITE_PAGE_MAX + 1}`)).toMatchObject({
      ok: false,
      error: expect.stringContaining("limit must be an integer"),
    });
    expect(q("limit=2.5")).toMatchObject({ ok: false, error: expect.stringContaining("limit must be an integer") });
    expect(q("cursor=abc")).toEqual({
      ok: false,
      error: 'cursor: cursor "abc" is not a cursor from a next link; omit it for the first page',
    });
    expect(q("cursor=a%2Fb")).toMatchObject({ ok: false, error: expect.stringContaining("is not a cursor") });
    expect(q("limit=5&limit=6")).toEqual({ ok: false, error: 'parameter "limit" is given more than once' });
  });
});
