import "server-only";
/**
 * Runs one pairing run on its own app worker thread (app/application/pairing-run-task.ts does the work there), so
 * reading 10^5 sites, building candidates and LPs, solving and storing never hold the server's event loop. Admission
 * and concurrency come from the solver queue (app/application/solver-work.ts); cancelling terminates the thread.
 */
import { startWorkerTask, type WorkerTaskHandle } from "./off-thread";
import type { PairingRunTaskInput, PairingRunTaskOutput } from "./pairing-run-task";

/** Heap ceiling of a run's thread: a province run over 10^5 sites with the default nearest-N fits well inside. */
export const PAIRING_WORKER_HEAP_MB = 2048;

/** Starts a run's computation on a worker thread. */
export function runPairingOffThread(input: PairingRunTaskInput): WorkerTaskHandle<PairingRunTaskOutput> {
  return startWorkerTask<PairingRunTaskOutput>(
    { task: "pairing-run", input },
    {
      heapMb: PAIRING_WORKER_HEAP_MB,
      timeoutMs: null,
      outOfMemory: () =>
        new Error(
          `the run needs more than ${PAIRING_WORKER_HEAP_MB} MB of memory; choose a smaller scope or a lower nearest-N`,
        ),
    },
  );
}
