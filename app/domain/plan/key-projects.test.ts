import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KEY_PROJECTS, rollUpAgainstRouteTargets } from "./key-projects";
import { keyProjectPatchSchema } from "./key-project-patch";
import { PARKS } from "../parks-catalogue";
import { PLAN_SITES } from "../../../prisma/seed/plan-sites";
import { ROUTE_PLAN_TARGETS } from "./targets";
import { MATERIAL_CODES, materialSpec } from "../materials";
import { firstIssue } from "../proposals/proposal-request";

const PLAN = readFileSync(path.join(__dirname, "plan-text.zh.txt"), "utf8");
const root = path.join(__dirname, "../../..");
const gppd = JSON.parse(readFileSync(path.join(root, "geodata/facilities/gppd-shanxi-sites.json"), "utf8")) as {
  sites: { id: string }[];
};
const counties = JSON.parse(
  readFileSync(path.join(root, "geodata/boundaries/shanxi-counties.wgs84.geojson"), "utf8"),
) as { features: { properties: { adcode: string | number } }[] };
const countyCodes = new Set(counties.features.map((f) => String(f.properties.adcode)));

describe("key-project register", () => {
  it("quotes the plan verbatim for every project", () => {
    for (const p of KEY_PROJECTS) expect(PLAN.includes(p.planRef.quote), `${p.id}: ${p.planRef.quote}`).toBe(true);
  });

  it("has unique ids and valid references (sites, parks, counties, materials, routes)", () => {
    expect(new Set(KEY_PROJECTS.map((p) => p.id)).size).toBe(KEY_PROJECTS.length);
    const siteIds = new Set([...PLAN_SITES.map((s) => s.id), ...gppd.sites.map((s) => s.id)]);
    const parkIds = new Set(PARKS.map((p) => p.id));
    for (const p of KEY_PROJECTS) {
      if (p.siteId) expect(siteIds.has(p.siteId), `${p.id} site ${p.siteId}`).toBe(true);
      if (p.parkId) expect(parkIds.has(p.parkId), `${p.id} park ${p.parkId}`).toBe(true);
      if (p.countyAdcode) expect(countyCodes.has(p.countyAdcode), `${p.id} county ${p.countyAdcode}`).toBe(true);
      if (p.countyAdcode && p.cityAdcode) expect(p.countyAdcode.slice(0, 4)).toBe(p.cityAdcode.slice(0, 4));
      if (p.material) expect(MATERIAL_CODES).toContain(p.material);
      if (p.route) expect(materialSpec(p.material!)!.routes.concat(["mortar"])).toContain(p.route);
      if (p.capacity !== null) expect(p.capacityUnit).not.toBeNull();
    }
  });

  it("names the projects the plan names: gangue power, high-alumina fly ash, red mud ×3, magnesium and carbide slag, CBM, coke-oven gas, wall materials, denitrification ×3", () => {
    const ids = KEY_PROJECTS.map((p) => p.id);
    for (const id of [
      "kp-gangue-power-new",
      "kp-fly-ash-high-alumina",
      "kp-red-mud-hejin",
      "kp-red-mud-jiaokou",
      "kp-red-mud-yangquan",
      "kp-magnesium-slag",
      "kp-carbide-slag-cement",
      "kp-cbm-utilisation",
      "kp-coke-oven-gas-deep-processing",
      "kp-new-wall-materials",
      "kp-denitrification-taiyuan-1",
      "kp-denitrification-taiyuan-2",
      "kp-denitrification-datong-2",
    ])
      expect(ids).toContain(id);
    expect(KEY_PROJECTS.find((p) => p.id === "kp-gangue-power-new")).toMatchObject({
      capacity: 20_000,
      capacityUnit: "MW",
    });
    expect(KEY_PROJECTS.every((p) => p.investmentYuan === null)).toBe(true); // the plan states none
  });

  it("rolls up against the route targets: the route records cover their targets, cancelled ones do not count", () => {
    const roll = rollUpAgainstRouteTargets(KEY_PROJECTS);
    expect(roll).toHaveLength(ROUTE_PLAN_TARGETS.length);
    for (const r of roll.filter((x) => x.targetId !== "gangue-power")) expect(r.share).toBeCloseTo(1, 9);
    const power = roll.find((r) => r.targetId === "gangue-power")!;
    expect(power.projectTonnesPerYear).toBe(Math.round((20_000 * 78_500_000) / 30_000));
    const cancelled = rollUpAgainstRouteTargets(
      KEY_PROJECTS.map((p) => (p.id === "kp-fly-ash-cement" ? { ...p, status: "cancelled" as const } : p)),
    );
    expect(cancelled.find((r) => r.targetId === "fly-ash-cement")!.projectTonnesPerYear).toBe(0);
  });

  it("validates edits with specific messages", () => {
    const err = (body: unknown) => {
      const r = keyProjectPatchSchema.safeParse(body);
      return r.success ? null : firstIssue(r.error);
    };
    expect(err({ status: "operating", startYear: 2013, investmentYuan: 1.2e9 })).toBeNull();
    expect(err({ status: "done" })).toMatch(/status must be one of planned/);
    expect(err({ startYear: 2016, targetYear: 2015 })).toMatch(/startYear must not be after targetYear/);
    expect(err({ investmentYuan: -1 })).toMatch(/investmentYuan must not be negative/);
    expect(err({ name: "x" })).toMatch(/unknown field: name/);
    expect(err({})).toMatch(/nothing to change/);
    expect(err({ countyAdcode: "110101" })).toMatch(/Shanxi county adcode/);
  });
});
