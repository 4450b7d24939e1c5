import path from "node:path";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  emptyGemReport,
  firstEntity,
  gcctSites,
  gchiSites,
  gcmtSites,
  gcptSites,
  gemAttribution,
  gemReportLines,
  gistSites,
  mergeWithGppd,
  ownerGroupOf,
  powerPlantKey,
} from "./gem-transform";
import { GEM_FILES, readCsv, REPO_ROOT } from "./geodata-files";
import { GEM_TRACKERS } from "../app/domain/data-sources";
import { GROUPS } from "../prisma/seed/plan-sites";
import { gemStatus, plantStatus } from "../app/domain/site-status";
import type { SeedSite } from "../prisma/seed/seed-site";
import type { CsvRow } from "./geodata-transform";

const mine = (o: Partial<CsvRow>): CsvRow =>
  ({
    id: "M1",
    project: "Test Coal Mine",
    status: "operating",
    owner: "Owner Co",
    parent: "Parent Co [100%]",
    capacity: "3.0",
    "mine-type": "underground",
    "coal-grade": "thermal",
    coalfield: "",
    url: "https://www.gem.wiki/Test",
    lat: "37.5",
    lng: "112.5",
    in_shanxi_polygon: "True",
    dist_to_shanxi_border_km: "50",
    ...o,
  }) as CsvRow;

const unit = (o: Partial<CsvRow>): CsvRow =>
  ({
    "GEM unit/phase ID": "G1",
    "GEM location ID": "L1",
    "Wiki URL": "https://www.gem.wiki/X_power_station",
    "Plant name": "X power station",
    "Plant name (local)": "X电厂",
    Owner: "X Power Co [100%]",
    Parent: "X Group [100%]",
    "Capacity (MW)": "300",
    Status: "operating",
    "Coal type": "bituminous",
    Captive: "",
    Latitude: "37.0",
    Longitude: "112.0",
    "Location accuracy": "exact",
    in_shanxi_polygon: "True",
    ...o,
  }) as CsvRow;

const cement = (o: Partial<CsvRow>): CsvRow =>
  ({
    "GEM Plant ID": "P1",
    "GEM Asset name (English)": "A Cement Co Ltd Cement Plant",
    "Asset name (other language)": "甲水泥有限公司 (Chinese)",
    "Cement Capacity (millions metric tonnes per annum)": "2",
    "Clinker Capacity (millions metric tonnes per annum)": "1.5",
    "Operating status": "operating",
    "Plant type": "integrated",
    "Coordinate accuracy": "exact",
    "GEM wiki page": "https://www.gem.wiki/A",
    "Owner name (English)": "A Co [100%]",
    Parent: "A Co [100%]",
    lat: "37.1",
    lng: "112.1",
    in_shanxi_polygon: "True",
    dist_to_shanxi_border_km: "40",
    ...o,
  }) as CsvRow;

describe("GEM statuses", () => {
  it("maps GEM words onto our statuses and a plant operates if any unit operates", () => {
    expect(gemStatus("pre-permit")).toBe("proposed");
    expect(gemStatus("Shelved")).toBe("mothballed");
    expect(gemStatus("operating pre-retirement")).toBe("operating");
    expect(gemStatus("vanished")).toBeNull();
    expect(plantStatus(["retired", "operating", "cancelled"])).toBe("operating");
    expect(plantStatus(["retired", "cancelled"])).toBe("retired");
    expect(plantStatus([])).toBe("unknown");
  });
});

describe("owner groups", () => {
  it("uses the plan's group names where owner or parent says so, else the parent's first entity", () => {
    expect(ownerGroupOf("Huaze Co [100%]", "Aluminum Corporation of China Ltd [86.0%]; Jinneng [14%]")).toBe(
      GROUPS.chalco,
    );
    expect(ownerGroupOf("", "", "潞安屯留发电厂")).toBe(GROUPS.luan);
    expect(ownerGroupOf("Own Co [100%]", "Big Group Co Ltd [60.0%]; natural person(s) [40.0%]")).toBe(
      "Big Group Co Ltd",
    );
    expect(firstEntity("unknown [100%]")).toBeNull();
  });
});

