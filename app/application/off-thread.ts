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

/** Limits and wording of one worker-thread task. */
export interface WorkerTaskOptions {
  heapMb: number;
  /** Longest the task may run (ms); null for no limit (the caller terminates it). */
  timeoutMs: number | null;
  /** The error when the task needs more than `heapMb` (an AppError 413 message for requests). */
  outOfMemory: () => Error;
  /** The error when the task runs longer than `timeoutMs`. */
  timedOut?: () => Error;
}

/** A started worker-thread task: its result, and a way to stop it at once (the result then rejects). */
export interface WorkerTaskHandle<T> {
  done: Promise<T>;
  terminate(): Promise<void>;
}

/** Starts one task on a fresh app worker thread (no queue: the caller has admitted it). */
export function startWorkerTask<T>(
  request: WorkerRequest,
  options: WorkerTaskOptions,
  transfer: ArrayBuffer[] = [],
): WorkerTaskHandle<T> {
  const worker: Worker = new ThreadCtor(appWorkerPath(), {
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
  });
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    if (options.timeoutMs !== null)
      timer = setTimeout(
        () => finish(() => reject(options.timedOut?.() ?? new Error("the worker task timed out"))),
        options.timeoutMs,
      );
    worker.once("message", (m: { ok: boolean; result?: T; error?: string }) =>
      finish(() => (m.ok ? resolve(m.result as T) : reject(new Error(m.error)))),
    );
    worker.once("error", (e: Error & { code?: string }) =>
      finish(() => reject(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? options.outOfMemory() : e)),
    );
    worker.once("exit", (code) => finish(() => reject(new Error(`worker exited (code ${code})`))));
    worker.postMessage(request, transfer);
  });
  return {
    done,
    terminate: async () => {
      await worker.terminate();
    },
  };
}

/** Limits of uploaded-file work (imports): a file over them is refused, naming the limit. */
const FILE_TASK: WorkerTaskOptions = {
  heapMb: WORKER_HEAP_MB,
  timeoutMs: WORKER_TIMEOUT_MS,
  outOfMemory: () =>
    new AppError(413, `the file needs more than ${WORKER_HEAP_MB} MB to process; split it into smaller files`),
  timedOut: () =>
    new AppError(
      422,
      `the file took longer than ${WORKER_TIMEOUT_MS / 1000} s to process; split it into smaller files`,
    ),
};

/** Runs one task off the event loop (waiting for a free worker slot); 503 + Retry-After when too many are waiting. */
export function runOffThread<T>(
  request: WorkerRequest,
  transfer: ArrayBuffer[] = [],
  options: WorkerTaskOptions = FILE_TASK,
): Promise<T> {
  const queued = pool().enqueue("worker", () => startWorkerTask<T>(request, options, transfer).done);
  if (!queued.ok)
    throw new AppError(503, "the server is busy with other imports and exports; try again shortly", undefined, {
      "Retry-After": "10",
    });
  return queued.done;
}
