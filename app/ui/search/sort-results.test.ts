import { describe, expect, it } from "vitest";
import { sortResults } from "./sort-results";
import type { NearbyResult } from "../../domain/nearby-consumers";

const r = (id: string, distanceKm: number, remaining: number, cost: number) =>
  ({ site: { id }, distanceKm, remainingCapacityTonnes: remaining, costYuanPerTonne: cost }) as unknown as NearbyResult;

describe("sortResults", () => {
  const list = [r("a", 1, 100, 3), r("b", 2, 500, 3), r("c", 3, 500, 1)];
  it("keeps distance order, sorts by capacity (desc) and cost (asc) with distance as tie-break", () => {
    expect(sortResults(list, "distance").map((x) => x.site.id)).toEqual(["a", "b", "c"]);
    expect(sortResults(list, "capacity").map((x) => x.site.id)).toEqual(["b", "c", "a"]);
    expect(sortResults(list, "cost").map((x) => x.site.id)).toEqual(["c", "a", "b"]);
  });
});
