/**
 * Query parameters of the map API (GET /api/sites, /api/regions) as zod schemas, and the pure site filter.
 * Errors are specific, user-facing messages; the route handlers return them as `{ error }` with status 400.
 */
import { z } from "zod";
import { MATERIAL_CODES, isMaterialCode, type MaterialCode } from "./materials";
import { siteRole, type RegistrySite } from "./registry-types";
import { parseQueryParams, type ParseResult } from "./query-params";
import { SITE_STATUSES, isSiteStatus, type SiteStatus } from "./site-status";
import { booleanQueryParam } from "./site-inclusion";

import type { BBox } from "./shanxi-bbox";

export type { BBox };

export const SITE_ROLE_FILTERS = ["producer", "consumer", "both"] as const;
export type SiteRoleFilter = (typeof SITE_ROLE_FILTERS)[number];

export const REGION_LEVELS = ["province", "city", "county"] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Page size of GET /api/sites when no `limit` is given, and the largest `limit` accepted. */
export const SITE_PAGE_DEFAULT = 2000;
export const SITE_PAGE_MAX = 10_000;

export interface SitePaging {
  limit: number;
  /** Id of the last site of the previous page (decoded from the opaque cursor), or null for the first page. */
  afterId: string | null;
}

export interface SiteQuery {
  /** Keep sites that produce or absorb any of these (narrowed by `role`). */
  materials?: MaterialCode[];
  bbox?: BBox;
  role?: SiteRoleFilter;
  /** Keep sites with one of these statuses (all when absent). */
  statuses?: SiteStatus[];
  /** Include synthetic sites (GET /api/sites default: true, the map shows them as hollow rings). */
  includeSynthetic?: boolean;
}

/** GET /api/sites lists synthetic sites unless told otherwise: the map draws them (analyses default to real only). */
export const SITES_API_INCLUDES_SYNTHETIC = true;

const materialList = z
  .string()
  .trim()
  .min(1, "material must not be empty; omit it to get every material")
  .transform((value, ctx) => {
    const codes = value.split(",").map((c) => c.trim());
    for (const code of codes) {
      if (!isMaterialCode(code)) {
        ctx.addIssue({
          code: "custom",
          message: `unknown material "${code}"; known materials: ${MATERIAL_CODES.join(", ")}`,
        });
        return z.NEVER;
      }
    }
    return [...new Set(codes)] as MaterialCode[];
  });

const bboxParam = z
  .string()
  .trim()
  .transform((value, ctx): BBox => {
    const parts = value.split(",");
    const numbers = parts.map((p) => (p.trim() === "" ? Number.NaN : Number(p)));
    if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({
        code: "custom",
        message: `bbox must be four comma-separated numbers minLng,minLat,maxLng,maxLat (got "${value}")`,
      });
      return z.NEVER;
    }
    const [minLng, minLat, maxLng, maxLat] = numbers as BBox;
    if ([minLng, maxLng].some((x) => x < -180 || x > 180)) {
      ctx.addIssue({ code: "custom", message: `bbox longitudes must be within -180..180 (got ${minLng}, ${maxLng})` });
      return z.NEVER;
    }
    if ([minLat, maxLat].some((y) => y < -90 || y > 90)) {
      ctx.addIssue({ code: "custom", message: `bbox latitudes must be within -90..90 (got ${minLat}, ${maxLat})` });
      return z.NEVER;
    }
    if (minLng > maxLng || minLat > maxLat) {
      ctx.addIssue({
        code: "custom",
        message: "bbox must be ordered minLng,minLat,maxLng,maxLat (min greater than max)",
      });
      return z.NEVER;
    }
    return [minLng, minLat, maxLng, maxLat];
  });

const statusList = z
  .string()
  .trim()
  .min(1, "status must not be empty; omit it to get every status")
  .transform((value, ctx) => {
    const codes = value.split(",").map((c) => c.trim());
    for (const code of codes) {
      if (!isSiteStatus(code)) {
        ctx.addIssue({
          code: "custom",
          message: `unknown status "${code}"; known statuses: ${SITE_STATUSES.join(", ")}`,
        });
        return z.NEVER;
      }
    }
    return SITE_STATUSES.filter((s) => codes.includes(s));
  });

const roleParam = z.enum(SITE_ROLE_FILTERS, {
  error: (issue) => `unknown role "${String(issue.input)}"; use one of ${SITE_ROLE_FILTERS.join(", ")}`,
});

