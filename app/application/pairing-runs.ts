import "server-only";
/**
 * The lifecycle of pairing runs in this server process: the job table (which run has which solver thread), solving a
 * stored run, cancelling and deleting runs that may still be solving, and failing runs a previous process left behind.
 * Storage is app/data/pairing-runs.ts; admission and scheduling is app/application/solver-work.ts.
 */
import type { PairingRequest } from "../domain/pairing/request-schema";
import type { PairingRunTaskInput } from "./pairing-run-task";
import * as store from "../data/pairing-runs";
import { abandonQueuedRun } from "../data/owned-records";
import { setImmediate } from "node:timers/promises";
import type {
  CreatorMeta,
  PairingRow,
  PairingRunListView,
  PairingRunView,
  RunStatus,
  StoredPairing,
} from "../data/pairing-runs";
import type { Result } from "../http/app-error";

// The job table lives on globalThis because Next bundles each route separately and the cancel route must reach the
// worker.
interface Job {
  cancelled: boolean;
  thread: RunComputation | null;
}

/** A started run computation: `done` settles when it has finished (stored) or failed; `terminate` stops it at once. */
export interface RunComputation {
  done: Promise<unknown>;
  terminate(): Promise<void>;
}
const state = globalThis as unknown as { atlasPairingJobs?: { jobs: Map<string, Job>; swept: boolean } };
const jobs = (state.atlasPairingJobs ??= { jobs: new Map(), swept: false });

/** Runs left queued/running by a previous server process can never finish: mark them failed once. */
async function sweepOrphans(): Promise<void> {
  if (jobs.swept) return;
  jobs.swept = true;
  await store.failOrphanPairingRuns([...jobs.jobs.keys()]);
}

/** Stores a new run (queued) with every effective parameter; the caller schedules `executePairingRun(id)`. */
export async function createPairingRun(req: PairingRequest, creator: CreatorMeta): Promise<Result<string>> {
  await sweepOrphans();
  const created = await store.createPairingRun(req, creator);
  if (created.ok) jobs.jobs.set(created.value, { cancelled: false, thread: null });
  return created;
}

/** Marks a stored run failed when it could not be queued (the queue was full). */
export async function abandonPairingRun(id: string, reason: string): Promise<void> {
  jobs.jobs.delete(id);
  await abandonQueuedRun("pairingRun", id, reason);
}

/**
 * Solves a stored run (called by the solver queue); a run cancelled while waiting is skipped. Everything heavy (reading
 * the sites, candidates, LPs, HiGHS, explanations, storing the pairings) happens in `compute`, which runs it on a worker
 * thread (app/application/pairing-run-thread.ts); here only the run's status changes.
 */
export async function executePairingRun(
  id: string,
  compute: (input: PairingRunTaskInput) => RunComputation,
): Promise<void> {
  const job = jobs.jobs.get(id);
  if (!job || job.cancelled) {
    jobs.jobs.delete(id);
    return;
  }
  try {
    // Storing the run (a 9,999-vertex scope is 300 KB through Prisma) and reading it back (parsed with zod) each take
    // tens of milliseconds on the server thread; a turn of the event loop between them lets other requests in.
    await setImmediate();
    if (job.cancelled) return; // cancelled meanwhile: the row says so already
    const { scope, params } = await store.startPairingRunRow(id);
    // Real operating sites only unless the run asked for synthetic or non-operating ones (params says which).
    job.thread = compute({ runId: id, scope, park: await store.loadScopePark(scope), params });
    if (job.cancelled) await job.thread.terminate();
    await job.thread.done;
  } catch (e) {
    if (!job.cancelled) {
      const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
      await store.failPairingRun(id, message);
    }
  } finally {
    await job.thread?.terminate().catch(() => undefined);
    jobs.jobs.delete(id);
  }
}

/** One run (with its pairings unless `withPairings` is false), or null. */
export async function getPairingRun(
  id: string,
  withPairings = true,
): Promise<{ run: PairingRunView; pairings: StoredPairing[] } | null> {
  await sweepOrphans();
  return store.getPairingRun(id, withPairings);
}

/** One run with its pairings without explanations (what the run page ships), or null. */
export async function getPairingRunRows(id: string): Promise<{ run: PairingRunView; pairings: PairingRow[] } | null> {
  await sweepOrphans();
  return store.getPairingRunRows(id);
}

/** One pairing of a run with its explanation, or null. */
export async function getPairing(runId: string, pairingId: number): Promise<StoredPairing | null> {
  return store.getPairing(runId, pairingId);
}

/** All runs, newest first, without pairings and with their list summaries (no site lists). */
export async function listPairingRuns(): Promise<PairingRunListView[]> {
  await sweepOrphans();
  return store.listPairingRuns();
}

/** Stops a queued or running run (terminates its solver thread); audited under `actor`. */
export async function cancelPairingRun(id: string, actor: string): Promise<Result<RunStatus>> {
  const job = jobs.jobs.get(id);
  const out = await store.cancelPairingRun(id, actor, () => {
    if (job) job.cancelled = true;
  });
  if (out.ok) await job?.thread?.terminate().catch(() => undefined);
  return out;
}

/** Deletes a run and its pairings (cancelling it first if it is still going); audited under `actor`. */
export async function deletePairingRun(id: string, actor: string): Promise<boolean> {
  const job = jobs.jobs.get(id);
  if (job) {
    job.cancelled = true;
    await job.thread?.terminate().catch(() => undefined);
  }
  return store.deletePairingRun(id, actor);
}
