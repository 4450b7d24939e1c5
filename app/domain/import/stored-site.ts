/** A stored site in the editable shape (all columns the registry keeps), and a canonical form for comparison and audit. */
import type { SiteInput } from "./site-input";

export interface StoredSite extends SiteInput {
  id: string;
  countyAdcode: string | null;
}

/** Canonical plain object of a site's editable data (flows sorted), used for "unchanged" checks and audit before/after. */
export function canonicalSite(site: SiteInput): SiteInput {
  return {
    name: site.name,
    nameEn: site.nameEn,
    ownerGroup: site.ownerGroup,
    industry: site.industry,
    lng: site.lng,
    lat: site.lat,
    capacityMw: site.capacityMw,
    parkId: site.parkId,
    source: site.source,
    sourceRef: site.sourceRef,
    licence: site.licence,
    precision: site.precision,
    synthetic: site.synthetic,
    outsideProvince: site.outsideProvince,
    status: site.status,
    notes: site.notes,
    outputs: [...site.outputs]
      .map((o) => ({
        material: o.material,
        tonnesPerYear: o.tonnesPerYear,
        stockpileTonnes: o.stockpileTonnes,
        estimated: o.estimated,
        coefficient: o.coefficient,
        wasteCode: o.wasteCode,
      }))
      .sort((a, b) => a.material.localeCompare(b.material)),
    intakes: [...site.intakes]
      .map((i) => ({
        material: i.material,
        route: i.route,
        capacityTonnesPerYear: i.capacityTonnesPerYear,
        committedTonnesPerYear: i.committedTonnesPerYear,
        estimated: i.estimated,
        coefficient: i.coefficient,
      }))
      .sort((a, b) => `${a.material}|${a.route}`.localeCompare(`${b.material}|${b.route}`)),
  };
}

/** True when two sites carry the same data (coordinates compared to ~1 cm, so float noise from CRS round trips is ignored). */
export function sameSiteData(a: SiteInput, b: SiteInput): boolean {
  const ca = canonicalSite(a);
  const cb = canonicalSite(b);
  if (Math.abs(ca.lng - cb.lng) > 1e-7 || Math.abs(ca.lat - cb.lat) > 1e-7) return false;
  return JSON.stringify({ ...ca, lng: 0, lat: 0 }) === JSON.stringify({ ...cb, lng: 0, lat: 0 });
}

/** The fields that differ between two versions of a site (for the audit log's "what changed"). */
export function changedFields(before: SiteInput | null, after: SiteInput | null): string[] {
  if (!before || !after) return [];
  const a = canonicalSite(before) as unknown as Record<string, unknown>;
  const b = canonicalSite(after) as unknown as Record<string, unknown>;
  return Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
