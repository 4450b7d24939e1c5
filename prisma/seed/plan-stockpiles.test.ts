import { describe, expect, it } from "vitest";
import { PLAN_STOCKPILES, planStockpileSites, realOutputInPlace } from "./plan-stockpiles";
import { coefficient } from "../../app/domain/coefficients";

const site = (countyAdcode: string | null, material: string, tonnesPerYear: number, synthetic = false) => ({
  countyAdcode,
  synthetic,
  outputs: [{ material, tonnesPerYear }],
});
const seatOf = (adcode: string): [number, number] => [Number(adcode.slice(0, 3)), Number(adcode.slice(3))];

describe("plan stockpiles", () => {
  it("scales the real output of the named place (city by prefix, county exactly), never synthetic sites", () => {
    const sites = [
      site("140602", "coal-gangue", 1_000_000),
      site("140603", "coal-gangue", 500_000),
      site("140603", "coal-gangue", 9_000_000, true),
      site("140702", "coal-gangue", 7_000_000),
      site("140882", "red-mud", 2_000_000),
      site("140881", "red-mud", 3_000_000),
      site(null, "red-mud", 4_000_000),
    ];
    const byId = new Map(PLAN_STOCKPILES.map((s) => [s.id, s]));
    expect(realOutputInPlace(byId.get("plan-stockpile-shuozhou-coal-gangue")!, sites)).toBe(1_500_000);
    expect(realOutputInPlace(byId.get("plan-stockpile-hejin-red-mud")!, sites)).toBe(2_000_000);

    const out = planStockpileSites(sites, seatOf);
    const years = coefficient("stockpile-years-of-output").value;
    // Only places with real output get a record (no fly ash, Jiaokou or Yangquan red mud here).
    expect(out.map((s) => [s.id, s.outputs[0].stockpileTonnes, s.precision, s.lng, s.lat])).toEqual([
      ["plan-stockpile-shuozhou-coal-gangue", Math.round(1_500_000 * years), "estimated", 140, 600],
      ["plan-stockpile-hejin-red-mud", Math.round(2_000_000 * years), "county", 140, 882],
    ]);
    for (const s of out) {
      expect(s.synthetic).toBe(false);
      expect(s.industry).toBe("waste-stockpile");
      expect(s.outputs[0]).toMatchObject({
        tonnesPerYear: 0,
        estimated: true,
        coefficientKey: "stockpile-years-of-output",
      });
      expect(s.source).toMatch(/^山西省“十二五”资源节约与综合利用规划 .+: “.*堆存集中|赤泥集中产生区域.*”$/);
      expect(s.notes).toMatch(/ESTIMATE/);
    }
  });

  it("derives its coefficient from the plan's 22 % → 42 % utilisation over five years", () => {
    expect(coefficient("stockpile-years-of-output").value).toBeCloseTo(5 * (1 - (0.22 + 0.42) / 2), 10);
  });
});