const limitParam = z.string().transform((value, ctx) => {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > SITE_PAGE_MAX) {
    ctx.addIssue({ code: "custom", message: `limit must be an integer 1..${SITE_PAGE_MAX} (got "${value}")` });
    return z.NEVER;
  }
  return n;
});

const cursorParam = z.string().transform((value, ctx) => {
  const id = decodeSiteCursor(value);
  if (id === null) {
    ctx.addIssue({
      code: "custom",
      message: `cursor "${value}" is not a cursor from a next link; omit it for the first page`,
    });
    return z.NEVER;
  }
  return id;
});

/** Schema of GET /api/sites query parameters (strings in, typed query out). */
export const siteQuerySchema = z
  .object({
    material: materialList.optional(),
    bbox: bboxParam.optional(),
    role: roleParam.optional(),
    status: statusList.optional(),
    includeSynthetic: booleanQueryParam("includeSynthetic").optional(),
    limit: limitParam.optional(),
    cursor: cursorParam.optional(),
  })
  .strict();

/** Opaque paging cursor for the page after the site `id` (base64url, prefixed so stray strings are refused). */
export function encodeSiteCursor(id: string): string {
  return Buffer.from(`after:${id}`, "utf8").toString("base64url");
}

/** The site id a cursor points after, or null when it is not one of ours. */
export function decodeSiteCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  return text.startsWith("after:") && text.length > 6 ? text.slice(6) : null;
}

/** Schema of GET /api/regions query parameters; `level` defaults to county. */
export const regionQuerySchema = z
  .object({
    level: z
      .enum(REGION_LEVELS, {
        error: (issue) => `unknown level "${String(issue.input)}"; use one of ${REGION_LEVELS.join(", ")}`,
      })
      .default("county"),
  })
  .strict();

export type { ParseResult };

/** Validates GET /api/sites parameters (filters and paging). */
export function parseSiteQuery(params: URLSearchParams): ParseResult<SiteQuery & { paging: SitePaging }> {
  const parsed = parseQueryParams(params, siteQuerySchema);
  if (!parsed.ok) return parsed;
  const { material, bbox, role, status, includeSynthetic, limit, cursor } = parsed.value;
  return {
    ok: true,
    value: {
      materials: material,
      bbox,
      role,
      statuses: status,
      includeSynthetic: includeSynthetic ?? SITES_API_INCLUDES_SYNTHETIC,
      paging: { limit: limit ?? SITE_PAGE_DEFAULT, afterId: cursor ?? null },
    },
  };
}

/** Validates GET /api/regions parameters. */
export function parseRegionQuery(params: URLSearchParams): ParseResult<{ level: RegionLevel }> {
  return parseQueryParams(params, regionQuerySchema);
}

/** True when [lng, lat] lies inside the box (edges included). */
export function inBBox(lng: number, lat: number, [minLng, minLat, maxLng, maxLat]: BBox): boolean {
  return lng >= minLng && lng <= maxLng && lat >= minLat && lat <= maxLat;
}

/** True when the site passes the query: synthetic and status filters, inside bbox, producing/absorbing a material per `role`. */
export function siteMatchesQuery(site: RegistrySite, query: SiteQuery): boolean {
  if (query.includeSynthetic === false && site.provenance.synthetic) return false;
  if (query.statuses && !query.statuses.includes(site.status)) return false;
  if (query.bbox && !inBBox(site.lng, site.lat, query.bbox)) return false;
  const wanted = query.materials && query.materials.length > 0 ? new Set<string>(query.materials) : null;
  const produces = wanted ? site.outputs.some((o) => wanted.has(o.material)) : site.outputs.length > 0;
  const absorbs = wanted ? site.intakes.some((i) => wanted.has(i.material)) : site.intakes.length > 0;
  switch (query.role) {
    case "producer":
      return produces;
    case "consumer":
      return absorbs;
    case "both":
      // A site of role "both" (produces and absorbs something) that touches a wanted material on either side.
      return siteRole(site) === "both" && (produces || absorbs);
    default:
      return wanted ? produces || absorbs : true;
  }
}

/** The sites that pass the query, in registry order. */
export function filterSites(sites: readonly RegistrySite[], query: SiteQuery): RegistrySite[] {
  return sites.filter((s) => siteMatchesQuery(s, query));
}
