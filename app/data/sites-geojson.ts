import "server-only";
import { prisma } from "./db";
import { findRegistrySite, loadRegistry, loadRegistryPage } from "./registry";
import { loadRegionNamesBilingual } from "./regions";
import { filterSites, type SitePaging, type SiteQuery } from "../domain/site-query";
import type { RegistrySite } from "../domain/registry-types";
import {
  siteFeature,
  siteFeatureCollection,
  type CoefficientInfo,
  type SiteFeature,
  type SiteFeatureCollection,
  type SiteFeatureLookups,
} from "../domain/site-features";

/** County/city names, park names and coefficient rows that API features join in. */
async function featureLookups(): Promise<SiteFeatureLookups> {
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

/** Sites matching the query (registry order by id) plus the joins features need; features are built by the caller. */
export async function loadSitesForApi(
  query: SiteQuery = {},
): Promise<{ sites: RegistrySite[]; lookups: SiteFeatureLookups }> {
  const [sites, lookups] = await Promise.all([loadRegistry(), featureLookups()]);
  return { sites: filterSites(sites, query), lookups };
}

/** One page of sites matching the query, read from the database page by page, plus the joins features need. */
export async function loadSitesPageForApi(query: SiteQuery, paging: SitePaging) {
  const [page, lookups] = await Promise.all([loadRegistryPage(query, paging), featureLookups()]);
  return { ...page, lookups };
}

/** One site as the same GeoJSON Feature as in /api/sites, plus its edit `version`; null when unknown. */
export async function loadSiteFeature(
  id: string,
): Promise<(SiteFeature & { properties: SiteFeature["properties"] & { version: number } }) | null> {
  const [site, row, lookups] = await Promise.all([
    findRegistrySite(id),
    prisma.site.findUnique({ where: { id }, select: { version: true } }),
    featureLookups(),
  ]);
  if (!site || !row) return null;
  const feature = siteFeature(site, lookups);
  return { ...feature, properties: { ...feature.properties, version: row.version } };
}

/** Sites matching the query as one GeoJSON FeatureCollection (unpaged: for in-process callers). */
export async function loadSitesGeoJson(query: SiteQuery = {}): Promise<SiteFeatureCollection> {
  const { sites, lookups } = await loadSitesForApi(query);
  return siteFeatureCollection(sites, lookups);
}
