/**
 * Site summaries: the small shape pickers need (the /proposals site picker and draw-an-area), served a page at a
 * time by GET /api/site-summaries so no page ever carries the whole registry. Query = the map API's filters
 * (material, bbox, role, status, includeSynthetic, paging) plus `q` (name or id contains) and `ids` (these sites).
 */
import { z } from "zod";
import { parseQueryParams, type ParseResult } from "./query-params";
import { siteQuerySchema, SITES_API_INCLUDES_SYNTHETIC, type SitePaging, type SiteQuery } from "./site-query";
import { MAX_SELECTED_SITES } from "./proposals/proposal-request";
import type { SiteStatus } from "./site-status";

/** A site as a picker lists it. */
export interface SiteSummary {
  id: string;
  name: string;
  nameEn: string;
  synthetic: boolean;
  status: SiteStatus;
  lng: number;
  lat: number;
  /** Materials the site produces or takes in. */
  materials: string[];
}

/** Page size of GET /api/site-summaries without `limit`. */
export const SITE_SUMMARY_PAGE_DEFAULT = 50;
/** Longest `q` accepted. */
export const SITE_SUMMARY_TEXT_MAX = 100;

export interface SiteSummaryQuery extends SiteQuery {
  /** Sites whose Chinese or English name or id contains this (case-insensitive for Latin letters). */
  text?: string;
  /** Only these sites (at most MAX_SELECTED_SITES). */
  ids?: string[];
}

const schema = siteQuerySchema
  .extend({
    q: z
      .string()
      .trim()
      .min(1, "q must not be empty; omit it to list every site")
      .max(SITE_SUMMARY_TEXT_MAX, `q must be at most ${SITE_SUMMARY_TEXT_MAX} characters`)
      .optional(),
    ids: z
      .string()
      .transform((value) => [...new Set(value.split(",").map((s) => s.trim()))])
      .refine((ids) => ids.every((id) => id.length > 0), "ids must be comma-separated site ids without empty entries")
      .refine((ids) => ids.length <= MAX_SELECTED_SITES, `ids may name at most ${MAX_SELECTED_SITES} sites`)
      .optional(),
  })
  .strict();

/** Validates GET /api/site-summaries parameters. */
export function parseSiteSummaryQuery(
  params: URLSearchParams,
): ParseResult<{ query: SiteSummaryQuery; paging: SitePaging }> {
  const parsed = parseQueryParams(params, schema);
  if (!parsed.ok) return parsed;
  const { material, bbox, role, status, includeSynthetic, limit, cursor, q, ids } = parsed.value;
  return {
    ok: true,
    value: {
      query: {
        materials: material,
        bbox,
        role,
        statuses: status,
        includeSynthetic: includeSynthetic ?? SITES_API_INCLUDES_SYNTHETIC,
        text: q,
        ids,
      },
      paging: { limit: limit ?? SITE_SUMMARY_PAGE_DEFAULT, afterId: cursor ?? null },
    },
  };
}

/** The URL of a summaries query (what the pickers fetch); `undefined` values are left out. */
export function siteSummariesUrl(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") search.set(k, String(v));
  return `/api/site-summaries?${search.toString()}`;
}
