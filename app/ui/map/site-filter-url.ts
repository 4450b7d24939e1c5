/**
 * The map's synthetic and status toggles as URL query parameters, so a shared link shows the same sites
 * (pure parse/serialise; the page passes the parsed state to <AtlasApp>):
 *   syn=0                          hide synthetic sites (default: shown as hollow rings)
 *   st=operating,construction      statuses shown (default: every status)
 */
import { SITE_STATUSES, type SiteStatus } from "../../domain/site-status";

export interface SiteFilterUrlState {
  showSynthetic: boolean;
  statuses: readonly SiteStatus[];
}

export const DEFAULT_SITE_FILTER: SiteFilterUrlState = { showSynthetic: true, statuses: SITE_STATUSES };

type ParamSource = { get(key: string): string | null };

/** Reads the toggles from URL query parameters; unknown statuses are dropped, an empty list means none shown. */
export function parseSiteFilterUrl(params: ParamSource): SiteFilterUrlState {
  const st = params.get("st");
  const statuses = st === null ? SITE_STATUSES : SITE_STATUSES.filter((s) => st.split(",").includes(s));
  return { showSynthetic: params.get("syn") !== "0", statuses };
}

/** Writes the toggles into `params` (other parameters are kept); defaults are left out. */
export function writeSiteFilterUrl(params: URLSearchParams, state: SiteFilterUrlState): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete("syn");
  out.delete("st");
  if (!state.showSynthetic) out.set("syn", "0");
  const statuses = SITE_STATUSES.filter((s) => state.statuses.includes(s));
  if (statuses.length !== SITE_STATUSES.length) out.set("st", statuses.join(","));
  return out;
}

/** Page helper: the toggles from Next's searchParams object (repeated keys: the first wins). */
export function siteFilterFromSearchParams(
  searchParams: Record<string, string | string[] | undefined>,
): SiteFilterUrlState {
  const first = (key: string) => {
    const v = searchParams[key];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  };
  return parseSiteFilterUrl({ get: first });
}
