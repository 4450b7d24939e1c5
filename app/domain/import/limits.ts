/** Upload limits for registry imports: stated in the UI and in every "too large" error. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Maximum number of data rows (CSV/XLSX) or features (GeoJSON) in one import. */
export const MAX_IMPORT_ROWS = 20_000;
/** Two sites with the same name closer than this are treated as the same site. */
export const DUPLICATE_RADIUS_KM = 1;
/** Tonnages above this are rejected as absurd (the whole of China produces ~4e9 t of industrial solid waste a year). */
export const MAX_TONNES_PER_YEAR = 1e9;
/**
 * Limit for materials not measured in tonnes (coke-oven gas in Nm³, heat in GJ, water in m³): a large coking plant
 * makes over 1e9 Nm³ of gas a year, so these get 1e11.
 */
export const MAX_OTHER_UNITS_PER_YEAR = 1e11;

/** The absurd-quantity limit for a material, by its unit. */
export function maxQuantityPerYear(unit: string | undefined): number {
  return unit === undefined || unit === "t" ? MAX_TONNES_PER_YEAR : MAX_OTHER_UNITS_PER_YEAR;
}
