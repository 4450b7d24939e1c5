/**
 * The whole registry import as one worker-thread task (app/application/worker-tasks.ts): read, validate and plan the
 * file against the existing sites, locate counties (boundaries read here), then check parks and write everything in one transaction on the
 * worker's own connection (app/data/import.ts), and serialize the report. The server thread only receives the
 * finished answer's bytes, so a 20,000-row import never runs Prisma or builds its report on the event loop.
 */
import { buildGeoContext } from "../domain/geo-context";
import type { TextEncodingName } from "../domain/import/decode";
import type { ImportIssue } from "../domain/import/issues";
import { prepareImport } from "../domain/import/prepare-import";
import { idsForCreatedSites } from "../domain/import/site-id";
import { applyImport, type ImportRequest } from "../data/import";
import { geoSourcesFrom, openWorkerDb, siteRefs } from "../data/worker-db";

export interface ImportTaskInput extends ImportRequest {
  /** Database URL; the worker's environment's DATABASE_URL when absent. */
  databaseUrl?: string;
}

/** The finished import: the API answer `{ report }` as UTF-8 JSON bytes, or the issues that stopped it. */
export type ImportTaskResult =
  | { ok: true; changed: boolean; reportJson: Uint8Array }
  | { ok: false; issues: ImportIssue[]; encoding: TextEncodingName | null };

/** Runs an import (or a dry run) start to finish on this thread; any issue or database error leaves the DB as it was. */
export async function runImportTask(input: ImportTaskInput): Promise<ImportTaskResult> {
  const db = openWorkerDb(input.databaseUrl);
  try {
    // Duplicates are checked against every site's id, names and position, read in pages before the write lock.
    const existing = siteRefs(db);
    // Boundaries read here too: the server thread would otherwise read and copy megabytes of GeoJSON per import.
    const geo = buildGeoContext(geoSourcesFrom(db));
    const prepared = await prepareImport(input.bytes, {
      format: input.format,
      crs: input.crs,
      onDuplicate: input.onDuplicate,
      allowOutsideProvince: input.allowOutsideProvince,
      insideProvince: geo.insideProvince,
      existing,
    });
    if (!prepared.ok) return { ok: false, issues: prepared.issues, encoding: prepared.encoding };
    const counties = prepared.planned.map((p) => geo.countyOf(p.site.lng, p.site.lat));
    const createIds = idsForCreatedSites(
      prepared.planned,
      existing.map((s) => s.id),
    );
    const outcome = applyImport(db, input, { ...prepared, counties, createIds });
    if (!outcome.ok) return outcome;
    const { report } = outcome;
    return {
      ok: true,
      changed: !report.dryRun && report.created + report.updated > 0,
      reportJson: new TextEncoder().encode(JSON.stringify({ report })),
    };
  } finally {
    db.close();
  }
}
