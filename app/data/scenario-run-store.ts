import "server-only";
import { prisma } from "./db";
import type { ScenarioParams, ScenarioResult } from "../domain/scenarios/types";
import { parseJsonColumn, scenarioParamsColumn, scenarioResultColumn } from "../domain/stored-json";
import type { RunStatus } from "./pairing-runs";

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
  };
}

/** Marks runs left queued/running (other than `liveIds`) failed: a previous server process cannot finish them. */
export async function failOrphanScenarioRuns(liveIds: string[]): Promise<void> {
  await prisma.scenarioRun.updateMany({
    where: { status: { in: ["queued", "running"] }, id: { notIn: liveIds } },
    data: {
      status: "failed",
      error: "interrupted: the server restarted before the run finished",
      finishedAt: new Date(),
    },
  });
}

/** Stores a new queued run with its effective params. */
export async function insertScenarioRun(id: string, label: string | null | undefined, params: ScenarioParams) {
  await prisma.scenarioRun.create({
    data: { id, label, status: "queued", progress: 0, params: JSON.stringify(params) },
  });
}

/** Marks a run running and returns the params it was stored with. */
export async function startScenarioRun(id: string): Promise<ScenarioParams> {
  const row = await prisma.scenarioRun.update({ where: { id }, data: { status: "running", startedAt: new Date() } });
  return parseJsonColumn("ScenarioRun.params", scenarioParamsColumn, row.params);
}

/** Records the progress (0..1) of a running run. */
export async function saveScenarioProgress(id: string, fraction: number): Promise<void> {
  await prisma.scenarioRun.updateMany({ where: { id, status: "running" }, data: { progress: fraction } });
}

/** Stores the result of a running run and marks it done (a run cancelled meanwhile stays cancelled). */
export async function finishScenarioRun(id: string, result: ScenarioResult): Promise<void> {
  await prisma.scenarioRun.updateMany({
    where: { id, status: "running" },
    data: { status: "done", progress: 1, finishedAt: new Date(), result: JSON.stringify(result) },
  });
}

/** Marks a queued or running run failed with `message`. */
export async function failScenarioRun(id: string, message: string): Promise<void> {
  await prisma.scenarioRun.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "failed", error: message, finishedAt: new Date() },
  });
}

/** One run with its result, or null. */
export async function findScenarioRun(id: string): Promise<ScenarioRunView | null> {
  const row = await prisma.scenarioRun.findUnique({ where: { id } });
  return row ? toView(row, true) : null;
}

/** All runs, newest first, without results. */
export async function findScenarioRuns(): Promise<ScenarioRunView[]> {
  const rows = await prisma.scenarioRun.findMany({ orderBy: { createdAt: "desc" } });
  return rows.map((r) => toView(r, false));
}

/** The status of a run, or null when there is no such run. */
export async function scenarioRunStatus(id: string): Promise<string | null> {
  return (await prisma.scenarioRun.findUnique({ where: { id }, select: { status: true } }))?.status ?? null;
}

/** Marks a queued or running run cancelled. */
export async function markScenarioRunCancelled(id: string): Promise<void> {
  await prisma.scenarioRun.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "cancelled", finishedAt: new Date() },
  });
}

/** Deletes a run; false when there was none. */
export async function removeScenarioRun(id: string): Promise<boolean> {
  const r = await prisma.scenarioRun.deleteMany({ where: { id } });
  return r.count > 0;
}
