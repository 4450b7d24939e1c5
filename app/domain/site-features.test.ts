import { describe, expect, it } from "vitest";
import { mapSiteFeature, materialToken, siteFeature, siteFeatureCollection } from "./site-features";
import type { RegistrySite } from "./registry-types";

const plant: RegistrySite = {
  id: "gppd-WRI1019",
  name: "河津电厂",
  nameEn: "Hejin power station",
  ownerGroup: "Group",
  industry: "coal-power",
  lng: 110.7,
  lat: 35.6,
  countyAdcode: "140882",
  cityAdcode: "140800",
  parkId: "hejin-base",
  capacityMw: 700,
  outsideProvince: false,
  status: "operating",
  provenance: {
    source: "GPPD v1.3.0",
    licence: "CC BY 4.0",
    precision: "exact",
    synthetic: false,
    sourceRef: "WRI1019",
  },
  outputs: [
    {
      material: "fly-ash",
      tonnesPerYear: 385000,
      stockpileTonnes: 1000,
      estimated: true,
      coefficient: "fly-ash-per-mw-year",
    },
    { material: "coke-oven-gas", tonnesPerYear: 9e7, stockpileTonnes: 0, estimated: false, coefficient: null },
  ],
  intakes: [{ material: "coal-gangue", route: "power", capacityTonnesPerYear: 500000, committedTonnesPerYear: 200000 }],
};

describe("siteFeature", () => {
  const lookups = {
    regionName: (a: string) => ({ "140882": "河津市", "140800": "运城市" })[a],
    regionNameEn: (a: string) => ({ "140882": "Hejin" })[a],
    park: (id: string) => (id === "hejin-base" ? { name: "河津基地", nameEn: "Hejin base" } : undefined),
    coefficient: (k: string) =>
      k === "fly-ash-per-mw-year" ? { key: k, value: 550, unit: "t/MW·yr", source: "est", status: "est" } : undefined,
  };

  it("keeps the site id and a WGS84 [lng, lat] point", () => {
    const f = siteFeature(plant, lookups);
    expect(f.id).toBe("gppd-WRI1019");
    expect(f.geometry.coordinates).toEqual([110.7, 35.6]);
  });

  it("joins county, city, park names and coefficient rows", () => {
    const p = siteFeature(plant, lookups).properties;
    expect(p.countyName).toBe("河津市");
    expect(p.cityName).toBe("运城市");
    expect(p.countyNameEn).toBe("Hejin");
    expect(p.cityNameEn).toBeNull();
    expect(p.parkName).toBe("河津基地");
    expect(p.outputs[0].coefficientInfo?.value).toBe(550);
    expect(p.outputs[1].coefficientInfo).toBeNull();
    expect(p.intakes[0]).toEqual({
      material: "coal-gangue",
      route: "power",
      capacityTonnesPerYear: 500000,
      committedTonnesPerYear: 200000,
      estimated: false,
      coefficient: null,
      coefficients: [],
    });
    expect(p.parkIds).toEqual(["hejin-base"]);
    expect(p.parks).toEqual([{ id: "hejin-base", name: "河津基地", nameEn: "Hejin base" }]);
    expect(p.provenance.synthetic).toBe(false);
    expect(p.role).toBe("both");
    expect(p.status).toBe("operating");
    expect(siteFeature({ ...plant, status: "mothballed" }).properties.status).toBe("mothballed");
  });

  it("lists every park of a site and every part of a composite coefficient, for outputs and intakes", () => {
    const steel: RegistrySite = {
      ...plant,
      parkId: "small",
      parkIds: ["small", "hejin-base"],
      capacity: 1.9,
      capacityUnit: "Mt/yr crude steel",
      outputs: [
        {
          material: "steel-slag",
          tonnesPerYear: 639000,
          stockpileTonnes: 0,
          estimated: true,
          coefficient: "bf-slag-per-t-iron+steel-slag-per-t-crude-steel",
        },
      ],
      intakes: [
        {
          material: "fly-ash",
          route: "cement",
          capacityTonnesPerYear: 140000,
          committedTonnesPerYear: 0,
          estimated: true,
          coefficient: "fly-ash-per-t-cement-integrated",
        },
      ],
    };
    const rows: Record<string, { key: string; value: number; unit: string; source: string; status: string }> = {
      "bf-slag-per-t-iron": { key: "bf-slag-per-t-iron", value: 0.3, unit: "t/t", source: "s1", status: "unverified" },
      "steel-slag-per-t-crude-steel": {
        key: "steel-slag-per-t-crude-steel",
        value: 0.12,
        unit: "t/t",
        source: "s2",
        status: "unverified",
      },
      "fly-ash-per-t-cement-integrated": {
        key: "fly-ash-per-t-cement-integrated",
        value: 0.1,
        unit: "t/t",
        source: "s3",
        status: "est",
      },
    };
    const p = siteFeature(steel, { ...lookups, coefficient: (k: string) => rows[k] }).properties;
    expect(p.parkId).toBe("small");
    expect(p.parkIds).toEqual(["small", "hejin-base"]);
    expect(p.parks.map((x) => x.name)).toEqual(["small", "河津基地"]); // unknown park: its id
    expect(p.capacity).toBe(1.9);
    expect(p.capacityUnit).toBe("Mt/yr crude steel");
    expect(p.outputs[0].coefficients.map((c) => c.value)).toEqual([0.3, 0.12]);
    expect(p.outputs[0].coefficientInfo?.key).toBe("bf-slag-per-t-iron");
    expect(p.intakes[0].coefficients.map((c) => c.key)).toEqual(["fly-ash-per-t-cement-integrated"]);
    expect(p.intakes[0].estimated).toBe(true);
  });

  it("sums only tonne-denominated quantities", () => {
    const p = siteFeature(plant).properties;
    expect(p.outputTonnesPerYear).toBe(385000); // the gas (Nm3) is left out
    expect(p.intakeCapacityTonnesPerYear).toBe(500000);
    expect(p.countyName).toBeNull(); // no lookups given
  });

  it("builds a collection in registry order", () => {
    const other = { ...plant, id: "b", outputs: [], intakes: [] };
    const fc = siteFeatureCollection([plant, other]);
    expect(fc.features.map((f) => f.id)).toEqual(["gppd-WRI1019", "b"]);
    expect(fc.features[1].properties.role).toBe("none");
  });
});

describe("mapSiteFeature", () => {
  it("flattens materials into delimited tokens and sizes by the larger solid quantity", () => {
    const m = mapSiteFeature(siteFeature(plant)).properties;
    expect(m.produces).toBe("|fly-ash|coke-oven-gas|");
    expect(m.absorbs).toBe("|coal-gangue|");
    expect(m.produces.includes(materialToken("fly-ash"))).toBe(true);
    expect(m.produces.includes(materialToken("fgd-gypsum"))).toBe(false);
    expect(m.sizeTonnesPerYear).toBe(500000);
    expect(m.synthetic).toBe(false);
    expect(m.status).toBe("operating");
    expect(mapSiteFeature(siteFeature({ ...plant, status: "retired" })).properties.status).toBe("retired");
    expect(Object.values(m).every((v) => typeof v !== "object")).toBe(true);
  });
});
