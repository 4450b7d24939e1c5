import "server-only";
/**
 * Admission and scheduling of solver work: every pairing run, scenario run, siting solve and proposal build that
 * solves goes through one bounded queue (app/application/job-queue.ts) after the per-client quotas
 * (app/application/client-quotas.ts). Refusals are AppErrors: 429 + Retry-After over a quota, 503 + Retry-After when
 * the queue is full.
 */
import { AppError } from "../http/app-error";
import type { Actor } from "../http/guard";
import { defaultConcurrency, JobQueue, type Enqueued } from "./job-queue";
import {
  ANONYMOUS_RUN_RETENTION_MS,
  MAX_STORED_ANONYMOUS_RUNS,
  QUOTAS,
  quotaDecision,
  type QuotaRule,
} from "./client-quotas";
import { purgeAnonymousRuns } from "../data/pairing-runs";
import { abandonPairingRun, createPairingRun, executePairingRun } from "./pairing-runs";
import { recordStartsSince, type OwnedTable } from "../data/owned-records";
import { createProposal } from "./proposals";
import { runPairingOffThread } from "./pairing-run-thread";
import { assertUsablePolygonScope } from "./polygon-scope";
import { purgeAnonymousScenarioRuns } from "../data/scenario-run-store";
import { abandonScenarioRun, createScenarioRun, executeScenarioRun } from "./scenario-runs";
import { solveSitingRequest, type SitingOutcome } from "./siting";
import type { PairingRequest } from "../domain/pairing/request-schema";
import type { ScenarioRequest } from "../domain/scenarios/scenario-request";
import type { SitingParams, SitingResult } from "../domain/siting/types";
import type { CreateProposalRequest } from "../domain/proposals/proposal-request";
import type { Owner } from "../http/guard";

/** Waiting solver jobs beyond the running ones before new work is refused. */
export const MAX_QUEUED_JOBS = 16;

const g = globalThis as unknown as { atlasSolverQueue?: JobQueue; atlasSolverReservations?: Map<string, number> };
// Admissions between the quota check and the job entering the queue (the check awaits the database, so parallel
// requests would otherwise all pass it): counted with the active jobs, taken and released synchronously.
const reservations = (g.atlasSolverReservations ??= new Map<string, number>());
const reserved = (key: string) => reservations.get(key) ?? 0;
function release(key: string): void {
  const n = reserved(key) - 1;
  if (n > 0) reservations.set(key, n);
  else reservations.delete(key);
}
/** The process-wide solver queue (on globalThis: Next bundles routes separately). */
export function solverQueue(): JobQueue {
  return (g.atlasSolverQueue ??= new JobQueue({ concurrency: defaultConcurrency(), maxQueued: MAX_QUEUED_JOBS }));
}

type Kind = keyof typeof QUOTAS;

const WHAT: Record<Kind, string> = {
  pairingRun: "pairing runs",
  proposalBuild: "proposal builds",
  scenarioRun: "scenario runs",
  siting: "siting solves",
};

function refuse429(retryAfterSeconds: number, message: string): AppError {
  return new AppError(429, message, undefined, { "Retry-After": String(retryAfterSeconds) }, { retryAfterSeconds });
}

function queueFull(): AppError {
  const { running, queued } = solverQueue().size;
  return new AppError(
    503,
    `the solver queue is full (${running} running, ${queued} waiting); try again shortly`,
    undefined,
    { "Retry-After": "30" },
    { retryAfterSeconds: 30 },
  );
}

/** Creation times (ms) of a client's (or, with `anonymousOnly`, all anonymous clients') jobs since `sinceMs`. */
type StartsSince = (clientKey: string | null, sinceMs: number, anonymousOnly?: boolean) => Promise<number[]>;

/** The quota history of jobs that are stored as rows of `table`. */
function storedStarts(table: OwnedTable): StartsSince {
  return (clientKey, sinceMs, anonymousOnly) => recordStartsSince(table, clientKey, sinceMs, anonymousOnly);
}

/**
 * Checks the quotas and reserves one admission (synchronously after the last await, so parallel requests cannot all
 * pass); the caller must `release(key)` once the job is queued or has failed. Returns the reservation key.
 */
async function admit(kind: Kind, actor: Actor, startsSince: StartsSince): Promise<string> {
  const rules = QUOTAS[kind];
  const rule: QuotaRule = actor.user ? rules.signedIn : rules.anonymous;
  const what = WHAT[kind];
  const key = `${kind}|${actor.clientKey}`;
  const globalKey = `${kind}|anonymous`;
  const [mineStarts, allStarts] = await Promise.all([
    startsSince(actor.clientKey, Date.now() - rule.windowMs),
    actor.user ? Promise.resolve([]) : startsSince(null, Date.now() - rules.anonymousGlobal.windowMs, true),
  ]);
  // From here on no await: check and reserve atomically.
  const now = Date.now();
  const pending = (k: string) => Array.from({ length: reserved(k) }, () => now);
  const mine = quotaDecision(
    rule,
    solverQueue().activeFor(key) + reserved(key),
    [...mineStarts, ...pending(key)],
    now,
    what,
  );
  if (!mine.ok) throw refuse429(mine.retryAfterSeconds, mine.message);
  if (!actor.user) {
    const all = quotaDecision(
      rules.anonymousGlobal,
      0,
      [...allStarts, ...pending(globalKey)],
      now,
      `anonymous ${what} (all clients)`,
    );
    if (!all.ok) throw refuse429(all.retryAfterSeconds, `${all.message}; sign in to continue`);
  }
  const { running, queued } = solverQueue().size;
  if (running >= solverQueue().opts.concurrency && queued >= MAX_QUEUED_JOBS) throw queueFull();
  reservations.set(key, reserved(key) + 1);
  if (!actor.user) reservations.set(globalKey, reserved(globalKey) + 1);
  return key;
}

