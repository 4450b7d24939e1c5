import "server-only";
import { loadAllSites, registryVersion } from "../data/registry";
import type { RegistrySite } from "../domain/registry-types";

// The registry is small (thousands of sites) and read on every map/search request, so it is cached in memory per
// registry version (app/data/registry.ts bumps it on every write). On globalThis: Next bundles route handlers and
// server actions/pages separately, each with its own copy of this module, and they should share one copy.
const state: { cache: { version: number; sites: RegistrySite[] } | null } = ((
  globalThis as unknown as { atlasRegistryCache?: { cache: { version: number; sites: RegistrySite[] } | null } }
).atlasRegistryCache ??= { cache: null });

/** All sites with their outputs and intakes, as plain objects (cached until the next registry write). */
export async function loadRegistry(): Promise<RegistrySite[]> {
  const v = registryVersion();
  if (state.cache && state.cache.version === v) return state.cache.sites;
  // Drop a stale copy before reading, so two registries are not held at once.
  state.cache = null;
  const sites = await loadAllSites();
  if (v === registryVersion()) state.cache = { version: v, sites };
  return sites;
}
