import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../prisma/generated/client";
import { databaseUrl } from "../../prisma/database-url";

// One client per server process; Next dev reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { atlasPrisma?: PrismaClient };

/** The shared Prisma client (better-sqlite3 adapter, no engine binary). */
export const prisma: PrismaClient =
  globalForPrisma.atlasPrisma ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });

globalForPrisma.atlasPrisma = prisma;
