import { describe, expect, it } from "vitest";
import { SignInThrottle } from "./sign-in-throttle";

describe("SignInThrottle", () => {
  it("lets only one of many parallel guesses on an account through", () => {
    const t = new SignInThrottle();
    const results = Array.from({ length: 50 }, (_, i) => t.begin("admin", `10.0.0.${i}`, 0));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("backs off exponentially after the free failures, per address up to 15 minutes", () => {
    const t = new SignInThrottle();
    let now = 0;
    const fail = () => {
      const r = t.begin("admin", "1.2.3.4", now);
      if (!r.ok) return r.retryAfterMs;
      t.finish(r.ticket, false, now);
      return 0;
    };
    expect([fail(), fail(), fail()]).toEqual([0, 0, 0]);
    expect(fail()).toBe(0); // 4th failure is checked, then waits start
    expect(fail()).toBe(1000);
    now += 1000;
    expect(fail()).toBe(0);
    expect(fail()).toBe(2000);
  });

  it("never makes the real owner of an account wait more than 30 s because of a stranger's guesses", () => {
    const t = new SignInThrottle();
    // A stranger guesses from many addresses for 15 minutes, as fast as allowed.
    let checked = 0;
    for (let now = 0, i = 0; now < 15 * 60_000; now += 250, i++) {
      const r = t.begin("admin", `198.51.100.${i % 250}`, now);
      if (r.ok) {
        checked++;
        t.finish(r.ticket, false, now);
      }
    }
    expect(checked).toBeLessThan(45);
    // The admin, from their own address, is asked to wait at most the account cap.
    const r = t.begin("admin", "10.1.1.1", 15 * 60_000);
    const wait = r.ok ? 0 : r.retryAfterMs;
    expect(wait).toBeLessThanOrEqual(30_000);
    const later = t.begin("admin", "10.1.1.1", 15 * 60_000 + wait);
    expect(later.ok).toBe(true);
  });

  it("a success clears the account's backoff", () => {
    const t = new SignInThrottle();
    for (let i = 0; i < 6; i++) {
      const r = t.begin("bob", "5.5.5.5", i * 60_000);
      if (r.ok) t.finish(r.ticket, false, i * 60_000);
    }
    const r = t.begin("bob", "6.6.6.6", 10 * 60_000);
    expect(r.ok).toBe(true);
    if (r.ok) t.finish(r.ticket, true, 10 * 60_000);
    expect(t.begin("bob", "6.6.6.6", 10 * 60_000 + 1).ok).toBe(true);
  });
});