function releaseAdmission(key: string, actor: Actor): void {
  release(key);
  if (!actor.user) release(`${key.split("|")[0]}|anonymous`);
}

/**
 * Checks a drawn scope's edges, then admits, stores and queues a pairing run; returns its id. Applies the
 * anonymous-run retention rule first.
 */
export async function startPairingRun(req: PairingRequest, actor: Actor, owner: Owner): Promise<string> {
  await assertUsablePolygonScope(req.scope);
  const key = await admit("pairingRun", actor, storedStarts("pairingRun"));
  let created: Awaited<ReturnType<typeof createPairingRun>>;
  try {
    await purgeAnonymousRuns(Date.now() - ANONYMOUS_RUN_RETENTION_MS, MAX_STORED_ANONYMOUS_RUNS);
    created = await createPairingRun(req, { ...owner, clientKey: actor.clientKey });
  } finally {
    releaseAdmission(key, actor); // the stored row (or the queue, below) counts from now on
  }
  if (!created.ok) throw created.error;
  const id = created.value;
  const queued = solverQueue().enqueue(key, () => executePairingRun(id, runPairingOffThread));
  if (!queued.ok) {
    await abandonPairingRun(id, "the solver queue was full");
    throw queueFull();
  }
  queued.done.catch(() => undefined);
  return id;
}

/** Admits and builds a proposal; the optimisation of a map selection waits for a solver slot. */
export async function buildProposal(req: CreateProposalRequest, actor: Actor, owner: Owner) {
  // Duplicates and run-based builds solve nothing, but they store a snapshot, so they count too.
  const key = await admit("proposalBuild", actor, storedStarts("proposal"));
  let created: Awaited<ReturnType<typeof createProposal>>;
  try {
    created = await createProposal(req, { ...owner, clientKey: actor.clientKey }, (task) => {
      const queued = solverQueue().enqueue(key, task);
      if (!queued.ok) throw queueFull();
      return queued.done;
    });
  } finally {
    releaseAdmission(key, actor);
  }
  if (!created.ok) throw created.error;
  return created.value;
}

/** Admits, stores and queues a scenario run like a pairing run; returns its id. Applies the retention rule first. */
export async function startScenarioRun(req: ScenarioRequest, actor: Actor, owner: Owner): Promise<string> {
  const key = await admit("scenarioRun", actor, storedStarts("scenarioRun"));
  let created: Awaited<ReturnType<typeof createScenarioRun>>;
  try {
    await purgeAnonymousScenarioRuns(Date.now() - ANONYMOUS_RUN_RETENTION_MS, MAX_STORED_ANONYMOUS_RUNS);
    created = await createScenarioRun(req, { ...owner, clientKey: actor.clientKey });
  } finally {
    releaseAdmission(key, actor);
  }
  if (!created.ok) throw created.error;
  const id = created.value;
  const queued = solverQueue().enqueue(key, () => executeScenarioRun(id));
  if (!queued.ok) {
    await abandonScenarioRun(id, "the solver queue was full");
    throw queueFull();
  }
  queued.done.catch(() => undefined);
  return id;
}

// Siting solves are not stored (the request waits for the answer), so their starts for the hourly quota are kept in
// memory: per process, which is where the queue they share lives too.
const sitingLog = ((
  g as { atlasSitingStarts?: { clientKey: string; anonymous: boolean; at: number }[] }
).atlasSitingStarts ??= []);

async function sitingStartsSince(clientKey: string | null, sinceMs: number, anonymousOnly = false): Promise<number[]> {
  return sitingLog
    .filter((e) => e.at >= sinceMs && (!clientKey || e.clientKey === clientKey) && (!anonymousOnly || e.anonymous))
    .map((e) => e.at);
}

/** Admits one siting solve and runs it in a solver slot; the request waits for the result (`signal` cancels it). */
export async function runSiting(params: SitingParams, actor: Actor, signal?: AbortSignal): Promise<SitingResult> {
  const key = await admit("siting", actor, sitingStartsSince);
  let queued: Enqueued<SitingOutcome>;
  try {
    const now = Date.now();
    const hourAgo = now - 60 * 60 * 1000;
    while (sitingLog.length && sitingLog[0].at < hourAgo) sitingLog.shift();
    sitingLog.push({ clientKey: actor.clientKey, anonymous: !actor.user, at: now });
    queued = solverQueue().enqueue(key, () => solveSitingRequest(params, signal));
  } finally {
    releaseAdmission(key, actor);
  }
  if (!queued.ok) throw queueFull();
  const out = await queued.done;
  if (!out.ok) throw out.error;
  return out.value;
}
