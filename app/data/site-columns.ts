/**
 * The one mapping from an edited or imported site to what the database stores: the Site columns, the Output and
 * Intake rows, the audit entry of a create or replace, and the parks a site belongs to. Shared by the Prisma writers
 * on the server thread (site-edit.ts) and the SQL writers on worker threads (site-writes-sql.ts), so both paths
 * store the same bytes. No "server-only": bundled into the app worker.
 */
import { area as turfArea } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import { membershipParkOf, parkMembership, type MembershipPark } from "../domain/park-membership";
import { canonicalSite, changedFields, type StoredSite } from "../domain/import/stored-site";
import type { SiteInput } from "../domain/import/site-input";
import { parseJsonColumn, polygonGeometryColumn } from "../domain/stored-json";
import type { AuditInput } from "./audit-columns";

/** The Site columns an edit or import sets (county from point-in-polygon). */
export function siteColumns(input: SiteInput, countyAdcode: string | null) {
  return {
    nameZh: input.name,
    nameEn: input.nameEn,
    ownerGroup: input.ownerGroup,
    industry: input.industry,
    lng: input.lng,
    lat: input.lat,
    countyAdcode,
    parkId: input.parkId,
    capacityMw: input.capacityMw,
    source: input.source,
    sourceRef: input.sourceRef,
    licence: input.licence,
    precision: input.precision,
    synthetic: input.synthetic,
    outsideProvince: input.outsideProvince,
    status: input.status,
    notes: input.notes,
  };
}

/** The Output and Intake rows of a site's flows, in input order. */
export function flowRows(siteId: string, input: SiteInput) {
  return {
    outputs: input.outputs.map((o) => ({
      siteId,
      materialCode: o.material,
      tonnesPerYear: o.tonnesPerYear,
      stockpileTonnes: o.stockpileTonnes,
      estimated: o.estimated,
      coefficientKey: o.coefficient,
      wasteCode: o.wasteCode,
    })),
    intakes: input.intakes.map((i) => ({
      siteId,
      materialCode: i.material,
      route: i.route,
      capacityTonnesPerYear: i.capacityTonnesPerYear,
      committedTonnesPerYear: i.committedTonnesPerYear,
      estimated: i.estimated,
      coefficientKey: i.coefficient,
    })),
  };
}

/** The audit entry of a created site: no before, the canonical site with its county after. */
export function siteCreatedAudit(
  actor: string,
  id: string,
  input: SiteInput,
  countyAdcode: string | null,
  action: "create" | "import",
): AuditInput {
  return {
    username: actor,
    action,
    entity: "site",
    entityId: id,
    before: null,
    after: { ...canonicalSite(input), countyAdcode },
  };
}

/** The audit entry of a replaced site: canonical before and after, with the fields that changed. */
export function siteReplacedAudit(
  actor: string,
  before: StoredSite,
  input: SiteInput,
  countyAdcode: string | null,
  action: "update" | "import",
): AuditInput {
  return {
    username: actor,
    action,
    entity: "site",
    entityId: before.id,
    before: { ...canonicalSite(before), countyAdcode: before.countyAdcode },
    after: { ...canonicalSite(input), countyAdcode, changed: changedFields(before, input) },
  };
}

/** A Park row as read for membership (geometry as stored GeoJSON text). */
export interface ParkRow {
  id: string;
  centerLng: number;
  centerLat: number;
  radiusKm: number;
  geometry: string | null;
}

/** Stored parks (id order) as membership shapes: outlines parsed, areas from the outline or the circle. */
export function membershipParksOf(rows: readonly ParkRow[]): MembershipPark[] {
  return rows.map((r) => {
    const geometry: Polygon | MultiPolygon | null = r.geometry
      ? parseJsonColumn("Park.geometry", polygonGeometryColumn, r.geometry)
      : null;
    return membershipParkOf({
      ...r,
      geometry,
      areaKm2: geometry ? turfArea(geometry) / 1e6 : Math.PI * r.radiusKm ** 2,
    });
  });
}

/** The parks (SitePark rows) of a site at its position, including the park it names. */
export function siteParkIds(input: SiteInput, countyAdcode: string | null, parks: readonly MembershipPark[]): string[] {
  return parkMembership({ lng: input.lng, lat: input.lat, countyAdcode, parkId: input.parkId }, parks).parkIds;
}
