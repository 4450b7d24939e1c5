import "server-only";
import { setImmediate } from "node:timers/promises";
import { newSiteId as newRandomSiteId } from "../domain/import/site-id";
import { prisma } from "./db";
import type { Prisma } from "../../prisma/generated/client";
import {
  buildGeoContext,
  GEO_SOURCE_LEVELS,
  geoSourcesOf,
  type GeoContext,
  type GeoSources,
} from "../domain/geo-context";
import type { MembershipPark } from "../domain/park-membership";
import { canonicalSite, sameSiteData, type StoredSite } from "../domain/import/stored-site";
import type { SiteInput } from "../domain/import/site-input";
import { markRegistryChanged } from "./registry";
import { recordAudit } from "./audit";
import { SITE_INCLUDE, toStoredSite, type SiteRow } from "./site-rows";
import {
  flowRows,
  membershipParksOf,
  siteColumns,
  siteCreatedAudit,
  siteParkIds,
  siteReplacedAudit,
} from "./site-columns";

type Db = Prisma.TransactionClient | typeof prisma;

export type { GeoContext };

let sources: Promise<GeoSources> | null = null;
let geo: Promise<GeoContext> | null = null;

/** The province and county boundaries as stored GeoJSON text (cached per process; boundaries only change on seed). */
export function geoSources(): Promise<GeoSources> {
  sources ??= prisma.region
    .findMany({
      where: { level: { in: [...GEO_SOURCE_LEVELS] } },
      select: { adcode: true, level: true, geometry: true },
    })
    .then((regions) => {
      const src = geoSourcesOf(regions);
      if (!src.province || src.counties.length === 0) sources = geo = null; // retry once the seed has run
      return src;
    });
  return sources;
}

/** Province test and county locator from the seeded boundaries (cached per process). */
export function geoContext(): Promise<GeoContext> {
  geo ??= geoSources().then(buildGeoContext);
  return geo;
}

