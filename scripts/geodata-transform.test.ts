import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { FeatureCollection } from "geojson";
import {
  cdmdbSites,
  convertDataVCollection,
  geodbSites,
  withChineseNames,
  wriSites,
  ZH_NAME_NOTES,
  type CsvRow,
} from "./geodata-transform";
import { GPPD_NAMES_ZH, type GppdNameZh } from "./gppd-names-zh";
import type { SeedSite } from "../prisma/seed/seed-site";
import { renderGeodataFiles, REPO_ROOT, sharedDir } from "./geodata-files";
import { gcj02ToWgs84 } from "../app/domain/coordinates";

const wriRow = (o: Partial<CsvRow>): CsvRow =>
  ({
    "Power Plant ID": "1",
    Name: "X power station",
    Fuel: "Coal",
    "Capacity (MW)": "600",
    Owner: "",
    Location: "",
    Latitude: "37.123456",
    Longitude: "112.123456",
    Source: "GCPT",
    ...o,
  }) as CsvRow;

describe("convertDataVCollection", () => {
  const fc: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: {
          adcode: 140882,
          name: "河津市",
          center: [110.710268, 35.59715],
          centroid: [110.716, 35.63],
          level: "district",
          parent: { adcode: 140800 },
        },
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [110.6, 35.5],
              [110.8, 35.5],
              [110.8, 35.7],
              [110.6, 35.5],
            ],
          ],
        },
      },
    ],
  };
  const out = convertDataVCollection(fc, "county").features[0];

  it("keeps adcode (as a string), name, level and parent", () => {
    expect(out.properties).toMatchObject({
      adcode: "140882",
      name: "河津市",
      level: "county",
      datavLevel: "district",
      parentAdcode: "140800",
    });
  });

  it("converts geometry, seat and centroid from GCJ-02 to WGS84 at 6 decimals", () => {
    const seat = gcj02ToWgs84([110.710268, 35.59715]);
    expect(out.properties.center[0]).toBeCloseTo(seat[0], 6);
    expect(out.properties.center[1]).toBeCloseTo(seat[1], 6);
    const v = gcj02ToWgs84([110.6, 35.5]);
    const first = (out.geometry as { coordinates: number[][][] }).coordinates[0][0];
    expect(first[0]).toBeCloseTo(v[0], 6);
    expect(first[0]).not.toBe(110.6);
  });

  it("rejects features outside Shanxi", () => {
    const bad = {
      ...fc,
      features: [{ ...fc.features[0], properties: { ...fc.features[0].properties, adcode: 610000 } }],
    };
    expect(() => convertDataVCollection(bad, "county")).toThrow(/not in Shanxi/);
  });
});

describe("GPPD rows → sites", () => {
  it("coal plants produce estimated fly ash and gypsum; gangue plants also absorb gangue; wind/hydro dropped", () => {
    const sites = wriSites([
      wriRow({ "Power Plant ID": "10", Name: "Hejin power station", "Capacity (MW)": "1300" }),
      wriRow({ "Power Plant ID": "11", Name: "Pingshuo Gangue power station", "Capacity (MW)": "700.0" }),
      wriRow({ "Power Plant ID": "12", Name: "Some wind", Fuel: "Wind" }),
      wriRow({
        "Power Plant ID": "13",
        Name: "Qinxin Coal Mine Methane",
        Fuel: "Coal Mine Methane",
        "Capacity (MW)": "1",
        Latitude: "36.57",
        Longitude: "112.21",
      }),
    ]);
    expect(sites.map((s) => s.id)).toEqual(["gppd-WRI10", "gppd-WRI11", "gppd-WRI13"]);
    const [coal, gangue, cmm] = sites;
    expect(coal.outputs).toEqual([
      {
        material: "fly-ash",
        tonnesPerYear: 715_000,
        stockpileTonnes: 0,
        estimated: true,
        coefficientKey: "fly-ash-per-mw-year",
      },
      {
        material: "fgd-gypsum",
        tonnesPerYear: 126_100,
        stockpileTonnes: 0,
        estimated: true,
        coefficientKey: "fgd-gypsum-per-mw-year",
      },
    ]);
    expect(coal.intakes).toEqual([]);
    expect(coal.licence).toBe("CC BY 4.0");
    expect(coal.source).toMatch(/Global Power Plant Database v1\.3\.0/);
    expect(coal.source).toMatch(/Global Coal Plant Tracker/);
    expect(gangue.industry).toBe("gangue-power");
    expect(gangue.outputs.map((o) => o.material)).toEqual(["fly-ash"]); // CFB: in-furnace desulfurisation
    expect(gangue.intakes).toEqual([
      {
        material: "coal-gangue",
        route: "power",
        capacityTonnesPerYear: 1_820_000,
        estimated: true,
        coefficientKey: "gangue-per-mw-year-gangue-power",
      },
    ]);
    expect(cmm.industry).toBe("coal-mine");
    expect(cmm.precision).toBe("estimated"); // 2-decimal coordinates and a proxy point
    expect(cmm.outputs[0]).toMatchObject({
      material: "coal-gangue",
      estimated: true,
      coefficientKey: "gangue-per-cmm-proxy-mine",
    });
  });

  it("merges rows sharing one plant ID", () => {
    const [s] = wriSites([
      wriRow({ "Power Plant ID": "7", Name: "Shanxi Zhaoguang Phase 1", "Capacity (MW)": "600" }),
      wriRow({ "Power Plant ID": "7", Name: "Shanxi Zhaoguang Phase 2", "Capacity (MW)": "1200" }),
    ]);
    expect(s.capacityMw).toBe(1800);
    expect(s.nameEn).toBe("Shanxi Zhaoguang (Phase 1 + Phase 2)");
  });
});

