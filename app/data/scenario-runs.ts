import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "./db";
import { loadRegistry } from "./registry";
import { PairingSolverThread } from "./pairing-worker";
import { runScenario } from "../domain/scenarios/run-scenario";
import type { ScenarioRequest } from "../domain/scenarios/scenario-request";
import type { ScenarioParams, ScenarioResult } from "../domain/scenarios/types";
import { parseJsonColumn, scenarioParamsColumn, scenarioResultColumn } from "../domain/stored-json";
import type { CreatorMeta, RunStatus } from "./pairing-runs";
import { listKeyProjects } from "./plan";
import { keyProjectAdditions } from "../domain/scenarios/key-project-additions";
import { recordAudit } from "./audit";

/** A scenario run as the API and pages show it; `params` holds every effective value. */
export interface ScenarioRunView {
  id: string;
  label: string | null;
  status: RunStatus;
  progress: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  params: ScenarioParams;
  result: ScenarioResult | null;
  error: string | null;
  /** Who may cancel or delete it besides editors (not part of the API answer). */
  owner: { ownerUserId: string | null; ownerTokenHash: string | null };
}

/** A run as pages hand it to the browser: no owner data, only whether the viewer may cancel or delete it. */
export type ClientScenarioRunView = Omit<ScenarioRunView, "owner"> & { canManage: boolean };

/** Strips the owner from a run view for the browser. */
export function scenarioForClient(run: ScenarioRunView, canManage: boolean): ClientScenarioRunView {
  const { owner: _owner, ...rest } = run;
  return { ...rest, canManage };
}

type Row = NonNullable<Awaited<ReturnType<typeof prisma.scenarioRun.findUnique>>>;

function toView(row: Row, withResult: boolean): ScenarioRunView {
  return {
    id: row.id,
    label: row.label,
    status: row.status as RunStatus,
    progress: row.progress,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    params: parseJsonColumn("ScenarioRun.params", scenarioParamsColumn, row.params),
    result: withResult && row.result ? parseJsonColumn("ScenarioRun.result", scenarioResultColumn, row.result) : null,
    error: row.error,
    owner: { ownerUserId: row.ownerUserId, ownerTokenHash: row.ownerTokenHash },
  };
}

// Runs are scheduled by the shared solver queue (app/application/solver-work.ts), like pairing runs. The job table
// lives on globalThis because Next bundles each route separately and the cancel route must reach the worker.
interface Job {
  cancelled: boolean;
  thread: PairingSolverThread | null;
}
const state = globalThis as unknown as { atlasScenarioJobs?: { jobs: Map<string, Job>; swept: boolean } };
const jobs = (state.atlasScenarioJobs ??= { jobs: new Map(), swept: false });

async function sweepOrphans(): Promise<void> {
  if (jobs.swept) return;
  jobs.swept = true;
  await prisma.scenarioRun.updateMany({
    where: { status: { in: ["queued", "running"] }, id: { notIn: [...jobs.jobs.keys()] } },
    data: {
      status: "failed",
      error: "interrupted: the server restarted before the run finished",
      finishedAt: new Date(),
    },
  });
}

/** Places capacity additions given only by county at the county's seat (the pairing LP needs a position). */
async function placeAdditions(
  params: ScenarioParams,
): Promise<{ ok: true; params: ScenarioParams } | { ok: false; error: string }> {
  const counties = [
    ...new Set(params.capacityAdditions.filter((a) => a.lng === null && a.countyAdcode).map((a) => a.countyAdcode!)),
  ];
  const rows = counties.length
    ? await prisma.region.findMany({ where: { adcode: { in: counties }, level: "county" } })
    : [];
  const seat = new Map(rows.map((r) => [r.adcode, r]));
  const capacityAdditions = [];
  for (const [i, a] of params.capacityAdditions.entries()) {
    if (a.lng !== null || !a.countyAdcode) {
      if (a.lng === null && params.utilisation === "pairing")
        return {
          ok: false,
          error: `params.capacityAdditions.${i}: give lng/lat or countyAdcode (the pairing LP needs a position)`,
        };
      capacityAdditions.push(a);
      continue;
    }
    const r = seat.get(a.countyAdcode);
    if (!r)
      return {
        ok: false,
        error: `params.capacityAdditions.${i}.countyAdcode: unknown county adcode: ${a.countyAdcode}`,
      };
    capacityAdditions.push({ ...a, lng: r.seatLng ?? r.centroidLng, lat: r.seatLat ?? r.centroidLat });
  }
  return { ok: true, params: { ...params, capacityAdditions } };
}

