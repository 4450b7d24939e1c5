/**
 * Quantity estimates from capacity. Each estimate names the coefficient that produced it so the UI and
 * exports can show it as an estimate and say how it was made (coefficients.ts).
 */
import { coefficient, COMPOSITE_KEY_SEPARATOR, type CoefficientKey } from "./coefficients";

export interface Estimate {
  /** Estimated quantity per year in the material's unit (t, Nm3, GJ or m3), rounded to a whole unit. */
  quantityPerYear: number;
  coefficientKey: CoefficientKey;
}

/** capacity × coefficient, rounded; rejects negative or non-finite capacities. */
export function estimateFromCapacity(capacity: number, key: CoefficientKey): Estimate {
  if (!Number.isFinite(capacity) || capacity < 0)
    throw new Error(`Capacity must be a non-negative number, got ${capacity}`);
  return { quantityPerYear: Math.round(capacity * coefficient(key).value), coefficientKey: key };
}

/** Fly ash (t/yr) of a coal power plant of `capacityMw`. */
export function flyAshFromCoalMw(capacityMw: number): Estimate {
  return estimateFromCapacity(capacityMw, "fly-ash-per-mw-year");
}

/** FGD gypsum (t/yr) of a coal power plant of `capacityMw` with wet limestone desulfurisation. */
export function fgdGypsumFromCoalMw(capacityMw: number): Estimate {
  return estimateFromCapacity(capacityMw, "fgd-gypsum-per-mw-year");
}

/** Coal gangue (t/yr) a gangue-fired power plant of `capacityMw` can burn. */
export function gangueIntakeFromGanguePowerMw(capacityMw: number): Estimate {
  return estimateFromCapacity(capacityMw, "gangue-per-mw-year-gangue-power");
}

/** Straw (t/yr) a straw-fired power plant of `capacityMw` can burn. */
export function strawIntakeFromBiomassMw(capacityMw: number): Estimate {
  return estimateFromCapacity(capacityMw, "straw-per-mw-year-biomass-power");
}

/** Red mud (t/yr) from alumina output (t/yr), Bayer process. */
export function redMudFromAlumina(aluminaTonnesPerYear: number): Estimate {
  return estimateFromCapacity(aluminaTonnesPerYear, "red-mud-per-t-alumina");
}

/** Magnesium slag (t/yr) from magnesium output (t/yr), Pidgeon process. */
export function magnesiumSlagFromMagnesium(magnesiumTonnesPerYear: number): Estimate {
  return estimateFromCapacity(magnesiumTonnesPerYear, "magnesium-slag-per-t-mg");
}

/** Carbide slag (t/yr, dry) from carbide-route PVC output (t/yr). */
export function carbideSlagFromPvc(pvcTonnesPerYear: number): Estimate {
  return estimateFromCapacity(pvcTonnesPerYear, "carbide-slag-per-t-pvc");
}

/** Coal gangue (t/yr) from raw-coal output (t/yr). */
export function gangueFromRawCoal(rawCoalTonnesPerYear: number): Estimate {
  return estimateFromCapacity(rawCoalTonnesPerYear, "coal-gangue-per-t-raw-coal");
}

/** Mine water (m3/yr) from raw-coal output (t/yr). */
export function mineWaterFromRawCoal(rawCoalTonnesPerYear: number): Estimate {
  return estimateFromCapacity(rawCoalTonnesPerYear, "mine-water-per-t-raw-coal");
}

/** Coal gangue (t/yr) of a mine stood in for by a coal-mine-methane power project (fixed assumed mine size). */
export function gangueOfCmmProxyMine(): Estimate {
  return estimateFromCapacity(1, "gangue-per-cmm-proxy-mine");
}

/** Coke-oven gas (Nm3/yr) from coke output (t/yr). */
export function cokeOvenGasFromCoke(cokeTonnesPerYear: number): Estimate {
  return estimateFromCapacity(cokeTonnesPerYear, "coke-oven-gas-per-t-coke");
}

