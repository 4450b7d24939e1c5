/** Plain data shapes shared by the domain modules, the data layer and the API. Coordinates are WGS84. */
import type { MaterialCode } from "./materials";
import type { SiteStatus } from "./site-status";

export type Precision = "exact" | "county" | "estimated";
export type CycleLevel = "enterprise" | "park" | "region" | "cross-province";

export interface Provenance {
  source: string;
  licence: string;
  precision: Precision;
  synthetic: boolean;
  sourceRef: string | null;
  /** The record's page in its source (e.g. gem.wiki), when known. */
  sourceUrl?: string | null;
}

export interface SiteOutput {
  material: MaterialCode;
  tonnesPerYear: number;
  stockpileTonnes: number;
  estimated: boolean;
  /** Key of the coefficient that produced an estimated tonnage (see Coefficient table), else null. */
  coefficient: string | null;
}

export interface SiteIntake {
  material: MaterialCode;
  route: string;
  capacityTonnesPerYear: number;
  committedTonnesPerYear: number;
  /** True when the capacity is an estimate from a coefficient (absent = not known to be). */
  estimated?: boolean;
  /** Key of the coefficient behind an estimated capacity ("a+b" for a composite), else null. */
  coefficient?: string | null;
}

export interface RegistrySite {
  id: string;
  name: string;
  nameEn: string;
  ownerGroup: string | null;
  industry: string;
  lng: number;
  lat: number;
  countyAdcode: string | null;
  /** City adcode (first four digits of the county + "00"), null when outside any county. */
  cityAdcode: string | null;
  /** The park cycle: the park the site names, else the smallest "radius" park containing it. */
  parkId: string | null;
  /** Every park the site belongs to, by location or by name, smallest first (absent = just `parkId`). */
  parkIds?: string[];
  capacityMw: number | null;
  /** Capacity in the source's own unit (e.g. 5 "Mt/yr raw coal"), when the source gives one. */
  capacity?: number | null;
  capacityUnit?: string | null;
  outsideProvince: boolean;
  /** Operating status from the source (site-status.ts); analyses use operating sites unless asked. */
  status: SiteStatus;
  provenance: Provenance;
  outputs: SiteOutput[];
  intakes: SiteIntake[];
}

export type SiteRole = "producer" | "consumer" | "both" | "none";

/** Role of a site on the map: produces, absorbs, or both. */
export function siteRole(site: { outputs: readonly unknown[]; intakes: readonly unknown[] }): SiteRole {
  const p = site.outputs.length > 0;
  const c = site.intakes.length > 0;
  return p && c ? "both" : p ? "producer" : c ? "consumer" : "none";
}
