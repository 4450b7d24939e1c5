/** The `?add=` parameter of /scenarios carrying capacity additions (from a siting result) as URL-safe JSON. */
import type { SitingResult } from "../../domain/siting/types";

export interface AdditionDraft {
  label: string;
  material: string;
  route: string;
  tonnesPerYear: number;
  startYear: number;
  lng: number | null;
  lat: number | null;
  countyAdcode: string | null;
  source: "key-project" | "siting" | "manual";
}

/** Default start year of a sited plant: the plan's target year. */
export const SITED_PLANT_START_YEAR = 2015;

/** Encodes a siting result's plants as scenario capacity additions. */
export function additionsParam(result: SitingResult): string {
  const drafts: AdditionDraft[] = result.plants.map((p, i) => ({
    label: `${p.name} #${i + 1}`,
    material: result.params.material,
    route: result.params.route,
    tonnesPerYear: p.capacityTonnesPerYear,
    startYear: SITED_PLANT_START_YEAR,
    lng: p.lng,
    lat: p.lat,
    countyAdcode: p.countyAdcode,
    source: "siting",
  }));
  return encodeURIComponent(JSON.stringify(drafts));
}

/** Reads drafts back (ignores anything malformed: the server validates what is submitted). */
export function parseAdditionsParam(value: string | null): AdditionDraft[] {
  if (!value) return [];
  try {
    const v = JSON.parse(value) as unknown;
    return Array.isArray(v)
      ? (v.filter((d) => d && typeof d === "object" && typeof d.material === "string") as AdditionDraft[])
      : [];
  } catch {
    return [];
  }
}
