/** Operating status of a registry site (the status a source tracker such as GEM gives), one owner for the list. */

/** Every status a site may carry; `operating` is the default (sources without a status list operating plants). */
export const SITE_STATUSES = ["operating", "construction", "proposed", "mothballed", "retired", "cancelled", "unknown"] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

export const DEFAULT_SITE_STATUS: SiteStatus = "operating";

/** True for a known status code. */
export function isSiteStatus(value: unknown): value is SiteStatus {
  return typeof value === "string" && (SITE_STATUSES as readonly string[]).includes(value);
}

/** True when the site produces and absorbs today (only `operating`; unknown status is not assumed to operate). */
export function isOperating(site: { status?: string | null }): boolean {
  // Sites stored before the status existed (old proposal snapshots) carry none: they were all treated as operating.
  return (site.status ?? DEFAULT_SITE_STATUS) === "operating";
}

/** Reads a stored status, falling back to the default for missing values (old snapshots, older databases). */
export function siteStatusOf(value: unknown): SiteStatus {
  return isSiteStatus(value) ? value : DEFAULT_SITE_STATUS;
}
