/** The report of an import (dry run or written): what each row did, duplicates found and totals. Plain data for the API and UI. */
import type { ImportCrs } from "./crs";
import type { ImportFormat } from "./read-file";
import type { DuplicateNote, OnDuplicate } from "./duplicates";
import type { TextEncodingName } from "./decode";

export interface ImportItem {
  row: number;
  name: string;
  action: "create" | "update" | "unchanged" | "skip";
  id: string | null;
  countyAdcode: string | null;
  outsideProvince: boolean;
  /** WGS84 position as stored (the map frames the imported sites with it). */
  lng: number;
  lat: number;
}

export interface ImportReport {
  dryRun: boolean;
  format: ImportFormat;
  encoding: TextEncodingName | null;
  crs: ImportCrs;
  onDuplicate: OnDuplicate;
  rows: number;
  sites: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  outsideProvince: number;
  duplicates: DuplicateNote[];
  unknownColumns: string[];
  items: ImportItem[];
}
