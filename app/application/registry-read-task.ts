/**
 * Reading the whole registry as a worker-thread task: the sites page by page on the worker's own connection, each page
 * mapped to RegistrySite and serialised to JSON bytes there. The server thread then only parses one page per turn of
 * its event loop (a few milliseconds each), where one Prisma query for 10^5 sites held it for seconds. Free of Next
 * and Prisma (bundled into the app worker).
 */
import { openWorkerDb, siteRowPages } from "../data/worker-db";
import { toRegistrySite } from "../data/site-rows";

/** Sites per page handed to the server thread. */
export const REGISTRY_READ_PAGE_SITES = 1_000;

/** Every site in id order, as JSON-encoded pages of RegistrySite[]; `databaseUrl` defaults to the environment's. */
export function readRegistryPages(input: { databaseUrl?: string }): Uint8Array[] {
  const db = openWorkerDb(input.databaseUrl);
  try {
    const encoder = new TextEncoder();
    // One read transaction, so every page comes from the same snapshot (WAL: writers are not held up).
    return db.transaction(() =>
      Array.from(siteRowPages(db, REGISTRY_READ_PAGE_SITES), (rows) =>
        encoder.encode(JSON.stringify(rows.map(toRegistrySite))),
      ),
    )();
  } finally {
    db.close();
  }
}
