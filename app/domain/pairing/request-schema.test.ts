import { describe, expect, it } from "vitest";
import { parsePairingRequest } from "./request-schema";
import { effectiveParams } from "./params";

const ok = { scope: { kind: "city", adcode: "140800" }, materials: ["fly-ash"] };
const err = (body: unknown) => {
  const r = parsePairingRequest(body);
  return r.ok ? null : r.error;
};

describe("parsePairingRequest", () => {
  it("accepts a valid request and dedupes materials", () => {
    const r = parsePairingRequest({
      ...ok,
      materials: ["fly-ash", "fly-ash", "red-mud"],
      params: { nearestN: 50, maxHaulKm: { "fly-ash": 80 } },
    });
    expect(r.ok && r.value.materials).toEqual(["fly-ash", "red-mud"]);
    expect(r.ok && r.value.params.maxHaulKm).toEqual({ "fly-ash": 80 });
  });
  it("names unknown materials", () => {
    expect(err({ ...ok, materials: ["unobtainium"] })).toMatch(/unknown material: unobtainium/);
    expect(err({ ...ok, params: { maxHaulKm: { lava: 3 } } })).toMatch(/unknown material in maxHaulKm: lava/);
  });
  it("rejects negative and out-of-range params", () => {
    expect(err({ ...ok, params: { landfillYuanPerTonne: -1 } })).toMatch(/landfillYuanPerTonne must not be negative/);
    expect(err({ ...ok, params: { maxHaulKm: { "fly-ash": -5 } } })).toMatch(/must not be negative/);
    expect(err({ ...ok, params: { circuity: 0.5 } })).toMatch(/circuity/);
    expect(err({ ...ok, params: { circuity: 3.5 } })).toMatch(/circuity must be at most 3/);
    expect(err({ ...ok, params: { nearestN: 0 } })).toMatch(/nearestN/);
    expect(err({ ...ok, params: { bogus: 1 } })).toMatch(/bogus|Unrecognized/i);
  });
  it("takes includeSynthetic / includeNonOperating as booleans; effective params default both to false (real operating sites)", () => {
    const r = parsePairingRequest({ ...ok, params: { includeSynthetic: true } });
    expect(r.ok && r.value.params.includeSynthetic).toBe(true);
    expect(r.ok && effectiveParams(r.value.materials, r.value.params)).toMatchObject({
      includeSynthetic: true,
      includeNonOperating: false,
    });
    expect(effectiveParams(["fly-ash"])).toMatchObject({ includeSynthetic: false, includeNonOperating: false });
    expect(err({ ...ok, params: { includeSynthetic: "yes" } })).toBe(
      'params.includeSynthetic: includeSynthetic must be true or false (got "yes")',
    );
    expect(err({ ...ok, params: { includeNonOperating: 1 } })).toBe(
      "params.includeNonOperating: includeNonOperating must be true or false (got 1)",
    );
  });
  it("rejects bad scopes and polygons", () => {
    expect(err({ ...ok, scope: { kind: "planet" } })).toMatch(/scope/);
    expect(err({ ...ok, scope: { kind: "city", adcode: "14" } })).toMatch(/adcode must be 6 digits/);
    expect(
      err({
        ...ok,
        scope: {
          kind: "polygon",
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [110, 35],
                [111, 35],
                [110, 35],
              ],
            ],
          },
        },
      }),
    ).toMatch(/invalid polygon/);
    expect(err({ ...ok, scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: [["x"]] } } })).toMatch(
      /invalid polygon/,
    );
    expect(err({ ...ok, materials: [] })).toMatch(/at least one material/);
  });
});
