/** Shapes of the site records the seed loads (geodata/ JSON, the plan catalogue and the synthetic set). */
import type { MaterialCode } from "../../app/domain/materials";
import type { Precision } from "../../app/domain/registry-types";
import type { SiteStatus } from "../../app/domain/site-status";

export interface SeedOutput {
  material: MaterialCode;
  /** Quantity per year in the material's unit (t, Nm3, GJ or m3). */
  tonnesPerYear: number;
  stockpileTonnes: number;
  estimated: boolean;
  /** Coefficient that produced an estimated quantity (coefficients.ts), else null. */
  coefficientKey: string | null;
}

export interface SeedIntake {
  material: MaterialCode;
  route: string;
  capacityTonnesPerYear: number;
  estimated: boolean;
  coefficientKey: string | null;
}

export interface SeedSite {
  id: string;
  nameZh: string;
  nameEn: string;
  ownerGroup: string | null;
  industry: string;
  lng: number;
  lat: number;
  capacityMw: number | null;
  source: string;
  sourceRef: string | null;
  licence: string;
  precision: Precision;
  synthetic: boolean;
  notes: string | null;
  /** Explicit park membership; when null the seed assigns a park by distance (radius-membership parks only). */
  parkId: string | null;
  /** Operating status from the source tracker (default "operating"). */
  status?: SiteStatus;
  /** Capacity in the source's own unit (e.g. 5 "Mt/yr raw coal", 1.4 "Mt/yr cement"), when the source gives one. */
  capacity?: number | null;
  capacityUnit?: string | null;
  /** Web page of the record in its source (e.g. the GEM wiki page). */
  sourceUrl?: string | null;
  outputs: SeedOutput[];
  intakes: SeedIntake[];
}
