// A pure mapper over the row type (no database access), so the seed script can use it too: no "server-only".
import type { Prisma } from "../../prisma/generated/client";
import { isMaterialCode, type MaterialCode } from "../domain/materials";
import { PRECISIONS } from "../domain/import/site-input";
import type { StoredSite } from "../domain/import/stored-site";
import { registrySiteOf } from "../domain/registry-site-of";
import { siteStatusOf } from "../domain/site-status";
import type { RegistrySite } from "../domain/registry-types";

/** The relations every site read loads. */
export const SITE_INCLUDE = { outputs: true, intakes: true, parks: { select: { parkId: true } } } as const;

/** A Site row with its outputs and intakes. */
export type SiteRow = Prisma.SiteGetPayload<{ include: typeof SITE_INCLUDE }>;

function material(code: string, siteId: string): MaterialCode {
  if (!isMaterialCode(code)) throw new Error(`site ${siteId}: unknown material code in the database: ${code}`);
  return code;
}

function precision(value: string, siteId: string): StoredSite["precision"] {
  if (!(PRECISIONS as readonly string[]).includes(value))
    throw new Error(`site ${siteId}: unknown location precision in the database: ${value}`);
  return value as StoredSite["precision"];
}

/** The one mapping from a database row to a site (editable shape); enum-like strings are checked, not cast. */
export function toStoredSite(r: SiteRow): StoredSite {
  return {
    id: r.id,
    name: r.nameZh,
    nameEn: r.nameEn,
    ownerGroup: r.ownerGroup,
    industry: r.industry,
    lng: r.lng,
    lat: r.lat,
    capacityMw: r.capacityMw,
    parkId: r.parkId,
    source: r.source,
    sourceRef: r.sourceRef,
    licence: r.licence,
    precision: precision(r.precision, r.id),
    synthetic: r.synthetic,
    outsideProvince: r.outsideProvince,
    status: siteStatusOf(r.status),
    notes: r.notes,
    countyAdcode: r.countyAdcode,
    outputs: r.outputs.map((o) => ({
      material: material(o.materialCode, r.id),
      tonnesPerYear: o.tonnesPerYear,
      stockpileTonnes: o.stockpileTonnes,
      estimated: o.estimated,
      coefficient: o.coefficientKey,
      wasteCode: o.wasteCode,
    })),
    intakes: r.intakes.map((i) => ({
      material: material(i.materialCode, r.id),
      route: i.route,
      capacityTonnesPerYear: i.capacityTonnesPerYear,
      committedTonnesPerYear: i.committedTonnesPerYear,
      estimated: i.estimated,
      coefficient: i.coefficientKey,
    })),
  };
}

/** The site's parks (SitePark rows, smallest first as seeded), plus its own parkId when a later edit set one. */
function parkIdsOf(r: SiteRow): string[] {
  const ids = r.parks.map((p) => p.parkId);
  return r.parkId && !ids.includes(r.parkId) ? [r.parkId, ...ids] : ids;
}

/** A database row as the registry shape (map, search, pairing), with its parks, source capacity and source page. */
export function toRegistrySite(r: SiteRow): RegistrySite {
  const site = registrySiteOf(toStoredSite(r));
  return {
    ...site,
    parkIds: parkIdsOf(r),
    capacity: r.capacity,
    capacityUnit: r.capacityUnit,
    provenance: { ...site.provenance, sourceUrl: r.sourceUrl },
  };
}