describe("gcmtSites", () => {
  it("estimates gangue from capacity, merges duplicate ids, counts unknown capacity and drops rows outside Shanxi", () => {
    const report = emptyGemReport();
    const sites = gcmtSites(
      [
        mine({}),
        mine({ id: "M2", status: "operating", capacity: "5.0" }),
        mine({ id: "M2", status: "proposed", capacity: "8.0" }),
        mine({ id: "M3", capacity: "" }),
        mine({ id: "M4", in_shanxi_polygon: "False" }),
      ],
      () => "河津市",
      report,
    );
    expect(sites.map((s) => s.id)).toEqual(["gem-M1", "gem-M2", "gem-M3"]);
    const [m1, m2, m3] = sites;
    expect(m1.outputs.find((o) => o.material === "coal-gangue")).toMatchObject({
      tonnesPerYear: 360_000,
      estimated: true,
      coefficientKey: "coal-gangue-per-t-raw-coal",
    });
    expect(m1).toMatchObject({
      capacity: 3,
      capacityUnit: "Mt/yr raw coal",
      status: "operating",
      nameZh: "河津市煤矿（源名 Test Coal Mine）",
      sourceUrl: "https://www.gem.wiki/Test",
    });
    expect(m1.source).toContain("Global Energy Monitor, Global Coal Mine Tracker, April 2024, CC BY 4.0");
    expect(m2).toMatchObject({ status: "operating", capacity: 5 }); // the operating row's capacity, not the proposed expansion
    expect(m3.outputs).toEqual([]);
    expect(report.duplicateIds.map((d) => d.id)).toEqual(["M2"]);
    expect(report.unknownCapacity.map((d) => d.id)).toEqual(["M3"]);
    expect(report.droppedOutsideShanxi.map((d) => d.id)).toEqual(["M4"]);
  });
});

describe("gcptSites", () => {
  it("makes one plant per location: operating MW, waste-coal (CFB) units absorb gangue and give no FGD gypsum", () => {
    const report = emptyGemReport();
    const [plant] = gcptSites(
      [
        unit({ "GEM unit/phase ID": "G1", "Capacity (MW)": "300", Status: "operating" }),
        unit({ "GEM unit/phase ID": "G2", "Capacity (MW)": "350", Status: "operating", "Coal type": "waste coal" }),
        unit({ "GEM unit/phase ID": "G3", "Capacity (MW)": "1000", Status: "cancelled" }),
      ],
      report,
    );
    expect(plant).toMatchObject({
      id: "gem-L1",
      status: "operating",
      capacityMw: 650,
      nameZh: "X电厂",
      nameEn: "X power station",
      precision: "exact",
    });
    expect(plant.outputs).toEqual([
      {
        material: "fly-ash",
        tonnesPerYear: 650 * 550,
        stockpileTonnes: 0,
        estimated: true,
        coefficientKey: "fly-ash-per-mw-year",
      },
      {
        material: "fgd-gypsum",
        tonnesPerYear: 300 * 97,
        stockpileTonnes: 0,
        estimated: true,
        coefficientKey: "fgd-gypsum-per-mw-year",
      },
    ]);
    expect(plant.intakes).toEqual([
      {
        material: "coal-gangue",
        route: "power",
        capacityTonnesPerYear: 350 * 2600,
        estimated: true,
        coefficientKey: "gangue-per-mw-year-gangue-power",
      },
    ]);
    expect(plant.industry).toBe("gangue-power");
    expect(report.gangueUnits).toBe(1);
  });

  it("a plant with no operating unit takes its most advanced status and that status's capacity", () => {
    const [plant] = gcptSites(
      [
        unit({ Status: "retired", "Capacity (MW)": "200" }),
        unit({ "GEM unit/phase ID": "G2", Status: "permitted", "Capacity (MW)": "660" }),
      ],
      emptyGemReport(),
    );
    expect(plant).toMatchObject({ status: "proposed", capacityMw: 660 });
  });
});

