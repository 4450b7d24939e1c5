/** GeoJSON for a run on the map: flows as lines, unmatched supply and spare capacity as points. */
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import { materialSpec, type MaterialCode } from "../materials";
import type { CycleLevel } from "../registry-types";
import type { PairingSummary, RunSite } from "./types";

/** Line colours by cycle level (smaller cycles in greener tones; cross-province in red as a flag). */
export const CYCLE_LEVEL_COLOURS: Record<CycleLevel, string> = {
  enterprise: "#1e8449",
  park: "#2471a3",
  region: "#b9770e",
  "cross-province": "#c0392b",
};

export interface FlowLike {
  id: number;
  producerId: string;
  consumerId: string;
  material: MaterialCode;
  tonnesPerYear: number;
  cycleLevel: CycleLevel;
}

export interface FlowProperties {
  pairingId: number;
  material: MaterialCode;
  cycleLevel: CycleLevel;
  tonnesPerYear: number;
  materialColour: string;
  levelColour: string;
  /** True for a site pairing with itself (drawn as a ring marker instead of a line). */
  selfPair: boolean;
}

/** One line per pairing, producer → consumer, carrying colours for both colouring modes. */
export function flowFeatures(
  flows: readonly FlowLike[],
  sites: Record<string, RunSite>,
): FeatureCollection<LineString, FlowProperties> {
  const features: Feature<LineString, FlowProperties>[] = [];
  for (const f of flows) {
    const a = sites[f.producerId];
    const b = sites[f.consumerId];
    if (!a || !b) continue;
    features.push({
      type: "Feature",
      id: f.id,
      geometry: {
        type: "LineString",
        coordinates: [
          [a.lng, a.lat],
          [b.lng, b.lat],
        ],
      },
      properties: {
        pairingId: f.id,
        material: f.material,
        cycleLevel: f.cycleLevel,
        tonnesPerYear: f.tonnesPerYear,
        materialColour: materialSpec(f.material)?.colour ?? "#555",
        levelColour: CYCLE_LEVEL_COLOURS[f.cycleLevel],
        selfPair: f.producerId === f.consumerId,
      },
    });
  }
  return { type: "FeatureCollection", features };
}

export interface ResidualProperties {
  siteId: string;
  name: string;
  material: MaterialCode;
  tonnes: number;
  kind: "unmatched" | "spare";
}

/** Unmatched supply and spare intake capacity per site and material, as points. */
export function residualFeatures(summary: PairingSummary | null): FeatureCollection<Point, ResidualProperties> {
  const features: Feature<Point, ResidualProperties>[] = [];
  if (!summary) return { type: "FeatureCollection", features };
  const add = (siteId: string, material: MaterialCode, tonnes: number, kind: "unmatched" | "spare") => {
    const s = summary.involvedSites[siteId];
    if (!s) return;
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [s.lng, s.lat] },
      properties: { siteId, name: s.name, material, tonnes, kind },
    });
  };
  for (const m of summary.materials) {
    for (const u of m.unmatched) add(u.siteId, m.material, u.tonnes, "unmatched");
    const spareBySite = new Map<string, number>();
    for (const s of m.spare) spareBySite.set(s.siteId, (spareBySite.get(s.siteId) ?? 0) + s.tonnes);
    for (const [siteId, tonnes] of spareBySite) add(siteId, m.material, tonnes, "spare");
  }
  return { type: "FeatureCollection", features };
}
