import "server-only";
import { randomUUID } from "node:crypto";
import { loadRegistry } from "./registry-cache";
import { PairingSolverThread } from "./pairing-worker";
import { runScenario } from "../domain/scenarios/run-scenario";
import type { ScenarioRequest } from "../domain/scenarios/scenario-request";
import type { ScenarioParams } from "../domain/scenarios/types";
import { listKeyProjects } from "../data/plan";
import { countyPositions } from "../data/regions";
import {
  cancelScenarioRunRow,
  failOrphanScenarioRuns,
  failScenarioRun,
  findScenarioRun,
  findScenarioRuns,
  finishScenarioRun,
  insertScenarioRun,
  markScenarioRunRunning,
  removeScenarioRun,
  saveScenarioProgress,
  type ScenarioRunView,
} from "../data/scenario-run-store";
import type { CreatorMeta } from "../data/pairing-runs";
import { abandonQueuedRun } from "../data/owned-records";
import { keyProjectAdditions } from "../domain/scenarios/key-project-additions";
import { fail, ok, type Result } from "../http/app-error";

export type { ScenarioRunView };
export { scenarioForClient, type ClientScenarioRunView } from "../data/scenario-run-store";

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
  await failOrphanScenarioRuns([...jobs.jobs.keys()]);
}

/** Places capacity additions given only by county at the county's seat (the pairing LP needs a position). */
async function placeAdditions(params: ScenarioParams): Promise<Result<ScenarioParams>> {
  const counties = [
    ...new Set(params.capacityAdditions.filter((a) => a.lng === null && a.countyAdcode).map((a) => a.countyAdcode!)),
  ];
  const seat = await countyPositions(counties);
  const capacityAdditions = [];
  for (const [i, a] of params.capacityAdditions.entries()) {
    if (a.lng !== null || !a.countyAdcode) {
      if (a.lng === null && params.utilisation === "pairing")
        return fail(
          400,
          `params.capacityAdditions.${i}: give lng/lat or countyAdcode (the pairing LP needs a position)`,
        );
      capacityAdditions.push(a);
      continue;
    }
    const at = seat.get(a.countyAdcode);
    if (!at) return fail(400, `params.capacityAdditions.${i}.countyAdcode: unknown county adcode: ${a.countyAdcode}`);
    capacityAdditions.push({ ...a, lng: at[0], lat: at[1] });
  }
  return ok({ ...params, capacityAdditions });
}

/** Stores a new scenario run (queued) with every effective value; the caller schedules `executeScenarioRun(id)`. */
export async function createScenarioRun(req: ScenarioRequest, creator: CreatorMeta): Promise<Result<string>> {
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
  if (!placed.ok) return placed;
  const id = randomUUID();
  await insertScenarioRun(id, req.label, placed.value, creator);
  jobs.jobs.set(id, { cancelled: false, thread: null });
  return ok(id);
}

/** Marks a stored run failed when it could not be queued (the queue was full). */
export async function abandonScenarioRun(id: string, reason: string): Promise<void> {
  jobs.jobs.delete(id);
  await abandonQueuedRun("scenarioRun", id, reason);
}

/** Computes a stored run (called by the solver queue); a run cancelled while waiting is skipped. */
export async function executeScenarioRun(id: string): Promise<void> {
  const job = jobs.jobs.get(id);
  if (!job || job.cancelled) {
    jobs.jobs.delete(id);
    return;
  }
  try {
    const params = await markScenarioRunRunning(id);
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
        await saveScenarioProgress(id, fraction);
      },
    });
    if (!result || job.cancelled) return;
    await finishScenarioRun(id, result);
  } catch (e) {
    if (!job.cancelled) {
      const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
      await failScenarioRun(id, message);
    }
  } finally {
    await job.thread?.terminate().catch(() => undefined);
    jobs.jobs.delete(id);
  }
}

/** One run with its result, or null. */
export async function getScenarioRun(id: string): Promise<ScenarioRunView | null> {
  await sweepOrphans();
  return findScenarioRun(id);
}

/** All runs, newest first, without results. */
export async function listScenarioRuns(): Promise<ScenarioRunView[]> {
  await sweepOrphans();
  return findScenarioRuns();
}

/** Stops a queued or running scenario (terminates its solver thread); audited under `actor`. */
export async function cancelScenarioRun(id: string, actor: string): Promise<Result<null>> {
  const job = jobs.jobs.get(id);
  const out = await cancelScenarioRunRow(id, actor, () => {
    if (job) job.cancelled = true;
  });
  if (out.ok) await job?.thread?.terminate().catch(() => undefined);
  return out;
}

/** Deletes a run (cancelling it first if it is still going); audited under `actor`. */
export async function deleteScenarioRun(id: string, actor: string): Promise<boolean> {
  const job = jobs.jobs.get(id);
  if (job) {
    job.cancelled = true;
    await job.thread?.terminate().catch(() => undefined);
  }
  return removeScenarioRun(id, actor);
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
