import "server-only";
/** Registry import and export with their parsing and building off the event loop (app/application/off-thread.ts). */
import { runImport, type ImportRequest, type ImportResult } from "../data/import";
import { loadStoredSites } from "../data/site-edit";
import type { ExportLang } from "../domain/registry-export";
import { runOffThread } from "./off-thread";
import type { PrepareImportOutput, RegistryExportFormat } from "./worker-tasks";

/** Validates and (unless dry-run) applies an import; reading, validation, planning and county lookup run in a worker. */
export function importRegistryFile(req: ImportRequest): Promise<ImportResult> {
  return runImport(req, (input) => runOffThread<PrepareImportOutput>({ task: "prepare-import", input }));
}

/** The whole registry as CSV, XLSX or GeoJSON in the import layout, built in a worker. */
export async function exportRegistry(format: RegistryExportFormat, lang: ExportLang): Promise<string | Uint8Array> {
  const sites = await loadStoredSites();
  return runOffThread<string | Uint8Array>({ task: "registry-export", input: { sites, format, lang } });
}
