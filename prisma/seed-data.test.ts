import { describe, expect, it } from "vitest";
import { buildSeedData, type SiteWithPlace } from "./seed-data";
import { haversineKm } from "../app/domain/distance";
import { isCoefficientKey } from "../app/domain/coefficients";
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
        if (o.estimated) expect(isCoefficientKey(o.coefficientKey ?? ""), s.id).toBe(true);
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
    const gppd = data.sites.filter((s) => s.id.startsWith("gppd-"));
    expect(gppd).toHaveLength(Object.keys(GPPD_NAMES_ZH).length);
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
      "magnesium-slag": 100, "carbide-slag": 100, "coke-oven-gas": 20, "waste-heat": 10, "mine-water": 20, "construction-waste": 30, "red-mud": 50,
      straw: 50, "coal-gangue": 50,
    };
    for (const s of data.sites) {
      for (const o of s.outputs) {
        const km = haul[o.material];
        if (!km) continue;
        const found = consumersNear(s.lng, s.lat, o.material, km).filter((c) => c.id !== s.id);
        expect(found.length, `${s.id} ${o.material}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("produces enterprise and park cycles", () => {
    const party = (s: SiteWithPlace) => ({ id: s.id, ownerGroup: s.ownerGroup, parkId: s.parkId, outsideProvince: s.outsideProvince });
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

  it("is deterministic", () => {
    expect(buildSeedData().sites).toEqual(data.sites);
  });
});
