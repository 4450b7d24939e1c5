import { describe, expect, it } from "vitest";
import { LANDFILL_TAX, landfillTaxYuanPerTonne } from "./landfill-tax";
import { MATERIALS } from "./materials";

describe("landfill tax per material", () => {
  it("taxes gangue at 5 yuan/t and the other industrial solid wastes at 25 yuan/t", () => {
    expect(landfillTaxYuanPerTonne("coal-gangue")).toBe(5);
    for (const m of ["fly-ash", "steel-slag", "magnesium-slag", "red-mud", "fgd-gypsum", "carbide-slag"] as const)
      expect(landfillTaxYuanPerTonne(m)).toBe(25);
    expect(landfillTaxYuanPerTonne("straw")).toBe(0);
    expect(landfillTaxYuanPerTonne("coke-oven-gas")).toBe(0);
  });
  it("cites a tax item for every solid material", () => {
    for (const m of MATERIALS.filter((x) => x.unit === "t")) expect(LANDFILL_TAX[m.code]?.itemZh, m.code).toBeTruthy();
  });
});
