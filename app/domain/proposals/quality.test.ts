import { describe, expect, it } from "vitest";
import {
  chertow32,
  clusterTotals,
  haulDistribution,
  keyNodeDependency,
  lossIfSiteStops,
  proposalQuality,
  shareByCycleLevel,
  tonnesByMaterial,
  utilisationVsPlan,
} from "./quality";
import { fixtureSnapshot, pairing, site } from "./test-fixtures";
import { isRecycler } from "./recyclers";
import { NISP_MEDIAN_KM } from "./benchmarks";

describe("chertow32", () => {
  it("passes with 3 non-recycler entities exchanging 2 resources", () => {
    const s = [site("a"), site("b"), site("c")];
    const r = chertow32(s, [pairing("a", "b"), pairing("c", "b", { material: "red-mud" })]);
    expect(r.pass).toBe(true);
    expect(r.qualifyingEntityCount).toBe(3);
    expect(r.resources).toEqual(["fly-ash", "red-mud"]);
    expect(r.source.citationEn).toContain("Chertow");
  });

  it("fails with only one resource", () => {
    const s = [site("a"), site("b"), site("c")];
    expect(chertow32(s, [pairing("a", "b"), pairing("c", "b")]).pass).toBe(false);
  });

  it("fails when one of three entities is primarily a recycler", () => {
    const s = [site("a"), site("b", { industry: "recycling" }), site("c")];
    const r = chertow32(s, [pairing("a", "b"), pairing("c", "b", { material: "red-mud" })]);
    expect(r.pass).toBe(false);
    expect(r.qualifyingEntityCount).toBe(2);
    expect(r.entities.find((e) => e.siteIds.includes("b"))?.recycler).toBe(true);
  });

  it("counts sites of one owner group as one entity", () => {
    const s = [site("a", { ownerGroup: "Chalco" }), site("b", { ownerGroup: "Chalco" }), site("c")];
    const r = chertow32(s, [pairing("a", "c"), pairing("b", "c", { material: "red-mud" })]);
    expect(r.entities).toHaveLength(2);
    expect(r.pass).toBe(false);
  });

  it("ignores exchanges within one entity (enterprise self-use)", () => {
    const s = [site("a"), site("b"), site("c")];
    const r = chertow32(s, [pairing("a", "a", { material: "red-mud" }), pairing("a", "b"), pairing("c", "b")]);
    expect(r.resources).toEqual(["fly-ash"]);
    expect(r.pass).toBe(false);
  });

  it("passes on the Hejin fixture", () => {
    const f = fixtureSnapshot();
    const r = chertow32(f.sites, f.pairings);
    expect(r.qualifyingEntityCount).toBe(4);
    expect(r.resources).toEqual(["fgd-gypsum", "fly-ash", "red-mud"]);
    expect(r.pass).toBe(true);
  });
});

describe("isRecycler", () => {
  it("recognises GB/T 4754 division 42 and recycler slugs, not waste-using makers", () => {
    expect(isRecycler("42")).toBe(true);
    expect(isRecycler("4210")).toBe(true);
    expect(isRecycler("recycling")).toBe(true);
    expect(isRecycler("cement")).toBe(false);
    expect(isRecycler("4200x")).toBe(false);
    expect(isRecycler(null)).toBe(false);
  });
});

describe("tonnesByMaterial and shares", () => {
  const f = fixtureSnapshot();
  it("sums tonnes per material against the cluster's own production", () => {
    const flows = tonnesByMaterial(f.sites, f.pairings, f.materials);
    expect(flows.map((x) => x.material)).toEqual(["fly-ash", "fgd-gypsum", "red-mud"]);
    const ash = flows[0];
    expect(ash.tonnesPerYear).toBe(500_000);
    expect(ash.producedTonnesPerYear).toBe(600_000);
    expect(ash.utilisationRate).toBeCloseTo(5 / 6);
    expect(flows[2].tonnesPerYear).toBe(250_000);
  });

  it("splits solid tonnes by cycle level and shares add to 1", () => {
    const shares = shareByCycleLevel(f.pairings, f.materials);
    const ent = shares.find((s) => s.cycleLevel === "enterprise")!;
    expect(ent.tonnesPerYear).toBe(50_000);
    expect(ent.share).toBeCloseTo(50_000 / 810_000);
    expect(shares.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1);
  });

  it("leaves non-solid units out of tonne totals", () => {
    const ps = [
      pairing("a", "b", { tonnesPerYear: 10 }),
      pairing("a", "b", { material: "waste-heat", tonnesPerYear: 1e6 }),
    ];
    expect(clusterTotals(ps).tonnesPerYear).toBe(10);
    expect(shareByCycleLevel(ps).find((s) => s.cycleLevel === "region")!.tonnesPerYear).toBe(10);
  });
});

