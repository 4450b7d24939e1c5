import { describe, expect, it } from "vitest";
import { COEFFICIENTS, coefficient, coefficientKeysOf, isCoefficientKey } from "./coefficients";
import {
  carbideSlagFromPvc,
  cokeOvenGasFromCoke,
  estimateFromCapacity,
  fgdGypsumFromCoalMw,
  flyAshFromCoalMw,
  gangueFromRawCoal,
  gangueIntakeFromGanguePowerMw,
  gangueOfCmmProxyMine,
  gypsumIntakeFromCement,
  magnesiumSlagFromMagnesium,
  redMudFromAlumina,
  steelSlagFromSteel,
  strawIntakeFromBiomassMw,
  slagFromIronAndSteel,
  flyAshIntakeOfCement,
  slagIntakeOfCement,
  gangueRawMealIntakeOfClinker,
} from "./tonnage";

describe("tonnage estimates", () => {
  it("coal plants: fly ash 550 t and FGD gypsum 97 t per MW-year", () => {
    expect(flyAshFromCoalMw(600)).toEqual({ quantityPerYear: 330_000, coefficientKey: "fly-ash-per-mw-year" });
    expect(fgdGypsumFromCoalMw(600)).toEqual({ quantityPerYear: 58_200, coefficientKey: "fgd-gypsum-per-mw-year" });
  });

  it("gangue-fired power absorbs 2,600 t per MW-year (the plan's 30 GW ↔ 78.5 Mt)", () => {
    expect(gangueIntakeFromGanguePowerMw(700)).toEqual({
      quantityPerYear: 1_820_000,
      coefficientKey: "gangue-per-mw-year-gangue-power",
    });
    // The plan's own figures reproduce the coefficient to within 1%.
    expect(gangueIntakeFromGanguePowerMw(30_000).quantityPerYear / 78.5e6).toBeCloseTo(1, 1);
  });

  it("process residues from product capacity", () => {
    expect(redMudFromAlumina(2_000_000)).toEqual({
      quantityPerYear: 2_600_000,
      coefficientKey: "red-mud-per-t-alumina",
    });
    expect(magnesiumSlagFromMagnesium(20_000).quantityPerYear).toBe(130_000);
    expect(carbideSlagFromPvc(200_000).quantityPerYear).toBe(300_000);
    expect(gangueFromRawCoal(5_000_000).quantityPerYear).toBe(600_000);
    expect(steelSlagFromSteel(10_000_000).quantityPerYear).toBe(4_000_000);
    expect(cokeOvenGasFromCoke(1_000_000)).toEqual({
      quantityPerYear: 400_000_000,
      coefficientKey: "coke-oven-gas-per-t-coke",
    });
    expect(strawIntakeFromBiomassMw(30).quantityPerYear).toBe(216_000);
    expect(gypsumIntakeFromCement(2_000_000).quantityPerYear).toBe(60_000);
    expect(gangueOfCmmProxyMine()).toEqual({ quantityPerYear: 360_000, coefficientKey: "gangue-per-cmm-proxy-mine" });
  });

  it("rejects negative and non-finite capacities", () => {
    expect(() => flyAshFromCoalMw(-1)).toThrow(/non-negative/);
    expect(() => estimateFromCapacity(Number.NaN, "red-mud-per-t-alumina")).toThrow(/non-negative/);
    expect(flyAshFromCoalMw(0).quantityPerYear).toBe(0);
  });
});

