import { describe, expect, it } from "vitest";
import { sitesInView, type SiteListRow } from "./sites-in-view";

function site(id: string, lng: number, lat: number, tonnes: number, name = id, nameEn = id): SiteListRow {
  return { id, name, nameEn, role: "producer", synthetic: false, sizeTonnesPerYear: tonnes, lng, lat };
}

const bounds = { west: 110, south: 35, east: 111, north: 36 };

describe("sitesInView", () => {
  const sites = [
    site("a", 110.5, 35.5, 10),
    site("b", 110.6, 35.4, 300, "河津电厂", "Hejin power"),
    site("c", 112, 37, 999),
    site("d", 110.2, 35.9, 300),
  ];

  it("keeps sites inside the view, largest first, ties by id", () => {
    const r = sitesInView(sites, bounds, "", 10);
    expect(r.rows.map((f) => f.id)).toEqual(["b", "d", "a"]);
    expect(r.total).toBe(3);
  });

  it("caps the rows but counts them all", () => {
    const r = sitesInView(sites, bounds, "", 1);
    expect(r.rows.map((f) => f.id)).toEqual(["b"]);
    expect(r.total).toBe(3);
  });

  it("lists a site found in several tiles once", () => {
    expect(sitesInView([...sites, site("a", 110.5, 35.5, 10)], bounds, "", 10).rows.map((f) => f.id)).toEqual([
      "b",
      "d",
      "a",
    ]);
  });

  it("filters by zh or en name, case-insensitive", () => {
    expect(sitesInView(sites, bounds, "河津", 10).rows.map((f) => f.id)).toEqual(["b"]);
    expect(sitesInView(sites, bounds, "hejin POW", 10).rows.map((f) => f.id)).toEqual(["b"]);
  });
});
