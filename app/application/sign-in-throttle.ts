/**
 * Password-guessing throttle with exponential backoff, per account, per client address and per (account, address)
 * pair. `begin` is synchronous, so checking and reserving an attempt is atomic in the single-threaded server: while
 * one password check for an account runs, parallel attempts on it are refused, and every failure pushes the next
 * allowed attempt further out. There is no lockout a stranger can trigger: the account-wide wait is capped
 * (default 30 s), while a single address that keeps failing waits up to 15 minutes.
 */
export interface ThrottleOptions {
  /** Failures allowed without any wait, per account, per address (an office behind one NAT shares it) and per pair. */
  freeFailures: { account: number; address: number; pair: number };
  /** Wait after the first failure beyond the free ones; doubles with each further failure. */
  baseDelayMs: number;
  accountCapMs: number;
  addressCapMs: number;
  pairCapMs: number;
  /** A counter with no failure for this long starts over. */
  forgetAfterMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  freeFailures: { account: 5, address: 20, pair: 3 },
  baseDelayMs: 1000,
  accountCapMs: 30_000,
  addressCapMs: 15 * 60_000,
  pairCapMs: 15 * 60_000,
  forgetAfterMs: 15 * 60_000,
};

interface Counter {
  failures: number;
  lastFailureAt: number;
  nextAllowedAt: number;
}

export type AttemptTicket = { account: string; address: string };
export type BeginResult = { ok: true; ticket: AttemptTicket } | { ok: false; retryAfterMs: number };

const MAX_TRACKED = 50_000;

export class SignInThrottle {
  private counters = new Map<string, Counter>();
  private inFlight = new Set<string>();

  constructor(private readonly opts: ThrottleOptions = DEFAULT_THROTTLE) {}

  private counter(key: string, now: number): Counter | undefined {
    const c = this.counters.get(key);
    if (c && now - c.lastFailureAt > this.opts.forgetAfterMs && now >= c.nextAllowedAt) {
      this.counters.delete(key);
      return undefined;
    }
    return c;
  }

  private keys(account: string, address: string): [string, number, number][] {
    const a = account.toLowerCase();
    const free = this.opts.freeFailures;
    return [
      [`acct:${a}`, this.opts.accountCapMs, free.account],
      [`addr:${address}`, this.opts.addressCapMs, free.address],
      [`pair:${a}|${address}`, this.opts.pairCapMs, free.pair],
    ];
  }

  /** Reserves one password check, or says how long to wait (a check for the same account is already running, or backoff). */
  begin(account: string, address: string, now = Date.now()): BeginResult {
    const acct = `acct:${account.toLowerCase()}`;
    if (this.inFlight.has(acct)) return { ok: false, retryAfterMs: 1000 };
    let wait = 0;
    for (const [key] of this.keys(account, address)) {
      const c = this.counter(key, now);
      if (c) wait = Math.max(wait, c.nextAllowedAt - now);
    }
    if (wait > 0) return { ok: false, retryAfterMs: wait };
    this.inFlight.add(acct);
    return { ok: true, ticket: { account, address } };
  }

  /** Records the outcome of a reserved check: success clears the account and pair counters, failure backs off. */
  finish(ticket: AttemptTicket, success: boolean, now = Date.now()): void {
    this.inFlight.delete(`acct:${ticket.account.toLowerCase()}`);
    const keys = this.keys(ticket.account, ticket.address);
    if (success) {
      this.counters.delete(keys[0][0]);
      this.counters.delete(keys[2][0]);
      return;
    }
    if (this.counters.size > MAX_TRACKED) this.prune(now);
    for (const [key, cap, free] of keys) {
      const c = this.counter(key, now) ?? { failures: 0, lastFailureAt: now, nextAllowedAt: now };
      c.failures += 1;
      c.lastFailureAt = now;
      const beyond = c.failures - free;
      c.nextAllowedAt = beyond > 0 ? now + Math.min(cap, this.opts.baseDelayMs * 2 ** (beyond - 1)) : now;
      this.counters.set(key, c);
    }
  }

  private prune(now: number): void {
    for (const key of [...this.counters.keys()]) this.counter(key, now);
  }
}