describe("haulDistribution", () => {
  it("bins distances and computes the medians against NISP", () => {
    const ps = [
      pairing("a", "b", { distanceKm: 5, tonnesPerYear: 100 }),
      pairing("a", "c", { distanceKm: 25, tonnesPerYear: 100 }),
      pairing("a", "d", { distanceKm: 45, tonnesPerYear: 1000 }),
      pairing("a", "e", { distanceKm: 250, tonnesPerYear: 1 }),
    ];
    const h = haulDistribution(ps);
    expect(h.medianKm).toBe(35);
    expect(h.tonneWeightedMedianKm).toBe(45);
    expect(h.referenceMedianKm).toBe(NISP_MEDIAN_KM);
    expect(h.shareWithinReference).toBe(0.5);
    expect(h.bins.find((b) => b.fromKm === 0)!.pairings).toBe(1);
    expect(h.bins.find((b) => b.fromKm === 20)!.pairings).toBe(1);
    expect(h.bins.find((b) => b.fromKm === 40)!.tonnesPerYear).toBe(1000);
    expect(h.bins[h.bins.length - 1]).toMatchObject({ fromKm: 200, toKm: null, pairings: 1 });
    expect(h.source.citationEn).toContain("Jensen");
  });

  it("has no median without pairings", () => {
    expect(haulDistribution([]).medianKm).toBeNull();
  });
});

describe("keyNodeDependency", () => {
  const f = fixtureSnapshot();
  it("finds the largest producer and consumer and recomputes the cluster without them", () => {
    const k = keyNodeDependency(f.sites, f.pairings, f.materials);
    // power supplies 560 kt, alumina 250 kt.
    expect(k.largestProducer!.siteId).toBe("power");
    expect(k.largestProducer!.roleTonnesPerYear).toBe(560_000);
    expect(k.largestProducer!.lostTonnesPerYear).toBe(560_000);
    expect(k.largestProducer!.lostPairings).toBe(3);
    expect(k.largestProducer!.strandedSiteIds).toEqual(["brick"]);
    expect(k.largestProducer!.after.totals.tonnesPerYear).toBe(250_000);
    expect(k.largestProducer!.after.chertowPass).toBe(false);
    // cement receives 660 kt.
    expect(k.largestConsumer!.siteId).toBe("cement");
    expect(k.largestConsumer!.lostTonnesPerYear).toBe(660_000);
    expect(k.largestConsumer!.lostShare).toBeCloseTo(660 / 810);
    expect(k.largestConsumer!.after.components).toBe(2);
    expect(k.largestConsumer!.lostByMaterial[0]).toMatchObject({ material: "fly-ash", tonnesPerYear: 400_000 });
  });

  it("a site's self-pairing is lost with it", () => {
    const loss = lossIfSiteStops(f.sites, f.pairings, "alumina", "producer", f.materials);
    expect(loss.lostPairings).toBe(2);
    expect(loss.lostTonnesPerYear).toBe(250_000);
  });

  it("is empty for no pairings", () => {
    expect(keyNodeDependency([], [])).toEqual({ largestProducer: null, largestConsumer: null });
  });
});

describe("utilisationVsPlan", () => {
  it("compares bulk-waste utilisation with the 72 % target and reports route contributions", () => {
    const f = fixtureSnapshot();
    const { rates, routes } = utilisationVsPlan(f.sites, f.pairings);
    expect(rates).toHaveLength(1);
    const bulk = rates[0];
    expect(bulk.key).toBe("bulk-solid-waste");
    expect(bulk.producedTonnesPerYear).toBe(2_000_000);
    expect(bulk.usedTonnesPerYear).toBe(810_000);
    expect(bulk.rate).toBeCloseTo(0.405);
    expect(bulk.meetsTarget).toBe(false);
    const cement = routes.find((r) => r.labelEn === "Fly ash → cement")!;
    expect(cement.tonnesPerYear).toBe(400_000);
    expect(cement.shareOfTarget).toBeCloseTo(400_000 / 7e6);
    expect(routes.find((r) => r.labelEn === "FGD gypsum → cement retarder")!.tonnesPerYear).toBe(60_000);
  });
});

describe("proposalQuality", () => {
  it("collects every metric and cites every benchmark", () => {
    const q = proposalQuality(fixtureSnapshot());
    expect(q.totals).toMatchObject({ sites: 4, pairings: 5, materials: 3, tonnesPerYear: 810_000 });
    expect(q.sources.map((s) => s.key)).toEqual(expect.arrayContaining(["chertow", "nisp", "plan-targets"]));
  });
});
