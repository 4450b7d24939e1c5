/**
 * Database access for worker threads (pairing runs, registry export), with better-sqlite3 directly: a worker opens its
 * own connection to the same SQLite file, so reading 10^5 sites or storing 10^4 pairings never runs on the server's
 * event loop (Prisma's client lives on the server thread and maps every row there). Rows are read in short pages so
 * no statement holds the database for long, and shaped as Prisma's `SiteRow` so the one row mapper (site-rows.ts)
 * applies. No "server-only": this file is bundled into workers/dist/app-worker.mjs.
 */
import Database from "better-sqlite3";
import { databaseUrl } from "../../prisma/database-url";
import type { SiteRow } from "./site-rows";
import { GEO_SOURCE_LEVELS, geoSourcesOf, type GeoSources } from "../domain/geo-context";
import { enableWriteAheadLog } from "./sqlite-journal";

export type WorkerDb = Database.Database;

/** Sites read per statement: each page takes a few milliseconds, so writers on other threads wait at most that. */
export const SITE_PAGE_SIZE = 2000;

/**
 * Opens the app's database (DATABASE_URL, as app/data/db.ts) on this thread, in WAL mode (sqlite-journal.ts); waits
 * up to 60 s for another connection's write lock (only this thread waits).
 */
export function openWorkerDb(url = databaseUrl()): WorkerDb {
  const db = new Database(url.replace(/^file:/, ""), { fileMustExist: true, timeout: 60_000 });
  enableWriteAheadLog(db);
  db.pragma("foreign_keys = ON");
  return db;
}

type Raw = Record<string, unknown>;

const bool = (v: unknown) => v === 1 || v === true || v === "1" || v === "true";

/**
 * Every site (outputs, intakes and parks included) in id order, `pageSize` sites per page; each page is read by its
 * own short statements (no long read lock), so a write between pages may show on later pages.
 */
export function* siteRowPages(db: WorkerDb, pageSize = SITE_PAGE_SIZE): Generator<SiteRow[]> {
  const sites = db.prepare(`SELECT * FROM "Site" WHERE id > ? ORDER BY id LIMIT ?`);
  // Flows in their unique-index order, the order Prisma's include returns them in (the server thread's reads), so a
  // run computed here sees its nodes in the same order.
  const outputs = db.prepare(`SELECT * FROM "Output" WHERE siteId >= ? AND siteId <= ? ORDER BY siteId, materialCode`);
  const intakes = db.prepare(
    `SELECT * FROM "Intake" WHERE siteId >= ? AND siteId <= ? ORDER BY siteId, materialCode, route`,
  );
  const parks = db.prepare(
    `SELECT siteId, parkId FROM "SitePark" WHERE siteId >= ? AND siteId <= ? ORDER BY siteId, parkId`,
  );
  for (let after = ""; ;) {
    const page = sites.all(after, pageSize) as Raw[];
    if (page.length === 0) return;
    const first = page[0].id as string;
    const last = page[page.length - 1].id as string;
    yield shapeSiteRows(
      page,
      outputs.all(first, last) as Raw[],
      intakes.all(first, last) as Raw[],
      parks.all(first, last) as Raw[],
    );
    if (page.length < pageSize) return;
    after = last;
  }
}

function byParent(rows: Raw[]): Map<string, Raw[]> {
  const out = new Map<string, Raw[]>();
  for (const r of rows) {
    const list = out.get(r.siteId as string);
    if (list) list.push(r);
    else out.set(r.siteId as string, [r]);
  }
  return out;
}

/** Raw Site, Output, Intake and SitePark rows as Prisma's `SiteRow` (booleans from SQLite integers). */
function shapeSiteRows(sites: Raw[], outputs: Raw[], intakes: Raw[], parks: Raw[]): SiteRow[] {
  const outs = byParent(outputs);
  const ins = byParent(intakes);
  const sp = byParent(parks);
  return sites.map((s) => {
    const id = s.id as string;
    return {
      ...s,
      synthetic: bool(s.synthetic),
      outsideProvince: bool(s.outsideProvince),
      outputs: (outs.get(id) ?? []).map((o) => ({ ...o, estimated: bool(o.estimated) })),
      intakes: (ins.get(id) ?? []).map((i) => ({ ...i, estimated: bool(i.estimated) })),
      parks: (sp.get(id) ?? []).map((p) => ({ parkId: p.parkId as string })),
    } as unknown as SiteRow;
  });
}

