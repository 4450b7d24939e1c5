/**
 * The tasks the app worker thread runs (workers/src/app-worker.ts), kept free of Next and Prisma so they bundle into
 * the worker: import preparation (read, validate, plan, locate counties), registry export building, and proposal, plan
 * city and scenario reports (report-tasks.ts).
 */
import { prepareImport, type PreparedImport } from "../domain/import/prepare-import";
import type { ImportCrs } from "../domain/import/crs";
import type { ExistingSiteRef, OnDuplicate } from "../domain/import/duplicates";
import type { ImportFormat } from "../domain/import/file-format";
import { buildGeoContext, type GeoSources } from "../domain/geo-context";
import { registryRows, rowsToCsv, rowsToXlsx, sitesToGeoJson, type ExportLang } from "../domain/registry-export";
import type { StoredSite } from "../domain/import/stored-site";
import {
  buildProposalReport,
  buildScenarioReport,
  buildTablesReport,
  type ProposalReportInput,
  type ScenarioReportInput,
  type TablesReportInput,
} from "./report-tasks";

export interface PrepareImportInput {
  bytes: Uint8Array;
  format: ImportFormat;
  crs: ImportCrs;
  onDuplicate: OnDuplicate;
  allowOutsideProvince: boolean;
  geo: GeoSources;
  existing: ExistingSiteRef[];
}

/** The prepared import plus the county of each planned site (same order), located in the worker too. */
export type PrepareImportOutput = PreparedImport & { counties: (string | null)[] };

export type RegistryExportFormat = "csv" | "xlsx" | "geojson";

export type WorkerRequest =
  | { task: "prepare-import"; input: PrepareImportInput }
  | { task: "registry-export"; input: { sites: StoredSite[]; format: RegistryExportFormat; lang: ExportLang } }
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
  if (msg.task === "prepare-import") {
    const { input } = msg;
    const geo = buildGeoContext(input.geo);
    const prepared = await prepareImport(input.bytes, {
      format: input.format,
      crs: input.crs,
      onDuplicate: input.onDuplicate,
      allowOutsideProvince: input.allowOutsideProvince,
      insideProvince: geo.insideProvince,
      existing: input.existing,
    });
    const counties = prepared.ok ? prepared.planned.map((p) => geo.countyOf(p.site.lng, p.site.lat)) : [];
    return { result: { ...prepared, counties } satisfies PrepareImportOutput, transfer: [] };
  }
  if (msg.task === "proposal-report") return transferable(await buildProposalReport(msg.input));
  if (msg.task === "tables-report") return transferable(await buildTablesReport(msg.input));
  if (msg.task === "scenario-report") return transferable(await buildScenarioReport(msg.input));
  const { sites, format, lang } = msg.input;
  if (format === "xlsx") {
    const bytes = await rowsToXlsx(registryRows(sites), lang);
    return { result: bytes, transfer: [bytes.buffer as ArrayBuffer] };
  }
  return {
    result: format === "csv" ? rowsToCsv(registryRows(sites), lang) : JSON.stringify(sitesToGeoJson(sites)),
    transfer: [],
  };
}
