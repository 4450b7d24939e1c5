/** Shapes of the site records the seed loads (geodata/ JSON, the plan catalogue and the synthetic set). */
import type { MaterialCode } from "./materials";
import type { Precision } from "./registry-types";

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
  outputs: SeedOutput[];
  intakes: SeedIntake[];
}
