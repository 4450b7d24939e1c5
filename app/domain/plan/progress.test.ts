import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  PROGRESS_MATERIALS,
  progressIncludes,
  regionProgress,
  type ProgressRegion,
  type ProgressSite,
} from "./progress";

// A small administrative tree: province, three cities, six counties.
const REGIONS: ProgressRegion[] = [
  { adcode: "140000", level: "province", name: "山西省", nameEn: "Shanxi", parentAdcode: null },
  ...["140100", "140200", "140800"].map((c): ProgressRegion => ({
    adcode: c,
    level: "city",
    name: c,
    nameEn: null,
    parentAdcode: "140000",
  })),
  ...["140105", "140106", "140212", "140882", "140802", "140823"].map((c): ProgressRegion => ({
    adcode: c,
    level: "county",
    name: c,
    nameEn: null,
    parentAdcode: `${c.slice(0, 4)}00`,
  })),
];
const COUNTIES = REGIONS.filter((r) => r.level === "county").map((r) => r.adcode);

const tonnes = fc.integer({ min: 0, max: 5_000_000 });
const material = fc.constantFrom(...PROGRESS_MATERIALS, "coke-oven-gas");
const site = (i: number) =>
  fc
    .record({
      countyAdcode: fc.option(fc.constantFrom(...COUNTIES, "410100"), { nil: null }),
      synthetic: fc.boolean(),
      status: fc.constantFrom("operating", "operating", "construction", "retired"),
      outputs: fc.uniqueArray(fc.record({ material, tonnesPerYear: tonnes, stockpileTonnes: tonnes }), {
        selector: (o) => o.material,
        maxLength: 3,
      }),
      intakes: fc.array(fc.record({ material, capacityTonnesPerYear: tonnes }), { maxLength: 3 }),
    })
    .map((s): ProgressSite => ({ id: `s${i}`, ...s }));
const registry = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => site(i))));
const inclusion = fc.record({ includeSynthetic: fc.boolean(), includeNonOperating: fc.boolean() });

/** Matched tonnes per producer: up to its output, as a run would give. */
const matchedFor = (sites: ProgressSite[], seed: number) =>
  new Map(
    sites.map((s, i) => [
      s.id,
      new Map(s.outputs.map((o) => [o.material, Math.floor((o.tonnesPerYear * ((seed + i) % 5)) / 4)])),
    ]),
  );

const FIELDS = ["producedTonnes", "stockpileTonnes", "utilisationCapacityTonnes", "matchedTonnes"] as const;

describe("regionProgress", () => {
  it("cities and counties add up to the province, and the province equals a direct sum over the registry", () => {
    fc.assert(
      fc.property(registry, inclusion, fc.nat(10), (sites, inc, seed) => {
        const matched = matchedFor(sites, seed);
        const [province] = regionProgress(sites, REGIONS, "province", matched, inc);
        const cities = regionProgress(sites, REGIONS, "city", matched, inc);
        const counties = regionProgress(sites, REGIONS, "county", matched, inc);
        expect(cities).toHaveLength(3);
        expect(counties).toHaveLength(6);
        for (const m of PROGRESS_MATERIALS) {
          for (const f of FIELDS) {
            const sum = (rs: typeof cities) => rs.reduce((s, r) => s + r.materials[m][f], 0);
            expect(sum(cities)).toBe(province.materials[m][f]);
            expect(sum(counties)).toBe(province.materials[m][f]);
          }
          // Direct: included sites inside a Shanxi county.
          const counted = sites.filter(
            (s) => s.countyAdcode !== null && COUNTIES.includes(s.countyAdcode) && progressIncludes(s, inc),
          );
          const produced = counted.reduce(
            (s, x) => s + x.outputs.filter((o) => o.material === m).reduce((a, o) => a + o.tonnesPerYear, 0),
            0,
          );
          const capacity = counted.reduce(
            (s, x) => s + x.intakes.filter((o) => o.material === m).reduce((a, o) => a + o.capacityTonnesPerYear, 0),
            0,
          );
          expect(province.materials[m].producedTonnes).toBe(produced);
          expect(province.materials[m].utilisationCapacityTonnes).toBe(capacity);
          const u = province.materials[m].utilisation;
          if (produced === 0) expect(u).toBeNull();
          else expect(u).toBeCloseTo(province.materials[m].matchedTonnes / produced, 12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("counts real operating sites only by default", () => {
    const base = {
      countyAdcode: "140882",
      outputs: [{ material: "red-mud", tonnesPerYear: 100, stockpileTonnes: 5 }],
      intakes: [],
    };
    const sites: ProgressSite[] = [
      { id: "real", synthetic: false, status: "operating", ...base },
      { id: "synthetic", synthetic: true, status: "operating", ...base },
      { id: "retired", synthetic: false, status: "retired", ...base },
    ];
    const produced = (inc?: { includeSynthetic: boolean; includeNonOperating: boolean }) =>
      regionProgress(sites, REGIONS, "county", new Map(), inc).find((r) => r.adcode === "140882")!.materials["red-mud"]
        .producedTonnes;
    expect(produced()).toBe(100);
    expect(produced({ includeSynthetic: true, includeNonOperating: false })).toBe(200);
    expect(produced({ includeSynthetic: true, includeNonOperating: true })).toBe(300);
  });

  it("leaves gas, heat and water out (their units are not tonnes)", () => {
    const sites: ProgressSite[] = [
      {
        id: "c",
        countyAdcode: "140105",
        synthetic: false,
        status: "operating",
        outputs: [{ material: "coke-oven-gas", tonnesPerYear: 1e9, stockpileTonnes: 0 }],
        intakes: [],
      },
    ];
    const [p] = regionProgress(sites, REGIONS, "province", new Map());
    expect(p.materials["coke-oven-gas"]).toBeUndefined();
    expect(Object.keys(p.materials)).toEqual([...PROGRESS_MATERIALS]);
  });
});
