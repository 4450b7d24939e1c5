/**
 * Registry sites → GeoJSON. Two shapes:
 * - `SiteFeature` (API shape, GET /api/sites): everything the site panel and other clients need.
 * - `MapSiteFeature` (map source shape): flat scalar properties only, because MapLibre styles and filters
 *   cannot look inside nested arrays (nested properties come back from queries as JSON strings).
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import { materialSpec, type MaterialCode } from "./materials";
import { coefficientKeysOf } from "./coefficients";
import { siteRole, type Provenance, type RegistrySite, type SiteRole } from "./registry-types";
import type { SiteStatus } from "./site-status";

export interface CoefficientInfo {
  key: string;
  value: number;
  unit: string;
  source: string;
  status: string;
}

export interface SiteFeatureOutput {
  material: MaterialCode;
  tonnesPerYear: number;
  stockpileTonnes: number;
  estimated: boolean;
  coefficient: string | null;
  /** The coefficient row behind an estimate (value, unit, source), when known (the first part of a composite "a+b" key). */
  coefficientInfo: CoefficientInfo | null;
  /** Every coefficient row behind the estimate: one, or the parts of a composite "a+b" key. */
  coefficients: CoefficientInfo[];
}

export interface SiteFeatureIntake {
  material: MaterialCode;
  route: string;
  capacityTonnesPerYear: number;
  committedTonnesPerYear: number;
  estimated: boolean;
  coefficient: string | null;
  /** Every coefficient row behind an estimated capacity. */
  coefficients: CoefficientInfo[];
}

export interface SiteFeatureProperties {
  id: string;
  name: string;
  nameEn: string;
  ownerGroup: string | null;
  industry: string;
  countyAdcode: string | null;
  countyName: string | null;
  countyNameEn: string | null;
  cityAdcode: string | null;
  cityName: string | null;
  cityNameEn: string | null;
  /** The park cycle (the smallest park that makes one, or the park the site names). */
  parkId: string | null;
  parkName: string | null;
  parkNameEn: string | null;
  /** Every park the site belongs to, by location or by name, smallest first. */
  parkIds: string[];
  /** Names of the parks in `parkIds`, same order. */
  parks: { id: string; name: string; nameEn: string }[];
  capacityMw: number | null;
  /** Capacity in the source's own unit (e.g. 5 "Mt/yr raw coal"), when the source gives one. */
  capacity: number | null;
  capacityUnit: string | null;
  outsideProvince: boolean;
  /** Operating status (site-status.ts); analyses use operating sites unless asked. */
  status: SiteStatus;
  role: SiteRole;
  outputs: SiteFeatureOutput[];
  intakes: SiteFeatureIntake[];
  provenance: Provenance;
  /** Sum of outputs measured in tonnes (gas, heat and water have other units and are left out). */
  outputTonnesPerYear: number;
  /** Sum of intake capacities measured in tonnes. */
  intakeCapacityTonnesPerYear: number;
}

export type SiteFeature = Feature<Point, SiteFeatureProperties> & { id: string };
export interface SiteFeatureCollection {
  type: "FeatureCollection";
  features: SiteFeature[];
}

/** Names and coefficient rows joined into features by the data layer. */
export interface SiteFeatureLookups {
  regionName?: (adcode: string) => string | undefined;
  regionNameEn?: (adcode: string) => string | undefined;
  park?: (id: string) => { name: string; nameEn: string } | undefined;
  coefficient?: (key: string) => CoefficientInfo | undefined;
}

const isTonnes = (material: string) => materialSpec(material)?.unit === "t";

/** Total tonnes per year of a site's solid outputs. */
export function outputTonnesPerYear(site: {
  outputs: readonly Pick<RegistrySite["outputs"][number], "material" | "tonnesPerYear">[];
}): number {
  return site.outputs.filter((o) => isTonnes(o.material)).reduce((sum, o) => sum + o.tonnesPerYear, 0);
}

/** Total intake capacity in tonnes per year of a site's solid intakes. */
export function intakeCapacityTonnesPerYear(site: {
  intakes: readonly Pick<RegistrySite["intakes"][number], "material" | "capacityTonnesPerYear">[];
}): number {
  return site.intakes.filter((i) => isTonnes(i.material)).reduce((sum, i) => sum + i.capacityTonnesPerYear, 0);
}

