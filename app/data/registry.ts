import "server-only";
import { setImmediate } from "node:timers/promises";
import { prisma } from "./db";
import type { RegistrySite } from "../domain/registry-types";
import type { SitePaging, SiteQuery } from "../domain/site-query";
import type { Prisma } from "../../prisma/generated/client";
import { SITE_INCLUDE, toRegistrySite } from "./site-rows";

function fetchRows(where?: Prisma.SiteWhereInput, page?: { take: number }) {
  return prisma.site.findMany({
    where,
    include: SITE_INCLUDE,
    orderBy: { id: "asc" },
    ...(page ? { take: page.take } : {}),
  });
}

/** The SQL form of the map API's site filter (same rule as siteMatchesQuery in app/domain/site-query.ts). */
export function siteQueryWhere(query: SiteQuery): Prisma.SiteWhereInput {
  const and: Prisma.SiteWhereInput[] = [];
  if (query.includeSynthetic === false) and.push({ synthetic: false });
  if (query.statuses) and.push({ status: { in: query.statuses } });
  if (query.bbox) {
    const [minLng, minLat, maxLng, maxLat] = query.bbox;
    and.push({ lng: { gte: minLng, lte: maxLng }, lat: { gte: minLat, lte: maxLat } });
  }
  const mats = query.materials && query.materials.length > 0 ? query.materials : null;
  const produces: Prisma.SiteWhereInput = { outputs: { some: mats ? { materialCode: { in: mats } } : {} } };
  const absorbs: Prisma.SiteWhereInput = { intakes: { some: mats ? { materialCode: { in: mats } } : {} } };
  if (query.role === "producer") and.push(produces);
  else if (query.role === "consumer") and.push(absorbs);
  else if (query.role === "both")
    and.push({ outputs: { some: {} } }, { intakes: { some: {} } }, { OR: [produces, absorbs] });
  else if (mats) and.push({ OR: [produces, absorbs] });
  return and.length ? { AND: and } : {};
}

/**
 * One page of sites matching the query, in id order, straight from the database (so paging costs the same at
 * 10^6 sites as at 10^3): the page, the id to continue after (null on the last page) and the number matched.
 */
export async function loadRegistryPage(
  query: SiteQuery,
  paging: SitePaging,
): Promise<{ sites: RegistrySite[]; nextAfterId: string | null; numberMatched: number }> {
  const where = siteQueryWhere(query);
  const pageWhere: Prisma.SiteWhereInput =
    paging.afterId !== null ? { AND: [where, { id: { gt: paging.afterId } }] } : where;
  const [rows, numberMatched] = await Promise.all([
    fetchRows(pageWhere, { take: paging.limit + 1 }),
    prisma.site.count({ where }),
  ]);
  const more = rows.length > paging.limit;
  const sites = rows.slice(0, paging.limit).map(toRegistrySite);
  return { sites, nextAfterId: more ? sites[sites.length - 1].id : null, numberMatched };
}

// Every write to sites, outputs or intakes bumps this counter; the application layer's caches (the registry,
// spatial indexes, site tiles, places) are keyed by it. It lives on globalThis because Next bundles route handlers
// and server actions/pages separately, each with its own copy of this module: a write through any of them must
// invalidate every reader.
const state: { version: number } = ((
  globalThis as unknown as { atlasRegistryVersion?: { version: number } }
).atlasRegistryVersion ??= { version: 0 });

/** Call after any write to sites, outputs or intakes so caches and spatial indexes rebuild. */
export function markRegistryChanged(): void {
  state.version += 1;
}

/** A number that changes whenever the registry changes (for derived caches such as spatial indexes). */
export function registryVersion(): number {
  return state.version;
}

/** Sites read per query by loadAllSites (each page of 1,000 takes tens of milliseconds on the server thread). */
const LOAD_PAGE_SITES = 1_000;

/**
 * All sites with their outputs and intakes, as plain objects, straight from the database (uncached). Read in pages by
 * id with a turn of the event loop between them: one query for 10^5 sites would hold the server for seconds. A write
 * between pages can mix versions; the caller's version check (registry-cache.ts) then does not keep the result.
 */
export async function loadAllSites(): Promise<RegistrySite[]> {
  const out: RegistrySite[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.site.findMany({
      include: SITE_INCLUDE,
      orderBy: { id: "asc" },
      take: LOAD_PAGE_SITES,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const row of rows) out.push(toRegistrySite(row));
    if (rows.length < LOAD_PAGE_SITES) return out;
    cursor = rows[rows.length - 1].id;
    await setImmediate();
  }
}

/** One site by id, or null. */
export async function findRegistrySite(id: string): Promise<RegistrySite | null> {
  const rows = await fetchRows({ id });
  return rows[0] ? toRegistrySite(rows[0]) : null;
}

/** Number of sites in the registry (one COUNT, without loading them). */
export async function countSites(): Promise<number> {
  return prisma.site.count();
}
