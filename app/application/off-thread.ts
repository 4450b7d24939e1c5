import "server-only";
/**
 * Runs heavy request work (import preparation, registry export) on a fresh worker thread with a memory ceiling, through
 * a small bounded pool, so no upload or download can freeze or exhaust the server: the event loop keeps answering
 * other requests, an oversized job dies alone (its own heap limit), and a full pool answers 503 at once.
 */
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { AppError } from "../http/app-error";
import { defaultConcurrency, JobQueue } from "./job-queue";
import type { WorkerRequest } from "./worker-tasks";

/** Heap ceiling of one worker: a 20,000-row XLSX import needs ~250 MB in exceljs; anything beyond is refused. */
export const WORKER_HEAP_MB = 512;
/** Longest a worker task may run. */
export const WORKER_TIMEOUT_MS = 120_000;

// Same trick as app/application/pairing-worker.ts: the runtime's Worker keeps the bundler from treating the file as an entry.
const { Worker: ThreadCtor } = process.getBuiltinModule("node:worker_threads");

/** The bundled worker (scripts/build-workers.mjs builds it from workers/src/app-worker.ts). */
export function appWorkerPath(): string {
  return path.join(process.cwd(), "workers", "dist", "app-worker.mjs");
}

const g = globalThis as unknown as { atlasWorkerPool?: JobQueue };
const pool = () => (g.atlasWorkerPool ??= new JobQueue({ concurrency: defaultConcurrency(), maxQueued: 8 }));

function runOnce<T>(request: WorkerRequest, transfer: ArrayBuffer[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker: Worker = new ThreadCtor(appWorkerPath(), {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new AppError(
              422,
              `the file took longer than ${WORKER_TIMEOUT_MS / 1000} s to process; split it into smaller files`,
            ),
          ),
        ),
      WORKER_TIMEOUT_MS,
    );
    worker.once("message", (m: { ok: boolean; result?: T; error?: string }) =>
      finish(() => (m.ok ? resolve(m.result as T) : reject(new Error(m.error)))),
    );
    worker.once("error", (e: Error & { code?: string }) =>
      finish(() =>
        reject(
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new AppError(413, `the file needs more than ${WORKER_HEAP_MB} MB to process; split it into smaller files`)
            : e,
        ),
      ),
    );
    worker.once("exit", (code) => finish(() => reject(new Error(`worker exited (code ${code})`))));
    worker.postMessage(request, transfer);
  });
}

/** Runs one task off the event loop (waiting for a free worker slot); 503 + Retry-After when too many are waiting. */
export function runOffThread<T>(request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<T> {
  const queued = pool().enqueue("worker", () => runOnce<T>(request, transfer));
  if (!queued.ok)
    throw new AppError(503, "the server is busy with other imports and exports; try again shortly", undefined, {
      "Retry-After": "10",
    });
  return queued.done;
}
