/**
 * Transport cost and trucking CO2 per tonne delivered, from estimated road km.
 * Both factors are editable query parameters; the defaults below are what the app uses when none is given.
 */
import type { MaterialSpec } from "./materials";

export interface FactorSource {
  value: number;
  unit: string;
  status: "src" | "unverified";
  source: string;
}

/**
 * Default CO2 of heavy-truck road freight in China, kg CO2 per tonne·km (tank-to-wheel, diesel, bulk loads,
 * empty returns included). Published Chinese road-freight intensities lie roughly between 0.05 and 0.10;
 * 0.08 is an UNVERIFIED default until replaced by the Smart Freight Centre "China Default GHG Emission
 * Values v1.0" (ISO 14083 / GLEC v3) heavy-truck figure.
 */
export const DEFAULT_TRUCK_CO2: FactorSource = {
  value: 0.08,
  unit: "kg CO2/t·km",
  status: "unverified",
  source:
    "Unverified default for China heavy-duty diesel trucks (literature range ≈0.05–0.10 kg/t·km); replace with Smart Freight Centre China Default GHG Emission Values v1.0 (ISO 14083/GLEC v3)",
};

/** Yuan per unit delivered: estimated road km × the material's cost per unit·km. */
export function transportCostYuanPerUnit(roadKm: number, material: Pick<MaterialSpec, "costYuanPerTonneKm">): number {
  return roadKm * material.costYuanPerTonneKm;
}

/** True when the material moves by truck (solids in tonnes); gas, heat and water go by pipe. */
export function isTrucked(material: Pick<MaterialSpec, "unit">): boolean {
  return material.unit === "t";
}

/** kg CO2 per tonne delivered by truck (road km × factor), or null for materials that are not trucked. */
export function truckingCo2KgPerTonne(
  roadKm: number,
  material: Pick<MaterialSpec, "unit">,
  kgPerTonneKm: number = DEFAULT_TRUCK_CO2.value,
): number | null {
  return isTrucked(material) ? roadKm * kgPerTonneKm : null;
}
