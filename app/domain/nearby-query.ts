/**
 * Query parameters of the nearby-consumer API (GET /api/consumers/nearby, GET /api/sites/{id}/consumers)
 * as zod schemas. Errors are specific, user-facing messages returned as `{ error }` with status 400.
 */
import { z } from "zod";
import { MATERIAL_CODES, isMaterialCode, type MaterialCode } from "./materials";
import { CIRCUITY_RANGE, DEFAULT_CIRCUITY } from "./distance";
import { DEFAULT_TRUCK_CO2 } from "./trucking-co2";
import { parseQueryParams, type ParseResult } from "./query-params";
import { inclusionQueryShape, withInclusionDefaults, type SiteInclusion } from "./site-inclusion";

/** Largest accepted radius: Shanxi is ~680 km long, so anything beyond 1000 km is a mistake. */
export const MAX_RADIUS_KM = 1000;
/** Most results one request returns. */
export const MAX_RESULTS = 1000;
/** Results cap in radius mode when no limit is given. */
export const DEFAULT_LIMIT = 200;
export { CIRCUITY_RANGE };
/** Accepted trucking CO2 factor range, kg per t·km. */
export const CO2_FACTOR_RANGE = [0, 1] as const;

export interface NearbyParams extends SiteInclusion {
  material: MaterialCode;
  /** Inclusive radius at metre resolution; undefined means "the material's max haul" (radius mode) or none (k mode). */
  radiusKm?: number;
  /** k-nearest mode when set. */
  k?: number;
  /** Results cap in radius mode. */
  limit?: number;
  circuity: number;
  co2KgPerTonneKm: number;
}

export interface PointNearbyParams extends NearbyParams {
  lng: number;
  lat: number;
  /** The point stands for this park: consumers in the park are then the park cycle. */
  parkId?: string;
}

export type { ParseResult };

/** A numeric query parameter with a clear message for non-numbers and for values outside (min, max]. */
function numberParam(name: string, opts: { min: number; max: number; minInclusive: boolean; integer?: boolean }) {
  return z
    .string()
    .trim()
    .transform((raw, ctx) => {
      const value = raw === "" ? Number.NaN : Number(raw);
      if (!Number.isFinite(value)) {
        ctx.addIssue({ code: "custom", message: `${name} must be a number (got "${raw}")` });
        return z.NEVER;
      }
      if (opts.integer && !Number.isInteger(value)) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number (got ${raw})` });
        return z.NEVER;
      }
      const low = opts.minInclusive ? value < opts.min : value <= opts.min;
      if (low || value > opts.max) {
        const range = `${opts.minInclusive ? "≥" : ">"} ${opts.min} and ≤ ${opts.max}`;
        ctx.addIssue({ code: "custom", message: `${name} must be ${range} (got ${raw})` });
        return z.NEVER;
      }
      return value;
    });
}

const materialParam = z
  .string({ error: `material is required; one of ${MATERIAL_CODES.join(", ")}` })
  .trim()
  .refine(isMaterialCode, {
    error: (issue) => `unknown material "${String(issue.input)}"; known materials: ${MATERIAL_CODES.join(", ")}`,
  })
  .transform((code) => code as MaterialCode);

const common = {
  material: materialParam,
  radiusKm: numberParam("radiusKm", { min: 0, max: MAX_RADIUS_KM, minInclusive: false })
    // Metre resolution keeps the inclusive boundary well defined (see spatial-index.ts).
    .transform((km) => Math.round(km * 1000) / 1000)
    .refine((km) => km > 0, { error: "radiusKm must be at least 1 metre (0.001)" })
    .optional(),
  k: numberParam("k", { min: 1, max: MAX_RESULTS, minInclusive: true, integer: true }).optional(),
  limit: numberParam("limit", { min: 1, max: MAX_RESULTS, minInclusive: true, integer: true }).optional(),
  circuity: numberParam("circuity", { min: CIRCUITY_RANGE[0], max: CIRCUITY_RANGE[1], minInclusive: true }).optional(),
  co2KgPerTonneKm: numberParam("co2KgPerTonneKm", {
    min: CO2_FACTOR_RANGE[0],
    max: CO2_FACTOR_RANGE[1],
    minInclusive: true,
  }).optional(),
  // Search is an analysis: real, operating consumers only unless asked (site-inclusion.ts).
  ...inclusionQueryShape,
};

/** Schema of GET /api/sites/{id}/consumers parameters. */
export const siteNearbySchema = z.object(common).strict();

/** Schema of GET /api/consumers/nearby parameters. */
export const pointNearbySchema = z
  .object({
    ...common,
    lng: z
      .string({ error: "lng is required (WGS84 longitude, -180..180)" })
      .pipe(numberParam("lng", { min: -180, max: 180, minInclusive: true })),
    lat: z
      .string({ error: "lat is required (WGS84 latitude, -90..90)" })
      .pipe(numberParam("lat", { min: -90, max: 90, minInclusive: true })),
    parkId: z.string().trim().min(1, "parkId must not be empty").max(80, "parkId is too long").optional(),
  })
  .strict();

function finish<
  T extends { k?: number; limit?: number; circuity?: number; co2KgPerTonneKm?: number } & Partial<SiteInclusion>,
>(
  data: T,
): ParseResult<
  Omit<T, "circuity" | "co2KgPerTonneKm" | keyof SiteInclusion> & {
    circuity: number;
    co2KgPerTonneKm: number;
  } & SiteInclusion
> {
  if (data.k !== undefined && data.limit !== undefined) {
    return {
      ok: false,
      error: "give either k (the k nearest consumers) or limit (cap on results within the radius), not both",
    };
  }
  return {
    ok: true,
    value: {
      ...data,
      circuity: data.circuity ?? DEFAULT_CIRCUITY,
      co2KgPerTonneKm: data.co2KgPerTonneKm ?? DEFAULT_TRUCK_CO2.value,
      ...withInclusionDefaults(data),
    },
  };
}

/** Validates GET /api/consumers/nearby parameters. */
export function parsePointNearby(params: URLSearchParams): ParseResult<PointNearbyParams> {
  // Our own messages already name the parameter, so no path prefix.
  const parsed = parseQueryParams(params, pointNearbySchema, { prefixPath: false });
  return parsed.ok ? finish(parsed.value) : parsed;
}

/** Validates GET /api/sites/{id}/consumers parameters. */
export function parseSiteNearby(params: URLSearchParams): ParseResult<NearbyParams> {
  // Our own messages already name the parameter, so no path prefix.
  const parsed = parseQueryParams(params, siteNearbySchema, { prefixPath: false });
  return parsed.ok ? finish(parsed.value) : parsed;
}
