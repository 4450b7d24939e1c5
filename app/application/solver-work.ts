import "server-only";
/**
 * Admission and scheduling of solver work: every pairing run and every proposal build that solves goes through one
 * bounded queue (app/application/job-queue.ts) after the per-client quotas (app/application/client-quotas.ts).
 * Refusals are AppErrors: 429 + Retry-After over a quota, 503 + Retry-After when the queue is full.
 */
import { AppError } from "../http/app-error";
import type { Actor } from "../http/guard";
import { defaultConcurrency, JobQueue } from "./job-queue";
import { ANONYMOUS_RUN_RETENTION_MS, MAX_STORED_ANONYMOUS_RUNS, QUOTAS, quotaDecision, type QuotaRule } from "./client-quotas";
import { abandonPairingRun, createPairingRun, executePairingRun, purgeAnonymousRuns, runStartsSince } from "../data/pairing-runs";
import { createProposal, proposalStartsSince } from "../data/proposals";
import type { PairingRequest } from "../domain/pairing/request-schema";
import type { CreateProposalRequest } from "../domain/proposals/proposal-request";
import type { Owner } from "../http/guard";

/** Waiting solver jobs beyond the running ones before new work is refused. */
export const MAX_QUEUED_JOBS = 16;

const g = globalThis as unknown as { atlasSolverQueue?: JobQueue };
/** The process-wide solver queue (on globalThis: Next bundles routes separately). */
export function solverQueue(): JobQueue {
  return (g.atlasSolverQueue ??= new JobQueue({ concurrency: defaultConcurrency(), maxQueued: MAX_QUEUED_JOBS }));
}

type Kind = keyof typeof QUOTAS;

function refuse429(retryAfterSeconds: number, message: string): AppError {
  return new AppError(429, message, undefined, { "Retry-After": String(retryAfterSeconds) }, { retryAfterSeconds });
}

function queueFull(): AppError {
  const { running, queued } = solverQueue().size;
  return new AppError(503, `the solver queue is full (${running} running, ${queued} waiting); try again shortly`, undefined, { "Retry-After": "30" }, { retryAfterSeconds: 30 });
}

async function admit(kind: Kind, actor: Actor, startsSince: (key: string | null, since: number, anonymousOnly?: boolean) => Promise<number[]>): Promise<void> {
  const now = Date.now();
  const rules = QUOTAS[kind];
  const rule: QuotaRule = actor.user ? rules.signedIn : rules.anonymous;
  const what = kind === "pairingRun" ? "pairing runs" : "proposal builds";
  const mine = quotaDecision(rule, solverQueue().activeFor(`${kind}|${actor.clientKey}`), await startsSince(actor.clientKey, now - rule.windowMs), now, what);
  if (!mine.ok) throw refuse429(mine.retryAfterSeconds, mine.message);
  if (!actor.user) {
    const all = quotaDecision(rules.anonymousGlobal, 0, await startsSince(null, now - rules.anonymousGlobal.windowMs, true), now, `anonymous ${what} (all clients)`);
    if (!all.ok) throw refuse429(all.retryAfterSeconds, `${all.message}; sign in to continue`);
  }
  const { running, queued } = solverQueue().size;
  if (running >= solverQueue().opts.concurrency && queued >= MAX_QUEUED_JOBS) throw queueFull();
}

/** Admits, stores and queues a pairing run; returns its id. Applies the anonymous-run retention rule first. */
export async function startPairingRun(req: PairingRequest, actor: Actor, owner: Owner): Promise<string> {
  await admit("pairingRun", actor, runStartsSince);
  await purgeAnonymousRuns(Date.now() - ANONYMOUS_RUN_RETENTION_MS, MAX_STORED_ANONYMOUS_RUNS);
  const created = await createPairingRun(req, { ...owner, clientKey: actor.clientKey });
  if (!created.ok) throw new AppError(created.status, created.error);
  const queued = solverQueue().enqueue(`pairingRun|${actor.clientKey}`, () => executePairingRun(created.id));
  if (!queued.ok) {
    await abandonPairingRun(created.id, "the solver queue was full");
    throw queueFull();
  }
  queued.done.catch(() => undefined);
  return created.id;
}

/** Admits and builds a proposal; the optimisation of a map selection waits for a solver slot. */
export async function buildProposal(req: CreateProposalRequest, actor: Actor, owner: Owner) {
  // Duplicates and run-based builds solve nothing, but they store a snapshot, so they count too.
  await admit("proposalBuild", actor, proposalStartsSince);
  const key = `proposalBuild|${actor.clientKey}`;
  const created = await createProposal(req, { ...owner, clientKey: actor.clientKey }, (task) => {
    const queued = solverQueue().enqueue(key, task);
    if (!queued.ok) throw queueFull();
    return queued.done;
  });
  if (!created.ok) throw new AppError(created.status, created.error);
  return created.value;
}
