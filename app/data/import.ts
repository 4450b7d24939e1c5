import "server-only";
import { prisma } from "./db";
import type { Prisma } from "../../prisma/generated/client";
import type { PreparedImport } from "../domain/import/prepare-import";
import type { GeoSources } from "../domain/geo-context";
import { issue, type ImportIssue } from "../domain/import/issues";
import type { ImportCrs } from "../domain/import/crs";
import type { ImportFormat } from "../domain/import/file-format";
import type { OnDuplicate } from "../domain/import/duplicates";
import { sameSiteData } from "../domain/import/stored-site";
import type { TextEncodingName } from "../domain/import/decode";
import type { ImportItem, ImportReport } from "../domain/import/import-report";
import { geoSources, insertSite, loadStoredSitesByIds, replaceSite, yieldToEventLoop } from "./site-edit";
import { markRegistryChanged } from "./registry";

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

/**
 * What the parsing step needs; it runs off the event loop (the application layer passes a worker-thread runner) and
 * reads the existing sites' ids, names and positions (for duplicates) itself, so 10^5 of them are never read or
 * copied on the server thread.
 */
export interface PrepareInput {
  bytes: Uint8Array;
  format: ImportFormat;
  crs: ImportCrs;
  onDuplicate: OnDuplicate;
  allowOutsideProvince: boolean;
  geo: GeoSources;
}
/** The prepared import plus each planned site's county and, for sites it creates, their new id (same order). */
export type Prepare = (
  input: PrepareInput,
) => Promise<PreparedImport & { counties: (string | null)[]; createIds: (string | null)[] }>;

export type ImportResult =
  { ok: true; report: ImportReport } | { ok: false; issues: ImportIssue[]; encoding: TextEncodingName | null };

class Abort extends Error {
  constructor(readonly result: ImportResult) {
    super("import aborted");
  }
}

async function execute(
  db: Prisma.TransactionClient,
  req: ImportRequest,
  write: boolean,
  prepare: Prepare,
): Promise<ImportResult> {
  // Duplicate detection and new ids happen in `prepare`; full rows are read in batches for the sites an import updates.
  const prepared = await prepare({
    bytes: req.bytes,
    format: req.format,
    crs: req.crs,
    onDuplicate: req.onDuplicate,
    allowOutsideProvince: req.allowOutsideProvince,
    geo: await geoSources(),
  });
  if (!prepared.ok) return { ok: false, issues: prepared.issues, encoding: prepared.encoding };

  // Parks are referenced by id: an unknown id is a validation error, reported before anything is written.
  const parkIds = new Set((await db.park.findMany({ select: { id: true } })).map((p) => p.id));
  const parkIssues = prepared.planned
    .filter((p) => p.site.parkId !== null && !parkIds.has(p.site.parkId))
    .map((p) => issue(p.site.rows[0], "parkId", p.site.parkId, "unknown-park"));
  if (parkIssues.length > 0) return { ok: false, issues: parkIssues, encoding: prepared.encoding };

  const updating = await loadStoredSitesByIds(
    prepared.planned.filter((p) => p.action === "update").map((p) => p.targetId!),
    db,
  );
  const items: ImportItem[] = [];
  for (const [k, p] of prepared.planned.entries()) {
    // Prisma over better-sqlite3 resolves in microtasks, which would starve other requests for the whole import.
    if (k % 25 === 24) await yieldToEventLoop();
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
      const before = updating.get(p.targetId!)!;
      const same = sameSiteData(before, p.site) && before.countyAdcode === county;
      if (!same && write) await replaceSite(db, req.actor, before, p.site, county, "import");
      items.push({ ...base, action: same ? "unchanged" : "update", id: before.id });
    } else {
      const id = prepared.createIds[k]!;
      if (write) await insertSite(db, req.actor, id, p.site, county, "import");
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
 * Validates and (unless dry-run) applies an import in ONE interactive transaction: any validation issue or database
 * error rolls everything back, so the registry is exactly as before. Re-importing with "update" changes nothing.
 */
export async function runImport(req: ImportRequest, prepare: Prepare): Promise<ImportResult> {
  if (req.dryRun) return execute(prisma, req, false, prepare);
  try {
    const result = await prisma.$transaction(
      async (tx) => {
        const r = await execute(tx, req, true, prepare);
        if (!r.ok) throw new Abort(r); // nothing was written, but roll back explicitly anyway
        return r;
      },
      { maxWait: 10_000, timeout: 300_000 },
    );
    if (result.ok && (result.report.created > 0 || result.report.updated > 0)) markRegistryChanged();
    return result;
  } catch (e) {
    if (e instanceof Abort) return e.result;
    throw e;
  }
}
