import "server-only";
import { prisma } from "./db";
import { loadRegionNamesBilingual } from "./regions";
import type { CoefficientInfo, SiteFeatureLookups } from "../domain/site-features";

/** County/city names, park names and coefficient rows that API features join in. */
export async function featureLookups(): Promise<SiteFeatureLookups> {
  const [regionNames, parks, coefficients] = await Promise.all([
    loadRegionNamesBilingual(),
    prisma.park.findMany({ select: { id: true, nameZh: true, nameEn: true } }),
    prisma.coefficient.findMany(),
  ]);
  const parkById = new Map(parks.map((p) => [p.id, { name: p.nameZh, nameEn: p.nameEn }]));
  const coefficientByKey = new Map<string, CoefficientInfo>(
    coefficients.map((c) => [c.key, { key: c.key, value: c.value, unit: c.unit, source: c.source, status: c.status }]),
  );
  return {
    regionName: (adcode) => regionNames.get(adcode)?.zh,
    regionNameEn: (adcode) => regionNames.get(adcode)?.en ?? undefined,
    park: (id) => parkById.get(id),
    coefficient: (key) => coefficientByKey.get(key),
  };
}
