import "server-only";
import { prisma } from "./db";
import type { ScenarioParams, ScenarioResult } from "../domain/scenarios/types";
import { parseJsonColumn, scenarioParamsColumn, scenarioResultColumn } from "../domain/stored-json";
import type { CreatorMeta, RunStatus } from "./pairing-runs";
import { recordAudit } from "./audit";
import { expiredAnonymousRunIds } from "./owned-records";
import { fail, ok, type Result } from "../http/app-error";

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

/** Stores a new queued run with its effective params and its creator. */
export async function insertScenarioRun(
  id: string,
  label: string | null | undefined,
  params: ScenarioParams,
  creator: CreatorMeta,
) {
  await prisma.scenarioRun.create({
    data: {
      id,
      label,
      status: "queued",
      progress: 0,
      params: JSON.stringify(params),
      ownerUserId: creator.ownerUserId,
      ownerTokenHash: creator.ownerTokenHash,
      clientKey: creator.clientKey,
    },
  });
}

/**
 * Retention for anonymous scenario runs, as for pairing runs: those created before `olderThanMs` and those beyond the
 * newest `keep` are deleted (never one still queued or running). Runs of signed-in users are kept.
 */
export async function purgeAnonymousScenarioRuns(olderThanMs: number, keep: number): Promise<number> {
  const ids = await expiredAnonymousRunIds("scenarioRun", olderThanMs, keep);
  if (!ids.length) return 0;
  await prisma.scenarioRun.deleteMany({ where: { id: { in: ids } } });
  return ids.length;
}

/** Marks a run running and returns the params it was stored with. */
export async function markScenarioRunRunning(id: string): Promise<ScenarioParams> {
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

/**
 * Marks a queued or running run cancelled (audited under `actor`); `onCancelling` runs once the run is known to be
 * cancellable, before the write, so the application layer can stop its job first.
 */
export async function cancelScenarioRunRow(
  id: string,
  actor: string,
  onCancelling: () => void = () => undefined,
): Promise<Result<null>> {
  const row = await prisma.scenarioRun.findUnique({ where: { id }, select: { status: true } });
  if (!row) return fail(404, `unknown scenario: ${id}`);
  if (row.status !== "queued" && row.status !== "running") return fail(409, `scenario is already ${row.status}`);
  onCancelling();
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
  return ok(null);
}

/** Deletes a run; audited under `actor`; false when there was none. */
export async function removeScenarioRun(id: string, actor: string): Promise<boolean> {
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