/** Steel + blast-furnace slag (t/yr) from crude-steel output (t/yr). */
export function steelSlagFromSteel(steelTonnesPerYear: number): Estimate {
  return estimateFromCapacity(steelTonnesPerYear, "steel-slag-per-t-steel");
}

/** Gypsum retarder (t/yr) a cement plant of `cementTonnesPerYear` can take. */
export function gypsumIntakeFromCement(cementTonnesPerYear: number): Estimate {
  return estimateFromCapacity(cementTonnesPerYear, "gypsum-retarder-share-of-cement");
}

/** Recoverable waste heat (GJ/yr) from crude-steel output (t/yr). */
export function wasteHeatFromSteel(steelTonnesPerYear: number): Estimate {
  return estimateFromCapacity(steelTonnesPerYear, "waste-heat-per-t-steel");
}

/** Recoverable waste heat (GJ/yr) from coke output (t/yr). */
export function wasteHeatFromCoke(cokeTonnesPerYear: number): Estimate {
  return estimateFromCapacity(cokeTonnesPerYear, "waste-heat-per-t-coke");
}

/** An estimate summed from several coefficient products; its key joins the parts' keys with "+". */
export interface CompositeEstimate {
  quantityPerYear: number;
  coefficientKey: string;
}

/** Iron-and-steel slag (material steel-slag, t/yr): BF slag from hot-metal capacity + steel slag from crude-steel capacity. */
export function slagFromIronAndSteel(ironTonnesPerYear: number, crudeSteelTonnesPerYear: number): CompositeEstimate {
  const parts = [
    ironTonnesPerYear > 0 ? estimateFromCapacity(ironTonnesPerYear, "bf-slag-per-t-iron") : null,
    crudeSteelTonnesPerYear > 0 ? estimateFromCapacity(crudeSteelTonnesPerYear, "steel-slag-per-t-crude-steel") : null,
  ].filter((p): p is Estimate => p !== null);
  return {
    quantityPerYear: parts.reduce((sum, p) => sum + p.quantityPerYear, 0),
    coefficientKey: parts.map((p) => p.coefficientKey).join(COMPOSITE_KEY_SEPARATOR),
  };
}

/** BF slag (t/yr) from hot-metal (iron) capacity (t/yr). */
export function bfSlagFromIron(ironTonnesPerYear: number): Estimate {
  return estimateFromCapacity(ironTonnesPerYear, "bf-slag-per-t-iron");
}

/** Steel slag (t/yr) from crude-steel capacity (t/yr). */
export function steelSlagFromCrudeSteel(crudeSteelTonnesPerYear: number): Estimate {
  return estimateFromCapacity(crudeSteelTonnesPerYear, "steel-slag-per-t-crude-steel");
}

/** Cement plant types of the GEM cement tracker, each with its own admixture share. */
export type CementPlantType = "integrated" | "grinding" | "clinker";

/** Fly ash (t/yr) a cement plant can take as admixture, by plant type (clinker-only plants take none). */
export function flyAshIntakeOfCement(type: CementPlantType, cementTonnesPerYear: number): Estimate | null {
  if (type === "clinker") return null;
  return estimateFromCapacity(
    cementTonnesPerYear,
    type === "integrated" ? "fly-ash-per-t-cement-integrated" : "fly-ash-per-t-cement-grinding",
  );
}

/** BF/steel slag (t/yr) a cement plant can take as admixture, by plant type. */
export function slagIntakeOfCement(type: CementPlantType, cementTonnesPerYear: number): Estimate | null {
  if (type === "clinker") return null;
  return estimateFromCapacity(
    cementTonnesPerYear,
    type === "integrated" ? "slag-per-t-cement-integrated" : "slag-per-t-cement-grinding",
  );
}

/** Coal gangue (t/yr) a kiln can take in its raw meal, from clinker capacity (t/yr). */
export function gangueRawMealIntakeOfClinker(clinkerTonnesPerYear: number): Estimate {
  return estimateFromCapacity(clinkerTonnesPerYear, "gangue-raw-meal-per-t-clinker");
}
