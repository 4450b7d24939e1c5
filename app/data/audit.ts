import "server-only";
import { prisma } from "./db";
import type { Prisma } from "../../prisma/generated/client";
import { parseAuditValue } from "../domain/stored-json";
import { auditColumns, type AuditInput } from "./audit-columns";

type Tx = Prisma.TransactionClient;

export type { AuditInput };

export interface AuditEntry {
  id: number;
  at: string;
  username: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Writes one audit row inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditLog.create({ data: auditColumns(entry) });
}

/** Audit history of one entity, newest first. */
export async function auditFor(
  entity: "site" | "user" | "key-project",
  entityId: string,
  limit = 200,
): Promise<AuditEntry[]> {
  const rows = await prisma.auditLog.findMany({ where: { entity, entityId }, orderBy: { id: "desc" }, take: limit });
  return rows.map((r) => ({
    ...r,
    at: r.at.toISOString(),
    before: parseAuditValue(r.before),
    after: parseAuditValue(r.after),
  }));
}

/** Most recent audit entries across the registry. */
export async function recentAudit(limit = 50): Promise<AuditEntry[]> {
  const rows = await prisma.auditLog.findMany({ orderBy: { id: "desc" }, take: limit });
  return rows.map((r) => ({
    ...r,
    at: r.at.toISOString(),
    before: parseAuditValue(r.before),
    after: parseAuditValue(r.after),
  }));
}
