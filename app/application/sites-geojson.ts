import "server-only";
import { findRegistrySite, loadRegistryPage } from "../data/registry";
import { featureLookups } from "../data/site-feature-lookups";
import { siteVersion } from "../data/site-edit";
import { loadRegistry } from "./registry-cache";
import { filterSites, type SitePaging, type SiteQuery } from "../domain/site-query";
import type { RegistrySite } from "../domain/registry-types";
import {
  siteFeature,
  siteFeatureCollection,
  type SiteFeature,
  type SiteFeatureCollection,
  type SiteFeatureLookups,
} from "../domain/site-features";

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
  const [site, version, lookups] = await Promise.all([findRegistrySite(id), siteVersion(id), featureLookups()]);
  if (!site || version === null) return null;
  const feature = siteFeature(site, lookups);
  return { ...feature, properties: { ...feature.properties, version } };
}

/** Sites matching the query as one GeoJSON FeatureCollection (unpaged: for in-process callers). */
export async function loadSitesGeoJson(query: SiteQuery = {}): Promise<SiteFeatureCollection> {
  const { sites, lookups } = await loadSitesForApi(query);
  return siteFeatureCollection(sites, lookups);
}
