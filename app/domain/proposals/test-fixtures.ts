/** Small hand-checkable proposal used by the proposal and export tests (not used by the app). */
import type { RegistrySite } from "../registry-types";
import type { ProposalPairing, ProposalSnapshot } from "./proposal-types";

/** A registry site with sensible defaults. */
export function site(id: string, over: Partial<RegistrySite> = {}): RegistrySite {
  return {
    id,
    name: `站点${id}`,
    nameEn: `Site ${id}`,
    ownerGroup: null,
    industry: "cement",
    lng: 110.7,
    lat: 35.6,
    countyAdcode: "140882",
    cityAdcode: "140800",
    parkId: null,
    capacityMw: null,
    outsideProvince: false,
    status: "operating",
    provenance: { source: "test", licence: "CC0", precision: "exact", synthetic: false, sourceRef: null },
    outputs: [],
    intakes: [],
    ...over,
  };
}

/** A pairing with defaults derived from its tonnes and distance. */
export function pairing(producerId: string, consumerId: string, over: Partial<ProposalPairing> = {}): ProposalPairing {
  const distanceKm = over.distanceKm ?? 10;
  const tonnesPerYear = over.tonnesPerYear ?? 1000;
  return {
    producerId,
    consumerId,
    material: "fly-ash",
    route: "cement",
    tonnesPerYear,
    distanceKm,
    roadKm: distanceKm * 1.3,
    costYuan: tonnesPerYear * distanceKm * 1.3 * 0.45,
    co2Kg: tonnesPerYear * distanceKm * 1.3 * 0.1,
    cycleLevel: "region",
    ...over,
  };
}

/**
 * Hejin-like cluster: an alumina plant (red mud), a power plant (fly ash, gypsum), a cement plant and a
 * brick plant. 5 pairings, 3 materials, 4 entities.
 */
export function fixtureSnapshot(): ProposalSnapshot {
  const sites = [
    site("alumina", {
      name: "中铝山西分公司",
      nameEn: "Chalco Shanxi",
      industry: "alumina",
      lng: 110.71,
      lat: 35.6,
      parkId: "hejin",
      outputs: [
        {
          material: "red-mud",
          tonnesPerYear: 1_300_000,
          stockpileTonnes: 0,
          estimated: true,
          coefficient: "red-mud-per-alumina",
        },
      ],
    }),
    site("power", {
      name: "河津电厂",
      nameEn: "Hejin Power",
      industry: "coal-power",
      lng: 110.78,
      lat: 35.58,
      parkId: "hejin",
      outputs: [
        {
          material: "fly-ash",
          tonnesPerYear: 600_000,
          stockpileTonnes: 0,
          estimated: true,
          coefficient: "fly-ash-per-mw-year",
        },
        { material: "fgd-gypsum", tonnesPerYear: 100_000, stockpileTonnes: 0, estimated: true, coefficient: null },
      ],
    }),
    site("cement", {
      name: "河津水泥厂",
      nameEn: "Hejin Cement",
      industry: "cement",
      lng: 110.65,
      lat: 35.65,
      intakes: [
        { material: "fly-ash", route: "cement", capacityTonnesPerYear: 400_000, committedTonnesPerYear: 0 },
        { material: "fgd-gypsum", route: "cement", capacityTonnesPerYear: 60_000, committedTonnesPerYear: 0 },
        { material: "red-mud", route: "cement", capacityTonnesPerYear: 200_000, committedTonnesPerYear: 0 },
      ],
      provenance: { source: "synthetic", licence: "CC0", precision: "estimated", synthetic: true, sourceRef: null },
    }),
    site("brick", {
      name: "新绛砖厂",
      nameEn: "Xinjiang Bricks",
      industry: "wall-materials",
      lng: 111.2,
      lat: 35.62,
      intakes: [
        { material: "fly-ash", route: "wall-materials", capacityTonnesPerYear: 100_000, committedTonnesPerYear: 0 },
      ],
      provenance: { source: "synthetic", licence: "CC0", precision: "estimated", synthetic: true, sourceRef: null },
    }),
  ];
  const pairings = [
    pairing("power", "cement", { tonnesPerYear: 400_000, distanceKm: 12.5 }),
    pairing("power", "cement", { material: "fgd-gypsum", tonnesPerYear: 60_000, distanceKm: 12.5 }),
    pairing("alumina", "cement", { material: "red-mud", tonnesPerYear: 200_000, distanceKm: 7.5 }),
    pairing("power", "brick", {
      material: "fly-ash",
      route: "wall-materials",
      tonnesPerYear: 100_000,
      distanceKm: 38.9,
    }),
    pairing("alumina", "alumina", {
      material: "red-mud",
      route: "iron-recovery",
      tonnesPerYear: 50_000,
      distanceKm: 0,
      cycleLevel: "enterprise",
    }),
  ];
  return {
    schemaVersion: 1,
    builtAt: "2026-01-01T00:00:00.000Z",
    origin: { kind: "run-component", runId: "run-1", componentIndex: 0 },
    park: { id: "hejin", nameZh: "河津国家资源综合利用示范基地", nameEn: "Hejin national demonstration base" },
    // Sorted by id, as buildSnapshot stores them.
    sites: sites.sort((a, b) => a.id.localeCompare(b.id)),
    pairings,
    params: {
      circuity: 1.3,
      maxHaulKm: { "fly-ash": 150, "red-mud": 50, "fgd-gypsum": 200 },
      costYuanPerTonneKm: { "fly-ash": 0.45, "red-mud": 0.45, "fgd-gypsum": 0.45 },
      method: "pairing-run",
      extra: { landfillYuanPerTonne: 20 },
    },
    materials: [
      {
        code: "fly-ash",
        nameZh: "粉煤灰",
        nameEn: "Fly ash",
        unit: "t",
        maxHaulKm: 150,
        haulStatus: "unverified",
        costYuanPerTonneKm: 0.45,
        costStatus: "unverified",
      },
      {
        code: "fgd-gypsum",
        nameZh: "脱硫石膏",
        nameEn: "FGD gypsum",
        unit: "t",
        maxHaulKm: 200,
        haulStatus: "unverified",
        costYuanPerTonneKm: 0.45,
        costStatus: "unverified",
      },
      {
        code: "red-mud",
        nameZh: "赤泥",
        nameEn: "Red mud",
        unit: "t",
        maxHaulKm: 50,
        haulStatus: "unverified",
        costYuanPerTonneKm: 0.45,
        costStatus: "unverified",
      },
    ],
    coefficients: [
      {
        key: "red-mud-per-alumina",
        value: 1.3,
        unit: "t/t",
        descriptionZh: "每吨氧化铝赤泥",
        descriptionEn: "Red mud per t alumina",
        source: "Liu et al., Minerals 10(9):773",
        status: "src",
      },
    ],
    synthetic: true,
    example: false,
  };
}
