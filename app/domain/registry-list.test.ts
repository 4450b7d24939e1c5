import { describe, expect, it } from "vitest";
import {
  parseRegistryListQuery,
  registryListPage,
  registryListParams,
  registrySearchText,
  registrySortKey,
  sortOrder,
} from "./registry-list";
import type { RegistrySite } from "./registry-types";

function site(id: string, name: string, over: Partial<RegistrySite> = {}): RegistrySite {
  return {
    id,
    name,
    nameEn: `Site ${id}`,
    ownerGroup: null,
    industry: "cement",
    lng: 112,
    lat: 37,
    countyAdcode: null,
    cityAdcode: null,
    parkId: null,
    capacityMw: null,
    outsideProvince: false,
    status: "operating",
    provenance: { source: "test", licence: "CC0", precision: "exact", synthetic: false, sourceRef: null },
    outputs: [],
    intakes: [],
    ...over,
  };
}

const counties = new Map([
  ["140882", "河津市"],
  ["140100", "太原市"],
]);
const countyName = (a: string) => counties.get(a);
const synthetic = {
  source: "synthetic",
  licence: "CC0",
  precision: "county" as const,
  synthetic: true,
  sourceRef: null,
};
const sites = Array.from({ length: 250 }, (_, i) =>
  site(`s${String(i).padStart(3, "0")}`, `企业${String(249 - i).padStart(3, "0")}`, {
    provenance:
      i % 5 === 0
        ? synthetic
        : { source: "GPPD", licence: "CC BY 4.0", precision: "exact", synthetic: false, sourceRef: null },
    countyAdcode: i % 2 ? "140882" : "140100",
    outputs: [
      { material: "fly-ash", tonnesPerYear: i * 1000, stockpileTonnes: 0, estimated: false, coefficient: null },
    ],
  }),
);
const sortedBy = (sort: Parameters<typeof registrySortKey>[0]) => {
  const key = registrySortKey(sort, countyName);
  return Array.from(
    sortOrder(
      sites.map(key),
      sites.map((s) => s.id),
    ),
    (i) => sites[i],
  );
};
const text = (s: RegistrySite) => registrySearchText(s, countyName);

describe("registry table query", () => {
  it("parses parameters with defaults and keeps links short", () => {
    const q = parseRegistryListQuery({ q: "河津", sort: "outputs", page: "3", synthetic: "real" });
    expect(q).toEqual({ q: "河津", sort: "outputs", dir: "desc", synthetic: "real", page: 3 });
    expect(parseRegistryListQuery({ sort: "bogus", dir: "sideways", page: "-2", synthetic: "maybe" })).toEqual({
      q: "",
      sort: "name",
      dir: "asc",
      synthetic: "all",
      page: 1,
    });
    expect(registryListParams(q, { page: 1 }).toString()).toBe("q=%E6%B2%B3%E6%B4%A5&sort=outputs&synthetic=real");
    expect(registryListParams(q, { sort: "name", dir: "asc", q: "", synthetic: "all", page: 1 }).toString()).toBe("");
  });

  it("pages a sorted registry in both directions without gaps or repeats", () => {
    const asc = sortedBy("name");
    expect(asc[0].name).toBe("企业000");
    const q = parseRegistryListQuery({});
    const pages = [1, 2, 3].map((page) => registryListPage(asc, { ...q, page }, text));
    expect(pages.map((p) => p.rows.length)).toEqual([100, 100, 50]);
    expect(pages[0].pages).toBe(3);
    expect(pages.flatMap((p) => p.rows.map((r) => r.name))).toEqual(asc.map((s) => s.name));
    const desc = [1, 2, 3].flatMap((page) =>
      registryListPage(asc, { ...q, dir: "desc", page }, text).rows.map((r) => r.name),
    );
    expect(desc).toEqual(asc.map((s) => s.name).reverse());
    // A page past the end shows the last page.
    expect(registryListPage(asc, { ...q, page: 99 }, text).page).toBe(3);
  });

  it("sorts by quantity and county, and filters by search terms and synthetic", () => {
    const byOutput = registryListPage(sortedBy("outputs"), parseRegistryListQuery({ sort: "outputs" }), text);
    expect(byOutput.rows[0].id).toBe("s249");
    expect(byOutput.rows[1].id).toBe("s248");
    const byCounty = sortedBy("county");
    expect(new Set(byCounty.slice(0, 125).map((s) => s.countyAdcode)).size).toBe(1);
    const hejinReal = registryListPage(
      sortedBy("name"),
      parseRegistryListQuery({ q: "河津 fly", synthetic: "real" }),
      text,
    );
    expect(hejinReal.total).toBe(sites.filter((s) => s.countyAdcode === "140882" && !s.provenance.synthetic).length);
    for (const r of hejinReal.rows) expect([r.countyAdcode, r.provenance.synthetic]).toEqual(["140882", false]);
    expect(registryListPage(sortedBy("name"), parseRegistryListQuery({ synthetic: "synthetic" }), text).total).toBe(50);
    expect(registryListPage(sortedBy("name"), parseRegistryListQuery({ q: "no-such-thing" }), text)).toMatchObject({
      total: 0,
      rows: [],
      pages: 1,
    });
  });
});

describe("sortOrder", () => {
  it("orders Chinese text by the collator (pinyin), numbers numerically, ties by id", () => {
    expect(Array.from(sortOrder(["太原", "大同", "河津"], ["a", "b", "c"]))).toEqual([1, 2, 0]);
    expect(Array.from(sortOrder([10, 2, 10, 1], ["d", "c", "b", "a"]))).toEqual([3, 1, 2, 0]);
    expect(Array.from(sortOrder([], []))).toEqual([]);
  });
});