/** One registry site as an API feature (id = site id, geometry = its WGS84 point). */
export function siteFeature(site: RegistrySite, lookups: SiteFeatureLookups = {}): SiteFeature {
  const park = site.parkId ? lookups.park?.(site.parkId) : undefined;
  const parkIds = site.parkIds ?? (site.parkId ? [site.parkId] : []);
  return {
    type: "Feature",
    id: site.id,
    geometry: { type: "Point", coordinates: [site.lng, site.lat] },
    properties: {
      id: site.id,
      name: site.name,
      nameEn: site.nameEn,
      ownerGroup: site.ownerGroup,
      industry: site.industry,
      countyAdcode: site.countyAdcode,
      countyName: site.countyAdcode ? (lookups.regionName?.(site.countyAdcode) ?? null) : null,
      countyNameEn: site.countyAdcode ? (lookups.regionNameEn?.(site.countyAdcode) ?? null) : null,
      cityAdcode: site.cityAdcode,
      cityName: site.cityAdcode ? (lookups.regionName?.(site.cityAdcode) ?? null) : null,
      cityNameEn: site.cityAdcode ? (lookups.regionNameEn?.(site.cityAdcode) ?? null) : null,
      parkId: site.parkId,
      parkName: park?.name ?? null,
      parkNameEn: park?.nameEn ?? null,
      parkIds,
      parks: parkIds.map((id) => ({
        id,
        name: lookups.park?.(id)?.name ?? id,
        nameEn: lookups.park?.(id)?.nameEn ?? id,
      })),
      capacityMw: site.capacityMw,
      capacity: site.capacity ?? null,
      capacityUnit: site.capacityUnit ?? null,
      outsideProvince: site.outsideProvince,
      status: site.status,
      role: siteRole(site),
      outputs: site.outputs.map((o) => ({
        material: o.material,
        tonnesPerYear: o.tonnesPerYear,
        stockpileTonnes: o.stockpileTonnes,
        estimated: o.estimated,
        coefficient: o.coefficient,
        coefficientInfo: o.coefficient ? (lookups.coefficient?.(coefficientKeysOf(o.coefficient)[0]) ?? null) : null,
        coefficients: o.coefficient
          ? coefficientKeysOf(o.coefficient)
              .map((k) => lookups.coefficient?.(k))
              .filter((c): c is CoefficientInfo => !!c)
          : [],
      })),
      intakes: site.intakes.map((i) => ({
        material: i.material,
        route: i.route,
        capacityTonnesPerYear: i.capacityTonnesPerYear,
        committedTonnesPerYear: i.committedTonnesPerYear,
        estimated: i.estimated ?? false,
        coefficient: i.coefficient ?? null,
        coefficients: i.coefficient
          ? coefficientKeysOf(i.coefficient)
              .map((k) => lookups.coefficient?.(k))
              .filter((c): c is CoefficientInfo => !!c)
          : [],
      })),
      provenance: { ...site.provenance },
      outputTonnesPerYear: outputTonnesPerYear(site),
      intakeCapacityTonnesPerYear: intakeCapacityTonnesPerYear(site),
    },
  };
}

/** Registry sites as a GeoJSON FeatureCollection in registry order. */
export function siteFeatureCollection(
  sites: readonly RegistrySite[],
  lookups: SiteFeatureLookups = {},
): SiteFeatureCollection {
  return { type: "FeatureCollection", features: sites.map((s) => siteFeature(s, lookups)) };
}

export interface MapSiteProperties {
  id: string;
  name: string;
  nameEn: string;
  role: SiteRole;
  synthetic: boolean;
  /** Operating status; non-operating sites are drawn faded. */
  status: SiteStatus;
  /** Drives the circle radius: the larger of solid output and solid intake capacity. */
  sizeTonnesPerYear: number;
  /** Material codes wrapped in "|" ("|fly-ash|fgd-gypsum|") so a style can test membership with `in`. */
  produces: string;
  absorbs: string;
}

export type MapSiteFeature = Feature<Point, MapSiteProperties> & { id: string };

/** Delimited code list for style filters: ["a","b"] → "|a|b|" ("" when empty). */
export function materialTokenList(codes: readonly string[]): string {
  const unique = [...new Set(codes)];
  return unique.length ? `|${unique.join("|")}|` : "";
}

/** The token a style filter looks for in `produces`/`absorbs` ("|fly-ash|"). */
export function materialToken(code: MaterialCode): string {
  return `|${code}|`;
}

/** Flattens an API feature for a MapLibre GeoJSON source. Point ids must be numeric for feature-state, so the
 * string id stays in properties and `promoteId: "id"` is used on the source. */
export function mapSiteFeature(feature: SiteFeature): MapSiteFeature {
  const p = feature.properties;
  return {
    type: "Feature",
    id: feature.id,
    geometry: feature.geometry,
    properties: {
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      role: p.role,
      synthetic: p.provenance.synthetic,
      status: p.status,
      sizeTonnesPerYear: Math.max(p.outputTonnesPerYear, p.intakeCapacityTonnesPerYear),
      produces: materialTokenList(p.outputs.map((o) => o.material)),
      absorbs: materialTokenList(p.intakes.map((i) => i.material)),
    },
  };
}

/** A whole API collection flattened for the map. */
export function mapSiteFeatureCollection(collection: {
  features: readonly SiteFeature[];
}): FeatureCollection<Point, MapSiteProperties> {
  return { type: "FeatureCollection", features: collection.features.map(mapSiteFeature) };
}