/** Stores a new scenario run (queued) with every effective value; the caller schedules `executeScenarioRun(id)`. */
export async function createScenarioRun(
  req: ScenarioRequest,
  creator: CreatorMeta,
): Promise<{ ok: true; id: string } | { ok: false; status: number; error: string }> {
  await sweepOrphans();
  let params = req.params;
  if (params.includeKeyProjects) {
    const { additions } = keyProjectAdditions(
      await listKeyProjects(),
      params.materials,
      params.utilisation === "pairing",
    );
    params = { ...params, capacityAdditions: [...params.capacityAdditions, ...additions] };
  }
  const placed = await placeAdditions(params);
  if (!placed.ok) return { ok: false, status: 400, error: placed.error };
  const id = randomUUID();
  await prisma.scenarioRun.create({
    data: {
      id,
      label: req.label,
      status: "queued",
      progress: 0,
      params: JSON.stringify(placed.params),
      ownerUserId: creator.ownerUserId,
      ownerTokenHash: creator.ownerTokenHash,
      clientKey: creator.clientKey,
    },
  });
  jobs.jobs.set(id, { cancelled: false, thread: null });
  return { ok: true, id };
}

/** Marks a stored run failed when it could not be queued (the queue was full). */
export async function abandonScenarioRun(id: string, reason: string): Promise<void> {
  jobs.jobs.delete(id);
  await prisma.scenarioRun.updateMany({
    where: { id, status: "queued" },
    data: { status: "failed", error: reason, finishedAt: new Date() },
  });
}

