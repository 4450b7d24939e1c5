import { describe, expect, it } from "vitest";
import type { StoredSite } from "../../domain/import/stored-site";
import { intakeRows, outputRows, siteDraft, sitePayload, NEW_OUTPUT } from "./site-form-state";

const SITE: StoredSite = {
  id: "usr-1",
  countyAdcode: "140882",
  name: "河津测试厂",
  nameEn: "Hejin test",
  ownerGroup: null,
  industry: "cement",
  lng: 110.7,
  lat: 35.6,
  capacityMw: null,
  parkId: "p1",
  source: "user",
  sourceRef: null,
  licence: "user-provided",
  precision: "exact",
  synthetic: false,
  outsideProvince: false,
  status: "operating",
  notes: null,
  outputs: [
    {
      material: "fly-ash",
      tonnesPerYear: 1234.5,
      stockpileTonnes: 0,
      estimated: true,
      coefficient: "fly-ash-per-mw-year",
      wasteCode: null,
    },
  ],
  intakes: [
    {
      material: "red-mud",
      route: "cement",
      capacityTonnesPerYear: 50000,
      committedTonnesPerYear: 1000,
      estimated: false,
      coefficient: null,
    },
  ],
};

describe("site form state", () => {
  it("gives back the stored site unchanged when nothing was edited", () => {
    const { id: _id, countyAdcode: _c, ...input } = SITE;
    expect(sitePayload(siteDraft(SITE), null, outputRows(SITE), intakeRows(SITE))).toEqual(input);
  });
  it("parses typed numbers, empties optional texts and prefers the WGS84 position", () => {
    const draft = {
      ...siteDraft(null),
      name: "新厂",
      industry: "cement",
      lng: "110.7",
      lat: "35.6",
      capacityMw: "1,200",
      ownerGroup: "",
    };
    const p = sitePayload(draft, [110.69, 35.59], [{ ...NEW_OUTPUT, tonnesPerYear: "2,000", stockpileTonnes: "" }], []);
    expect(p).toMatchObject({ lng: 110.69, lat: 35.59, capacityMw: 1200, ownerGroup: null, parkId: null, notes: null });
    expect(p.outputs).toEqual([
      {
        material: "fly-ash",
        tonnesPerYear: 2000,
        stockpileTonnes: 0,
        estimated: false,
        coefficient: null,
        wasteCode: null,
      },
    ]);
    expect(sitePayload(draft, null, [], []).lng).toBe(110.7);
  });
});
