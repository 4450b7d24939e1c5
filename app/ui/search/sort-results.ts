/** Client-side orderings of nearby results (the API always returns them by distance). */
import type { NearbyResult } from "../../domain/nearby-consumers";
import type { SearchSort } from "./search-url";

/** Results ordered by distance (as given), most remaining capacity first, or cheapest first; ties keep distance order. */
export function sortResults(results: readonly NearbyResult[], sort: SearchSort): NearbyResult[] {
  const indexed = results.map((r, i) => ({ r, i }));
  if (sort === "capacity")
    indexed.sort((a, b) => b.r.remainingCapacityTonnes - a.r.remainingCapacityTonnes || a.i - b.i);
  if (sort === "cost") indexed.sort((a, b) => a.r.costYuanPerTonne - b.r.costYuanPerTonne || a.i - b.i);
  return indexed.map((x) => x.r);
}
