import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "./db";
import { effectiveParams } from "../domain/pairing/params";
import type { ScopePark } from "../domain/pairing/scope";
import type { PairingRequest } from "../domain/pairing/request-schema";
import type {
  PairingExplanation,
  PairingFlow,
  PairingParams,
  PairingScope,
  PairingSummary,
} from "../domain/pairing/types";
import type { MaterialCode } from "../domain/materials";
import type { PairingRow } from "../domain/pairing/packed-pairings";
import type { RunListSummary } from "../domain/pairing/run-list-summary";
import type { CycleLevel } from "../domain/registry-types";
import {
  pairingExplanationColumn,
  parseJsonColumn,
  polygonGeometryColumn,
  runMaterialsColumn,
  runParamsColumn,
  runScopeColumn,
  runListSummaryColumn,
  runSummaryColumn,
} from "../domain/stored-json";
import { recordAudit } from "./audit";
import { expiredAnonymousRunIds } from "./owned-records";
import { fail, ok, type Result } from "../http/app-error";

/** Who may manage a run or proposal besides editors, and whose quota it counts against. */
export interface CreatorMeta {
  ownerUserId: string | null;
  ownerTokenHash: string | null;
  clientKey: string;
}

export type RunStatus = "queued" | "running" | "done" | "failed" | "cancelled";

/** A stored scope plus the display name of the region or park it refers to. */
export type StoredScope = PairingScope & { name?: string | null; nameEn?: string | null };

export interface RunProgress {
  /** 0..1 share of materials solved. */
  fraction: number;
  materialsDone: number;
  materialsTotal: number;
  /** Material being solved now (running runs only). */
  current: MaterialCode | null;
}

/** A run as the API and pages show it. `params` holds every effective value the run used. */
export interface PairingRunView {
  id: string;
  label: string | null;
  status: RunStatus;
  progress: RunProgress;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  scope: StoredScope;
  materials: MaterialCode[];
  params: PairingParams;
  summary: PairingSummary | null;
  error: string | null;
  /** Who may cancel or delete it besides editors (not part of the API answer). */
  owner: { ownerUserId: string | null; ownerTokenHash: string | null };
}

/** A run as run lists read it: its list summary (no site lists, run-list-summary.ts) instead of the full one. */
export type PairingRunListView = Omit<PairingRunView, "summary"> & { summary: RunListSummary | null };

/** A run as pages hand it to the browser: no owner data, only whether the viewer may cancel or delete it. */
export type ClientRunView = Omit<PairingRunView, "owner"> & { canManage: boolean };
/** A listed run as pages hand it to the browser. */
export type ClientRunListView = Omit<PairingRunListView, "owner"> & { canManage: boolean };

/** Strips the owner from a run view for the browser. */
export function forClient<R extends PairingRunListView>(
  run: R,
  canManage: boolean,
): Omit<R, "owner"> & { canManage: boolean } {
  const { owner: _owner, ...rest } = run;
  return { ...rest, canManage };
}

/** One stored exchange (Pairing row); `explanation` says why this consumer and what the alternative costs. */
export type StoredPairing = Omit<PairingFlow, "explanation"> & { id: number; explanation: PairingExplanation | null };
export type { PairingRow };

type RunRow = NonNullable<Awaited<ReturnType<typeof prisma.pairingRun.findUnique>>>;

function toListView(row: Omit<RunRow, "summary" | "listSummary">): Omit<PairingRunView, "summary"> {
  const materials = parseJsonColumn("PairingRun.materials", runMaterialsColumn, row.materials);
  const status = row.status as RunStatus;
  const done = Math.round(row.progress * materials.length);
  return {
    id: row.id,
    label: row.label,
    status,
    progress: {
      fraction: row.progress,
      materialsDone: done,
      materialsTotal: materials.length,
      current: status === "running" && done < materials.length ? materials[done] : null,
    },
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    scope: parseJsonColumn("PairingRun.scope", runScopeColumn, row.scope),
    materials,
    params: parseJsonColumn("PairingRun.params", runParamsColumn, row.params),
    error: row.error,
    owner: { ownerUserId: row.ownerUserId, ownerTokenHash: row.ownerTokenHash },
  };
}

function toView(row: RunRow): PairingRunView {
  return {
    ...toListView(row),
    summary: row.summary ? parseJsonColumn("PairingRun.summary", runSummaryColumn, row.summary) : null,
  };
}

/** Marks runs left queued/running (other than `liveIds`) failed: a previous server process cannot finish them. */
export async function failOrphanPairingRuns(liveIds: string[]): Promise<void> {
  await prisma.pairingRun.updateMany({
    where: { status: { in: ["queued", "running"] }, id: { notIn: liveIds } },
    data: {
      status: "failed",
      error: "interrupted: the server restarted before the run finished",
      finishedAt: new Date(),
    },
  });
}

