/** SQLite's "database is locked" as Prisma reports it; no imports, so the HTTP layer can map it to 503. */

const sqliteCode = (e: unknown): string | null => {
  const err = (e ?? {}) as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  return err.code === "P1008" ? (err.meta?.driverAdapterError?.cause?.originalCode ?? null) : null;
};

/** Whether a Prisma error is SQLite's "database is locked" (another connection holds or took the write lock). */
export function isDatabaseBusy(e: unknown): boolean {
  return /^SQLITE_BUSY/.test(sqliteCode(e) ?? "");
}

/**
 * Whether retrying the same statement can succeed: plain SQLITE_BUSY, not SQLITE_BUSY_SNAPSHOT (a transaction that
 * read before another connection committed can never write; only starting it again helps).
 */
export function isRetryableBusy(e: unknown): boolean {
  return sqliteCode(e) === "SQLITE_BUSY";
}
