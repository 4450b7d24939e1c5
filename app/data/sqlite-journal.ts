/**
 * How every connection of the app uses the SQLite file (the server's Prisma client, app/data/db.ts, and worker
 * threads, worker-db.ts). Write-ahead logging lets readers and one writer work at the same time: a worker writing a
 * 20,000-row import or storing a pairing run never blocks the server thread's reads (in rollback-journal mode the
 * commit locks every reader out, and a better-sqlite3 wait blocks its whole thread). No "server-only": bundled into
 * workers.
 */
import Database from "better-sqlite3";
import { existsSync } from "node:fs";

/**
 * How long the server's connection waits synchronously for another connection's write lock: briefly, because
 * better-sqlite3 waits by blocking its thread, and the server thread serves every request. Longer waits (a worker
 * writing a 20,000-row import holds the lock for seconds) are retried asynchronously (db.ts).
 */
export const SERVER_SYNC_BUSY_MS = 5;

/** How long a server-thread statement keeps retrying asynchronously while another connection holds the write lock. */
export const SERVER_BUSY_RETRY_MS = 10_000;

/** The database file of a Prisma-style SQLite URL (`file:/abs/path.db`), as the better-sqlite3 adapter opens it. */
export function sqliteFileOfUrl(url: string): string {
  return url.replace(/^file:/, "");
}

/** Puts a connection's database in WAL mode (a property of the file, so it lasts) unless it already is. */
export function enableWriteAheadLog(db: Database.Database): void {
  if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
}

/** Puts an existing database file in WAL mode through a short connection of its own; a missing file is left alone. */
export function enableWriteAheadLogFile(file: string): void {
  if (!existsSync(file)) return;
  // Runs once as the client is created, before it serves a query: a blocking wait here holds up no request.
  const db = new Database(file, { timeout: SERVER_BUSY_RETRY_MS });
  try {
    enableWriteAheadLog(db);
  } finally {
    db.close();
  }
}
