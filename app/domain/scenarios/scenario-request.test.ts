import { describe, expect, it } from "vitest";
import { parseScenarioRequest } from "./scenario-request";

const err = (body: unknown) => {
  const r = parseScenarioRequest(body);
  if (r.ok) throw new Error("expected an error");
  return r.error;
};

describe("parseScenarioRequest", () => {
  it("fills every effective value", () => {
    const r = parseScenarioRequest({ fromYear: 2011, toYear: 2030, materials: ["coal-gangue"] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.params).toMatchObject({
      fromYear: 2011,
      toYear: 2030,
      baseYear: 2010,
      materials: ["coal-gangue"],
      utilisation: "pairing",
      production: { "coal-gangue": { growthRatePerYear: 0, path: [] } },
      drawDown: { order: "plan-priority", maxShareOfStockpilePerYear: 0.2, priorityCities: ["140600", "140800"] },
      land: { tonnesPerMu: 5600, coefficientKey: "stockpile-tonnes-per-mu", status: "plan" },
      includeSynthetic: false,
      maxHaulKm: { "coal-gangue": 50 },
    });
  });
  it("refuses years out of order, negative sizes and unknown routes with specific messages", () => {
    expect(err({ fromYear: 2020, toYear: 2015 })).toBe(
      "toYear: years are out of order: toYear 2015 is before fromYear 2020",
    );
    expect(err({ fromYear: 2005, toYear: 2015 })).toBe("fromYear: fromYear must be 2011 or later");
    expect(err({ fromYear: 2011, toYear: 2040 })).toBe("toYear: toYear must be 2030 or earlier");
    expect(
      err({
        fromYear: 2011,
        toYear: 2015,
        params: {
          capacityAdditions: [{ material: "coal-gangue", route: "power", tonnesPerYear: -1, startYear: 2013 }],
        },
      }),
    ).toBe("params.capacityAdditions.0.tonnesPerYear: tonnesPerYear must be positive");
    expect(
      err({
        fromYear: 2011,
        toYear: 2015,
        params: { capacityAdditions: [{ material: "coal-gangue", route: "warp", tonnesPerYear: 1, startYear: 2013 }] },
      }),
    ).toMatch(/^params\.capacityAdditions\.0\.route: unknown route "warp" for coal-gangue/);
    expect(err({ fromYear: 2011, toYear: 2015, params: { landTonnesPerMu: 0 } })).toBe(
      "params.landTonnesPerMu: landTonnesPerMu must be positive",
    );
    expect(err({ fromYear: 2011, toYear: 2015, params: { drawDown: { maxShareOfStockpilePerYear: -0.1 } } })).toBe(
      "params.drawDown.maxShareOfStockpilePerYear: drawDown.maxShareOfStockpilePerYear must not be negative",
    );
    expect(err({ fromYear: 2011, toYear: 2015, materials: ["slag"] })).toMatch(/^materials: unknown material: slag/);
  });
});
