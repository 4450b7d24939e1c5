/**
 * Applying a prepared import on a worker thread's own connection (app/application/import-task.ts): the park check,
 * the writes in ONE better-sqlite3 transaction and the report. Any issue or database error rolls everything back,
 * so the registry is exactly as before; re-importing with "update" changes nothing. The rows written are those of
 * the editor's Prisma path (site-writes-sql.ts). No "server-only": bundled into workers/dist/app-worker.mjs.
 */
import type { PreparedImport } from "../domain/import/prepare-import";
import { issue, type ImportIssue } from "../domain/import/issues";
import type { ImportCrs } from "../domain/import/crs";
import type { ImportFormat } from "../domain/import/file-format";
import type { OnDuplicate } from "../domain/import/duplicates";
import { sameSiteData, type StoredSite } from "../domain/import/stored-site";
import type { TextEncodingName } from "../domain/import/decode";
import type { ImportItem, ImportReport } from "../domain/import/import-report";
import { toStoredSite } from "./site-rows";
import { membershipParksFrom, sqlSiteWriter } from "./site-writes-sql";
import { siteRowsByIds, type WorkerDb } from "./worker-db";

export interface ImportRequest {
  bytes: Uint8Array;
  format: ImportFormat;
  crs: ImportCrs;
  onDuplicate: OnDuplicate;
  allowOutsideProvince: boolean;
  dryRun: boolean;
  actor: string;
}

export type { ImportItem, ImportReport };

/** A prepared import with each planned site's county and, for sites it creates, their new id (same order). */
export type PreparedForImport = Extract<PreparedImport, { ok: true }> & {
  counties: (string | null)[];
  createIds: (string | null)[];
};

export type ImportOutcome =
  { ok: true; report: ImportReport } | { ok: false; issues: ImportIssue[]; encoding: TextEncodingName | null };

class Abort extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super("import aborted");
  }
}

function plan(db: WorkerDb, req: ImportRequest, prepared: PreparedForImport, write: boolean): ImportOutcome {
  // Parks are referenced by id: an unknown id is a validation error, reported before anything is written.
  const parkIds = new Set((db.prepare(`SELECT id FROM "Park"`).all() as { id: string }[]).map((p) => p.id));
  const parkIssues = prepared.planned
    .filter((p) => p.site.parkId !== null && !parkIds.has(p.site.parkId))
    .map((p) => issue(p.site.rows[0], "parkId", p.site.parkId, "unknown-park"));
  if (parkIssues.length > 0) return { ok: false, issues: parkIssues, encoding: prepared.encoding };

  const updating = new Map<string, StoredSite>();
  const ids = prepared.planned.filter((p) => p.action === "update").map((p) => p.targetId!);
  for (const row of siteRowsByIds(db, ids)) updating.set(row.id, toStoredSite(row));
  const writer = write ? sqlSiteWriter(db, membershipParksFrom(db)) : null;
  const items: ImportItem[] = [];
  for (const [k, p] of prepared.planned.entries()) {
    const county = prepared.counties[k] ?? null;
    const base = {
      row: p.site.rows[0],
      name: p.site.name,
      countyAdcode: county,
      outsideProvince: p.site.outsideProvince,
      lng: p.site.lng,
      lat: p.site.lat,
    };
    if (p.action === "skip") {
      items.push({ ...base, action: "skip", id: p.targetId });
    } else if (p.action === "update") {
      const before = updating.get(p.targetId!);
      if (!before) throw new Error(`site ${p.targetId} was deleted while the import ran; try again`);
      const same = sameSiteData(before, p.site) && before.countyAdcode === county;
      if (!same) writer?.replace(req.actor, before, p.site, county, "import");
      items.push({ ...base, action: same ? "unchanged" : "update", id: before.id });
    } else {
      const id = prepared.createIds[k]!;
      writer?.insert(req.actor, id, p.site, county, "import");
      items.push({ ...base, action: "create", id });
    }
  }
  const count = (a: ImportItem["action"]) => items.filter((i) => i.action === a).length;
  return {
    ok: true,
    report: {
      dryRun: req.dryRun,
      format: prepared.format,
      encoding: prepared.encoding,
      crs: req.crs,
      onDuplicate: req.onDuplicate,
      rows: prepared.rowCount,
      sites: items.length,
      created: count("create"),
      updated: count("update"),
      unchanged: count("unchanged"),
      skipped: count("skip"),
      outsideProvince: items.filter((i) => i.outsideProvince && i.action !== "skip").length,
      duplicates: prepared.duplicates,
      unknownColumns: prepared.unknownColumns,
      items,
    },
  };
}

/**
 * Checks and (unless dry-run) writes a prepared import on `db` in one transaction: a dry run reads one snapshot and
 * writes nothing; a real run takes the write lock first and rolls back on any issue or error (which it rethrows).
 */
export function applyImport(db: WorkerDb, req: ImportRequest, prepared: PreparedForImport): ImportOutcome {
  if (req.dryRun) return db.transaction(() => plan(db, req, prepared, false)).deferred();
  try {
    return db
      .transaction(() => {
        const outcome = plan(db, req, prepared, true);
        if (!outcome.ok) throw new Abort(outcome); // nothing was written, but roll back explicitly anyway
        return outcome;
      })
      .immediate();
  } catch (e) {
    if (e instanceof Abort) return e.outcome;
    throw e;
  }
}
