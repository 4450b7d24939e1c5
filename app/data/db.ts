import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../prisma/generated/client";
import { databaseUrl } from "../../prisma/database-url";
import { enableWriteAheadLogFile, SERVER_BUSY_RETRY_MS, SERVER_SYNC_BUSY_MS, sqliteFileOfUrl } from "./sqlite-journal";
import { isRetryableBusy } from "./database-busy";

// One client per server process; Next dev reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { atlasPrisma?: PrismaClient };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function createClient(): PrismaClient {
  const url = databaseUrl();
  // WAL before the first query, so worker threads' reads and writes never wait for this connection or block it.
  enableWriteAheadLogFile(sqliteFileOfUrl(url));
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: SERVER_SYNC_BUSY_MS }) });
  // A statement refused because a worker holds the write lock (an import, a run's result) is retried after a pause,
  // so the wait never blocks the event loop; past SERVER_BUSY_RETRY_MS the error goes up (503, app/http/route.ts).
  const retrying = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        const deadline = Date.now() + SERVER_BUSY_RETRY_MS;
        for (let pause = 10; ; pause = Math.min(200, pause * 2)) {
          try {
            return await query(args);
          } catch (e) {
            if (!isRetryableBusy(e) || Date.now() + pause > deadline) throw e;
            await sleep(pause);
          }
        }
      },
    },
  });
  // The extension changes no model or result type; the plain client type keeps Prisma.TransactionClient usable.
  return retrying as unknown as PrismaClient;
}

/** The shared Prisma client (better-sqlite3 adapter, no engine binary; WAL mode; lock waits retried asynchronously). */
export const prisma: PrismaClient = globalForPrisma.atlasPrisma ?? createClient();

globalForPrisma.atlasPrisma = prisma;
