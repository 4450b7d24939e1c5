import { describe, expect, it } from "vitest";
import { gemStatus, isSiteStatus, plantStatus, SITE_STATUSES } from "./site-status";

describe("site status", () => {
  it("maps every GEM status word met in the Shanxi trackers", () => {
    const words = [
      "operating",
      "operating pre-retirement",
      "construction",
      "proposed",
      "announced",
      "pre-permit",
      "permitted",
      "shelved",
      "mothballed",
      "retired",
      "cancelled",
    ];
    for (const w of words) expect(isSiteStatus(gemStatus(w) ?? ""), w).toBe(true);
    expect(gemStatus("Permitted")).toBe("proposed");
    expect(gemStatus("idled")).toBe("mothballed");
    expect(gemStatus("")).toBeNull();
  });

  it("a plant is operating if any unit operates, else its most advanced status", () => {
    expect(plantStatus(["cancelled", "construction", "retired"])).toBe("construction");
    expect(plantStatus(["mothballed", "proposed"])).toBe("mothballed");
    expect(plantStatus(["cancelled", "unknown"])).toBe("cancelled");
    expect(SITE_STATUSES).toContain("unknown");
  });
});
