import "server-only";
/** Registry import and export with their parsing and building off the event loop (app/application/off-thread.ts). */
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ImportRequest } from "../data/import";
import { markRegistryChanged } from "../data/registry";
import type { ExportLang } from "../domain/registry-export";
import { AppError } from "../http/app-error";
import { runOffThread, WORKER_HEAP_MB, type WorkerTaskOptions } from "./off-thread";
import type { ImportTaskResult } from "./import-task";
import type { RegistryExportFormat } from "./worker-tasks";

export type ImportResult = ImportTaskResult;

/**
 * Validates and (unless dry-run) applies an import, all-or-nothing, wholly on a worker thread (import-task.ts):
 * reading, validation, planning, county lookup, the writes in one transaction and the report's JSON. The server
 * thread only hands over the file and sends the answer's bytes.
 */
export async function importRegistryFile(req: ImportRequest): Promise<ImportResult> {
  const result = await runOffThread<ImportTaskResult>({ task: "import", input: req });
  if (result.ok && result.changed) markRegistryChanged();
  return result;
}

/** Longest a registry export may take: 10^5 sites as XLSX take minutes on a loaded machine, streamed in bounded memory. */
export const EXPORT_TIMEOUT_MS = 15 * 60_000;

const EXPORT_TASK: WorkerTaskOptions = {
  heapMb: WORKER_HEAP_MB,
  timeoutMs: EXPORT_TIMEOUT_MS,
  outOfMemory: () => new Error(`the registry export needed more than ${WORKER_HEAP_MB} MB`),
  timedOut: () =>
    new AppError(503, `the registry export took longer than ${EXPORT_TIMEOUT_MS / 60_000} minutes; try again later`),
};

/**
 * The whole registry as CSV, XLSX or GeoJSON in the import layout. A worker reads the sites page by page and streams
 * the file to a temporary folder; the answer streams that file (unlinked as soon as it is open), so memory
 * stays bounded at any registry size and the server thread only copies bytes.
 */
export async function exportRegistry(
  format: RegistryExportFormat,
  lang: ExportLang,
): Promise<{ body: ReadableStream<Uint8Array>; bytes: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-export-"));
  const cleanUp = () => void rm(dir, { recursive: true, force: true }).catch(() => undefined);
  const outPath = path.join(dir, `registry.${format}`);
  try {
    const { bytes } = await runOffThread<{ bytes: number; sites: number }>(
      { task: "registry-export", input: { format, lang, outPath } },
      [],
      EXPORT_TASK,
    );
    const file = createReadStream(outPath);
    await once(file, "open");
    // Unlinked at once: the open descriptor keeps the bytes readable, and nothing is left behind whether the client
    // reads to the end, aborts or never starts.
    cleanUp();
    return { body: Readable.toWeb(file) as ReadableStream<Uint8Array>, bytes };
  } catch (e) {
    cleanUp();
    throw e;
  }
}