/** Creation times (ms) of the scenario runs a client started since `sinceMs` (for quotas), oldest first. */
export async function scenarioStartsSince(
  clientKey: string | null,
  sinceMs: number,
  anonymousOnly = false,
): Promise<number[]> {
  const rows = await prisma.scenarioRun.findMany({
    where: {
      createdAt: { gte: new Date(sinceMs) },
      ...(clientKey ? { clientKey } : {}),
      ...(anonymousOnly ? { ownerUserId: null } : {}),
    },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.createdAt.getTime());
}

/**
 * Retention for anonymous scenario runs, as for pairing runs: those created before `olderThanMs` and those beyond the
 * newest `keep` are deleted (never one still queued or running). Runs of signed-in users are kept.
 */
export async function purgeAnonymousScenarioRuns(olderThanMs: number, keep: number): Promise<number> {
  const ended = { ownerUserId: null, status: { notIn: ["queued", "running"] } };
  const old = await prisma.scenarioRun.findMany({
    where: { ...ended, createdAt: { lt: new Date(olderThanMs) } },
    select: { id: true },
  });
  const surplus = await prisma.scenarioRun.findMany({
    where: ended,
    orderBy: { createdAt: "desc" },
    skip: keep,
    select: { id: true },
  });
  const ids = [...new Set([...old, ...surplus].map((r) => r.id))];
  if (!ids.length) return 0;
  await prisma.scenarioRun.deleteMany({ where: { id: { in: ids } } });
  return ids.length;
}

/** Owner of a scenario run, or null when there is no such run. */
export async function scenarioRunOwner(
  id: string,
): Promise<{ ownerUserId: string | null; ownerTokenHash: string | null } | null> {
  return prisma.scenarioRun.findUnique({ where: { id }, select: { ownerUserId: true, ownerTokenHash: true } });
}

/** Computes a stored run (called by the solver queue); a run cancelled while waiting is skipped. */
export async function executeScenarioRun(id: string): Promise<void> {
  const job = jobs.jobs.get(id);
  if (!job || job.cancelled) {
    jobs.jobs.delete(id);
    return;
  }
  try {
    const row = await prisma.scenarioRun.update({ where: { id }, data: { status: "running", startedAt: new Date() } });
    const params = parseJsonColumn("ScenarioRun.params", scenarioParamsColumn, row.params);
    const sites = await loadRegistry();
    if (params.utilisation === "pairing") job.thread = new PairingSolverThread();
    let lastWrite = 0;
    const result = await runScenario(sites, params, {
      solver: job.thread?.solver,
      isCancelled: () => job.cancelled,
      onProgress: async (fraction) => {
        // At most a few progress writes per second: hundreds of small steps would otherwise hammer SQLite.
        if (fraction < 1 && performance.now() - lastWrite < 250) return;
        lastWrite = performance.now();
        await prisma.scenarioRun.updateMany({ where: { id, status: "running" }, data: { progress: fraction } });
      },
    });
    if (!result || job.cancelled) return;
    await prisma.scenarioRun.updateMany({
      where: { id, status: "running" },
      data: { status: "done", progress: 1, finishedAt: new Date(), result: JSON.stringify(result) },
    });
  } catch (e) {
    if (!job.cancelled) {
      const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
      await prisma.scenarioRun.updateMany({
        where: { id, status: { in: ["queued", "running"] } },
        data: { status: "failed", error: message, finishedAt: new Date() },
      });
    }
  } finally {
    await job.thread?.terminate().catch(() => undefined);
    jobs.jobs.delete(id);
  }
}

/** One run with its result, or null. */
export async function getScenarioRun(id: string): Promise<ScenarioRunView | null> {
  await sweepOrphans();
  const row = await prisma.scenarioRun.findUnique({ where: { id } });
  return row ? toView(row, true) : null;
}

/** All runs, newest first, without results. */
export async function listScenarioRuns(): Promise<ScenarioRunView[]> {
  await sweepOrphans();
  const rows = await prisma.scenarioRun.findMany({ orderBy: { createdAt: "desc" } });
  return rows.map((r) => toView(r, false));
}

/** Stops a queued or running scenario (terminates its solver thread); audited under `actor`. */
export async function cancelScenarioRun(
  id: string,
  actor: string,
): Promise<{ ok: true } | { ok: false; status: number; error: string }> {
  const row = await prisma.scenarioRun.findUnique({ where: { id } });
  if (!row) return { ok: false, status: 404, error: `unknown scenario: ${id}` };
  if (row.status !== "queued" && row.status !== "running")
    return { ok: false, status: 409, error: `scenario is already ${row.status}` };
  const job = jobs.jobs.get(id);
  if (job) job.cancelled = true;
  await prisma.$transaction(async (tx) => {
    await tx.scenarioRun.updateMany({
      where: { id, status: { in: ["queued", "running"] } },
      data: { status: "cancelled", finishedAt: new Date() },
    });
    await recordAudit(tx, {
      username: actor,
      action: "cancel",
      entity: "scenario-run",
      entityId: id,
      before: { status: row.status },
      after: { status: "cancelled" },
    });
  });
  await job?.thread?.terminate().catch(() => undefined);
  return { ok: true };
}

/** Deletes a run (cancelling it first if it is still going); audited under `actor`. */
export async function deleteScenarioRun(id: string, actor: string): Promise<boolean> {
  const job = jobs.jobs.get(id);
  if (job) {
    job.cancelled = true;
    await job.thread?.terminate().catch(() => undefined);
  }
  return prisma.$transaction(async (tx) => {
    const row = await tx.scenarioRun.findUnique({
      where: { id },
      select: { label: true, status: true, createdAt: true },
    });
    if (!row) return false;
    await tx.scenarioRun.delete({ where: { id } });
    await recordAudit(tx, {
      username: actor,
      action: "delete",
      entity: "scenario-run",
      entityId: id,
      before: { label: row.label, status: row.status, createdAt: row.createdAt },
      after: null,
    });
    return true;
  });
}

/** The JSON body of GET /api/scenarios/{id} (README "Scenarios and siting"). */
export function scenarioRunResponse(run: ScenarioRunView, withYears: boolean) {
  return {
    id: run.id,
    label: run.label,
    status: run.status,
    progress: run.progress,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    params: run.params,
    error: run.error,
    ...(withYears
      ? {
          years: run.result?.years ?? [],
          cities: run.result?.cities ?? [],
          baseStockpileTonnes: run.result?.baseStockpileTonnes ?? null,
          synthetic: run.result?.synthetic ?? null,
        }
      : {}),
  };
}
