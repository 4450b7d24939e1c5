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

/** Comparator for a sort column (ascending; ties by id so pages are stable). */
export function registryComparator(
  sort: RegistrySort,
  countyName: (adcode: string) => string | undefined,
): (a: RegistrySite, b: RegistrySite) => number {
  const collator = new Intl.Collator("zh");
  const byId = (a: RegistrySite, b: RegistrySite) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const text = (f: (s: RegistrySite) => string) => (a: RegistrySite, b: RegistrySite) =>
    collator.compare(f(a), f(b)) || byId(a, b);
  const num = (f: (s: RegistrySite) => number) => (a: RegistrySite, b: RegistrySite) => f(a) - f(b) || byId(a, b);
  switch (sort) {
    case "name":
      return text((s) => s.name);
    case "industry":
      return text((s) => s.industry);
    case "county":
      return text((s) => (s.countyAdcode ? (countyName(s.countyAdcode) ?? s.countyAdcode) : "\uffff"));
    case "outputs":
      return num(outputTonnesPerYear);
    case "intakes":
      return num(intakeCapacityTonnesPerYear);
    case "status":
      return text((s) => s.status);
    case "source":
      return text((s) => s.provenance.source);
  }
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
  const terms = query.q.normalize("NFKC").trim().toLowerCase().split(/\s+/).filter(Boolean);
  const keep = (s: RegistrySite) =>
    (query.synthetic === "all" || s.provenance.synthetic === (query.synthetic === "synthetic")) &&
    (terms.length === 0 || terms.every((t) => searchText(s).includes(t)));
  const matches = query.synthetic === "all" && terms.length === 0 ? sortedAsc : sortedAsc.filter(keep);
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
