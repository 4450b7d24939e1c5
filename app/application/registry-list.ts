import "server-only";
import { registryVersion } from "../data/registry";
import { loadRegionNames } from "../data/regions";
import { loadRegistry } from "./registry-cache";
import {
  registryComparator,
  registryListPage,
  registrySearchText,
  type RegistryListQuery,
  type RegistrySort,
} from "../domain/registry-list";
import type { RegistrySite } from "../domain/registry-types";

interface ListCache {
  version: number;
  sorted: Map<RegistrySort, RegistrySite[]>;
  text: WeakMap<RegistrySite, string>;
}

// Sorted orders and search texts are kept per registry version: sorting 10^5 names with a Chinese collator
// takes a while, so it is done once per column until the registry changes, not on every page view.
const cache: { current: ListCache | null } = ((
  globalThis as unknown as { atlasRegistryList?: { current: ListCache | null } }
).atlasRegistryList ??= { current: null });

/** One page of the registry table (server-side search, synthetic filter, sort and paging), plus the registry size. */
export async function loadRegistryListPage(query: RegistryListQuery) {
  const version = registryVersion();
  const [sites, regionNames] = await Promise.all([loadRegistry(), loadRegionNames()]);
  if (!cache.current || cache.current.version !== version)
    cache.current = { version, sorted: new Map(), text: new WeakMap() };
  const c = cache.current;
  const countyName = (adcode: string) => regionNames.get(adcode);
  let sorted = c.sorted.get(query.sort);
  if (!sorted) {
    sorted = [...sites].sort(registryComparator(query.sort, countyName));
    c.sorted.set(query.sort, sorted);
  }
  const searchText = (s: RegistrySite) => {
    let t = c.text.get(s);
    if (t === undefined) c.text.set(s, (t = registrySearchText(s, countyName)));
    return t;
  };
  return { ...registryListPage(sorted, query, searchText), all: sites.length, regionNames };
}
