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
  failOrphanScenarioRuns,
  failScenarioRun,
  findScenarioRun,
  findScenarioRuns,
  finishScenarioRun,
  insertScenarioRun,
  markScenarioRunCancelled,
  removeScenarioRun,
  saveScenarioProgress,
  scenarioRunStatus,
  startScenarioRun,
  type ScenarioRunView,
} from "../data/scenario-run-store";
import { keyProjectAdditions } from "../domain/scenarios/key-project-additions";
import { fail, ok, type Result } from "../http/app-error";

export type { ScenarioRunView };

// Like pairing runs: one at a time per server process, the job table on globalThis so every route reaches it.
interface Job {
  cancelled: boolean;
  thread: PairingSolverThread | null;
}
const MAX_QUEUED = 8;
const state = globalThis as unknown as {
  atlasScenarioJobs?: { jobs: Map<string, Job>; tail: Promise<void>; swept: boolean };
};
const jobs = (state.atlasScenarioJobs ??= { jobs: new Map(), tail: Promise.resolve(), swept: false });

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

/** Stores a new scenario run (queued) and starts it in the background. */
export async function createScenarioRun(req: ScenarioRequest): Promise<Result<string>> {
  await sweepOrphans();
  if ([...jobs.jobs.values()].filter((j) => !j.cancelled).length >= MAX_QUEUED)
    return fail(503, `too many scenario runs waiting (${MAX_QUEUED}); try again when one has finished`);
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
  await insertScenarioRun(id, req.label, placed.value);
  jobs.jobs.set(id, { cancelled: false, thread: null });
  jobs.tail = jobs.tail.then(() => execute(id)).catch(() => undefined);
  return ok(id);
}

async function execute(id: string): Promise<void> {
  const job = jobs.jobs.get(id);
  if (!job || job.cancelled) {
    jobs.jobs.delete(id);
    return;
  }
  try {
    const params = await startScenarioRun(id);
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

/** Stops a queued or running scenario. */
export async function cancelScenarioRun(id: string): Promise<Result<null>> {
  const status = await scenarioRunStatus(id);
  if (!status) return fail(404, `unknown scenario: ${id}`);
  if (status !== "queued" && status !== "running") return fail(409, `scenario is already ${status}`);
  const job = jobs.jobs.get(id);
  if (job) job.cancelled = true;
  await markScenarioRunCancelled(id);
  await job?.thread?.terminate().catch(() => undefined);
  return ok(null);
}

/** Deletes a run (cancelling it first if it is still going). */
export async function deleteScenarioRun(id: string): Promise<boolean> {
  const job = jobs.jobs.get(id);
  if (job) {
    job.cancelled = true;
    await job.thread?.terminate().catch(() => undefined);
  }
  return removeScenarioRun(id);
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
