import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { buildSeedData, GEODATA_DIR, type SiteWithPlace } from "./seed-data";
import { haversineKm } from "../app/domain/distance";
import { coefficientKeysOf, isCoefficientKey } from "../app/domain/coefficients";
import { isMaterialCode, type MaterialCode } from "../app/domain/materials";
import { isIndustryCode } from "../app/domain/industries";
import { PARKS } from "../app/domain/parks-catalogue";
import { cycleLevel } from "../app/domain/cycle-level";
import { GPPD_NAMES_ZH } from "../scripts/gppd-names-zh";

const data = buildSeedData();
const byId = new Map(data.sites.map((s) => [s.id, s]));
const site = (id: string) => {
  const s = byId.get(id);
  if (!s) throw new Error(`missing ${id}`);
  return s;
};
const consumersNear = (lng: number, lat: number, m: MaterialCode, km: number) =>
  data.sites.filter((s) => s.intakes.some((i) => i.material === m) && haversineKm(lng, lat, s.lng, s.lat) <= km);
const seat = (adcode: string) => {
  const r = data.regions.find((x) => x.adcode === adcode)!;
  return [r.seatLng!, r.seatLat!] as const;
};

describe("seed data", () => {
  it("has the province, 11 cities, 117 counties with parents and geometry", () => {
    const lv = (l: string) => data.regions.filter((r) => r.level === l);
    expect(lv("province")).toHaveLength(1);
    expect(lv("city")).toHaveLength(11);
    expect(lv("county")).toHaveLength(117);
    for (const c of lv("county")) expect(c.parentAdcode).toBe(`${c.adcode.slice(0, 4)}00`);
    for (const c of lv("city")) expect(c.parentAdcode).toBe("140000");
    for (const r of data.regions) {
      expect(JSON.parse(r.geometry).type).toMatch(/Polygon/);
      expect(r.nameEn, r.adcode).toBeTruthy();
    }
  });

  it("has a few hundred to 1,500 sites with complete provenance", () => {
    expect(data.sites.length).toBeGreaterThanOrEqual(600);
    expect(data.sites.length).toBeLessThanOrEqual(1500);
    for (const s of data.sites) {
      expect(s.source.length, s.id).toBeGreaterThan(0);
      expect(s.licence.length, s.id).toBeGreaterThan(0);
      expect(["exact", "county", "estimated"]).toContain(s.precision);
      expect(isIndustryCode(s.industry), `${s.id} ${s.industry}`).toBe(true);
      expect(s.countyAdcode, s.id).toMatch(/^14\d{4}$/);
      expect(s.outsideProvince).toBe(false);
      for (const o of s.outputs) {
        expect(isMaterialCode(o.material)).toBe(true);
        // Contract: an estimated output always names the coefficient that produced it.
        if (o.estimated)
          for (const k of coefficientKeysOf(o.coefficientKey ?? ""))
            expect(isCoefficientKey(k), `${s.id} ${k}`).toBe(true);
        if (o.estimated) expect(o.coefficientKey, s.id).toBeTruthy();
      }
    }
  });

  it("places every plan park, with a centre, a positive radius and a county", () => {
    expect(data.parks.map((p) => p.id).sort()).toEqual(PARKS.map((p) => p.id).sort());
    for (const p of data.parks) {
      expect(p.radiusKm).toBeGreaterThan(0);
      expect(p.countyAdcode, p.id).toMatch(/^14\d{4}$/);
    }
    expect(data.parks.find((p) => p.id === "park-hejin-base")!.countyAdcode).toBe("140882");
    expect(data.parks.find((p) => p.id === "park-jinhaiyang")!.countyAdcode).toBe("140603");
    expect(data.parks.find((p) => p.id === "park-antai")!.countyAdcode).toBe("140781");
    expect(data.parks.find((p) => p.id === "park-red-mud-jiaokou")!.countyAdcode).toBe("141130");
  });

  it("assigns counties by point-in-polygon (GPPD Hejin power station, plan Chalco, Pinglu gangue plant)", () => {
    expect(site("gppd-WRI1070817").countyAdcode).toBe("140882");
    expect(site("plan-chalco-shanxi").countyAdcode).toBe("140882");
    expect(site("plan-red-mud-jiaokou").countyAdcode).toBe("141130");
    // "Wangqu power station" says Hequ County in its text, but its point is in Changzhi: the point wins.
    expect(site("gppd-WRI1070597").countyAdcode!.slice(0, 4)).toBe("1404");
  });

  it("shows GPPD sites with a Chinese name; a descriptive one starts with the site's own county", () => {
    // GPPD rows not merged into a GCPT plant keep GPPD's data and our reviewed Chinese name.
    const gppd = data.sites.filter((s) => s.id.startsWith("gppd-") && Object.hasOwn(GPPD_NAMES_ZH, s.sourceRef ?? ""));
    const merged = data.sites.filter(
      (s) => s.id.startsWith("gppd-") && !Object.hasOwn(GPPD_NAMES_ZH, s.sourceRef ?? ""),
    );
    const gem = JSON.parse(fs.readFileSync(path.join(GEODATA_DIR, "facilities", "gem-shanxi-sites.json"), "utf8")) as {
      report: { gppdAbsorbed: unknown[] };
    };
    expect(gem.report.gppdAbsorbed.length).toBeGreaterThan(0);
    // GPPD rows absorbed into another GPPD row's plant (same plant listed twice) leave; every other one stays.
    expect(gppd.length + merged.length).toBe(Object.keys(GPPD_NAMES_ZH).length - gem.report.gppdAbsorbed.length);
    for (const s of merged) {
      expect(s.sourceRef, s.id).toMatch(/^L\d+$/);
      expect(s.source, s.id).toMatch(
        /Global Energy Monitor, Global Coal Plant Tracker, July 2024, CC BY 4\.0.*also in © WRI et al\., Global Power Plant Database v1\.3\.0/,
      );
    }
    for (const s of gppd) {
      const entry = GPPD_NAMES_ZH[s.sourceRef!];
      expect(s.nameZh, s.id).toBe(entry.zh);
      expect(s.notes, s.id).toMatch(/中文名为本项目/);
      if (entry.kind !== "descriptive") continue;
      const county = data.regions.find((r) => r.adcode === s.countyAdcode)!.nameZh;
      expect(s.nameZh.startsWith(county.replace(/[市县区]$/, "")), `${s.id} ${s.nameZh} in ${county}`).toBe(true);
    }
  });

  it("finds several candidates around each named base", () => {
    const chalco = site("plan-chalco-shanxi");
    expect(consumersNear(chalco.lng, chalco.lat, "red-mud", 50).length).toBeGreaterThanOrEqual(5);
    for (const id of ["plan-red-mud-jiaokou", "plan-red-mud-yangquan"]) {
      const s = site(id);
      expect(consumersNear(s.lng, s.lat, "red-mud", 50).length, id).toBeGreaterThanOrEqual(4);
    }
    for (const adcode of ["140600", "140603"]) {
      const [lng, lat] = seat(adcode);
      expect(consumersNear(lng, lat, "coal-gangue", 50).length, adcode).toBeGreaterThanOrEqual(5);
    }
    const tisco = site("plan-tisco");
    expect(consumersNear(tisco.lng, tisco.lat, "steel-slag", 50).length).toBeGreaterThanOrEqual(4);
  });

  it("gives every producer of a short-haul or minor material a consumer within its default haul", () => {
    const haul: Partial<Record<MaterialCode, number>> = {
      "magnesium-slag": 100,
      "carbide-slag": 100,
      "coke-oven-gas": 20,
      "waste-heat": 10,
      "mine-water": 20,
      "construction-waste": 30,
      "red-mud": 50,
      straw: 50,
      "coal-gangue": 50,
    };
    // The synthetic set is built so its producers always have a consumer; real producers are what they are.
    for (const s of data.sites.filter((x) => x.synthetic)) {
      for (const o of s.outputs) {
        const km = haul[o.material];
        if (!km) continue;
        const found = consumersNear(s.lng, s.lat, o.material, km).filter((c) => c.id !== s.id);
        expect(found.length, `${s.id} ${o.material}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("produces enterprise and park cycles", () => {
    const party = (s: SiteWithPlace) => ({
      id: s.id,
      ownerGroup: s.ownerGroup,
      parkId: s.parkId,
      outsideProvince: s.outsideProvince,
    });
    const levels = new Set<string>();
    for (const p of data.sites.filter((s) => s.outputs.length)) {
      for (const c of data.sites.filter((s) => s.intakes.length && s.id !== p.id)) {
        if (!p.outputs.some((o) => c.intakes.some((i) => i.material === o.material))) continue;
        levels.add(cycleLevel(party(p), party(c)));
      }
    }
    expect(levels).toContain("enterprise");
    expect(levels).toContain("park");
    expect(site("plan-chalco-shanxi-building-materials").ownerGroup).toBe(site("plan-chalco-shanxi").ownerGroup);
  });

  it("has at least 900 real sites from open sources; synthetic sites only where no open source exists", () => {
    const real = data.sites.filter((s) => !s.synthetic);
    expect(real.length).toBeGreaterThanOrEqual(900);
    const kinds = (xs: SiteWithPlace[]) => new Set(xs.map((s) => s.industry));
    for (const k of ["coal-mine", "coal-power", "gangue-power", "cement", "steel", "coking"]) {
      expect(kinds(real).has(k), k).toBe(true);
      expect(kinds(data.sites.filter((s) => s.synthetic)).has(k), k).toBe(false);
    }
    for (const s of real)
      expect(["operating", "construction", "proposed", "mothballed", "retired", "cancelled", "unknown"]).toContain(
        s.status ?? "operating",
      );
    const gem = real.filter((s) => s.source.startsWith("Global Energy Monitor"));
    expect(gem.length).toBeGreaterThanOrEqual(900);
    for (const s of gem) {
      expect(s.sourceUrl, s.id).toMatch(/^https:\/\/(www\.)?gem\.wiki\//);
      expect(s.source, s.id).toMatch(/Global Energy Monitor, Global .+, .+, CC BY 4\.0/);
    }
    // Stable ids other tests and links use still exist, now as real plants.
    for (const id of [
      "plan-chalco-shanxi",
      "plan-red-mud-jiaokou",
      "plan-red-mud-yangquan",
      "plan-tisco",
      "gppd-WRI1070126",
      "gppd-WRI1070817",
    ])
      site(id);
    expect(site("plan-tisco").sourceRef).toBe("P100000120258");
    expect(site("gppd-WRI1070126").intakes.some((i) => i.material === "coal-gangue")).toBe(true);
  });

  it("parks contain their sites by location: Shuozhou base = Shuozhou city, Hejin base = Hejin county", () => {
    const members = (park: string) => data.sites.filter((s) => s.parkIds.includes(park));
    const shuozhou = members("park-shuozhou-base");
    expect(shuozhou.length).toBeGreaterThanOrEqual(50);
    expect(shuozhou.every((s) => s.countyAdcode!.startsWith("1406"))).toBe(true);
    expect(
      data.sites
        .filter((s) => s.countyAdcode?.startsWith("1406"))
        .every((s) => s.parkIds.includes("park-shuozhou-base")),
    ).toBe(true);
    expect(shuozhou.filter((s) => !s.synthetic).length).toBeGreaterThanOrEqual(50);
    const hejin = members("park-hejin-base");
    expect(hejin.filter((s) => !s.synthetic).map((s) => s.id)).toEqual(
      expect.arrayContaining(["gppd-WRI1070817", "plan-chalco-shanxi"]),
    );
    expect(hejin.every((s) => s.countyAdcode === "140882")).toBe(true);
    // parkId, when set, is one of the site's parks; parkIds are unique.
    for (const s of data.sites) {
      if (s.parkId) expect(s.parkIds, s.id).toContain(s.parkId);
      expect(new Set(s.parkIds).size).toBe(s.parkIds.length);
    }
    // A site may be in several parks (Hejin: demo base, red-mud area, chemical park…).
    expect(site("plan-chalco-shanxi").parkIds.length).toBeGreaterThanOrEqual(3);
  });

  it("draws places where they are: Lu'an on its plants, three chemical-park places, coal-chemical bases as counties", () => {
    const park = (id: string) => data.parks.find((p) => p.id === id)!;
    const luan = park("park-luan");
    const changzhiSeat = seat("140400");
    expect(haversineKm(luan.centerLng, luan.centerLat, changzhiSeat[0], changzhiSeat[1])).toBeGreaterThan(20);
    for (const plant of [
      [112.850584, 36.365303],
      [112.966477, 36.4998],
    ])
      expect(haversineKm(luan.centerLng, luan.centerLat, plant[0], plant[1])).toBeLessThan(luan.radiusKm);
    const hwx = JSON.parse(park("park-chem-hejin-wenxi-xinjiang").geometry!);
    expect(hwx.type).toBe("MultiPolygon");
    expect(hwx.coordinates).toHaveLength(3);
    for (const id of [
      "park-coal-chem-jinbei",
      "park-coal-chem-jindongnan",
      "park-coal-chem-lvliang",
      "park-shuozhou-base",
      "park-hejin-base",
    ]) {
      expect(JSON.parse(park(id).geometry!).type, id).toMatch(/Polygon/);
    }
    // The jinbei base covers Datong, Shuozhou and Xinzhou: every site there is a member.
    const jinbei = data.sites.filter((s) => s.parkIds.includes("park-coal-chem-jinbei"));
    expect(new Set(jinbei.map((s) => s.countyAdcode!.slice(0, 4)))).toEqual(new Set(["1402", "1406", "1409"]));
  });

  it("flags the two Yangquan-named methane projects that GPPD places ≈100 km away", () => {
    for (const id of ["gppd-WRI1070969", "gppd-WRI1071034"]) {
      expect(site(id).precision).toBe("estimated");
      expect(site(id).notes).toMatch(/COORDINATE UNRELIABLE/);
      expect(site(id).countyAdcode!.startsWith("1403")).toBe(false);
    }
  });

  it("holds the stockpiles of the places the plan names, real (plan-sourced) and estimated, in those places", () => {
    const stockpiles = data.sites.filter((s) => s.outputs.some((o) => o.stockpileTonnes > 0));
    expect(stockpiles.map((s) => [s.id, s.countyAdcode?.slice(0, 4), s.outputs[0].material]).sort()).toEqual([
      ["plan-stockpile-hejin-red-mud", "1408", "red-mud"],
      ["plan-stockpile-jiaokou-red-mud", "1411", "red-mud"],
      ["plan-stockpile-shuozhou-coal-gangue", "1406", "coal-gangue"],
      ["plan-stockpile-shuozhou-fly-ash", "1406", "fly-ash"],
      ["plan-stockpile-yangquan-red-mud", "1403", "red-mud"],
    ]);
    expect(site("plan-stockpile-hejin-red-mud").countyAdcode).toBe("140882");
    for (const s of stockpiles) {
      expect(s.synthetic).toBe(false);
      expect(s.source).toContain("山西省“十二五”资源节约与综合利用规划");
      expect(s.outputs[0]).toMatchObject({
        tonnesPerYear: 0,
        estimated: true,
        coefficientKey: "stockpile-years-of-output",
      });
    }
  });

  it("keeps every text within the registry's import limits, so an exported registry re-imports", () => {
    for (const s of data.sites) {
      expect(s.source.length, s.id).toBeLessThanOrEqual(300);
      expect((s.notes ?? "").length, s.id).toBeLessThanOrEqual(2000);
      for (const t of [s.nameZh, s.nameEn, s.ownerGroup ?? "", s.sourceRef ?? "", s.licence])
        expect(t.length, s.id).toBeLessThanOrEqual(200);
    }
  });

  it("is deterministic", () => {
    expect(buildSeedData().sites).toEqual(data.sites);
  });
});
