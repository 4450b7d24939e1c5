import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlanFigure } from "./plan-figure";
import {
  BULK_SOLID_WASTES,
  meetsTarget,
  PLAN_TARGETS,
  ROUTE_PLAN_TARGETS,
  routeTargetFor,
  type PlanRef,
} from "./targets";
import { MATERIAL_CODES, materialSpec } from "../materials";

// A verbatim copy of ../shared/plan/…zh.txt, committed so tests run without ../shared (the app never reads it).
const PLAN = readFileSync(path.join(__dirname, "plan-text.zh.txt"), "utf8");

/** Lines of the plan that contain the quote verbatim. */
function paragraphsOf(quote: string): string[] {
  return PLAN.split("\n").filter((line) => line.includes(quote));
}

function checkRef(r: PlanRef, value: number, unit: string) {
  expect(paragraphsOf(r.quote), `quote not in the plan: ${r.quote}`).not.toHaveLength(0);
  expect(r.quote, `figure ${r.figure} not in its quote`).toContain(r.figure);
  expect(parsePlanFigure(r.figure)).toEqual({ value, unit });
}

describe("plan figures", () => {
  it("reads the plan's units into base units", () => {
    expect(parsePlanFigure("20428万吨")).toEqual({ value: 204_280_000, unit: "t" });
    expect(parsePlanFigure("3000万千瓦")).toEqual({ value: 30_000, unit: "MW" });
    expect(parsePlanFigure("3006.5万千瓦")).toEqual({ value: 30_065, unit: "MW" });
    expect(parsePlanFigure("130亿m3")).toEqual({ value: 13_000_000_000, unit: "m3" });
    expect(parsePlanFigure("260亿标块")).toEqual({ value: 26_000_000_000, unit: "bricks" });
    expect(parsePlanFigure("1000亿元")).toEqual({ value: 100_000_000_000, unit: "yuan" });
    expect(parsePlanFigure("1000万吨/年")).toEqual({ value: 10_000_000, unit: "t" });
    expect(parsePlanFigure("200余家")).toEqual({ value: 200, unit: "enterprises" });
    expect(parsePlanFigure("0.15m3")).toEqual({ value: 0.15, unit: "m3" });
    expect(parsePlanFigure("65.5%")).toEqual({ value: 65.5, unit: "%" });
    expect(parsePlanFigure("many")).toBeNull();
  });
});

describe("plan targets against the plan text", () => {
  for (const t of PLAN_TARGETS) {
    it(`${t.id}: ${t.planRef.quote}`, () => {
      if (t.target2015 !== null) checkRef(t.planRef, t.target2015, t.unit);
      else expect(paragraphsOf(t.planRef.quote)).not.toHaveLength(0);
      if (t.baseline2010 !== null) checkRef(t.baselineRef!, t.baseline2010, t.unit);
      else expect(t.baselineRef).toBeNull();
      if (t.material) expect(MATERIAL_CODES).toContain(t.material);
      for (const r of t.intakeRoutes)
        expect(materialSpec(t.material!)!.routes.concat(["mortar", "gypsum-powder"])).toContain(r);
    });
  }

  it("ids are unique", () => {
    expect(new Set(PLAN_TARGETS.map((t) => t.id)).size).toBe(PLAN_TARGETS.length);
  });

  it("covers every target the issue lists, with the stated baselines", () => {
    const v = (id: string) => PLAN_TARGETS.find((t) => t.id === id)!;
    expect([
      v("industrial-solid-waste-utilisation").baseline2010,
      v("industrial-solid-waste-utilisation").target2015,
    ]).toEqual([65.5, 68]);
    expect([v("bulk-solid-waste-utilisation").baseline2010, v("bulk-solid-waste-utilisation").target2015]).toEqual([
      42, 72,
    ]);
    expect(v("bulk-solid-waste-capacity").target2015).toBe(204_280_000);
    expect(v("industrial-solid-waste-utilised").baseline2010).toBe(120_590_000);
    expect(v("bulk-solid-waste-utilised").baseline2010).toBe(63_380_000);
    expect(v("construction-waste-utilisation").target2015).toBe(30);
    expect(v("straw-utilisation")).toMatchObject({ target2015: 80, comparator: ">" });
    expect(v("gangue-power").target2015).toBe(78_500_000);
    expect(v("cbm-utilisation").target2015).toBe(13e9);
    expect(v("cbm-share-four-gases").target2015).toBe(54);
    expect(v("coke-oven-gas-utilisation").target2015).toBe(100);
    expect(v("tar-benzene-recovery").target2015).toBe(100);
    expect(v("new-wall-materials-output").target2015).toBe(26e9);
    expect(v("new-wall-materials-share").target2015).toBe(70);
    expect(v("coal-washing-rate").target2015).toBe(80);
    expect(v("limestone-utilisation").target2015).toBe(80);
    expect(v("new-recognised-enterprises").target2015).toBe(200);
    expect(v("energy-saving-industry-output").target2015).toBe(1e11);
    expect(ROUTE_PLAN_TARGETS).toHaveLength(15);
  });

  it("keeps both readings where the plan contradicts itself", () => {
    const power = PLAN_TARGETS.filter((t) => t.readingOf === "gangue-power-capacity").map((t) => t.target2015);
    expect(power).toEqual(expect.arrayContaining([20_000, 30_000, 30_065]));
    const cement = PLAN_TARGETS.filter((t) => t.readingOf === "dry-process-cement").map((t) => t.baseline2010);
    expect(cement.sort()).toEqual([70, 77]);
  });

  it("72% is one target for bulk wastes together: no single-material rate target (no red-mud rate)", () => {
    const rateTargets = PLAN_TARGETS.filter((t) => t.unit === "%" && t.material !== null).map((t) => t.material);
    expect(rateTargets).not.toContain("red-mud");
    for (const m of BULK_SOLID_WASTES) expect(rateTargets).not.toContain(m);
  });

  it("maps fly ash mortar and concrete to one target, alumina extraction to high-value use", () => {
    expect(routeTargetFor("fly-ash", "concrete")?.id).toBe("fly-ash-concrete-mortar");
    expect(routeTargetFor("fly-ash", "mortar")?.id).toBe("fly-ash-concrete-mortar");
    expect(routeTargetFor("fly-ash", "alumina-extraction")?.id).toBe("fly-ash-high-value");
    expect(routeTargetFor("fgd-gypsum", "gypsum-powder")?.id).toBe("gypsum-mortar-wall-other");
    expect(routeTargetFor("red-mud", "cement")).toBeUndefined();
    // Each intake route counts towards at most one route target.
    for (const t of ROUTE_PLAN_TARGETS) for (const r of t.intakeRoutes) expect(routeTargetFor(t.material!, r)).toBe(t);
  });

  it("compares under each comparator", () => {
    expect(meetsTarget({ target2015: 80, comparator: ">" }, 80)).toBe(false);
    expect(meetsTarget({ target2015: 80, comparator: ">=" }, 80)).toBe(true);
    expect(meetsTarget({ target2015: 0.15, comparator: "<=" }, 0.2)).toBe(false);
    expect(meetsTarget({ target2015: null, comparator: null }, 1)).toBeNull();
  });
});
