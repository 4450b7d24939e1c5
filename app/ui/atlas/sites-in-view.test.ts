import { describe, expect, it } from "vitest";
import type { SiteFeature } from "../../domain/site-features";
import { sitesInView } from "./sites-in-view";

function site(id: string, lng: number, lat: number, tonnes: number, name = id, nameEn = id): SiteFeature {
  return {
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: [lng, lat] },
    properties: { id, name, nameEn, outputTonnesPerYear: tonnes, intakeCapacityTonnesPerYear: 0 },
  } as unknown as SiteFeature;
}

const bounds = { west: 110, south: 35, east: 111, north: 36 };
const all = () => true;

describe("sitesInView", () => {
  const sites = [site("a", 110.5, 35.5, 10), site("b", 110.6, 35.4, 300, "河津电厂", "Hejin power"), site("c", 112, 37, 999), site("d", 110.2, 35.9, 300)];

  it("keeps sites inside the view, largest first, ties by id", () => {
    const r = sitesInView(sites, bounds, all, "", 10);
    expect(r.rows.map((f) => f.id)).toEqual(["b", "d", "a"]);
    expect(r.total).toBe(3);
  });

  it("caps the rows but counts every match", () => {
    const r = sitesInView(sites, bounds, all, "", 1);
    expect(r.rows.map((f) => f.id)).toEqual(["b"]);
    expect(r.total).toBe(3);
  });

  it("filters by the toggles and by a zh or en name", () => {
    expect(sitesInView(sites, bounds, (f) => f.id !== "b", "", 10).rows.map((f) => f.id)).toEqual(["d", "a"]);
    expect(sitesInView(sites, bounds, all, "河津", 10).rows.map((f) => f.id)).toEqual(["b"]);
    expect(sitesInView(sites, bounds, all, "hejin POW", 10).rows.map((f) => f.id)).toEqual(["b"]);
  });
});
