import "server-only";
import { prisma } from "./db";

/** The tables whose rows have an owner and count against their creator's quota. */
export type OwnedTable = "pairingRun" | "scenarioRun" | "proposal";

/** Who may manage a record besides editors. */
export interface RecordOwner {
  ownerUserId: string | null;
  ownerTokenHash: string | null;
}

/**
 * The columns the owned tables share, as one delegate type: Prisma gives each model its own argument types, so a
 * union of the three delegates is not callable, though every query below is valid on each of them.
 */
interface OwnedDelegate {
  findUnique(args: {
    where: { id: string };
    select: { ownerUserId: true; ownerTokenHash: true };
  }): Promise<RecordOwner | null>;
  findMany(args: {
    where: Record<string, unknown>;
    select: { id?: true; createdAt?: true };
    orderBy?: { createdAt: "asc" | "desc" };
    skip?: number;
  }): Promise<{ id: string; createdAt: Date }[]>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<unknown>;
}

function delegate(table: OwnedTable): OwnedDelegate {
  return prisma[table] as unknown as OwnedDelegate;
}

/** Owner of a record, or null when there is no such record. */
export async function recordOwner(table: OwnedTable, id: string): Promise<RecordOwner | null> {
  return delegate(table).findUnique({ where: { id }, select: { ownerUserId: true, ownerTokenHash: true } });
}

/**
 * Creation times (ms) of the records a client created since `sinceMs` (for quotas), oldest first. `anonymousOnly`
 * counts records anonymous clients created (seeded records have no client and never count).
 */
export async function recordStartsSince(
  table: OwnedTable,
  clientKey: string | null,
  sinceMs: number,
  anonymousOnly = false,
): Promise<number[]> {
  const rows = await delegate(table).findMany({
    where: {
      createdAt: { gte: new Date(sinceMs) },
      ...(clientKey ? { clientKey } : {}),
      ...(anonymousOnly ? { ownerUserId: null, clientKey: { not: null } } : {}),
    },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.createdAt.getTime());
}

/** Marks a stored run failed when it could not be queued (the queue was full); a run already started is left alone. */
export async function abandonQueuedRun(table: "pairingRun" | "scenarioRun", id: string, reason: string): Promise<void> {
  await delegate(table).updateMany({
    where: { id, status: "queued" },
    data: { status: "failed", error: reason, finishedAt: new Date() },
  });
}

/**
 * Retention for anonymous runs: the ids of those created before `olderThanMs` and of those beyond the newest `keep`
 * (never one still queued or running). Runs of signed-in users are kept. The caller deletes them with their rows.
 */
export async function expiredAnonymousRunIds(
  table: "pairingRun" | "scenarioRun",
  olderThanMs: number,
  keep: number,
): Promise<string[]> {
  const ended = { ownerUserId: null, status: { notIn: ["queued", "running"] } };
  const old = await delegate(table).findMany({
    where: { ...ended, createdAt: { lt: new Date(olderThanMs) } },
    select: { id: true },
  });
  const surplus = await delegate(table).findMany({
    where: ended,
    orderBy: { createdAt: "desc" },
    skip: keep,
    select: { id: true },
  });
  return [...new Set([...old, ...surplus].map((r) => r.id))];
}