describe("Chinese names of GPPD sites", () => {
  const rows = [
    wriRow({ "Power Plant ID": "10", Name: "Hejin power station", "Capacity (MW)": "1300" }),
    wriRow({
      "Power Plant ID": "13",
      Name: "Qinxin Coal Mine Methane",
      Fuel: "Coal Mine Methane",
      "Capacity (MW)": "1",
    }),
  ];
  const names: Record<string, GppdNameZh> = {
    WRI10: { en: "Hejin power station", zh: "河津电厂", kind: "translation" },
    WRI13: { en: "Qinxin Coal Mine Methane", zh: "沁新煤矿瓦斯发电项目（源名 Qinxin）", kind: "descriptive" },
  };

  it("takes nameZh from the mapping, keeps the English source name and says the Chinese name is ours", () => {
    const [hejin, qinxin] = withChineseNames(wriSites(rows), names);
    expect(hejin.nameZh).toBe("河津电厂");
    expect(hejin.nameEn).toBe("Hejin power station");
    expect(hejin.notes).toMatch(
      /^Row source: GCPT\. 中文名为本项目据英文源名翻译 \/ Chinese name translated by this project/,
    );
    expect(qinxin.nameZh).toBe("沁新煤矿瓦斯发电项目（源名 Qinxin）");
    expect(qinxin.notes!.endsWith(ZH_NAME_NOTES.descriptive)).toBe(true);
  });

  it("fails on a site without an entry, a renamed source row or an entry that names no site", () => {
    const sites = wriSites(rows);
    expect(() => withChineseNames(sites, { WRI10: names.WRI10 })).toThrow(
      /WRI13 "Qinxin Coal Mine Methane" has no Chinese name/,
    );
    expect(() => withChineseNames(sites, { ...names, WRI10: { ...names.WRI10, en: "Hejin Power Plant" } })).toThrow(
      /WRI10: entry is for "Hejin Power Plant"/,
    );
    expect(() => withChineseNames(sites, { ...names, WRI99: { en: "Gone", zh: "已删", kind: "translation" } })).toThrow(
      /WRI99 "Gone" names no GPPD site/,
    );
  });

  // The reviewed list itself, checked against the committed file (runs without ../shared).
  it("has one Chinese name for every committed GPPD site, for the same English name", () => {
    const committed = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, "geodata", "facilities", "gppd-shanxi-sites.json"), "utf8"),
    ) as { sites: SeedSite[] };
    expect(Object.keys(GPPD_NAMES_ZH).sort()).toEqual(committed.sites.map((s) => s.sourceRef).sort());
    for (const s of committed.sites) {
      expect(GPPD_NAMES_ZH[s.sourceRef!].en, s.id).toBe(s.nameEn);
      expect(s.nameZh, s.id).toBe(GPPD_NAMES_ZH[s.sourceRef!].zh);
    }
  });

  it("gives names that are Chinese, distinct, and mark unconfirmed source parts", () => {
    const entries = Object.entries(GPPD_NAMES_ZH);
    expect(new Set(entries.map(([, e]) => e.zh)).size).toBe(entries.length);
    for (const [ref, e] of entries) {
      // Latin letters only inside the bracket that keeps the unconfirmed part of the source name.
      expect(e.zh.replace(/（[^）]*）/g, ""), ref).toMatch(/^[\p{Script=Han}·（）+ ]+$/u);
      expect(e.zh, ref).toMatch(/(电厂|项目)/);
      if (e.kind === "descriptive") expect(e.zh, ref).toMatch(/（(源名 [^）]+|Enipedia 名录条目)）$/);
    }
  });
});

