import { describe, expect, it } from "vitest";
import { cycleLevel, type CycleParty } from "./cycle-level";

const site = (over: Partial<CycleParty>): CycleParty => ({
  id: "a",
  ownerGroup: null,
  parkId: null,
  outsideProvince: false,
  ...over,
});

describe("cycleLevel", () => {
  it("same site is the enterprise cycle", () => {
    expect(cycleLevel(site({ id: "x" }), site({ id: "x" }))).toBe("enterprise");
  });
  it("same owner group is the enterprise cycle, even across parks", () => {
    expect(
      cycleLevel(
        site({ id: "a", ownerGroup: "太钢", parkId: "p1" }),
        site({ id: "b", ownerGroup: "太钢", parkId: "p2" }),
      ),
    ).toBe("enterprise");
  });
  it("blank owner groups do not make an enterprise cycle", () => {
    expect(cycleLevel(site({ id: "a", ownerGroup: " " }), site({ id: "b", ownerGroup: " " }))).toBe("region");
  });
  it("same park is the park cycle", () => {
    expect(cycleLevel(site({ id: "a", parkId: "p1" }), site({ id: "b", parkId: "p1" }))).toBe("park");
  });
  it("different parks or no park inside Shanxi is the regional cycle", () => {
    expect(cycleLevel(site({ id: "a", parkId: "p1" }), site({ id: "b", parkId: "p2" }))).toBe("region");
    expect(cycleLevel(site({ id: "a" }), site({ id: "b" }))).toBe("region");
  });
  it("a party outside the province flags cross-province", () => {
    expect(cycleLevel(site({ id: "a" }), site({ id: "b", outsideProvince: true }))).toBe("cross-province");
    expect(cycleLevel(site({ id: "a", outsideProvince: true }), site({ id: "b" }))).toBe("cross-province");
  });
});
