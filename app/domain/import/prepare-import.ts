/** The whole pure import pipeline: read the file, validate rows, detect duplicates and plan the writes. */
import type { ImportCrs } from "./crs";
import type { TextEncodingName } from "./decode";
import { planImport, type DuplicateNote, type ExistingSiteRef, type OnDuplicate, type PlannedSite } from "./duplicates";
import type { ImportIssue } from "./issues";
import { readImportFile, type ImportFormat } from "./read-file";
import { validateRecords } from "./validate";

export interface PrepareOptions {
  format: ImportFormat;
  crs: ImportCrs;
  onDuplicate: OnDuplicate;
  allowOutsideProvince: boolean;
  insideProvince: (lng: number, lat: number) => boolean;
  existing: readonly ExistingSiteRef[];
}

interface PreparedBase {
  format: ImportFormat;
  encoding: TextEncodingName | null;
  unknownColumns: string[];
  rowCount: number;
}

export type PreparedImport =
  | (PreparedBase & { ok: false; issues: ImportIssue[] })
  | (PreparedBase & { ok: true; planned: PlannedSite[]; duplicates: DuplicateNote[] });

/** Reads and validates an upload and plans it; any issue means nothing may be written. */
export async function prepareImport(bytes: Uint8Array, opts: PrepareOptions): Promise<PreparedImport> {
  const read = await readImportFile(bytes, opts.format);
  const base: PreparedBase = {
    format: read.format,
    encoding: read.encoding,
    unknownColumns: read.unknownColumns,
    rowCount: new Set(read.records.map((r) => r.row)).size,
  };
  if (read.issues.length > 0) return { ...base, ok: false, issues: read.issues };
  const { sites, issues } = validateRecords(read.records, {
    crs: opts.crs,
    allowOutsideProvince: opts.allowOutsideProvince,
    insideProvince: opts.insideProvince,
    labels: read.labels,
  });
  if (issues.length > 0) return { ...base, ok: false, issues };
  const { planned, duplicates } = planImport(sites, opts.existing, opts.onDuplicate);
  return { ...base, ok: true, planned, duplicates };
}
