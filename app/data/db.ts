import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../prisma/generated/client";
import { databaseUrl } from "../../prisma/database-url";
import { SERVER_BUSY_TIMEOUT_MS, sqliteFileOfUrl, enableWriteAheadLogFile } from "./sqlite-journal";

// One client per server process; Next dev reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { atlasPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = databaseUrl();
  // WAL before the first query, so worker threads' reads and writes never wait for this connection or block it.
  enableWriteAheadLogFile(sqliteFileOfUrl(url));
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: SERVER_BUSY_TIMEOUT_MS }) });
}

/** The shared Prisma client (better-sqlite3 adapter, no engine binary; the database in WAL mode). */
export const prisma: PrismaClient = globalForPrisma.atlasPrisma ?? createClient();

globalForPrisma.atlasPrisma = prisma;
