import { describe, expect, it } from "vitest";
import { buildExampleProposal, EXAMPLE_PROPOSAL_ID } from "./example-proposal";
import { catalogueMaterials } from "./build-cluster";
import { pairing, site } from "./test-fixtures";
import type { RegistrySite } from "../registry-types";

const park = { id: "park-hejin-base", nameZh: "河津基地", nameEn: "Hejin base", centerLng: 110.71, centerLat: 35.6 };
const params = { circuity: 1.3, maxHaulKm: {}, costYuanPerTonneKm: {}, method: "test", extra: {} };

describe("buildExampleProposal", () => {
  it("pairs only sites near the base and keeps the largest connected group, marked example", async () => {
    const sites = [
      site("a", { lng: 110.72, lat: 35.6 }),
      site("b", { lng: 110.8, lat: 35.62 }),
      site("c", { lng: 110.7, lat: 35.7 }),
      site("far", { lng: 112.5, lat: 37.8 }),
      site("d", {
        lng: 110.6,
        lat: 35.55,
        provenance: { source: "s", licence: "l", precision: "estimated", synthetic: true, sourceRef: null },
      }),
    ];
    let seen: string[] = [];
    const ex = await buildExampleProposal({
      sites,
      park,
      params,
      materials: catalogueMaterials(),
      coefficients: [],
      builtAt: "2026-01-01T00:00:00Z",
      pair: async (near: readonly RegistrySite[]) => {
        seen = near.map((s) => s.id);
        return [
          pairing("a", "b", { tonnesPerYear: 100, cycleLevel: "park" }),
          pairing("b", "c", { tonnesPerYear: 50, cycleLevel: "park" }),
          pairing("d", "d", { tonnesPerYear: 10 }),
        ];
      },
    });
    expect(seen).toEqual(["a", "b", "c", "d"]);
    expect(ex!.id).toBe(EXAMPLE_PROPOSAL_ID);
    expect(ex!.snapshot.example).toBe(true);
    expect(ex!.snapshot.sites.map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(ex!.snapshot.synthetic).toBe(false);
    expect(ex!.cycleLevel).toBe("park");
    expect(ex!.snapshot.park?.id).toBe("park-hejin-base");
  });

  it("returns null when nothing pairs", async () => {
    const ex = await buildExampleProposal({
      sites: [site("a"), site("b")],
      park,
      params,
      materials: [],
      coefficients: [],
      builtAt: "x",
      pair: async () => [],
    });
    expect(ex).toBeNull();
  });
});
