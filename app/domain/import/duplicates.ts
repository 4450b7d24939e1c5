/** Duplicate detection (same name within 1 km, or same id) inside a file and against existing sites, and the resulting plan. */
import { haversineKm } from "../distance";
import { DUPLICATE_RADIUS_KM } from "./limits";
import type { ImportSite } from "./validate";

export const ON_DUPLICATE = ["skip", "update", "add"] as const;
export type OnDuplicate = (typeof ON_DUPLICATE)[number];

export interface ExistingSiteRef {
  id: string;
  name: string;
  nameEn: string;
  lng: number;
  lat: number;
}

export interface DuplicateNote {
  /** First file row of the duplicate site. */
  row: number;
  name: string;
  kind: "file" | "existing";
  /** For in-file duplicates: first row of the earlier site. */
  otherRow: number | null;
  /** For duplicates of existing sites: that site's id. */
  existingId: string | null;
  distanceKm: number;
  action: OnDuplicate;
}

export type PlannedAction = "create" | "update" | "skip";

export interface PlannedSite {
  site: ImportSite;
  action: PlannedAction;
  /** Existing site to update, or the id to create with (null: generate one). */
  targetId: string | null;
}

export interface ImportPlan {
  planned: PlannedSite[];
  duplicates: DuplicateNote[];
}

/** Name as compared for duplicates: Unicode-normalised, case- and space-insensitive. */
export function normaliseName(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

function km(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  return haversineKm(a.lng, a.lat, b.lng, b.lat);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Decides create/update/skip for every site, applying `onDuplicate` to duplicates inside the file and against existing sites. */
export function planImport(
  sites: readonly ImportSite[],
  existing: readonly ExistingSiteRef[],
  onDuplicate: OnDuplicate,
): ImportPlan {
  const duplicates: DuplicateNote[] = [];
  const kept: (ImportSite | null)[] = [];
  const byName = new Map<string, number[]>(); // normalised name → indexes into `kept`

  for (const site of sites) {
    const key = normaliseName(site.name);
    const earlier = (byName.get(key) ?? []).find((i) => kept[i] && km(kept[i]!, site) <= DUPLICATE_RADIUS_KM);
    if (earlier !== undefined) {
      const other = kept[earlier]!;
      duplicates.push({
        row: site.rows[0],
        name: site.name,
        kind: "file",
        otherRow: other.rows[0],
        existingId: null,
        distanceKm: round3(km(other, site)),
        action: onDuplicate,
      });
      if (onDuplicate === "skip") continue;
      if (onDuplicate === "update") kept[earlier] = null; // the later row wins
    }
    kept.push(site);
    byName.set(key, [...(byName.get(key) ?? []), kept.length - 1]);
  }

  const existingById = new Map(existing.map((e) => [e.id, e]));
  const existingByName = new Map<string, ExistingSiteRef[]>();
  for (const e of existing) {
    for (const n of new Set([normaliseName(e.name), normaliseName(e.nameEn)])) {
      if (!n) continue;
      existingByName.set(n, [...(existingByName.get(n) ?? []), e]);
    }
  }

  const planned: PlannedSite[] = [];
  const claimedIds = new Set<string>();
  for (const site of kept) {
    if (!site) continue;
    const byId = site.id !== null ? existingById.get(site.id) : undefined;
    const near = (existingByName.get(normaliseName(site.name)) ?? [])
      .map((e) => ({ e, d: km(e, site) }))
      .filter((x) => x.d <= DUPLICATE_RADIUS_KM)
      .sort((a, b) => a.d - b.d)[0];
    const match = byId ?? near?.e;
    if (!match) {
      const id = site.id !== null && !claimedIds.has(site.id) ? site.id : null;
      if (id) claimedIds.add(id);
      planned.push({ site, action: "create", targetId: id });
      continue;
    }
    duplicates.push({
      row: site.rows[0],
      name: site.name,
      kind: "existing",
      otherRow: null,
      existingId: match.id,
      distanceKm: round3(km(match, site)),
      action: onDuplicate,
    });
    if (onDuplicate === "skip") planned.push({ site, action: "skip", targetId: match.id });
    else if (onDuplicate === "update") planned.push({ site, action: "update", targetId: match.id });
    else planned.push({ site, action: "create", targetId: null });
  }
  return { planned, duplicates };
}
