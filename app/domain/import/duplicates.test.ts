import { describe, expect, it } from "vitest";
import { planImport } from "./duplicates";
import { siteInputSchema } from "./site-input";
import type { ImportSite } from "./validate";

const site = (name: string, lng: number, lat: number, row: number, id: string | null = null): ImportSite => ({
  ...siteInputSchema.parse({ name, industry: "cement", lng, lat }),
  id,
  rows: [row],
});
// 0.005° of latitude ≈ 0.56 km; 0.02° ≈ 2.2 km.
const a = site("甲厂", 112.5, 37.8, 2);
const aNear = site(" 甲厂 ", 112.5, 37.805, 3);
const aFar = site("甲厂", 112.5, 37.82, 4);

describe("planImport duplicates", () => {
  it("finds same-name sites within 1 km inside the file, not farther ones", () => {
    const { duplicates } = planImport([a, aNear, aFar], [], "add");
    expect(duplicates).toEqual([expect.objectContaining({ kind: "file", row: 3, otherRow: 2 })]);
    expect(duplicates[0].distanceKm).toBeCloseTo(0.556, 2);
  });
  it("skip keeps the first, update keeps the last, add keeps both", () => {
    const rows = (mode: "skip" | "update" | "add") =>
      planImport([a, aNear], [], mode).planned.map((p) => p.site.rows[0]);
    expect(rows("skip")).toEqual([2]);
    expect(rows("update")).toEqual([3]);
    expect(rows("add")).toEqual([2, 3]);
  });
  it("matches existing sites by name (zh or en) within 1 km or by id", () => {
    const existing = [
      { id: "e1", name: "other", nameEn: "甲厂", lng: 112.5, lat: 37.801 },
      { id: "e2", name: "乙厂", nameEn: "B", lng: 113, lat: 38 },
    ];
    const byName = planImport([a], existing, "update");
    expect(byName.planned).toEqual([expect.objectContaining({ action: "update", targetId: "e1" })]);
    expect(byName.duplicates[0]).toMatchObject({ kind: "existing", existingId: "e1" });
    expect(planImport([site("new name", 110, 36, 2, "e2")], existing, "skip").planned[0]).toMatchObject({
      action: "skip",
      targetId: "e2",
    });
    expect(planImport([a], existing, "add").planned[0]).toMatchObject({ action: "create", targetId: null });
    expect(planImport([aFar], existing, "update").planned[0]).toMatchObject({ action: "create" });
  });
});
