import { describe, expect, it } from "vitest";
import { buildSnapshot, catalogueMaterials, defaultProposalName, proposalParamsFrom } from "./build-cluster";
import { effectiveParams } from "../pairing/params";
import { fixtureSnapshot, pairing, site } from "./test-fixtures";

const f = fixtureSnapshot();
const base = {
  sites: [...f.sites, site("unrelated")].reverse(),
  params: f.params,
  materials: catalogueMaterials(),
  coefficients: [...f.coefficients, { ...f.coefficients[0], key: "unused" }],
  origin: { kind: "example" } as const,
  builtAt: "2026-01-01T00:00:00.000Z",
};

describe("buildSnapshot", () => {
  it("keeps only the cluster's sites, materials and coefficients, sorted", () => {
    const s = buildSnapshot({ ...base, pairings: [...f.pairings].reverse() });
    expect(s.sites.map((x) => x.id)).toEqual(["alumina", "brick", "cement", "power"]);
    expect(s.materials.map((m) => m.code)).toEqual(["fly-ash", "fgd-gypsum", "red-mud"]);
    expect(s.coefficients.map((c) => c.key)).toEqual(["red-mud-per-alumina"]);
    expect(s.synthetic).toBe(true);
  });

  it("is independent of input order (deterministic)", () => {
    const a = buildSnapshot({ ...base, pairings: f.pairings });
    const b = buildSnapshot({ ...base, sites: [...base.sites].reverse(), pairings: [...f.pairings].reverse() });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("keeps selected sites without pairings and refuses unknown sites", () => {
    expect(buildSnapshot({ ...base, pairings: [], extraSiteIds: ["unrelated"] }).sites.map((s) => s.id)).toEqual([
      "unrelated",
    ]);
    expect(() => buildSnapshot({ ...base, pairings: [pairing("ghost", "cement")] })).toThrow(/ghost/);
  });

  it("is not synthetic when no site is", () => {
    const s = buildSnapshot({ ...base, pairings: [pairing("power", "alumina")] });
    expect(s.synthetic).toBe(false);
  });
});

describe("proposalParamsFrom", () => {
  it("takes circuity, radii and costs from the typed run params and keeps every other value in extra", () => {
    const run = effectiveParams(["fly-ash", "red-mud"], { circuity: 1.4, maxHaulKm: { "fly-ash": 120 } });
    const p = proposalParamsFrom(run, "pairing-run", { selectionIncludeSynthetic: true });
    expect(p.circuity).toBe(1.4);
    expect(p.maxHaulKm).toEqual({ "fly-ash": 120, "red-mud": run.maxHaulKm["red-mud"] });
    expect(p.costYuanPerTonneKm).toEqual(run.costYuanPerTonneKm);
    expect(p.method).toBe("pairing-run");
    const { circuity: _c, maxHaulKm: _h, costYuanPerTonneKm: _k, ...rest } = run;
    expect(p.extra).toEqual({ ...rest, selectionIncludeSynthetic: true });
    // A copy: editing the proposal's params never changes the run's.
    p.maxHaulKm["fly-ash"] = 1;
    expect(run.maxHaulKm["fly-ash"]).toBe(120);
  });
});

describe("defaultProposalName", () => {
  it("uses the park name when built per park", () => {
    expect(defaultProposalName(f, "zh")).toContain("河津");
    expect(defaultProposalName(f, "en")).toContain("(4 sites)");
  });
  it("uses the largest producer otherwise", () => {
    expect(defaultProposalName({ ...f, park: null }, "zh")).toBe("河津电厂等 4 家共生集群");
  });
});
