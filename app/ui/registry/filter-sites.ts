/** Registry list search: case-insensitive match on id, names, owner, industry, county name and materials. */
import type { StoredSite } from "../../domain/import/stored-site";
import { materialSpec } from "../../domain/materials";

export const REGISTRY_PAGE_SIZE = 100;

export function filterSites(sites: readonly StoredSite[], query: string, countyName: (adcode: string) => string | undefined): StoredSite[] {
  const terms = query.normalize("NFKC").trim().toLowerCase().split(/\s+/).filter(Boolean);
  const sorted = [...sites].sort((a, b) => a.name.localeCompare(b.name, "zh"));
  if (terms.length === 0) return sorted;
  return sorted.filter((s) => {
    const materials = [...s.outputs, ...s.intakes].flatMap((f) => [f.material, materialSpec(f.material)?.nameZh ?? "", materialSpec(f.material)?.nameEn ?? ""]);
    const hay = [s.id, s.name, s.nameEn, s.ownerGroup ?? "", s.industry, s.countyAdcode ? countyName(s.countyAdcode) ?? "" : "", ...materials].join(" ").toLowerCase();
    return terms.every((t) => hay.includes(t));
  });
}
