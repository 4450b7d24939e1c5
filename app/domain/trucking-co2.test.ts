import { describe, expect, it } from "vitest";
import { DEFAULT_TRUCK_CO2, isTrucked, transportCostYuanPerUnit, truckingCo2KgPerTonne } from "./trucking-co2";
import { materialSpec } from "./materials";

describe("trucking cost and CO2", () => {
  const redMud = materialSpec("red-mud")!;
  it("cost is road km × the material's cost per t·km", () => {
    expect(transportCostYuanPerUnit(100, redMud)).toBeCloseTo(100 * redMud.costYuanPerTonneKm);
    expect(transportCostYuanPerUnit(0, redMud)).toBe(0);
  });
  it("CO2 is road km × factor for trucked solids, default factor labelled unverified with its source", () => {
    expect(truckingCo2KgPerTonne(100, redMud, 0.06)).toBeCloseTo(6);
    expect(truckingCo2KgPerTonne(100, redMud)).toBeCloseTo(100 * DEFAULT_TRUCK_CO2.value);
    expect(DEFAULT_TRUCK_CO2.status).toBe("unverified");
    expect(DEFAULT_TRUCK_CO2.source).toMatch(/Smart Freight Centre/);
  });
  it("piped materials (gas, heat, water) are not trucked", () => {
    expect(isTrucked(materialSpec("coke-oven-gas")!)).toBe(false);
    expect(truckingCo2KgPerTonne(10, materialSpec("mine-water")!)).toBeNull();
    expect(isTrucked(redMud)).toBe(true);
  });
});