describe("mergeWithGppd", () => {
  const gppd = (id: string, nameEn: string, lng: number, lat: number): SeedSite => ({
    id,
    nameZh: nameEn,
    nameEn,
    ownerGroup: null,
    industry: "coal-power",
    lng,
    lat,
    capacityMw: 600,
    source: "GPPD",
    sourceRef: id.slice(5),
    licence: "CC BY 4.0",
    precision: "exact",
    synthetic: false,
    notes: null,
    parkId: null,
    outputs: [],
    intakes: [],
  });

  it("keeps the GPPD id for the same plant within 2 km or by name, with GCPT data and both sources; absorbs further GPPD rows", () => {
    const report = emptyGemReport();
    const gem = gcptSites(
      [
        unit({
          "GEM location ID": "L1",
          "Plant name": "Pingshuo Gangue power station",
          Latitude: "39.40",
          Longitude: "112.40",
        }),
        unit({
          "GEM unit/phase ID": "G2",
          "GEM location ID": "L2",
          "Plant name": "Faraway power station",
          Latitude: "36.0",
          Longitude: "111.0",
        }),
        unit({
          "GEM unit/phase ID": "G3",
          "GEM location ID": "L3",
          "Plant name": "Named power station",
          Latitude: "38.0",
          Longitude: "113.0",
        }),
      ],
      report,
    );
    const { sites, supersedes } = mergeWithGppd(
      gem,
      [
        gppd("gppd-WRI1", "Pingshuo Gangue", 112.401, 39.401),
        gppd("gppd-WRI2", "Other Coal", 112.405, 39.405), // same complex, 0.6 km: absorbed
        gppd("gppd-WRI3", "Named power station", 113.05, 38.05), // 7 km but same name
        gppd("gppd-WRI4", "Unrelated power station", 114.0, 40.0),
      ],
      report,
    );
    expect(sites.map((s) => s.id)).toEqual(["gppd-WRI1", "gem-L2", "gppd-WRI3"]);
    expect(sites[0].source).toMatch(
      /Global Coal Plant Tracker.*also in © WRI et al\., Global Power Plant Database v1\.3\.0 \(2021\), CC BY 4\.0 \(WRI1, WRI2\)/,
    );
    expect(sites[0].sourceRef).toBe("L1");
    expect(supersedes).toEqual(["gppd-WRI1", "gppd-WRI2", "gppd-WRI3"]);
    expect(report.gppdMerged.map((m) => [m.siteId, m.by])).toEqual([
      ["gppd-WRI1", "name"],
      ["gppd-WRI3", "name"],
    ]);
    expect(report.gppdAbsorbed.map((a) => a.gppdId)).toEqual(["gppd-WRI2"]);
    expect(powerPlantKey("Pingshuo Gangue power station")).toBe(powerPlantKey("Pingshuo Gangue"));
  });
});

describe("gcctSites", () => {
  it('gives intakes by plant type, counts ">0" and unknown capacities, merges the same plant listed twice', () => {
    const report = emptyGemReport();
    const sites = gcctSites(
      [
        cement({}),
        cement({
          "GEM Plant ID": "P2",
          "GEM Asset name (English)": "B Grinding Plant",
          "Plant type": "grinding",
          "Cement Capacity (millions metric tonnes per annum)": "1",
          lat: "37.5",
        }),
        cement({
          "GEM Plant ID": "P3",
          "GEM Asset name (English)": "C Cement Plant",
          "Cement Capacity (millions metric tonnes per annum)": ">0",
          "Clinker Capacity (millions metric tonnes per annum)": "",
          lat: "38",
        }),
        cement({
          "GEM Plant ID": "P4",
          "GEM Asset name (English)": "A Cement Co. Cement Plant",
          "Coordinate accuracy": "approximate",
          lat: "37.1001",
        }),
        cement({ "GEM Plant ID": "P5", "GEM Asset name (English)": "Shaanxi Plant", in_shanxi_polygon: "False" }),
      ],
      report,
    );
    expect(sites.map((s) => s.id)).toEqual(["gem-P1", "gem-P2", "gem-P3"]);
    const [a, b, c] = sites;
    const cap = (s: SeedSite, m: string) => s.intakes.find((i) => i.material === m)?.capacityTonnesPerYear;
    expect([cap(a, "fly-ash"), cap(a, "steel-slag"), cap(a, "fgd-gypsum"), cap(a, "coal-gangue")]).toEqual([
      200_000, 200_000, 60_000, 75_000,
    ]);
    expect(a.intakes.find((i) => i.material === "fly-ash")?.coefficientKey).toBe("fly-ash-per-t-cement-integrated");
    expect([cap(b, "fly-ash"), cap(b, "steel-slag"), cap(b, "coal-gangue")]).toEqual([150_000, 150_000, undefined]);
    expect(c.intakes).toEqual([]);
    expect(a.nameZh).toBe("甲水泥有限公司");
    expect(report.greaterThanZeroCapacity.map((x) => x.id)).toEqual(["P3"]);
    expect(report.nearDuplicates.map((x) => x.id)).toEqual(["P4"]);
    expect(report.droppedOutsideShanxi.map((x) => x.id)).toEqual(["P5"]);
  });
});

