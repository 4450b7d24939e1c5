/**
 * Which sites an analysis (nearby search, pairing run, proposal building) uses. One rule for every analysis:
 * by default only REAL (not synthetic) sites that are OPERATING; `includeSynthetic` adds synthetic sites and
 * `includeNonOperating` adds construction / proposed / mothballed / retired / cancelled / unknown sites.
 */
import { z } from "zod";
import { isOperating } from "./site-status";
import type { RegistrySite } from "./registry-types";

export interface SiteInclusion {
  includeSynthetic: boolean;
  includeNonOperating: boolean;
}

/** What every analysis uses unless the request asks for more: real, operating sites only. */
export const ANALYSIS_DEFAULT_INCLUSION: SiteInclusion = { includeSynthetic: false, includeNonOperating: false };

/** Everything (the map's view, old runs stored before the option existed). */
export const INCLUDE_ALL_SITES: SiteInclusion = { includeSynthetic: true, includeNonOperating: true };

/** True when an analysis with this inclusion uses the site. */
export function siteIncluded(
  site: { provenance: Pick<RegistrySite["provenance"], "synthetic">; status?: string | null },
  inclusion: SiteInclusion,
): boolean {
  if (!inclusion.includeSynthetic && site.provenance.synthetic) return false;
  if (!inclusion.includeNonOperating && !isOperating(site)) return false;
  return true;
}

/** The sites an analysis with this inclusion uses, in the given order. */
export function includedSites<
  T extends { provenance: Pick<RegistrySite["provenance"], "synthetic">; status?: string | null },
>(sites: readonly T[], inclusion: SiteInclusion): T[] {
  return sites.filter((s) => siteIncluded(s, inclusion));
}

/** A short cache key for an inclusion ("s0o0" … "s1o1"). */
export function inclusionKey(inclusion: SiteInclusion): string {
  return `s${inclusion.includeSynthetic ? 1 : 0}o${inclusion.includeNonOperating ? 1 : 0}`;
}

/** Fills the analysis defaults into a partial inclusion. */
export function withInclusionDefaults(
  partial: Partial<SiteInclusion> | undefined,
  defaults: SiteInclusion = ANALYSIS_DEFAULT_INCLUSION,
): SiteInclusion {
  return {
    includeSynthetic: partial?.includeSynthetic ?? defaults.includeSynthetic,
    includeNonOperating: partial?.includeNonOperating ?? defaults.includeNonOperating,
  };
}

/** A boolean URL query parameter: exactly `true` or `false` (also `1`/`0`), anything else is a specific error. */
export function booleanQueryParam(name: string) {
  return z.string().transform((raw, ctx) => {
    const value = raw.trim().toLowerCase();
    if (value === "true" || value === "1") return true;
    if (value === "false" || value === "0") return false;
    ctx.addIssue({ code: "custom", message: `${name} must be true or false (got "${raw}")` });
    return z.NEVER;
  });
}

/** A boolean field of a JSON body with a specific message for other types. */
export function booleanBodyField(name: string) {
  return z.boolean({
    error: (issue) => `${name} must be true or false (got ${JSON.stringify(issue.input) ?? "nothing"})`,
  });
}

/** The two inclusion options as optional URL query parameters. */
export const inclusionQueryShape = {
  includeSynthetic: booleanQueryParam("includeSynthetic").optional(),
  includeNonOperating: booleanQueryParam("includeNonOperating").optional(),
};

/** The two inclusion options as optional JSON body fields. */
export const inclusionBodyShape = {
  includeSynthetic: booleanBodyField("includeSynthetic").optional(),
  includeNonOperating: booleanBodyField("includeNonOperating").optional(),
};
