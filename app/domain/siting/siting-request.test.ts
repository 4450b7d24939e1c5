import { describe, expect, it } from "vitest";
import { parseSitingRequest } from "./siting-request";

const ok = { material: "coal-gangue", route: "power", plantCapacityTonnesPerYear: 780_000, maxPlants: 3 };
const err = (body: unknown) => {
  const r = parseSitingRequest(body);
  if (r.ok) throw new Error("expected an error");
  return r.error;
};

describe("parseSitingRequest", () => {
  it("fills every effective value from the catalogue", () => {
    const r = parseSitingRequest(ok);
    expect(r.ok && r.value).toMatchObject({
      material: "coal-gangue",
      route: "power",
      maxPlants: 3,
      includeSynthetic: false,
      maxHaulKm: 50,
      circuity: 1.3,
      nearestN: 100,
      candidateKinds: ["county-seat", "park", "site"],
      mipRelGap: 1e-9,
    });
  });
  it("refuses k ≤ 0, unknown routes, negative sizes and unknown keys with specific messages", () => {
    expect(err({ ...ok, maxPlants: 0 })).toBe("maxPlants: maxPlants must be at least 1");
    expect(err({ ...ok, maxPlants: -2 })).toBe("maxPlants: maxPlants must be at least 1");
    expect(err({ ...ok, maxPlants: 1.5 })).toBe("maxPlants: maxPlants must be an integer");
    expect(err({ ...ok, route: "teleport" })).toBe(
      'route: unknown route "teleport" for coal-gangue (known: power, wall-materials, cement, ceramsite, backfill, alumina-extraction, land-reclamation)',
    );
    expect(err({ ...ok, plantCapacityTonnesPerYear: -5 })).toBe(
      "plantCapacityTonnesPerYear: plantCapacityTonnesPerYear must be positive",
    );
    expect(err({ ...ok, params: { maxHaulKm: -1 } })).toBe("params.maxHaulKm: params.maxHaulKm must be positive");
    expect(err({ ...ok, material: "slag" })).toMatch(/^material: unknown material "slag"/);
    expect(err({ ...ok, material: "coke-oven-gas", route: "lng" })).toMatch(/measured in Nm3/);
    expect(err({ ...ok, colour: "red" })).toMatch(/colour/);
  });
});