/** Checks that the scope's region or park exists; returns its stored form or a 404 message. */
async function resolveScope(
  scope: PairingScope,
): Promise<{ ok: true; scope: StoredScope } | { ok: false; error: string }> {
  if (scope.kind === "city" || scope.kind === "county") {
    const region = await prisma.region.findUnique({ where: { adcode: scope.adcode } });
    if (!region || region.level !== scope.kind)
      return { ok: false, error: `unknown ${scope.kind} adcode: ${scope.adcode}` };
    return { ok: true, scope: { ...scope, name: region.nameZh, nameEn: region.nameEn } };
  }
  if (scope.kind === "park") {
    const park = await prisma.park.findUnique({ where: { id: scope.id } });
    if (!park) return { ok: false, error: `unknown park: ${scope.id}` };
    return { ok: true, scope: { ...scope, name: park.nameZh, nameEn: park.nameEn } };
  }
  return { ok: true, scope };
}

/** Stores a new run (queued) with every effective parameter; the application layer schedules it. */
export async function createPairingRun(req: PairingRequest, creator: CreatorMeta): Promise<Result<string>> {
  const resolved = await resolveScope(req.scope);
  if (!resolved.ok) return fail(404, resolved.error);
  const params = effectiveParams(req.materials, req.params);
  const id = randomUUID();
  await prisma.pairingRun.create({
    data: {
      id,
      status: "queued",
      progress: 0,
      scope: JSON.stringify(resolved.scope),
      materials: JSON.stringify(params.materials),
      params: JSON.stringify(params),
      label: req.label ?? null,
      ownerUserId: creator.ownerUserId,
      ownerTokenHash: creator.ownerTokenHash,
      clientKey: creator.clientKey,
    },
  });
  return ok(id);
}

/**
 * Retention for anonymous runs: those created before `olderThanMs` and, beyond the newest `keep`, the rest are deleted
 * with their pairings (never one still queued or running). Runs of signed-in users are kept.
 */
export async function purgeAnonymousRuns(olderThanMs: number, keep: number): Promise<number> {
  const ids = await expiredAnonymousRunIds("pairingRun", olderThanMs, keep);
  if (!ids.length) return 0;
  await prisma.$transaction([
    prisma.pairing.deleteMany({ where: { runId: { in: ids } } }),
    prisma.pairingRun.deleteMany({ where: { id: { in: ids } } }),
  ]);
  return ids.length;
}

/** The park a park-scoped run is limited to (outline parsed), or null for other scopes. */
export async function loadScopePark(scope: PairingScope): Promise<ScopePark | null> {
  if (scope.kind !== "park") return null;
  const p = await prisma.park.findUnique({ where: { id: scope.id } });
  if (!p) return null;
  return {
    id: p.id,
    centerLng: p.centerLng,
    centerLat: p.centerLat,
    radiusKm: p.radiusKm,
    geometry: p.geometry ? parseJsonColumn("Park.geometry", polygonGeometryColumn, p.geometry) : null,
  };
}

/** Marks a run running and returns the scope and params it was stored with. */
export async function startPairingRunRow(id: string): Promise<{ scope: PairingScope; params: PairingParams }> {
  const row = await prisma.pairingRun.update({
    where: { id },
    data: { status: "running", startedAt: new Date() },
    select: { scope: true, params: true },
  });
  return {
    scope: parseJsonColumn("PairingRun.scope", runScopeColumn, row.scope),
    params: parseJsonColumn("PairingRun.params", runParamsColumn, row.params),
  };
}

/** Marks a queued or running run failed with `message`. */
export async function failPairingRun(id: string, message: string): Promise<void> {
  await prisma.pairingRun.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "failed", error: message, finishedAt: new Date() },
  });
}

type PairingRecord = Omit<PairingRow, "material" | "cycleLevel"> & {
  material: string;
  cycleLevel: string;
  explanation?: string | null;
};

const toRow = (p: PairingRecord): PairingRow => ({
  id: p.id,
  producerId: p.producerId,
  consumerId: p.consumerId,
  material: p.material as MaterialCode,
  route: p.route,
  tonnesPerYear: p.tonnesPerYear,
  distanceKm: p.distanceKm,
  roadKm: p.roadKm,
  costYuan: p.costYuan,
  co2Kg: p.co2Kg,
  cycleLevel: p.cycleLevel as CycleLevel,
});

const toStored = (p: PairingRecord): StoredPairing => ({
  ...toRow(p),
  explanation: p.explanation ? parseJsonColumn("Pairing.explanation", pairingExplanationColumn, p.explanation) : null,
});

/** One run (with its pairings unless `withPairings` is false), or null. */
export async function getPairingRun(
  id: string,
  withPairings = true,
): Promise<{ run: PairingRunView; pairings: StoredPairing[] } | null> {
  const row = await prisma.pairingRun.findUnique({ where: { id } });
  if (!row) return null;
  const rows = withPairings ? await prisma.pairing.findMany({ where: { runId: id }, orderBy: { id: "asc" } }) : [];
  return { run: toView(row), pairings: rows.map(toStored) };
}