describe("coefficient catalogue", () => {
  it("has unique keys, positive values and a source and status for each", () => {
    expect(new Set(COEFFICIENTS.map((c) => c.key)).size).toBe(COEFFICIENTS.length);
    for (const c of COEFFICIENTS) {
      expect(c.value).toBeGreaterThan(0);
      expect(c.source.length).toBeGreaterThan(0);
      expect(["src", "plan", "est", "unverified"]).toContain(c.status);
    }
    expect(isCoefficientKey("fly-ash-per-mw-year")).toBe(true);
    expect(isCoefficientKey("nope")).toBe(false);
  });

  it("keeps derived coefficients consistent with their parts", () => {
    const v = (k: Parameters<typeof coefficient>[0]) => coefficient(k).value;
    expect(v("fgd-gypsum-per-mw-year") / (v("so2-removed-per-mw-year") * v("fgd-gypsum-per-t-so2"))).toBeCloseTo(1, 1);
    expect(v("gangue-per-cmm-proxy-mine")).toBeCloseTo(
      v("raw-coal-per-cmm-proxy-mine") * v("coal-gangue-per-t-raw-coal"),
      6,
    );
    expect(v("coke-oven-gas-per-t-coke") / (v("coal-per-t-coke") * v("coke-oven-gas-per-t-coal"))).toBeCloseTo(1, 1);
    // docs/domain.md's 400–700 t/MW-yr range for fly ash.
    expect(v("fly-ash-per-mw-year")).toBeGreaterThanOrEqual(400);
    expect(v("fly-ash-per-mw-year")).toBeLessThanOrEqual(700);
  });
});

describe("coefficients behind capacity estimates", () => {
  it("per-MW-year coal-power figures equal 8,760 h × capacity factor × per-MWh figure", () => {
    const hours = 8760 * coefficient("coal-power-capacity-factor").value;
    expect(
      (hours * coefficient("fly-ash-per-mwh-coal-power").value) / coefficient("fly-ash-per-mw-year").value,
    ).toBeCloseTo(1, 3);
    expect(
      (hours * coefficient("fgd-gypsum-per-mwh-coal-power").value) / coefficient("fgd-gypsum-per-mw-year").value,
    ).toBeCloseTo(1, 2);
    // Cement intake shares are the admixture share split between fly ash and slag.
    const split = coefficient("cement-admixture-fly-ash-share").value;
    expect(coefficient("fly-ash-per-t-cement-integrated").value).toBeCloseTo(
      coefficient("cement-admixture-share-integrated").value * split,
      6,
    );
    expect(coefficient("slag-per-t-cement-grinding").value).toBeCloseTo(
      coefficient("cement-admixture-share-grinding").value * (1 - split),
      6,
    );
    // The plan's figure: 78.5 Mt of gangue a year for 30 GW of gangue power.
    expect((coefficient("gangue-per-mw-year-gangue-power").value * 30_000) / 78.5e6).toBeCloseTo(1, 1);
    expect(coefficient("gangue-per-mw-year-gangue-power").source).toMatch(/7850万吨/);
  });

  it("splits iron-and-steel slag into BF slag per t iron and steel slag per t steel, under a composite key", () => {
    expect(slagFromIronAndSteel(1_000_000, 2_000_000)).toEqual({
      quantityPerYear: 300_000 + 240_000,
      coefficientKey: "bf-slag-per-t-iron+steel-slag-per-t-crude-steel",
    });
    expect(slagFromIronAndSteel(0, 2_000_000)).toEqual({
      quantityPerYear: 240_000,
      coefficientKey: "steel-slag-per-t-crude-steel",
    });
    expect(coefficientKeysOf("bf-slag-per-t-iron+steel-slag-per-t-crude-steel")).toEqual([
      "bf-slag-per-t-iron",
      "steel-slag-per-t-crude-steel",
    ]);
  });

  it("cement intakes depend on the plant type; clinker-only plants take no admixture", () => {
    expect(flyAshIntakeOfCement("integrated", 1e6)).toEqual({
      quantityPerYear: 100_000,
      coefficientKey: "fly-ash-per-t-cement-integrated",
    });
    expect(slagIntakeOfCement("grinding", 1e6)).toEqual({
      quantityPerYear: 150_000,
      coefficientKey: "slag-per-t-cement-grinding",
    });
    expect(flyAshIntakeOfCement("clinker", 1e6)).toBeNull();
    expect(gangueRawMealIntakeOfClinker(1e6).quantityPerYear).toBe(50_000);
  });
});
