/** Operating status of a registry site (the status a source tracker such as GEM gives), one owner for the list. */

/** Every status a site may carry; `operating` is the default (sources without a status list operating plants). */
export const SITE_STATUSES = [
  "operating",
  "construction",
  "proposed",
  "mothballed",
  "retired",
  "cancelled",
  "unknown",
] as const;
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

/** GEM tracker status words → our statuses (GEM uses several words for the planning stages). */
const GEM_STATUS: Record<string, SiteStatus> = {
  operating: "operating",
  "operating pre-retirement": "operating",
  construction: "construction",
  proposed: "proposed",
  announced: "proposed",
  "pre-permit": "proposed",
  permitted: "proposed",
  shelved: "mothballed",
  mothballed: "mothballed",
  idled: "mothballed",
  retired: "retired",
  cancelled: "cancelled",
};

/** Maps one GEM status word to a site status; unknown words give null (the caller counts them). */
export function gemStatus(word: string): SiteStatus | null {
  return GEM_STATUS[word.trim().toLowerCase()] ?? null;
}

/** Which status a plant with units/rows in several statuses gets: the first of this order present. */
const PLANT_PRECEDENCE: readonly SiteStatus[] = [
  "operating",
  "construction",
  "mothballed",
  "proposed",
  "retired",
  "cancelled",
  "unknown",
];

/** A plant is operating if any unit operates; otherwise its most advanced remaining status. */
export function plantStatus(unitStatuses: readonly SiteStatus[]): SiteStatus {
  return PLANT_PRECEDENCE.find((s) => unitStatuses.includes(s)) ?? "unknown";
}
