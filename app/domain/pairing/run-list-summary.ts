/**
 * What a list of runs carries of each run's summary (GET /api/pairings, /pairings and its comparison): totals and
 * per-material figures, without the lists that grow with the scope (the involved-site snapshot and each material's
 * unmatched, spare and limit-warning sites: a province run names tens of thousands of sites). Stored beside the full
 * summary when a run finishes, so a list never parses the full summaries.
 */
import type { MaterialResult, PairingSummary } from "./types";

/** One material's figures as a run list shows them. */
export type MaterialListResult = Omit<MaterialResult, "unmatched" | "spare" | "limitWarnings">;

/** A run's summary as a run list shows it. */
export type RunListSummary = Omit<PairingSummary, "involvedSites" | "materials"> & { materials: MaterialListResult[] };

/** The list form of a run's summary (drops the site snapshot and the per-site lists). */
export function runListSummary(summary: PairingSummary): RunListSummary {
  const { involvedSites: _sites, materials, ...rest } = summary;
  return {
    ...rest,
    materials: materials.map(({ unmatched: _u, spare: _s, limitWarnings: _w, ...m }) => m),
  };
}
