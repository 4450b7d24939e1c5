/**
 * The one mapping from an audit entry to its AuditLog columns, shared by the Prisma writer (audit.ts) and the SQL
 * writers on worker threads (site-writes-sql.ts). No "server-only": bundled into the app worker.
 */
export interface AuditInput {
  username: string;
  action: "create" | "update" | "delete" | "import" | "cancel";
  entity: "site" | "user" | "key-project" | "pairing-run" | "proposal" | "scenario-run";
  entityId: string;
  before: unknown;
  after: unknown;
}

/** An audit entry as the AuditLog row stores it (before/after as JSON text, null when absent). */
export function auditColumns(entry: AuditInput): {
  username: string;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
} {
  return {
    username: entry.username,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}
