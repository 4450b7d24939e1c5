import { describe, expect, it } from "vitest";
import { buildInstance, materialNodes } from "./instance";
import { effectiveParams } from "./params";
import type { RegistrySite } from "../registry-types";

// Along the equator one degree of longitude is 111.195 km (Earth radius 6371.0088 km).
const KM_PER_DEG = 111.19508;
const site = (id: string, lngKm: number, over: Partial<RegistrySite> = {}): RegistrySite => ({
  id,
  name: id,
  nameEn: id,
  ownerGroup: null,
  industry: "test",
  lng: lngKm / KM_PER_DEG,
  lat: 0,
  countyAdcode: null,
  cityAdcode: null,
  parkId: null,
  capacityMw: null,
  outsideProvince: false,
  status: "operating",
  provenance: { source: "test", licence: "test", precision: "exact", synthetic: true, sourceRef: null },
  outputs: [],
  intakes: [],
  ...over,
});
const out = (t: number) => [
  { material: "fly-ash" as const, tonnesPerYear: t, stockpileTonnes: 0, estimated: false, coefficient: null },
];
const intake = (cap: number, committed = 0, route = "cement") => [
  { material: "fly-ash" as const, route, capacityTonnesPerYear: cap, committedTonnesPerYear: committed },
];

describe("materialNodes and buildInstance", () => {
  it("uses remaining capacity and drops fully committed intakes", () => {
    const { consumers } = materialNodes(
      [site("a", 0, { intakes: intake(100, 40) }), site("b", 1, { intakes: intake(50, 50) })],
      "fly-ash",
    );
    expect(consumers).toHaveLength(1);
    expect(consumers[0]).toMatchObject({ siteId: "a", remainingTonnes: 60 });
  });

  it("keeps only consumers within the great-circle haul limit, with road km = circuity × distance", () => {
    const sites = [
      site("p", 0, { outputs: out(10) }),
      site("near", 149, { intakes: intake(5) }),
      site("far", 151, { intakes: intake(5) }),
    ];
    const { producers, consumers } = materialNodes(sites, "fly-ash");
    const inst = buildInstance("fly-ash", producers, consumers, effectiveParams(["fly-ash"]));
    expect(inst.arcs.map((a) => consumers[a.consumer].siteId)).toEqual(["near"]);
    expect(inst.arcs[0].distanceKm).toBeCloseTo(149, 3);
    expect(inst.arcs[0].roadKm).toBeCloseTo(149 * 1.3, 3);
    expect(inst.arcs[0].costPerTonne).toBeCloseTo(149 * 1.3 * 0.45, 3);
  });

  it("limits each producer to its nearest N consumers and records that more were in range", () => {
    const sites = [
      site("p", 0, { outputs: out(10) }),
      ...[5, 1, 3, 2, 4].map((km) => site(`c${km}`, km, { intakes: intake(1) })),
    ];
    const { producers, consumers } = materialNodes(sites, "fly-ash");
    const inst = buildInstance("fly-ash", producers, consumers, effectiveParams(["fly-ash"], { nearestN: 2 }));
    expect(inst.arcs.map((a) => consumers[a.consumer].siteId).sort()).toEqual(["c1", "c2"]);
    expect(inst.candidatesInRange[0]).toBe(3); // capped at N + 1: "more than N"
  });

  it("lets a site that both produces and absorbs pair with itself as the enterprise cycle", () => {
    const both = site("self", 0, { outputs: out(10), intakes: intake(10) });
    const { producers, consumers } = materialNodes([both], "fly-ash");
    const inst = buildInstance("fly-ash", producers, consumers, effectiveParams(["fly-ash"]));
    expect(inst.arcs).toHaveLength(1);
    expect(inst.arcs[0]).toMatchObject({ distanceKm: 0, cycleLevel: "enterprise", bonusPerTonne: 2 });
  });

  it("classifies cycle levels and their bonuses per arc", () => {
    const sites = [
      site("p", 0, { outputs: out(10), ownerGroup: "G", parkId: "park1" }),
      site("sameGroup", 1, { intakes: intake(1), ownerGroup: "G" }),
      site("samePark", 2, { intakes: intake(1), parkId: "park1" }),
      site("other", 3, { intakes: intake(1) }),
      site("outside", 4, { intakes: intake(1), outsideProvince: true }),
    ];
    const { producers, consumers } = materialNodes(sites, "fly-ash");
    const inst = buildInstance("fly-ash", producers, consumers, effectiveParams(["fly-ash"]));
    const level = Object.fromEntries(
      inst.arcs.map((a) => [consumers[a.consumer].siteId, [a.cycleLevel, a.bonusPerTonne]]),
    );
    expect(level).toEqual({
      sameGroup: ["enterprise", 2],
      samePark: ["park", 1],
      other: ["region", 0],
      outside: ["cross-province", 0],
    });
  });
});
