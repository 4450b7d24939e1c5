import "server-only";
import { prisma } from "./db";
import type { RegistrySite } from "../domain/registry-types";
import { SITE_INCLUDE, toRegistrySite } from "./site-rows";

function fetchRows(where?: { id?: string }) {
  return prisma.site.findMany({ where, include: SITE_INCLUDE, orderBy: { id: "asc" } });
}

// The registry is small (thousands of sites) and read on every map/search request, so it is cached
// in memory and invalidated by every write through `markRegistryChanged`.
// Next bundles route handlers and server actions/pages separately, each with its own copy of this module, so the
// cache and its version live on globalThis: a write through any of them invalidates every reader.
const state: { version: number; cache: { version: number; sites: RegistrySite[] } | null } = ((
  globalThis as unknown as { atlasRegistryCache?: { version: number; cache: { version: number; sites: RegistrySite[] } | null } }
).atlasRegistryCache ??= { version: 0, cache: null });

/** Call after any write to sites, outputs or intakes so caches and spatial indexes rebuild. */
export function markRegistryChanged(): void {
  state.version += 1;
  state.cache = null;
}

/** A number that changes whenever the registry changes (for derived caches such as spatial indexes). */
export function registryVersion(): number {
  return state.version;
}

/** All sites with their outputs and intakes, as plain objects. */
export async function loadRegistry(): Promise<RegistrySite[]> {
  if (state.cache && state.cache.version === state.version) return state.cache.sites;
  const v = state.version;
  const sites = (await fetchRows()).map(toRegistrySite);
  if (v === state.version) state.cache = { version: v, sites };
  return sites;
}

/** One site by id, or null. */
export async function findRegistrySite(id: string): Promise<RegistrySite | null> {
  const rows = await fetchRows({ id });
  return rows[0] ? toRegistrySite(rows[0]) : null;
}
