import { describe, expect, it } from "vitest";
import { auditChanges, changeText } from "./audit-diff";

const site = {
  name: "砖厂",
  capacityMw: null,
  lng: 112.5,
  outputs: [{ material: "red-mud", tonnesPerYear: 250_000, estimated: false }],
  intakes: [{ material: "fly-ash", route: "wall-materials", capacityTonnesPerYear: 10_000, committedTonnesPerYear: 0 }],
};

describe("auditChanges", () => {
  it("lists each changed field and each changed property of a flow, matched by material and route", () => {
    const after = {
      ...site,
      name: "砖厂（改）",
      outputs: [{ material: "red-mud", tonnesPerYear: 260_000, estimated: false }],
      intakes: [
        { material: "fly-ash", route: "wall-materials", capacityTonnesPerYear: 10_000, committedTonnesPerYear: 4000 },
        { material: "coal-gangue", route: "wall-materials", capacityTonnesPerYear: 5000, committedTonnesPerYear: 0 },
      ],
      changed: ["name"],
    };
    expect(auditChanges(site, after)).toEqual([
      { field: "name", item: null, property: null, before: "砖厂", after: "砖厂（改）" },
      {
        field: "outputs",
        item: { material: "red-mud", route: null },
        property: "tonnesPerYear",
        before: 250_000,
        after: 260_000,
      },
      {
        field: "intakes",
        item: { material: "fly-ash", route: "wall-materials" },
        property: "committedTonnesPerYear",
        before: 0,
        after: 4000,
      },
      {
        field: "intakes",
        item: { material: "coal-gangue", route: "wall-materials" },
        property: null,
        before: null,
        after: 5000,
      },
    ]);
  });
  it("shows a created site as every field from nothing, and no change for equal snapshots", () => {
    expect(auditChanges(null, { name: "a", lng: 1 })).toEqual([
      { field: "name", item: null, property: null, before: null, after: "a" },
      { field: "lng", item: null, property: null, before: null, after: 1 },
    ]);
    expect(auditChanges(site, structuredClone(site))).toEqual([]);
  });
});

describe("changeText", () => {
  it("formats both sides: 250,000 → 260,000, a dash for none", () => {
    const fmt = (v: unknown) => (typeof v === "number" ? v.toLocaleString("en-US") : String(v));
    expect(changeText({ before: 250_000, after: 260_000 }, fmt)).toBe("250,000 → 260,000");
    expect(changeText({ before: null, after: "x" }, fmt)).toBe("— → x");
  });
});
