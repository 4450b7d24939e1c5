import { describe, expect, it } from "vitest";
import { isOverShare, routeFlowsAgainstPlan } from "./honest-numbers";

describe("isOverShare", () => {
  it("flags shares above 100 % only, ignoring float noise and missing values", () => {
    expect(isOverShare(1.0001)).toBe(true);
    expect(isOverShare(35.5)).toBe(true);
    expect(isOverShare(1)).toBe(false);
    expect(isOverShare(1 + 1e-12)).toBe(false);
    expect(isOverShare(0.72)).toBe(false);
    expect(isOverShare(null)).toBe(false);
    expect(isOverShare(Number.NaN)).toBe(false);
  });
});

describe("routeFlowsAgainstPlan", () => {
  it("flags gangue → cement at 3.55 Mt against the plan's 0.1 Mt and leaves gangue → power under its 78.5 Mt", () => {
    const checks = routeFlowsAgainstPlan([
      { material: "coal-gangue", byRoute: { cement: 3_550_000, power: 20_000_000, unknown: 5 } },
    ]);
    const cement = checks.find((c) => c.targetId === "gangue-cement")!;
    expect(cement).toMatchObject({ tonnesPerYear: 3_550_000, planTonnesPerYear: 100_000, over: true });
    expect(cement.ratio).toBeCloseTo(35.5, 6);
    const power = checks.find((c) => c.targetId === "gangue-power")!;
    expect(power.over).toBe(false);
    expect(checks).toHaveLength(2);
  });
  it("adds intake routes that count towards one plan route (fly ash concrete + mortar)", () => {
    const [check] = routeFlowsAgainstPlan([{ material: "fly-ash", byRoute: { concrete: 6e6, mortar: 5e6 } }]);
    expect(check.intakeRoutes.sort()).toEqual(["concrete", "mortar"]);
    expect(check.tonnesPerYear).toBe(11e6);
    expect(check.planTonnesPerYear).toBe(10e6);
    expect(check.over).toBe(true);
  });
});
