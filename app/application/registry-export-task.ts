/**
 * The registry export as a worker-thread task: reads the sites page by page from the database on the worker's own
 * connection and streams CSV, XLSX (exceljs' streaming writer) or GeoJSON into a file, so neither the server thread
 * nor the worker ever holds the whole registry or the whole file in memory. Free of Next and Prisma (bundled).
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { openWorkerDb, siteRowPages } from "../data/worker-db";
import { toStoredSite } from "../data/site-rows";
import {
  CSV_TAIL,
  csvHead,
  csvRows,
  GEOJSON_HEAD,
  GEOJSON_TAIL,
  registryRows,
  siteFeature,
  writeRegistryXlsx,
  type ExportLang,
} from "../domain/registry-export";
import type { StoredSite } from "../domain/import/stored-site";

export type RegistryExportFormat = "csv" | "xlsx" | "geojson";

export interface RegistryExportTaskInput {
  format: RegistryExportFormat;
  lang: ExportLang;
  /** File to write (created; the caller deletes it after sending). */
  outPath: string;
  /** Database URL; the worker's environment's DATABASE_URL when absent. */
  databaseUrl?: string;
}

/** Writes the export file; returns its size and the number of sites in it. */
export async function writeRegistryExport(input: RegistryExportTaskInput): Promise<{ bytes: number; sites: number }> {
  const db = openWorkerDb(input.databaseUrl);
  const out = createWriteStream(input.outPath, { flags: "wx" });
  let sites = 0;
  function* pages(): Generator<StoredSite[]> {
    for (const rows of siteRowPages(db)) {
      sites += rows.length;
      yield rows.map(toStoredSite);
    }
  }
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  try {
    if (input.format === "xlsx") {
      await writeRegistryXlsx(pages(), input.lang, out);
    } else {
      const csv = input.format === "csv";
      await write(csv ? csvHead(input.lang) : GEOJSON_HEAD);
      let first = true;
      for (const page of pages()) {
        if (csv) await write(csvRows(registryRows(page)));
        else if (page.length) {
          await write((first ? "" : ",") + page.map((s) => JSON.stringify(siteFeature(s))).join(","));
          first = false;
        }
      }
      out.end(csv ? CSV_TAIL : GEOJSON_TAIL);
      await finished(out);
    }
    return { bytes: out.bytesWritten, sites };
  } catch (e) {
    out.destroy();
    throw e;
  } finally {
    db.close();
  }
}
