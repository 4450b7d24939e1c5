/**
 * Per-client quotas on stored solver work, answered with 429 and Retry-After. A client is a signed-in user, else a
 * client address; anonymous work also has a global hourly cap, because an address can be forged when no proxy
 * overwrites X-Forwarded-For.
 */
export interface QuotaRule {
  /** Jobs running or waiting at once. */
  maxActive: number;
  /** Jobs started within `windowMs`. */
  maxPerWindow: number;
  windowMs: number;
}

const HOUR_MS = 60 * 60 * 1000;

/** Limits for stored runs (pairing, scenario), proposal builds and siting solves, by who asks. */
export const QUOTAS = {
  pairingRun: {
    anonymous: { maxActive: 2, maxPerWindow: 20, windowMs: HOUR_MS },
    signedIn: { maxActive: 4, maxPerWindow: 120, windowMs: HOUR_MS },
    anonymousGlobal: { maxActive: Infinity, maxPerWindow: 200, windowMs: HOUR_MS },
  },
  proposalBuild: {
    anonymous: { maxActive: 1, maxPerWindow: 20, windowMs: HOUR_MS },
    signedIn: { maxActive: 2, maxPerWindow: 120, windowMs: HOUR_MS },
    anonymousGlobal: { maxActive: Infinity, maxPerWindow: 200, windowMs: HOUR_MS },
  },
  // Scenario runs are stored and managed like pairing runs, so they get the same limits.
  scenarioRun: {
    anonymous: { maxActive: 2, maxPerWindow: 20, windowMs: HOUR_MS },
    signedIn: { maxActive: 4, maxPerWindow: 120, windowMs: HOUR_MS },
    anonymousGlobal: { maxActive: Infinity, maxPerWindow: 200, windowMs: HOUR_MS },
  },
  // A siting solve is a MILP that may run for minutes; the request waits for it, so one at a time per anonymous client.
  siting: {
    anonymous: { maxActive: 1, maxPerWindow: 30, windowMs: HOUR_MS },
    signedIn: { maxActive: 2, maxPerWindow: 120, windowMs: HOUR_MS },
    anonymousGlobal: { maxActive: Infinity, maxPerWindow: 300, windowMs: HOUR_MS },
  },
} as const satisfies Record<string, Record<string, QuotaRule>>;

/** Anonymous pairing and scenario runs are deleted this long after they were created; a signed-in user's runs are kept. */
export const ANONYMOUS_RUN_RETENTION_MS = 7 * 24 * HOUR_MS;
/** At most this many anonymous runs are stored; the oldest go first. */
export const MAX_STORED_ANONYMOUS_RUNS = 500;

export type QuotaDecision = { ok: true } | { ok: false; retryAfterSeconds: number; message: string };

/**
 * Whether one more job fits: `active` jobs now, and the creation times (ms) of the client's jobs in the window,
 * oldest first. When refused, Retry-After is when the oldest job leaves the window (or a short poll while busy).
 */
export function quotaDecision(
  rule: QuotaRule,
  active: number,
  recentStartsMs: readonly number[],
  now: number,
  what: string,
): QuotaDecision {
  if (active >= rule.maxActive) {
    return {
      ok: false,
      retryAfterSeconds: 10,
      message: `${what}: at most ${rule.maxActive} at a time per client; wait for one to finish`,
    };
  }
  const inWindow = recentStartsMs.filter((t) => now - t < rule.windowMs);
  if (inWindow.length >= rule.maxPerWindow) {
    const oldest = Math.min(...inWindow);
    const retry = Math.max(1, Math.ceil((oldest + rule.windowMs - now) / 1000));
    return {
      ok: false,
      retryAfterSeconds: retry,
      message: `${what}: at most ${rule.maxPerWindow} per ${Math.round(rule.windowMs / 60000)} minutes per client`,
    };
  }
  return { ok: true };
}
