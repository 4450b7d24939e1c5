import "server-only";
import { prisma } from "./db";
import { loadRegistry } from "./registry";
import { loadRegionNamesBilingual } from "./regions";
import { filterSites, type SiteQuery } from "../domain/site-query";
import { siteFeatureCollection, type CoefficientInfo, type SiteFeatureCollection } from "../domain/site-features";

/** Sites matching the query as a GeoJSON FeatureCollection, with county/park names and coefficient rows joined. */
export async function loadSitesGeoJson(query: SiteQuery = {}): Promise<SiteFeatureCollection> {
  const [sites, regionNames, parks, coefficients] = await Promise.all([
    loadRegistry(),
    loadRegionNamesBilingual(),
    prisma.park.findMany({ select: { id: true, nameZh: true, nameEn: true } }),
    prisma.coefficient.findMany(),
  ]);
  const parkById = new Map(parks.map((p) => [p.id, { name: p.nameZh, nameEn: p.nameEn }]));
  const coefficientByKey = new Map<string, CoefficientInfo>(
    coefficients.map((c) => [c.key, { key: c.key, value: c.value, unit: c.unit, source: c.source, status: c.status }]),
  );
  return siteFeatureCollection(filterSites(sites, query), {
    regionName: (adcode) => regionNames.get(adcode)?.zh,
    regionNameEn: (adcode) => regionNames.get(adcode)?.en ?? undefined,
    park: (id) => parkById.get(id),
    coefficient: (key) => coefficientByKey.get(key),
  });
}