/** The given sites (outputs, intakes and parks included) in id order, read 500 ids per statement. */
export function siteRowsByIds(db: WorkerDb, ids: readonly string[]): SiteRow[] {
  const inList = `IN (SELECT value FROM json_each(?))`;
  const sites = db.prepare(`SELECT * FROM "Site" WHERE id ${inList} ORDER BY id`);
  const outputs = db.prepare(`SELECT * FROM "Output" WHERE siteId ${inList} ORDER BY siteId, materialCode`);
  const intakes = db.prepare(`SELECT * FROM "Intake" WHERE siteId ${inList} ORDER BY siteId, materialCode, route`);
  const parks = db.prepare(`SELECT siteId, parkId FROM "SitePark" WHERE siteId ${inList} ORDER BY siteId, parkId`);
  const out: SiteRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const batch = JSON.stringify(ids.slice(i, i + 500));
    const rows = shapeSiteRows(
      sites.all(batch) as Raw[],
      outputs.all(batch) as Raw[],
      intakes.all(batch) as Raw[],
      parks.all(batch) as Raw[],
    );
    for (const r of rows) out.push(r);
  }
  return out;
}

/** The province and county boundaries (what an import's province test and county lookup need), read as site-edit.ts does. */
export function geoSourcesFrom(db: WorkerDb): GeoSources {
  const levels = JSON.stringify(GEO_SOURCE_LEVELS);
  return geoSourcesOf(
    db
      .prepare(`SELECT adcode, level, geometry FROM "Region" WHERE level IN (SELECT value FROM json_each(?))`)
      .all(levels) as { adcode: string; level: string; geometry: string }[],
  );
}

type SiteRef = { id: string; name: string; nameEn: string; lng: number; lat: number };

/** Id, names and position of every site (what an import's duplicate detection needs), in id order, read in pages. */
export function siteRefs(db: WorkerDb, pageSize = 5 * SITE_PAGE_SIZE): SiteRef[] {
  const page = db.prepare(`SELECT id, nameZh AS name, nameEn, lng, lat FROM "Site" WHERE id > ? ORDER BY id LIMIT ?`);
  const out: SiteRef[] = [];
  for (let after = ""; ;) {
    const rows = page.all(after, pageSize) as SiteRef[];
    for (const r of rows) out.push(r);
    if (rows.length < pageSize) return out;
    after = rows[rows.length - 1].id;
  }
}

/** A Prisma-compatible DateTime value (the better-sqlite3 adapter's default "iso8601" format). */
export function sqliteDateTime(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** One stored exchange as the Pairing table holds it (explanation already JSON). */
export interface PairingRowInput {
  producerId: string;
  consumerId: string;
  material: string;
  route: string;
  tonnesPerYear: number;
  distanceKm: number;
  roadKm: number;
  costYuan: number;
  co2Kg: number;
  cycleLevel: string;
  explanation: string | null;
}

/**
 * Records a running run's progress (0..1); a cancelled or deleted run is left alone. Best effort: while another
 * connection holds a long write (a 20,000-row import), the update is skipped rather than waited for.
 */
export function storeRunProgress(db: WorkerDb, runId: string, fraction: number): void {
  const timeout = db.pragma("busy_timeout", { simple: true }) as number;
  db.pragma("busy_timeout = 100");
  try {
    db.prepare(`UPDATE "PairingRun" SET progress = ? WHERE id = ? AND status = 'running'`).run(fraction, runId);
  } catch (e) {
    if ((e as { code?: string }).code !== "SQLITE_BUSY") throw e;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** How long storing a finished run waits for another connection's write (a long import) before failing the run. */
export const STORE_RESULT_BUSY_TIMEOUT_MS = 15 * 60_000;

/** A finished run's summary as JSON: the full one and the light one run lists read (run-list-summary.ts). */
export interface RunSummaryJson {
  full: string;
  list: string;
}

/**
 * Stores a finished run in one transaction: marks it done with its summaries and inserts its pairings, only if it is
 * still running (a run cancelled or deleted meanwhile gets nothing). Returns whether it was stored.
 */
export function storeRunResult(
  db: WorkerDb,
  runId: string,
  summary: RunSummaryJson,
  pairings: PairingRowInput[],
): boolean {
  const finish = db.prepare(
    `UPDATE "PairingRun" SET status = 'done', progress = 1, finishedAt = ?, summary = ?, listSummary = ? WHERE id = ? AND status = 'running'`,
  );
  const insert = db.prepare(
    `INSERT INTO "Pairing" (runId, producerId, consumerId, material, route, tonnesPerYear, distanceKm, roadKm, costYuan, co2Kg, cycleLevel, explanation)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Waiting blocks only this worker thread; a result must not be lost because an import holds the write lock.
  db.pragma(`busy_timeout = ${STORE_RESULT_BUSY_TIMEOUT_MS}`);
  return db
    .transaction(() => {
      if (finish.run(sqliteDateTime(new Date()), summary.full, summary.list, runId).changes === 0) return false;
      for (const p of pairings)
        insert.run(
          runId,
          p.producerId,
          p.consumerId,
          p.material,
          p.route,
          p.tonnesPerYear,
          p.distanceKm,
          p.roadKm,
          p.costYuan,
          p.co2Kg,
          p.cycleLevel,
          p.explanation,
        );
      return true;
    })
    .immediate();
}
