/** Credit lines of the open datasets the registry is built from (one owner: the map, exports and README use these). */

export type GemTracker = "gcmt" | "gcpt" | "gcct" | "gist" | "gchi";

/** Global Energy Monitor trackers used, with the release GEM asks to be credited (geodata/facilities/gem/…/SOURCE.md). */
export const GEM_TRACKERS: Record<GemTracker, { tracker: string; release: string; folder: string }> = {
  gcmt: { tracker: "Global Coal Mine Tracker", release: "April 2024", folder: "gem-global-coal-mine-tracker-2024-05" },
  gcpt: { tracker: "Global Coal Plant Tracker", release: "July 2024", folder: "gem-global-coal-plant-tracker-2024-07" },
  gcct: {
    tracker: "Global Cement and Concrete Tracker",
    release: "July 2025 (V1)",
    folder: "gem-global-cement-concrete-tracker-2025-07",
  },
  gist: {
    tracker: "Global Iron and Steel Tracker",
    release: "September 2025 (V1)",
    folder: "gem-global-iron-steel-tracker-2025-09",
  },
  gchi: {
    tracker: "Global Chemicals Inventory",
    release: "November 2025 (V1)",
    folder: "gem-global-chemicals-inventory-2025-11",
  },
};

export const GEM_LICENCE = "CC BY 4.0";

/** "Global Energy Monitor, <tracker>, <release>, CC BY 4.0". */
export function gemAttribution(t: GemTracker): string {
  const { tracker, release } = GEM_TRACKERS[t];
  return `Global Energy Monitor, ${tracker}, ${release}, ${GEM_LICENCE}`;
}

/** Every GEM credit line, in tracker order. */
export const GEM_ATTRIBUTIONS: readonly string[] = (Object.keys(GEM_TRACKERS) as GemTracker[]).map(gemAttribution);
