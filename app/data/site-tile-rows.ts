/**
 * The site tile thread's reader: the registry straight from the SQLite file (better-sqlite3, read-only), only the
 * columns the map's tiles need, a page of sites at a time in id order. It runs on the tile thread (bundled into
 * workers/dist/site-tiles-worker.mjs), so no "server-only" and no Prisma: loading 10^6 sites through Prisma on the
 * server thread took minutes and gigabytes; this reads them in seconds on the side.
 */
import Database from "better-sqlite3";
import { isMaterialCode, type MaterialCode } from "../domain/materials";
import { siteStatusOf } from "../domain/site-status";
import type { SiteTileSource } from "../domain/site-tiles";

/** Sites per page: each page is three indexed range reads, small enough to keep memory flat. */
export const SITE_TILE_PAGE_SIZE = 5000;

interface SiteRow {
  id: string;
  nameZh: string;
  nameEn: string;
  lng: number;
  lat: number;
  parkId: string | null;
  synthetic: number;
  status: string;
}
interface FlowRow {
  siteId: string;
  materialCode: string;
  amount: number;
}

function material(code: string, siteId: string): MaterialCode {
  if (!isMaterialCode(code)) throw new Error(`site ${siteId}: unknown material code in the database: ${code}`);
  return code;
}

/** Groups flow rows (ordered by siteId) by site. */
function bySite(rows: FlowRow[]): Map<string, FlowRow[]> {
  const out = new Map<string, FlowRow[]>();
  for (const r of rows) {
    const list = out.get(r.siteId);
    if (list) list.push(r);
    else out.set(r.siteId, [r]);
  }
  return out;
}

/** A SQLite path from a Prisma-style URL (`file:/abs/path.db`, `file:./rel.db?…`), resolved against `cwd`. */
export function sqliteFileOf(databaseUrl: string, cwd: string): string {
  const bare = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  return bare.startsWith("/") ? bare : `${cwd.replace(/\/$/, "")}/${bare.replace(/^\.\//, "")}`;
}

/**
 * Every site of the database file as tile sources, a page at a time (id order). Each page is read in its own short
 * read transaction and no lock is held between pages (in WAL mode, app/data/sqlite-journal.ts, readers and the
 * writer do not block each other anyway). A write that lands mid-read bumps the registry version, and the server rebuilds. The
 * connection is read-only and closed when the iteration ends.
 */
export function* readSiteTileSources(
  dbFile: string,
  pageSize: number = SITE_TILE_PAGE_SIZE,
): Generator<SiteTileSource[], void, undefined> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const sitesAfter = db.prepare<[string, number], SiteRow>(
      `SELECT id, nameZh, nameEn, lng, lat, parkId, synthetic, status FROM Site WHERE id > ? ORDER BY id LIMIT ?`,
    );
    const outputsIn = db.prepare<[string, string], FlowRow>(
      `SELECT siteId, materialCode, tonnesPerYear AS amount FROM Output WHERE siteId >= ? AND siteId <= ? ORDER BY siteId`,
    );
    const intakesIn = db.prepare<[string, string], FlowRow>(
      `SELECT siteId, materialCode, capacityTonnesPerYear AS amount FROM Intake WHERE siteId >= ? AND siteId <= ? ORDER BY siteId`,
    );
    // One page: its sites and their flows from one snapshot.
    const readPage = db.transaction((after: string) => {
      const sites = sitesAfter.all(after, pageSize);
      if (sites.length === 0) return null;
      const first = sites[0].id;
      const last = sites[sites.length - 1].id;
      return { sites, outputs: bySite(outputsIn.all(first, last)), intakes: bySite(intakesIn.all(first, last)) };
    });
    let after = "";
    for (;;) {
      const page = readPage(after);
      if (!page) break;
      const { sites, outputs, intakes } = page;
      yield sites.map((s): SiteTileSource => ({
        id: s.id,
        name: s.nameZh,
        nameEn: s.nameEn,
        lng: s.lng,
        lat: s.lat,
        parkId: s.parkId,
        status: siteStatusOf(s.status),
        provenance: { synthetic: s.synthetic !== 0 },
        outputs: (outputs.get(s.id) ?? []).map((o) => ({
          material: material(o.materialCode, s.id),
          tonnesPerYear: o.amount,
        })),
        intakes: (intakes.get(s.id) ?? []).map((i) => ({
          material: material(i.materialCode, s.id),
          capacityTonnesPerYear: i.amount,
        })),
      }));
      if (sites.length < pageSize) break;
      after = sites[sites.length - 1].id;
    }
  } finally {
    db.close();
  }
}
