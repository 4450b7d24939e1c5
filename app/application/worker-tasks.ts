/**
 * The tasks the app worker thread runs (workers/src/app-worker.ts), kept free of Next and Prisma so they bundle into
 * the worker: import preparation (read, validate, plan, locate counties), the streamed registry export, whole pairing
 * runs (app/application/pairing-run-task.ts), the crossing check of large drawn polygons, and proposal, plan city and
 * scenario reports (report-tasks.ts). Each task's code is loaded on demand (esbuild splits the bundle at these dynamic
 * imports), so a thread that checks a polygon starts in milliseconds instead of loading exceljs, HiGHS and the import
 * pipeline first.
 */
import type { PreparedImport } from "../domain/import/prepare-import";
import type { ImportCrs } from "../domain/import/crs";
import type { OnDuplicate } from "../domain/import/duplicates";
import type { ImportFormat } from "../domain/import/file-format";
import type { GeoSources } from "../domain/geo-context";
import type { PolygonGeometry } from "../domain/pairing/types";
import type { PairingRunTaskInput } from "./pairing-run-task";
import type { RegistryExportTaskInput } from "./registry-export-task";

export type { RegistryExportFormat } from "./registry-export-task";
import type { ProposalReportInput, ScenarioReportInput, TablesReportInput } from "./report-tasks";

export interface PrepareImportInput {
  bytes: Uint8Array;
  format: ImportFormat;
  crs: ImportCrs;
  onDuplicate: OnDuplicate;
  allowOutsideProvince: boolean;
  geo: GeoSources;
  /** Database URL to read the existing sites from; the worker's environment's DATABASE_URL when absent. */
  databaseUrl?: string;
}

/**
 * The prepared import plus, per planned site (same order), its county and the id it is created under (null unless
 * created), all worked out in the worker; the existing sites it is checked against are read there too.
 */
export type PrepareImportOutput = PreparedImport & { counties: (string | null)[]; createIds: (string | null)[] };

export type WorkerRequest =
  | { task: "prepare-import"; input: PrepareImportInput }
  | { task: "registry-export"; input: RegistryExportTaskInput }
  | { task: "pairing-run"; input: PairingRunTaskInput }
  | { task: "polygon-crossing"; input: { geometry: PolygonGeometry } }
  | { task: "proposal-report"; input: ProposalReportInput }
  | { task: "tables-report"; input: TablesReportInput }
  | { task: "scenario-report"; input: ScenarioReportInput };

/** Report bytes with their buffer to transfer (copied first when they share a larger buffer, e.g. a pooled Buffer). */
function transferable(bytes: Uint8Array): { result: Uint8Array; transfer: ArrayBuffer[] } {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  return { result: own, transfer: [own.buffer as ArrayBuffer] };
}

/** Runs one task; returns its result and the buffers to transfer back. */
export async function runWorkerTask(msg: WorkerRequest): Promise<{ result: unknown; transfer: ArrayBuffer[] }> {
  switch (msg.task) {
    case "prepare-import": {
      const { input } = msg;
      const [{ prepareImport }, { buildGeoContext }, { idsForCreatedSites }, { openWorkerDb, siteRefs }] =
        await Promise.all([
          import("../domain/import/prepare-import"),
          import("../domain/geo-context"),
          import("../domain/import/site-id"),
          import("../data/worker-db"),
        ]);
      const db = openWorkerDb(input.databaseUrl);
      let existing: ReturnType<typeof siteRefs>;
      try {
        existing = siteRefs(db);
      } finally {
        db.close();
      }
      const geo = buildGeoContext(input.geo);
      const prepared = await prepareImport(input.bytes, {
        format: input.format,
        crs: input.crs,
        onDuplicate: input.onDuplicate,
        allowOutsideProvince: input.allowOutsideProvince,
        insideProvince: geo.insideProvince,
        existing,
      });
      const counties = prepared.ok ? prepared.planned.map((p) => geo.countyOf(p.site.lng, p.site.lat)) : [];
      const createIds = prepared.ok
        ? idsForCreatedSites(
            prepared.planned,
            existing.map((s) => s.id),
          )
        : [];
      return { result: { ...prepared, counties, createIds } satisfies PrepareImportOutput, transfer: [] };
    }
    case "registry-export": {
      const { writeRegistryExport } = await import("./registry-export-task");
      return { result: await writeRegistryExport(msg.input), transfer: [] };
    }
    case "pairing-run": {
      const { computePairingRun } = await import("./pairing-run-task");
      return { result: await computePairingRun(msg.input), transfer: [] };
    }
    case "polygon-crossing": {
      const { hasSelfIntersection } = await import("../domain/pairing/polygon-geometry");
      return { result: hasSelfIntersection(msg.input.geometry), transfer: [] };
    }
    case "proposal-report":
      return transferable(await (await import("./report-tasks")).buildProposalReport(msg.input));
    case "tables-report":
      return transferable(await (await import("./report-tasks")).buildTablesReport(msg.input));
    case "scenario-report":
      return transferable(await (await import("./report-tasks")).buildScenarioReport(msg.input));
  }
}
