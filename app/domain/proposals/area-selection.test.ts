import { describe, expect, it } from "vitest";
import { drawnAreaBBox, drawnPolygon, sitesInDrawnArea, type AreaSite } from "./area-selection";

const square: [number, number][] = [
  [110, 35],
  [111, 35],
  [111, 36],
  [110, 36],
];
const sites: AreaSite[] = [
  { id: "in-ash", lng: 110.5, lat: 35.5, materials: ["fly-ash"] },
  { id: "in-gypsum", lng: 110.2, lat: 35.8, materials: ["fgd-gypsum", "slag"] },
  { id: "in-none", lng: 110.9, lat: 35.1, materials: [] },
  { id: "out-east", lng: 111.5, lat: 35.5, materials: ["fly-ash"] },
  { id: "out-north", lng: 110.5, lat: 36.2, materials: ["fgd-gypsum"] },
];

describe("drawnPolygon", () => {
  it("closes the ring", () => {
    expect(drawnPolygon(square).coordinates[0]).toEqual([
      [110, 35],
      [111, 35],
      [111, 36],
      [110, 36],
      [110, 35],
    ]);
  });
});

describe("sitesInDrawnArea", () => {
  it("keeps exactly the sites inside the area", () => {
    expect(sitesInDrawnArea(sites, square)).toEqual({ ok: true, ids: ["in-ash", "in-gypsum", "in-none"] });
  });
  it("filters by the chosen materials (any produced or taken in)", () => {
    expect(sitesInDrawnArea(sites, square, ["fgd-gypsum"])).toEqual({ ok: true, ids: ["in-gypsum"] });
    expect(sitesInDrawnArea(sites, square, ["fly-ash", "slag"])).toEqual({ ok: true, ids: ["in-ash", "in-gypsum"] });
  });
  it("uses the polygon's shape, not its bounding box", () => {
    const triangle: [number, number][] = [
      [110, 35],
      [111, 35],
      [110, 36],
    ];
    expect(sitesInDrawnArea(sites, triangle)).toEqual({ ok: true, ids: ["in-ash", "in-gypsum"] });
  });
  it("rejects fewer than 3 vertices", () => {
    const r = sitesInDrawnArea(sites, square.slice(0, 2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe("tooFewVertices");
  });
  it("rejects a self-intersecting (bow-tie) area", () => {
    const r = sitesInDrawnArea(sites, [
      [110, 35],
      [111, 36],
      [111, 35],
      [110, 36],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe("selfIntersecting");
  });
});

describe("drawnAreaBBox", () => {
  it("spans every vertex, whatever their order", () => {
    expect(
      drawnAreaBBox([
        [110.85, 35.5],
        [110.55, 35.72],
        [110.7, 35.4],
      ]),
    ).toEqual([110.55, 35.4, 110.85, 35.72]);
  });
});
