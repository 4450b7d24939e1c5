import { describe, expect, it } from "vitest";
import { labelLines, parkLabelRank, placeParkLabels } from "./park-labels";

const HEJIN: [number, number] = [110.704749, 35.597435];

describe("placeParkLabels", () => {
  const parks = [
    { id: "park-red-mud-hejin", kind: "red-mud-area", center: HEJIN, name: "河津赤泥集中产生区" },
    {
      id: "park-chalco-shanxi-base",
      kind: "demo-base",
      center: HEJIN,
      name: "中铝山西分公司全国资源综合利用节能建筑环保建材示范基地",
    },
    { id: "park-hejin-base", kind: "demo-base", center: HEJIN, name: "河津全国资源综合利用示范基地" },
    {
      id: "park-chem-hejin-wenxi-xinjiang",
      kind: "chemical-park",
      center: [111.046051, 35.521859] as [number, number],
      name: "运城河津闻喜新绛特色化工园区",
    },
  ];

  it("keeps a lone park's label on its centre", () => {
    const chem = placeParkLabels(parks).find((p) => p.id === "park-chem-hejin-wenxi-xinjiang")!;
    expect(chem).toMatchObject({ anchor: "top", offsetEm: [0, 0], rank: parkLabelRank("chemical-park") });
  });

  it("gives parks at one point different anchors, bases first, in input order", () => {
    const placed = placeParkLabels(parks);
    expect(placed.map((p) => p.id)).toEqual(parks.map((p) => p.id));
    const hejin = placed.slice(0, 3);
    expect(new Set(hejin.map((p) => p.anchor)).size).toBe(3);
    // Bases take the slots below and above; the red-mud area goes to the side.
    expect(placed.find((p) => p.id === "park-chalco-shanxi-base")!.anchor).toBe("top");
    expect(placed.find((p) => p.id === "park-hejin-base")!.anchor).toBe("bottom");
    expect(placed.find((p) => p.id === "park-red-mud-hejin")!.anchor).toBe("right");
  });

  it("pushes labels above and below past the half height of the side labels", () => {
    const placed = placeParkLabels(parks);
    const below = placed.find((p) => p.anchor === "top" && p.id !== "park-chem-hejin-wenxi-xinjiang")!;
    const sideLines = labelLines("河津赤泥集中产生区");
    expect(below.offsetEm[1]).toBeGreaterThan((sideLines * 1.2) / 2);
  });

  it("ranks the national base above chemical parks", () => {
    expect(parkLabelRank("national-base")).toBeLessThan(parkLabelRank("pilot-park"));
    expect(parkLabelRank("pilot-park")).toBeLessThan(parkLabelRank("chemical-park"));
    expect(parkLabelRank("something-new")).toBeGreaterThan(parkLabelRank("energy-park"));
  });

  it("estimates wrapped lines for Chinese and English names", () => {
    expect(labelLines("河津")).toBe(1);
    // 9 characters fill the 9 em width exactly: MapLibre may wrap them, so the estimate says 2.
    expect(labelLines("河津赤泥集中产生区")).toBe(2);
    expect(labelLines("中铝山西分公司全国资源综合利用节能建筑环保建材示范基地")).toBe(4); // 27 characters
    expect(labelLines("Hejin red-mud concentration area")).toBe(2);
  });
});
