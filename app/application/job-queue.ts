/**
 * One bounded queue for solver work (pairing runs and proposal builds): at most `concurrency` jobs run at once (one
 * HiGHS thread each; sized to the cores, leaving one for requests) and at most `maxQueued` wait. A full queue refuses
 * at once instead of piling up work. Tracks active jobs per client key for the quotas.
 */
import { availableParallelism } from "node:os";

export interface QueueOptions {
  concurrency: number;
  maxQueued: number;
}

/** Solver slots for this machine: all cores but one (for requests), at least one. */
export function defaultConcurrency(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

interface Entry {
  clientKey: string;
  start: () => void;
}

export type Enqueued<T> = { ok: true; done: Promise<T> } | { ok: false; reason: "full" };

export class JobQueue {
  private running = 0;
  private waiting: Entry[] = [];
  private active = new Map<string, number>();

  constructor(readonly opts: QueueOptions) {}

  /** Jobs running now and waiting now. */
  get size(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  /** Running plus waiting jobs of one client. */
  activeFor(clientKey: string): number {
    return this.active.get(clientKey) ?? 0;
  }

  /** Queues a job; `task` starts when a slot frees up. Refused when `maxQueued` jobs already wait. */
  enqueue<T>(clientKey: string, task: () => Promise<T>): Enqueued<T> {
    if (this.running >= this.opts.concurrency && this.waiting.length >= this.opts.maxQueued)
      return { ok: false, reason: "full" };
    this.active.set(clientKey, this.activeFor(clientKey) + 1);
    const done = new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        // The slot is freed before the caller hears the result, so counts are exact when it does.
        const release = () => {
          this.running--;
          const n = this.activeFor(clientKey) - 1;
          if (n > 0) this.active.set(clientKey, n);
          else this.active.delete(clientKey);
          this.waiting.shift()?.start();
        };
        task().then(
          (v) => {
            release();
            resolve(v);
          },
          (e) => {
            release();
            reject(e);
          },
        );
      };
      if (this.running < this.opts.concurrency) start();
      else this.waiting.push({ clientKey, start });
    });
    return { ok: true, done };
  }
}
