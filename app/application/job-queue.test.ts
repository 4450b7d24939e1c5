import { describe, expect, it } from "vitest";
import { defaultConcurrency, JobQueue } from "./job-queue";
import { QUOTAS, quotaDecision } from "./client-quotas";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe("JobQueue", () => {
  it("runs at most `concurrency` jobs, queues a bounded number and refuses the rest", async () => {
    const q = new JobQueue({ concurrency: 1, maxQueued: 2 });
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const jobs = gates.map((g, i) =>
      q.enqueue(`c${i}`, async () => {
        started.push(i);
        await g.promise;
        return i;
      }),
    );
    expect(jobs.every((j) => j.ok)).toBe(true);
    expect(q.enqueue("c9", async () => 9)).toEqual({ ok: false, reason: "full" });
    expect(started).toEqual([0]);
    expect(q.size).toEqual({ running: 1, queued: 2 });
    expect(q.activeFor("c1")).toBe(1);
    gates[0].resolve();
    await (jobs[0] as { done: Promise<number> }).done;
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    gates[2].resolve();
    expect(await (jobs[2] as { done: Promise<number> }).done).toBe(2);
    expect(q.activeFor("c0") + q.activeFor("c1") + q.activeFor("c2")).toBe(0);
  });
  it("leaves one core for requests", () => {
    expect(defaultConcurrency(2)).toBe(1);
    expect(defaultConcurrency(1)).toBe(1);
    expect(defaultConcurrency(8)).toBe(7);
  });
});

describe("quotaDecision", () => {
  const rule = QUOTAS.pairingRun.anonymous;
  it("refuses a third concurrent anonymous run", () => {
    expect(quotaDecision(rule, 2, [], 0, "runs").ok).toBe(false);
    expect(quotaDecision(rule, 1, [], 0, "runs").ok).toBe(true);
  });
  it("refuses beyond the hourly count and says when the oldest leaves the window", () => {
    const now = 10 * 60_000;
    const starts = Array.from({ length: rule.maxPerWindow }, (_, i) => i * 1000);
    const d = quotaDecision(rule, 0, starts, now, "runs");
    expect(d).toMatchObject({ ok: false, retryAfterSeconds: 50 * 60 });
    expect(quotaDecision(rule, 0, starts, 60 * 60_000 + 500, "runs").ok).toBe(true);
  });
});
