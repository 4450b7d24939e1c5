import { describe, expect, it } from "vitest";
import { vatBadge } from "./vat-badges";
import { bulkAggregate, routeTargetFor, utilisationTarget } from "./plan-targets";

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
  it("uses the plan's 2015 targets; 72% is the bulk wastes' aggregate, not a per-material target", () => {
    expect(utilisationTarget("red-mud")).toMatchObject({ rate: 0.72, aggregate: true });
    expect(utilisationTarget("red-mud")?.materials).toContain("fly-ash");
    expect(utilisationTarget("construction-waste")).toMatchObject({ rate: 0.3, aggregate: false });
    expect(utilisationTarget("straw")).toMatchObject({ rate: 0.8, atLeast: true });
    expect(utilisationTarget("waste-heat")).toBeNull();
    expect(routeTargetFor("fgd-gypsum", "mortar")?.id).toBe("gypsum-mortar-wall-other");
    expect(routeTargetFor("fly-ash", "cement")?.id).toBe("fly-ash-cement");
  });
  it("sums the bulk wastes of a run into one utilisation", () => {
    const agg = bulkAggregate([
      { material: "fly-ash", producedTonnes: 100, matchedTonnes: 90 },
      { material: "red-mud", producedTonnes: 100, matchedTonnes: 10 },
      { material: "straw", producedTonnes: 1000, matchedTonnes: 0 },
    ]);
    expect(agg).toEqual({ producedTonnes: 200, matchedTonnes: 100, utilisation: 0.5 });
    expect(bulkAggregate([{ material: "straw", producedTonnes: 1, matchedTonnes: 1 }])).toBeNull();
  });
});
