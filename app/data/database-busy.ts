/** SQLite's "database is locked" as Prisma reports it; no imports, so the HTTP layer can map it to 503. */

/** Whether a Prisma error is SQLite's "database is locked" (another connection holds the write lock). */
export function isDatabaseBusy(e: unknown): boolean {
  const err = (e ?? {}) as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  return err.code === "P1008" && /^SQLITE_BUSY/.test(err.meta?.driverAdapterError?.cause?.originalCode ?? "");
}