const shared = sharedDir();
const haveShared = fs.existsSync(path.join(shared, "geodata", "facilities"));

describe("real GPPD files", () => {
  type Rendered = ReturnType<typeof renderGeodataFiles>;
  let files = {} as Rendered["files"];
  let sites = [] as unknown as Rendered["sites"];
  // No silent skip: without the source folder every test here fails with this message (CI keeps ../shared beside
  // the checkout; a worktree elsewhere sets SHARED_DIR).
  beforeAll(() => {
    if (!haveShared)
      throw new Error(
        `geodata sources not found at ${path.join(shared, "geodata", "facilities")}: put shared/ beside the checkout or set SHARED_DIR`,
      );
    ({ files, sites } = renderGeodataFiles(shared));
  });

  it("drops CDM rows duplicating WRI CMM rows and GEODB rows duplicating WRI plants", () => {
    const refs = sites.map((s) => s.sourceRef);
    expect(refs).not.toContain("CDMDB0000892");
    expect(refs).toContain("CDMDB0003067"); // Tunlan: CDM only
    expect(refs.filter((r) => r?.startsWith("GEODB"))).toEqual([]);
    expect(sites.find((s) => s.id === "gppd-WRI1070124")!.notes).toMatch(/GEODB0042418/);
    expect(sites.filter((s) => s.industry === "coal-mine")).toHaveLength(18);
    expect(sites.filter((s) => s.industry === "biomass-power").map((s) => s.sourceRef)).toEqual(["CDMDB0005847"]);
  });

  it("names every site in Chinese (English source name kept)", () => {
    for (const s of sites) expect(s.nameZh, s.id).not.toBe(s.nameEn);
    expect(sites.find((s) => s.id === "gppd-WRI1075734")).toMatchObject({
      nameZh: "太钢自备电厂",
      nameEn: "Taiyuan Steel Mill power station",
    });
  });

  it("keeps the Shanxi coal fleet: 62 plant sites, about 62 GW", () => {
    const coal = sites.filter((s) => s.industry === "coal-power" || s.industry === "gangue-power");
    expect(coal).toHaveLength(62);
    expect(coal.reduce((a, s) => a + (s.capacityMw ?? 0), 0)).toBeCloseTo(62_512, -1);
  });

  it("names the Natural Earth rivers (Yellow River, Fen) and keeps the urban areas", () => {
    const rivers = JSON.parse(files["basemap/shanxi-rivers.ne.geojson"]) as {
      attribution: string;
      features: { properties: { name: string; nameEn: string; rank: number } }[];
    };
    expect(rivers.attribution).toMatch(/Made with Natural Earth/);
    const names = rivers.features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(["黄河", "汾河", "桑干河", "沁河", "漳河"]));
    expect(rivers.features.find((f) => f.properties.name === "黄河")!.properties).toMatchObject({
      nameEn: "Yellow River",
      rank: 3,
    });
    const urban = JSON.parse(files["basemap/shanxi-urban-areas.ne.geojson"]) as { features: unknown[] };
    expect(urban.features.length).toBe(55);
  });

  // Golden files: the committed geodata/ must be what `npm run geodata` makes. UPDATE_GOLDEN=1 rewrites them.
  it("committed geodata/ files are up to date", () => {
    expect(Object.keys(files).length).toBeGreaterThan(0);
    for (const [rel, text] of Object.entries(files)) {
      const file = path.join(REPO_ROOT, "geodata", rel);
      if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(file, text);
      expect(fs.readFileSync(file, "utf8") === text, `geodata/${rel} is stale: run npm run geodata`).toBe(true);
    }
  });
});

describe("CDM and GEODB helpers", () => {
  it("throws when the duplicate map names a row that is not there", () => {
    expect(() => cdmdbSites([], [])).toThrow(/missing CDMDB row/);
  });
  it("keeps a GEODB coal row that duplicates no WRI plant", () => {
    const s = geodbSites(
      [
        {
          gppd_idnr: "GEODB1",
          name: "New",
          capacity_mw: "100",
          latitude: "37.5",
          longitude: "112.5",
          primary_fuel: "Coal",
        } as CsvRow,
      ],
      [],
    );
    expect(s.map((x) => x.id)).toEqual(["gppd-GEODB1"]);
  });
});
