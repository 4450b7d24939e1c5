/**
 * The tasks the app worker thread runs (workers/src/app-worker.ts), kept free of Next and Prisma so they bundle into
 * the worker: whole imports (import-task.ts: read, validate, plan, locate counties, write, report), the streamed
 * registry export, whole pairing runs (app/application/pairing-run-task.ts), the crossing check of large drawn
 * polygons, the whole registry for the server's cache, the registry table's sort order at 10^5 sites, and proposal, plan city and scenario reports (report-tasks.ts). Each task's code is loaded on demand (esbuild splits the bundle at these dynamic
 * imports), so a thread that checks a polygon starts in milliseconds instead of loading exceljs, HiGHS and the import
 * pipeline first.
 */
import type { ImportTaskInput } from "./import-task";
import type { PolygonGeometry } from "../domain/pairing/types";
import type { PairingRunTaskInput } from "./pairing-run-task";
import type { RegistryExportTaskInput } from "./registry-export-task";

export type { RegistryExportFormat } from "./registry-export-task";
import type { ProposalReportInput, ScenarioReportInput, TablesReportInput } from "./report-tasks";

export type WorkerRequest =
  | { task: "import"; input: ImportTaskInput }
  | { task: "registry-export"; input: RegistryExportTaskInput }
  | { task: "pairing-run"; input: PairingRunTaskInput }
  | { task: "polygon-crossing"; input: { geometry: PolygonGeometry } }
  | { task: "sort-order"; input: { keys: (string | number)[]; ids: string[] } }
  | { task: "registry-read"; input: { databaseUrl?: string } }
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
    case "import": {
      const result = await (await import("./import-task")).runImportTask(msg.input);
      if (!result.ok) return { result, transfer: [] };
      const bytes = transferable(result.reportJson);
      return { result: { ...result, reportJson: bytes.result }, transfer: bytes.transfer };
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
    case "registry-read": {
      const pages = (await import("./registry-read-task")).readRegistryPages(msg.input);
      return { result: pages, transfer: pages.map((p) => p.buffer as ArrayBuffer) };
    }
    case "sort-order": {
      const { sortOrder } = await import("../domain/registry-list");
      const order = sortOrder(msg.input.keys, msg.input.ids);
      return { result: order, transfer: [order.buffer as ArrayBuffer] };
    }
    case "proposal-report":
      return transferable(await (await import("./report-tasks")).buildProposalReport(msg.input));
    case "tables-report":
      return transferable(await (await import("./report-tasks")).buildTablesReport(msg.input));
    case "scenario-report":
      return transferable(await (await import("./report-tasks")).buildScenarioReport(msg.input));
  }
}