/** Every site in the editable shape, ordered by id; read in pages so a large registry never blocks other requests. */
export async function loadStoredSites(db: Db = prisma): Promise<StoredSite[]> {
  const out: StoredSite[] = [];
  for (let cursor: string | null = null; ;) {
    const rows: SiteRow[] = await db.site.findMany({
      include: SITE_INCLUDE,
      orderBy: { id: "asc" },
      take: 1000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    out.push(...rows.map(toStoredSite));
    if (rows.length < 1000) return out;
    cursor = rows[rows.length - 1].id;
    await setImmediate(); // let other requests in: Prisma over better-sqlite3 would run the whole loop in one go
  }
}

/** The given sites in the editable shape, by id (read in batches of 500, yielding between them). */
export async function loadStoredSitesByIds(ids: readonly string[], db: Db = prisma): Promise<Map<string, StoredSite>> {
  const out = new Map<string, StoredSite>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.site.findMany({ where: { id: { in: ids.slice(i, i + 500) } }, include: SITE_INCLUDE });
    for (const r of rows) out.set(r.id, toStoredSite(r));
    if (i + 500 < ids.length) await setImmediate(); // let other requests in between pages
  }
  return out;
}

/** One site in the editable shape, or null. */
export async function loadStoredSite(id: string, db: Db = prisma): Promise<StoredSite | null> {
  const row = await db.site.findUnique({ where: { id }, include: SITE_INCLUDE });
  return row ? toStoredSite(row) : null;
}

/** A new site id for user-created sites (app/domain/import/site-id.ts). */
export const newSiteId = newRandomSiteId;

// Parks do not change at run time (they come from the seed), so their parsed shapes are kept once loaded.
let membershipParks: Promise<MembershipPark[]> | null = null;

function loadMembershipParks(tx: Prisma.TransactionClient): Promise<MembershipPark[]> {
  membershipParks ??= tx.park
    .findMany({
      orderBy: { id: "asc" },
      select: { id: true, centerLng: true, centerLat: true, radiusKm: true, geometry: true },
    })
    .then(membershipParksOf);
  return membershipParks;
}

/** Recomputes a site's parks (SitePark rows) from its position and the park it names; keeps the park it names as parkId. */
async function syncSiteParks(
  tx: Prisma.TransactionClient,
  siteId: string,
  input: SiteInput,
  countyAdcode: string | null,
): Promise<void> {
  const parkIds = siteParkIds(input, countyAdcode, await loadMembershipParks(tx));
  await tx.sitePark.deleteMany({ where: { siteId } });
  if (parkIds.length) await tx.sitePark.createMany({ data: parkIds.map((parkId) => ({ siteId, parkId })) });
}

/** Inserts a site with its flows (county from point-in-polygon) and audits it, inside the caller's transaction. */
export async function insertSite(
  tx: Prisma.TransactionClient,
  actor: string,
  id: string,
  input: SiteInput,
  countyAdcode: string | null,
  action: "create" | "import",
): Promise<void> {
  await tx.site.create({ data: { id, ...siteColumns(input, countyAdcode) } });
  await syncSiteParks(tx, id, input, countyAdcode);
  const flows = flowRows(id, input);
  if (flows.outputs.length) await tx.output.createMany({ data: flows.outputs });
  if (flows.intakes.length) await tx.intake.createMany({ data: flows.intakes });
  await recordAudit(tx, siteCreatedAudit(actor, id, input, countyAdcode, action));
}

/** Thrown inside a transaction when the site moved past the version the editor started from (rolls it back). */
export class VersionConflict extends Error {
  constructor(readonly current: number) {
    super("version conflict");
  }
}

/**
 * Replaces a site's data and flows (county recomputed), bumps its version and audits before/after; no-op when nothing
 * changed. With `expectedVersion`, the write only happens if the stored version still is that one.
 */
export async function replaceSite(
  tx: Prisma.TransactionClient,
  actor: string,
  before: StoredSite,
  input: SiteInput,
  countyAdcode: string | null,
  action: "update" | "import",
  expectedVersion?: number,
): Promise<boolean> {
  if (sameSiteData(before, input) && before.countyAdcode === countyAdcode) return false;
  const where = expectedVersion === undefined ? { id: before.id } : { id: before.id, version: expectedVersion };
  const updated = await tx.site.updateMany({
    where,
    data: { ...siteColumns(input, countyAdcode), version: { increment: 1 } },
  });
  if (updated.count !== 1)
    throw new VersionConflict(
      (await tx.site.findUnique({ where: { id: before.id }, select: { version: true } }))?.version ?? 0,
    );
  await syncSiteParks(tx, before.id, input, countyAdcode);
  await tx.output.deleteMany({ where: { siteId: before.id } });
  await tx.intake.deleteMany({ where: { siteId: before.id } });
  const flows = flowRows(before.id, input);
  if (flows.outputs.length) await tx.output.createMany({ data: flows.outputs });
  if (flows.intakes.length) await tx.intake.createMany({ data: flows.intakes });
  await recordAudit(tx, siteReplacedAudit(actor, before, input, countyAdcode, action));
  return true;
}

export type SiteEditError = "not-found" | "outside-province" | "unknown-park";

/** A site's current edit version, or null when it does not exist. */
export async function siteVersion(id: string): Promise<number | null> {
  return (await prisma.site.findUnique({ where: { id }, select: { version: true } }))?.version ?? null;
}

/** Checks the province rule and the park; returns the county or an error. */
async function place(
  input: SiteInput,
): Promise<{ input: SiteInput; county: string | null } | { error: SiteEditError }> {
  const g = await geoContext();
  const inside = g.insideProvince(input.lng, input.lat);
  if (!inside && !input.outsideProvince) return { error: "outside-province" };
  if (input.parkId && !(await prisma.park.findUnique({ where: { id: input.parkId }, select: { id: true } })))
    return { error: "unknown-park" };
  return { input: { ...input, outsideProvince: !inside }, county: g.countyOf(input.lng, input.lat) };
}

/** Creates a site from the form or API. */
export async function createSite(actor: string, raw: SiteInput): Promise<{ id: string } | { error: SiteEditError }> {
  const placed = await place(raw);
  if ("error" in placed) return placed;
  const id = newSiteId();
  await prisma.$transaction((tx) => insertSite(tx, actor, id, placed.input, placed.county, "create"));
  markRegistryChanged();
  return { id };
}

/**
 * Updates a site (all fields and flows) from the form or API. With `expectedVersion` (what the editor loaded), a
 * site changed by someone else meanwhile is not overwritten: the answer is a conflict with both versions.
 */
export async function updateSite(
  actor: string,
  id: string,
  raw: SiteInput,
  expectedVersion?: number,
): Promise<
  | { id: string; changed: boolean; version: number }
  | { error: SiteEditError }
  | { error: "conflict"; currentVersion: number; yourVersion: number }
> {
  const placed = await place(raw);
  if ("error" in placed) return placed;
  let changed: boolean | null;
  try {
    changed = await prisma.$transaction(async (tx) => {
      const before = await loadStoredSite(id, tx);
      if (!before) return null;
      const current = (await tx.site.findUnique({ where: { id }, select: { version: true } }))!.version;
      if (expectedVersion !== undefined && current !== expectedVersion) throw new VersionConflict(current);
      return replaceSite(tx, actor, before, placed.input, placed.county, "update", expectedVersion);
    });
  } catch (e) {
    if (e instanceof VersionConflict)
      return { error: "conflict", currentVersion: e.current, yourVersion: expectedVersion! };
    throw e;
  }
  if (changed === null) return { error: "not-found" };
  if (changed) markRegistryChanged();
  return { id, changed, version: (await siteVersion(id)) ?? 0 };
}

/** Deletes a site and its flows (audited with the full before state). */
export async function deleteSite(actor: string, id: string): Promise<{ id: string } | { error: "not-found" }> {
  const done = await prisma.$transaction(async (tx) => {
    const before = await loadStoredSite(id, tx);
    if (!before) return false;
    await tx.site.delete({ where: { id } });
    await recordAudit(tx, {
      username: actor,
      action: "delete",
      entity: "site",
      entityId: id,
      before: { ...canonicalSite(before), countyAdcode: before.countyAdcode },
      after: null,
    });
    return true;
  });
  if (!done) return { error: "not-found" };
  markRegistryChanged();
  return { id };
}

/** Applies a partial change (top-level fields; `outputs` / `intakes` replace the lists) to a stored site, for PATCH. */
export async function mergedSiteInput(
  id: string,
  patch: Record<string, unknown>,
): Promise<Record<string, unknown> | null> {
  const before = await loadStoredSite(id);
  if (!before) return null;
  const { id: _id, countyAdcode: _county, ...editable } = before;
  return { ...editable, ...patch };
}
