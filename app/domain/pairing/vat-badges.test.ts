import { describe, expect, it } from "vitest";
import { vatBadge } from "./vat-badges";
import { planRouteKey, utilisationTarget } from "./plan-targets";

describe("vatBadge", () => {
  it("maps products to the catalogue thresholds", () => {
    expect(vatBadge("fly-ash", "wall-materials")?.threshold).toBe("≥70%");
    expect(vatBadge("fgd-gypsum", "gypsum-board")?.category).toBe("bricks-blocks-boards");
    expect(vatBadge("carbide-slag", "cement")?.category).toBe("cement-clinker");
    expect(vatBadge("construction-waste", "recycled-aggregate")?.threshold).toBe("≥90%");
    expect(vatBadge("coal-gangue", "road-base")?.category).toBe("aggregate");
    expect(vatBadge("coal-gangue", "power")?.threshold).toBe("≥60%");
  });
  it("gives no badge where the catalogue has no category", () => {
    expect(vatBadge("straw", "power")).toBeNull();
    expect(vatBadge("steel-slag", "road-base")).toBeNull();
    expect(vatBadge("fly-ash", "backfill")).toBeNull();
  });
});

describe("plan targets", () => {
  it("uses the 2015 targets of domain.md §5", () => {
    expect(utilisationTarget("red-mud")?.rate).toBe(0.72);
    expect(utilisationTarget("construction-waste")?.rate).toBe(0.3);
    expect(utilisationTarget("straw")).toMatchObject({ rate: 0.8, atLeast: true });
    expect(utilisationTarget("waste-heat")).toBeNull();
    expect(planRouteKey("fgd-gypsum", "mortar")).toBe("mortar-wall-other");
    expect(planRouteKey("fly-ash", "cement")).toBe("cement");
  });
});
