/**
 * The registry table's query (`/registry?q=&sort=&dir=&synthetic=&page=`): parsing, filtering, sorting and paging
 * of registry sites, done on the server so the page stays small at 10^5 sites.
 */
import { materialSpec } from "./materials";
import type { RegistrySite } from "./registry-types";
import { intakeCapacityTonnesPerYear, outputTonnesPerYear } from "./site-features";

export const REGISTRY_PAGE_SIZE = 100;
export const REGISTRY_SORTS = ["name", "industry", "county", "outputs", "intakes", "status", "source"] as const;
export type RegistrySort = (typeof REGISTRY_SORTS)[number];
export const SYNTHETIC_FILTERS = ["all", "real", "synthetic"] as const;
export type SyntheticFilter = (typeof SYNTHETIC_FILTERS)[number];

export interface RegistryListQuery {
  q: string;
  sort: RegistrySort;
  dir: "asc" | "desc";
  synthetic: SyntheticFilter;
  page: number;
}

const pick = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
  value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** Reads the table query from URL parameters; unknown values fall back to the defaults (a page link never fails). */
export function parseRegistryListQuery(params: Record<string, string | string[] | undefined>): RegistryListQuery {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const sort = pick(one("sort"), REGISTRY_SORTS, "name");
  // Quantities read best largest first; text columns A→Z.
  const defaultDir = sort === "outputs" || sort === "intakes" ? "desc" : "asc";
  return {
    q: (one("q") ?? "").slice(0, 200),
    sort,
    dir: pick(one("dir"), ["asc", "desc"] as const, defaultDir),
    synthetic: pick(one("synthetic"), SYNTHETIC_FILTERS, "all"),
    page: Math.max(1, Number.parseInt(one("page") ?? "1", 10) || 1),
  };
}

/** The URL parameters of a query, leaving out defaults (so links stay short). */
export function registryListParams(q: RegistryListQuery, change: Partial<RegistryListQuery> = {}): URLSearchParams {
  const next = { ...q, ...change };
  const out = new URLSearchParams();
  if (next.q) out.set("q", next.q);
  if (next.sort !== "name") out.set("sort", next.sort);
  const defaultDir = next.sort === "outputs" || next.sort === "intakes" ? "desc" : "asc";
  if (next.dir !== defaultDir) out.set("dir", next.dir);
  if (next.synthetic !== "all") out.set("synthetic", next.synthetic);
  if (next.page !== 1) out.set("page", String(next.page));
  return out;
}

/** Lower-cased text a search term is looked for in: id, names, owner, industry, county name, material names. */
export function registrySearchText(s: RegistrySite, countyName: (adcode: string) => string | undefined): string {
  const materials = [...s.outputs, ...s.intakes].flatMap((f) => [
    f.material,
    materialSpec(f.material)?.nameZh ?? "",
    materialSpec(f.material)?.nameEn ?? "",
  ]);
  return [
    s.id,
    s.name,
    s.nameEn,
    s.ownerGroup ?? "",
    s.industry,
    s.countyAdcode ? (countyName(s.countyAdcode) ?? "") : "",
    ...materials,
  ]
    .join(" ")
    .normalize("NFKC")
    .toLowerCase();
}

/** The value a site is sorted by in a column: text (compared with the Chinese collator) or a number. */
export function registrySortKey(
  sort: RegistrySort,
  countyName: (adcode: string) => string | undefined,
): (s: RegistrySite) => string | number {
  switch (sort) {
    case "name":
      return (s) => s.name;
    case "industry":
      return (s) => s.industry;
    case "county":
      return (s) => (s.countyAdcode ? (countyName(s.countyAdcode) ?? s.countyAdcode) : "\uffff");
    case "outputs":
      return outputTonnesPerYear;
    case "intakes":
      return intakeCapacityTonnesPerYear;
    case "status":
      return (s) => s.status;
    case "source":
      return (s) => s.provenance.source;
  }
}

/**
 * Indexes of rows in ascending order of their keys (text by the Chinese collator, numbers numerically), ties by id
 * so pages are stable. Takes plain arrays, so a large registry can be sorted on a worker thread.
 */
export function sortOrder(keys: readonly (string | number)[], ids: readonly string[]): Int32Array {
  const collator = new Intl.Collator("zh");
  const order = Int32Array.from(keys.keys());
  return order.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    const byKey = typeof ka === "number" && typeof kb === "number" ? ka - kb : collator.compare(String(ka), String(kb));
    return byKey || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
  });
}

/** Whether a site passes the query's search terms (every term must occur) and synthetic filter; null: no filter. */
export function registryMatcher(
  query: Pick<RegistryListQuery, "q" | "synthetic">,
  searchText: (s: RegistrySite) => string,
): ((s: RegistrySite) => boolean) | null {
  const terms = query.q.normalize("NFKC").trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (query.synthetic === "all" && terms.length === 0) return null;
  return (s) =>
    (query.synthetic === "all" || s.provenance.synthetic === (query.synthetic === "synthetic")) &&
    (terms.length === 0 || terms.every((t) => searchText(s).includes(t)));
}

/**
 * One page of the registry table from sites already sorted ascending by the query's column: filtered by the
 * search terms (every term must occur) and the synthetic filter, reversed for `desc`.
 */
export function registryListPage(
  sortedAsc: readonly RegistrySite[],
  query: RegistryListQuery,
  searchText: (s: RegistrySite) => string,
  pageSize = REGISTRY_PAGE_SIZE,
): { rows: RegistrySite[]; total: number; page: number; pages: number } {
  const keep = registryMatcher(query, searchText);
  const matches = keep ? sortedAsc.filter(keep) : sortedAsc;
  const total = matches.length;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pages, query.page);
  const start = (page - 1) * pageSize;
  const rows =
    query.dir === "asc"
      ? matches.slice(start, start + pageSize)
      : matches.slice(Math.max(0, total - start - pageSize), total - start).reverse();
  return { rows, total, page, pages };
}
