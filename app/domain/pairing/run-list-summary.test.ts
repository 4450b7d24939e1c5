import { describe, expect, it } from "vitest";
import { runListSummary } from "./run-list-summary";
import type { MaterialResult, PairingSummary } from "./types";

const material = {
  material: "fly-ash",
  producedTonnes: 100,
  matchedTonnes: 60,
  utilisation: 0.6,
  unmatched: [{ siteId: "p1", tonnes: 40 }],
  spare: [{ siteId: "c1", route: "cement", tonnes: 5 }],
  limitWarnings: [{ producerId: "p1", unplacedTonnes: 40, candidatesInRange: 0 }],
} as unknown as MaterialResult;
const summary = {
  materials: [material],
  totals: { producedTonnes: 100, matchedTonnes: 60, utilisation: 0.6 },
  sites: 2,
  involvedSites: { p1: { name: "P" }, c1: { name: "C" } },
  synthetic: true,
  limitWarnings: 1,
} as unknown as PairingSummary;

describe("runListSummary", () => {
  it("keeps the totals and per-material figures and drops the site lists", () => {
    const list = runListSummary(summary);
    expect(list).toEqual({
      materials: [{ material: "fly-ash", producedTonnes: 100, matchedTonnes: 60, utilisation: 0.6 }],
      totals: summary.totals,
      sites: 2,
      synthetic: true,
      limitWarnings: 1,
    });
    expect(summary.involvedSites).toHaveProperty("p1"); // the stored summary itself is untouched
  });
});
