/**
 * Progress by region: per material, what the registry's sites in a province, city or county produce, hold in
 * stock and can absorb, and what the latest province pairing run matched from that region's producers.
 * A site belongs to the county it lies in and to that county's city; sites outside every Shanxi county are in no
 * region, so the cities (and the counties) add up to the province exactly.
 */
import { ANALYSIS_DEFAULT_INCLUSION, siteIncluded, type SiteInclusion } from "../site-inclusion";
import { MATERIALS, type MaterialCode } from "../materials";

export const PROGRESS_LEVELS = ["province", "city", "county"] as const;
export type ProgressLevel = (typeof PROGRESS_LEVELS)[number];

/** Materials measured in tonnes (the progress fields are tonnes; gas, heat and water are left out). */
export const PROGRESS_MATERIALS: readonly MaterialCode[] = MATERIALS.filter((m) => m.unit === "t").map((m) => m.code);

export interface ProgressSite {
  id: string;
  countyAdcode: string | null;
  synthetic: boolean;
  /** Operating status; only `operating` sites count unless non-operating ones are asked for. */
  status: string;
  outputs: readonly { material: string; tonnesPerYear: number; stockpileTonnes: number }[];
  intakes: readonly { material: string; capacityTonnesPerYear: number }[];
}

export interface ProgressRegion {
  adcode: string;
  level: ProgressLevel;
  name: string;
  nameEn: string | null;
  parentAdcode: string | null;
}

export interface MaterialProgress {
  producedTonnes: number;
  stockpileTonnes: number;
  utilisationCapacityTonnes: number;
  matchedTonnes: number;
  /** matched / produced (0..1), null when the region produces none. */
  utilisation: number | null;
}

export interface RegionProgress {
  adcode: string;
  name: string;
  nameEn: string | null;
  materials: Record<string, MaterialProgress>;
}

/** Which sites count: the one rule every analysis uses (site-inclusion.ts). */
export type ProgressInclusion = SiteInclusion;

/** Real, operating sites only: what analyses use unless asked otherwise. */
export const DEFAULT_PROGRESS_INCLUSION: ProgressInclusion = ANALYSIS_DEFAULT_INCLUSION;

/** True when a site counts under the inclusion (same rule as every analysis). */
export function progressIncludes(
  site: Pick<ProgressSite, "synthetic" | "status">,
  inclusion: ProgressInclusion,
): boolean {
  return siteIncluded({ provenance: { synthetic: site.synthetic }, status: site.status }, inclusion);
}

const emptyMaterials = (): Record<string, MaterialProgress> =>
  Object.fromEntries(
    PROGRESS_MATERIALS.map((m) => [
      m,
      { producedTonnes: 0, stockpileTonnes: 0, utilisationCapacityTonnes: 0, matchedTonnes: 0, utilisation: null },
    ]),
  );

/** The region of a level a county belongs to (province: every county; city: its prefecture). */
function regionKey(countyAdcode: string, level: ProgressLevel, provinceAdcode: string): string {
  if (level === "province") return provinceAdcode;
  if (level === "city") return `${countyAdcode.slice(0, 4)}00`;
  return countyAdcode;
}

/**
 * Progress of every region of a level. `matched` gives tonnes matched per producer site and material (from a run);
 * tonnes of producers the inclusion leaves out, or that lie in no county, are not counted.
 */
export function regionProgress(
  sites: readonly ProgressSite[],
  regions: readonly ProgressRegion[],
  level: ProgressLevel,
  matched: ReadonlyMap<string, ReadonlyMap<string, number>>,
  inclusion: ProgressInclusion = DEFAULT_PROGRESS_INCLUSION,
): RegionProgress[] {
  const counties = new Set(regions.filter((r) => r.level === "county").map((r) => r.adcode));
  const province = regions.find((r) => r.level === "province");
  const wanted = regions.filter((r) => r.level === level).sort((a, b) => a.adcode.localeCompare(b.adcode));
  const out = new Map(
    wanted.map((r) => [r.adcode, { adcode: r.adcode, name: r.name, nameEn: r.nameEn, materials: emptyMaterials() }]),
  );
  const tracked = new Set<string>(PROGRESS_MATERIALS);
  for (const s of sites) {
    if (!s.countyAdcode || !counties.has(s.countyAdcode) || !progressIncludes(s, inclusion)) continue;
    const region = out.get(regionKey(s.countyAdcode, level, province?.adcode ?? ""));
    if (!region) continue;
    for (const o of s.outputs) {
      if (!tracked.has(o.material)) continue;
      region.materials[o.material].producedTonnes += o.tonnesPerYear;
      region.materials[o.material].stockpileTonnes += o.stockpileTonnes;
    }
    for (const i of s.intakes)
      if (tracked.has(i.material)) region.materials[i.material].utilisationCapacityTonnes += i.capacityTonnesPerYear;
    for (const [material, tonnes] of matched.get(s.id) ?? [])
      if (tracked.has(material)) region.materials[material].matchedTonnes += tonnes;
  }
  for (const r of out.values()) {
    for (const m of Object.values(r.materials))
      m.utilisation = m.producedTonnes > 0 ? m.matchedTonnes / m.producedTonnes : null;
  }
  return [...out.values()];
}
