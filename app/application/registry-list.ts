import "server-only";
import { setImmediate } from "node:timers/promises";
import { registryVersion } from "../data/registry";
import { loadRegionNames } from "../data/regions";
import { loadRegistry } from "./registry-cache";
import { startWorkerTask } from "./off-thread";
import {
  registryListPage,
  registryMatcher,
  registrySearchText,
  registrySortKey,
  sortOrder,
  type RegistryListQuery,
  type RegistrySort,
} from "../domain/registry-list";
import type { RegistrySite } from "../domain/registry-types";
import { AppError } from "../http/app-error";

/**
 * Above this many sites the sort runs on a worker thread and the search scan lets other requests in between chunks
 * of 2,000: sorting 10^5 names with a Chinese collator takes ~0.3 s, scanning their search texts ~0.1 s.
 */
export const LARGE_REGISTRY_SITES = 5_000;

interface ListCache {
  version: number;
  sorted: Map<RegistrySort, Promise<RegistrySite[]>>;
  text: WeakMap<RegistrySite, string>;
}

// Sorted orders and search texts are kept per registry version: done once per column until the registry changes,
// not on every page view (a pending sort is shared by the requests that wait for it).
const cache: { current: ListCache | null } = ((
  globalThis as unknown as { atlasRegistryList?: { current: ListCache | null } }
).atlasRegistryList ??= { current: null });

const SORT_TASK = {
  heapMb: 512,
  timeoutMs: 60_000,
  outOfMemory: () => new AppError(503, "the registry is too large to sort on this server; search to narrow it"),
  timedOut: () => new AppError(503, "sorting the registry took too long; try again shortly"),
};

async function sortSites(
  sites: RegistrySite[],
  sort: RegistrySort,
  countyName: (adcode: string) => string | undefined,
): Promise<RegistrySite[]> {
  const key = registrySortKey(sort, countyName);
  const keys = sites.map(key);
  const ids = sites.map((s) => s.id);
  const order =
    sites.length > LARGE_REGISTRY_SITES
      ? // Not queued behind imports and exports (a 25 s export would hold the page): at most one sort per column
        // and registry version runs (the pending promise is cached).
        await startWorkerTask<Int32Array>({ task: "sort-order", input: { keys, ids } }, SORT_TASK).done
      : sortOrder(keys, ids);
  return Array.from(order, (i) => sites[i]);
}

/** The sites passing `keep`, in order; a large registry is scanned in chunks with a turn of the event loop between. */
async function filterSites(sites: RegistrySite[], keep: (s: RegistrySite) => boolean): Promise<RegistrySite[]> {
  if (sites.length <= LARGE_REGISTRY_SITES) return sites.filter(keep);
  const out: RegistrySite[] = [];
  // 2,000 a turn: the first search after a write also builds each site's search text (~30 µs a site).
  for (let i = 0; i < sites.length; i += 2_000) {
    for (let j = i; j < Math.min(sites.length, i + 2_000); j++) if (keep(sites[j])) out.push(sites[j]);
    await setImmediate();
  }
  return out;
}

/** One page of the registry table (server-side search, synthetic filter, sort and paging), plus the registry size. */
export async function loadRegistryListPage(query: RegistryListQuery) {
  const version = registryVersion();
  const [sites, regionNames] = await Promise.all([loadRegistry(), loadRegionNames()]);
  if (!cache.current || cache.current.version !== version)
    cache.current = { version, sorted: new Map(), text: new WeakMap() };
  const c = cache.current;
  const countyName = (adcode: string) => regionNames.get(adcode);
  let pending = c.sorted.get(query.sort);
  if (!pending) {
    pending = sortSites(sites, query.sort, countyName);
    c.sorted.set(query.sort, pending);
    pending.catch(() => c.sorted.delete(query.sort)); // a failed sort is tried again by the next request
  }
  const sorted = await pending;
  const searchText = (s: RegistrySite) => {
    let t = c.text.get(s);
    if (t === undefined) c.text.set(s, (t = registrySearchText(s, countyName)));
    return t;
  };
  const keep = registryMatcher(query, searchText);
  const matches = keep ? await filterSites(sorted, keep) : sorted;
  // Already filtered: the page function only reverses for `desc` and slices.
  const page = registryListPage(matches, { ...query, q: "", synthetic: "all" }, searchText);
  return { ...page, all: sites.length, regionNames };
}