describe("committed GEM files → sites (geodata/facilities/gem)", () => {
  const dir = path.join(REPO_ROOT, "geodata", "facilities", "gem");
  const csv = (t: keyof typeof GEM_FILES, i = 0) => readCsv(path.join(dir, GEM_TRACKERS[t].folder, GEM_FILES[t][i]));
  const report = emptyGemReport();
  const mines = gcmtSites(csv("gcmt"), () => "某县", report);
  const plants = gcptSites(csv("gcpt"), report);
  const cementSites = gcctSites(csv("gcct"), report);
  const steel = gistSites(csv("gist", 0), csv("gist", 1), report);
  const chem = gchiSites(csv("gchi"), report);

  it("makes one site per real plant and counts every odd row", () => {
    expect([mines.length, plants.length, cementSites.length, steel.length, chem.length]).toEqual([
      743, 117, 62, 26, 24,
    ]);
    expect(report.droppedOutsideShanxi.map((x) => `${x.tracker} ${x.id}`)).toEqual([
      "gcct P100000125677",
      "gchi P100000140392",
      "gchi P100000140393",
      "gchi P100000140394",
    ]);
    expect(report.duplicateIds).toHaveLength(5);
    expect(report.greaterThanZeroCapacity).toHaveLength(2);
    expect(report.nearDuplicates.map((x) => x.id)).toEqual(["P100000125599"]);
    expect(report.unknownStatus).toEqual([]);
    expect(report.captivePlants).toHaveLength(8);
    expect(report.controlCharacters.map((x) => x.id)).toEqual(["M5508"]); // "Shanxi B_x0008_aigou Coal Mine"
    expect(mines.find((m) => m.sourceRef === "M5508")!.nameEn).toBe("Shanxi Baigou Coal Mine");
    // GCPT oddities: units of one plant at two points; points outside the plant's own prefecture are flagged.
    expect(report.divergentUnitPoints.map((x) => x.id)).toContain("L100000101466"); // Hejin: one unit placed in Changzhi
    const hejin = plants.find((p) => p.sourceRef === "L100000101466")!;
    expect([hejin.lng, hejin.lat]).toEqual([110.655833, 35.613056]);
    expect(report.prefectureMismatches).toEqual([]); // no city namer given here
    const flagged = gcptSites(csv("gcpt"), emptyGemReport(), (lng) => (lng > 113 ? "Datong" : null));
    expect(flagged.find((p) => p.sourceRef === "L100000101502")!.notes).toMatch(
      /COORDINATE UNRELIABLE: GCPT lists the plant in Linfen/,
    );
    expect(gemReportLines(report, 972).join("\n")).toMatch(
      /dropped outside Shanxi \(Shaanxi rows labelled Shanxi\): 4/,
    );
  });

  it("keeps TISCO's id and splits its slag into BF slag + steel slag", () => {
    const tisco = steel.find((s) => s.id === "plan-tisco")!;
    expect(tisco.sourceRef).toBe("P100000120258");
    const slag = tisco.outputs.find((o) => o.material === "steel-slag")!;
    expect(slag.coefficientKey).toBe("bf-slag-per-t-iron+steel-slag-per-t-crude-steel");
    expect(slag.tonnesPerYear).toBe(Math.round(8_480_000 * 0.3) + Math.round(12_460_000 * 0.12));
    expect(tisco.ownerGroup).toBe(GROUPS.tisco);
  });

  it("fixes the Shuozhou Zhonglian plant's Chinese name and credits every tracker", () => {
    expect(cementSites.find((s) => s.sourceRef === "P100000123356")!.nameZh).toBe("朔州中联水泥有限公司");
    expect(gemAttribution("gist")).toBe(
      "Global Energy Monitor, Global Iron and Steel Tracker, September 2025 (V1), CC BY 4.0",
    );
    for (const t of Object.keys(GEM_FILES) as (keyof typeof GEM_FILES)[]) {
      expect(fs.existsSync(path.join(dir, GEM_TRACKERS[t].folder, "SOURCE.md")), t).toBe(true);
    }
  });
});
