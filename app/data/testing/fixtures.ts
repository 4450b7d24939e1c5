/**
 * Small, hand-made fixtures for the app/data integration tests: the material and coefficient catalogues, a
 * province box with one city and two county boxes around Hejin and Yanhu, one park, and four sites.
 * Geometry is deliberately simple (axis-aligned boxes) so expected counties are obvious.
 */
import { prisma } from "../db";
import { MATERIALS } from "../../domain/materials";
import { COEFFICIENTS } from "../../domain/coefficients";
import { SHANXI_BBOX } from "../../domain/shanxi-bbox";

const box = (minLng: number, minLat: number, maxLng: number, maxLat: number) =>
  JSON.stringify({
    type: "Polygon",
    coordinates: [
      [
        [minLng, minLat],
        [maxLng, minLat],
        [maxLng, maxLat],
        [minLng, maxLat],
        [minLng, minLat],
      ],
    ],
  });

export const HEJIN = { adcode: "140882", lng: 110.7, lat: 35.6 };
export const YANHU = { adcode: "140802", lng: 111.0, lat: 35.1 };
export const PARK_ID = "park-fixture-hejin";

/** Site ids of the fixture registry. */
export const SITES = {
  /** Red-mud producer in the Hejin park (owner group G1), 100 kt/yr. */
  producer: "fx-producer",
  /** Cement plant 5 km east of the producer, same owner group: absorbs 60 kt red mud, nothing committed. */
  near: "fx-consumer-near",
  /** Brickworks in Yanhu (~60 km): 80 kt capacity, 10 kt committed. Synthetic. */
  far: "fx-consumer-far",
  /** Power plant in Hejin producing fly ash, absorbing nothing. */
  power: "fx-power",
} as const;

/** Fills the empty test database with the fixtures (call once per test file, in beforeAll). */
export async function seedFixtures(): Promise<void> {
  await prisma.material.createMany({
    data: MATERIALS.map((m, i) => ({
      code: m.code,
      nameZh: m.nameZh,
      nameEn: m.nameEn,
      unit: m.unit,
      maxHaulKm: m.maxHaulKm,
      haulStatus: m.haulStatus,
      haulSource: m.haulSource,
      costYuanPerTonneKm: m.costYuanPerTonneKm,
      costStatus: m.costStatus,
      sortOrder: i,
    })),
  });
  await prisma.coefficient.createMany({ data: COEFFICIENTS.map((c) => ({ ...c })) });
  const [minLng, minLat, maxLng, maxLat] = SHANXI_BBOX;
  await prisma.region.createMany({
    data: [
      {
        adcode: "140000",
        level: "province",
        nameZh: "山西省",
        nameEn: "Shanxi",
        parentAdcode: null,
        geometry: box(minLng, minLat, maxLng, maxLat),
        centroidLng: 112.4,
        centroidLat: 37.6,
      },
      {
        adcode: "140800",
        level: "city",
        nameZh: "运城市",
        nameEn: "Yuncheng",
        parentAdcode: "140000",
        geometry: box(110.5, 34.9, 111.3, 35.8),
        centroidLng: 110.9,
        centroidLat: 35.35,
        seatLng: 111.0,
        seatLat: 35.03,
      },
      {
        adcode: HEJIN.adcode,
        level: "county",
        nameZh: "河津市",
        nameEn: "Hejin",
        parentAdcode: "140800",
        geometry: box(110.5, 35.4, 110.9, 35.8),
        centroidLng: 110.7,
        centroidLat: 35.6,
        seatLng: 110.71,
        seatLat: 35.6,
      },
      {
        adcode: YANHU.adcode,
        level: "county",
        nameZh: "盐湖区",
        nameEn: "Yanhu",
        parentAdcode: "140800",
        geometry: box(110.9, 34.9, 111.3, 35.3),
        centroidLng: 111.1,
        centroidLat: 35.1,
        seatLng: null,
        seatLat: null,
      },
    ],
  });
  await prisma.park.create({
    data: {
      id: PARK_ID,
      nameZh: "河津测试园区",
      nameEn: "Hejin fixture park",
      kind: "pilot-park",
      countyAdcode: HEJIN.adcode,
      centerLng: 110.7,
      centerLat: 35.6,
      radiusKm: 8,
      precision: "county",
      source: "fixture",
    },
  });
  const site = (
    id: string,
    nameZh: string,
    nameEn: string,
    lng: number,
    lat: number,
    extra: Record<string, unknown> = {},
  ) => ({
    id,
    nameZh,
    nameEn,
    industry: "cement",
    lng,
    lat,
    countyAdcode: lng < 110.9 ? HEJIN.adcode : YANHU.adcode,
    source: "fixture",
    licence: "CC0",
    precision: "exact",
    ...extra,
  });
  await prisma.site.createMany({
    data: [
      site(SITES.producer, "测试铝厂", "Fixture alumina", 110.7, 35.6, {
        industry: "alumina",
        parkId: PARK_ID,
        ownerGroup: "G1",
      }),
      site(SITES.near, "测试水泥厂", "Fixture cement", 110.755, 35.6, { ownerGroup: "G1" }),
      site(SITES.far, "合成·测试砖厂", "Synthetic fixture brickworks", 111.0, 35.1, {
        industry: "wall-materials",
        synthetic: true,
      }),
      site(SITES.power, "测试电厂", "Fixture power", 110.6, 35.7, { industry: "coal-power", capacityMw: 600 }),
    ],
  });
  await prisma.output.createMany({
    data: [
      { siteId: SITES.producer, materialCode: "red-mud", tonnesPerYear: 100_000 },
      {
        siteId: SITES.power,
        materialCode: "fly-ash",
        tonnesPerYear: 330_000,
        estimated: true,
        coefficientKey: "fly-ash-per-mw-year",
      },
    ],
  });
  await prisma.intake.createMany({
    data: [
      { siteId: SITES.near, materialCode: "red-mud", route: "cement", capacityTonnesPerYear: 60_000 },
      {
        siteId: SITES.far,
        materialCode: "red-mud",
        route: "wall-materials",
        capacityTonnesPerYear: 80_000,
        committedTonnesPerYear: 10_000,
      },
      { siteId: SITES.near, materialCode: "fly-ash", route: "cement", capacityTonnesPerYear: 50_000 },
    ],
  });
}
