import { describe, expect, it } from "vitest";
import { packPairings, unpackPairings, type PairingRow } from "./packed-pairings";

const row = (id: number, producerId: string, consumerId: string, over: Partial<PairingRow> = {}): PairingRow => ({
  id,
  producerId,
  consumerId,
  material: "fly-ash",
  route: "cement",
  tonnesPerYear: 1000 + id,
  distanceKm: 12.345678 * id,
  roadKm: 15.1 * id,
  costYuan: 99_999.5 + id,
  co2Kg: 321.25 * id,
  cycleLevel: "region",
  ...over,
});

describe("packPairings / unpackPairings", () => {
  it("round-trips every field in order and stores each repeated string once", () => {
    const rows = [
      row(7, "a", "b"),
      row(3, "b", "a", { material: "red-mud", route: "brick", cycleLevel: "park" }),
      row(9, "a", "a", { cycleLevel: "enterprise" }),
      row(4, "c", "b"),
    ];
    const packed = packPairings(rows);
    expect(unpackPairings(packed)).toEqual(rows);
    expect(packed.sites).toEqual(["a", "b", "c"]);
    expect(packed.materials).toEqual(["fly-ash", "red-mud"]);
    expect(packed.routes).toEqual(["cement", "brick"]);
    expect(packed.levels).toEqual(["region", "park", "enterprise"]);
    expect(packed.producer).toEqual([0, 1, 0, 2]);
    expect(packed.consumer).toEqual([1, 0, 0, 1]);
  });

  it("is much smaller as JSON than the rows at 10^4 pairings", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row(i + 1, `site-${String(i % 300).padStart(24, "0")}`, `site-${String((i * 7) % 300).padStart(24, "0")}`),
    );
    const packed = packPairings(rows);
    expect(unpackPairings(packed)).toEqual(rows);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(rows).length * 0.45);
  });

  it("packs no rows into empty columns", () => {
    expect(unpackPairings(packPairings([]))).toEqual([]);
  });
});
