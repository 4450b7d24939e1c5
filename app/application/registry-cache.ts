import "server-only";
import { setImmediate } from "node:timers/promises";
import { registryVersion } from "../data/registry";
import type { RegistrySite } from "../domain/registry-types";
import { startWorkerTask } from "./off-thread";
import { AppError } from "../http/app-error";

// The registry is read on every map/search request, so it is cached in memory per registry version
// (app/data/registry.ts bumps it on every write). On globalThis: Next bundles route handlers and server actions/pages
// separately, each with its own copy of this module, and they should share one copy.
interface RegistryCacheState {
  cache: { version: number; sites: RegistrySite[] } | null;
  /** The read in progress, shared by every request that needs the registry meanwhile. */
  pending: { version: number; sites: Promise<RegistrySite[]> } | null;
}
const state: RegistryCacheState = ((
  globalThis as unknown as { atlasRegistryCache?: RegistryCacheState }
).atlasRegistryCache ??= { cache: null, pending: null });

const READ_TASK = {
  heapMb: 1024,
  timeoutMs: 120_000,
  outOfMemory: () => new AppError(503, "the registry is too large to load on this server"),
  timedOut: () => new AppError(503, "loading the registry took too long; try again shortly"),
};

/**
 * Reads the registry on a worker thread (registry-read-task.ts: its own connection, one snapshot, JSON pages) and
 * parses one page per turn of the event loop, so 10^5 sites never hold the server. Not queued behind imports and
 * exports: at most one read runs per registry version.
 */
async function readRegistry(): Promise<RegistrySite[]> {
  const pages = await startWorkerTask<Uint8Array[]>({ task: "registry-read", input: {} }, READ_TASK).done;
  const decoder = new TextDecoder();
  const sites: RegistrySite[] = [];
  for (const page of pages) {
    for (const site of JSON.parse(decoder.decode(page)) as RegistrySite[]) sites.push(site);
    await setImmediate();
  }
  return sites;
}

/** All sites with their outputs and intakes, as plain objects (cached until the next registry write). */
export async function loadRegistry(): Promise<RegistrySite[]> {
  const v = registryVersion();
  if (state.cache && state.cache.version === v) return state.cache.sites;
  if (state.pending && state.pending.version === v) return state.pending.sites;
  // Drop a stale copy before reading, so two registries are not held at once.
  state.cache = null;
  const sites = readRegistry();
  state.pending = { version: v, sites };
  try {
    const read = await sites;
    if (v === registryVersion()) state.cache = { version: v, sites: read };
    return read;
  } finally {
    if (state.pending?.sites === sites) state.pending = null;
  }
}