/** One run with its pairings as rows without explanations (the run page at 10^4 flows), or null. */
export async function getPairingRunRows(id: string): Promise<{ run: PairingRunView; pairings: PairingRow[] } | null> {
  const row = await prisma.pairingRun.findUnique({ where: { id } });
  if (!row) return null;
  const rows = await prisma.pairing.findMany({
    where: { runId: id },
    orderBy: { id: "asc" },
    omit: { explanation: true, runId: true },
  });
  return { run: toView(row), pairings: rows.map(toRow) };
}

/** One pairing of a run with its explanation, or null when the run has no such pairing. */
export async function getPairing(runId: string, pairingId: number): Promise<StoredPairing | null> {
  const p = await prisma.pairing.findFirst({ where: { id: pairingId, runId } });
  return p ? toStored(p) : null;
}

/**
 * All runs, newest first, without pairings and with their list summaries: the full summaries (a province run's
 * names tens of thousands of sites) are neither read nor parsed.
 */
export async function listPairingRuns(): Promise<PairingRunListView[]> {
  const rows = await prisma.pairingRun.findMany({ orderBy: { createdAt: "desc" }, omit: { summary: true } });
  return rows.map(({ listSummary, ...row }) => ({
    ...toListView(row),
    summary: listSummary ? parseJsonColumn("PairingRun.listSummary", runListSummaryColumn, listSummary) : null,
  }));
}

/**
 * Marks a queued or running run cancelled (audited under `actor`); `onCancelling` runs once the run is known to be
 * cancellable, before the write, so the application layer can stop its job first.
 */
export async function cancelPairingRun(
  id: string,
  actor: string,
  onCancelling: () => void = () => undefined,
): Promise<Result<RunStatus>> {
  const row = await prisma.pairingRun.findUnique({ where: { id } });
  if (!row) return fail(404, `unknown pairing run: ${id}`);
  if (row.status !== "queued" && row.status !== "running") return fail(409, `run is already ${row.status}`);
  onCancelling();
  await prisma.$transaction(async (tx) => {
    await tx.pairingRun.updateMany({
      where: { id, status: { in: ["queued", "running"] } },
      data: { status: "cancelled", finishedAt: new Date() },
    });
    await recordAudit(tx, {
      username: actor,
      action: "cancel",
      entity: "pairing-run",
      entityId: id,
      before: { status: row.status },
      after: { status: "cancelled" },
    });
  });
  return ok("cancelled");
}

/** Deletes a run and its pairings; audited under `actor`. */
export async function deletePairingRun(id: string, actor: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.pairingRun.findUnique({
      where: { id },
      select: { label: true, status: true, scope: true, createdAt: true },
    });
    if (!row) return false;
    await tx.pairing.deleteMany({ where: { runId: id } });
    await tx.pairingRun.delete({ where: { id } });
    await recordAudit(tx, {
      username: actor,
      action: "delete",
      entity: "pairing-run",
      entityId: id,
      before: {
        label: row.label,
        status: row.status,
        scopeKind: (JSON.parse(row.scope) as PairingScope).kind,
        createdAt: row.createdAt,
      },
      after: null,
    });
    return true;
  });
}

/** The JSON body of GET /api/pairings/{id} (documented in README "## Pairings"). */
export function pairingRunResponse(run: PairingRunView | PairingRunListView, pairings: StoredPairing[] | null) {
  return {
    id: run.id,
    label: run.label,
    status: run.status,
    progress: run.progress.fraction,
    progressDetail: run.progress,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    scope: run.scope,
    materials: run.materials,
    params: run.params,
    error: run.error,
    synthetic: run.summary?.synthetic ?? null,
    ...(pairings ? { pairings } : {}),
    summary: run.summary,
  };
}

export interface ScopeOption {
  id: string;
  name: string;
  nameEn: string | null;
  /** City adcode of a county (to group the county list). */
  parent: string | null;
}

/** Cities, counties and parks a run can be scoped to (names only, no geometry). */
export async function loadScopeOptions(): Promise<{
  cities: ScopeOption[];
  counties: ScopeOption[];
  parks: ScopeOption[];
}> {
  const [regions, parks] = await Promise.all([
    prisma.region.findMany({
      where: { level: { in: ["city", "county"] } },
      select: { adcode: true, level: true, nameZh: true, nameEn: true, parentAdcode: true },
      orderBy: { adcode: "asc" },
    }),
    prisma.park.findMany({
      select: { id: true, nameZh: true, nameEn: true, countyAdcode: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const opt = (r: (typeof regions)[number]): ScopeOption => ({
    id: r.adcode,
    name: r.nameZh,
    nameEn: r.nameEn,
    parent: r.parentAdcode,
  });
  return {
    cities: regions.filter((r) => r.level === "city").map(opt),
    counties: regions.filter((r) => r.level === "county").map(opt),
    parks: parks.map((p) => ({ id: p.id, name: p.nameZh, nameEn: p.nameEn, parent: p.countyAdcode })),
  };
}
