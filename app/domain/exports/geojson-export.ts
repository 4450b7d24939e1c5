/** GeoJSON export (RFC 7946, WGS84): sites as Points, flows as LineStrings, flat attributes that QGIS reads as fields. */
import { siteRole } from "../registry-types";
import { unitOf } from "../proposals/quality";
import { cycleLevelLabel } from "./export-labels";
import { materialName, round, type ExportOptions, type ExportProposal } from "./export-tables";

type Props = Record<string, string | number | boolean | null>;

export interface ProposalFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] } | { type: "LineString"; coordinates: [number, number][] };
  properties: Props;
}

export interface ProposalFeatureCollection {
  type: "FeatureCollection";
  /** Layer name for GDAL/QGIS (a foreign member, allowed by RFC 7946). */
  name: string;
  metadata: Props;
  features: ProposalFeature[];
}

// Flat scalar attributes only: QGIS maps them to typed fields; nested objects would become strings anyway.
/** The proposal as a FeatureCollection: one Point per site, one LineString per pairing (producer → consumer). */
export function buildGeoJson(p: ExportProposal, opts: ExportOptions): ProposalFeatureCollection {
  const s = p.snapshot;
  const byId = new Map(s.sites.map((x) => [x.id, x]));
  const pt = (lng: number, lat: number): [number, number] => [round(lng, 6), round(lat, 6)];
  const sites: ProposalFeature[] = s.sites.map((x) => ({
    type: "Feature",
    id: `site:${x.id}`,
    geometry: { type: "Point", coordinates: pt(x.lng, x.lat) },
    properties: {
      kind: "site",
      siteId: x.id,
      name: x.name,
      nameEn: x.nameEn,
      ownerGroup: x.ownerGroup,
      industry: x.industry,
      role: siteRole(x),
      countyAdcode: x.countyAdcode,
      parkId: x.parkId,
      producedTonnesPerYear: round(
        x.outputs.filter((o) => unitOf(o.material, s.materials) === "t").reduce((a, o) => a + o.tonnesPerYear, 0),
      ),
      intakeCapacityTonnesPerYear: round(
        x.intakes
          .filter((i) => unitOf(i.material, s.materials) === "t")
          .reduce((a, i) => a + i.capacityTonnesPerYear, 0),
      ),
      outputs: x.outputs.map((o) => `${o.material}:${round(o.tonnesPerYear)}`).join(";"),
      intakes: x.intakes.map((i) => `${i.material}/${i.route}:${round(i.capacityTonnesPerYear)}`).join(";"),
      source: x.provenance.source,
      licence: x.provenance.licence,
      precision: x.provenance.precision,
      synthetic: x.provenance.synthetic,
    },
  }));
  const flows: ProposalFeature[] = s.pairings.map((f, i) => {
    const a = byId.get(f.producerId)!;
    const b = byId.get(f.consumerId)!;
    // A self-pairing (enterprise cycle within one site) becomes a zero-length line; QGIS accepts it.
    return {
      type: "Feature",
      id: `flow:${i + 1}`,
      geometry: { type: "LineString", coordinates: [pt(a.lng, a.lat), pt(b.lng, b.lat)] },
      properties: {
        kind: "flow",
        producerId: f.producerId,
        producerName: a.name,
        consumerId: f.consumerId,
        consumerName: b.name,
        material: f.material,
        materialName: materialName(f.material, s, opts.lang),
        unit: unitOf(f.material, s.materials),
        route: f.route,
        tonnesPerYear: round(f.tonnesPerYear),
        distanceKm: round(f.distanceKm, 3),
        roadKm: round(f.roadKm, 3),
        costYuan: round(f.costYuan),
        co2Kg: round(f.co2Kg),
        cycleLevel: f.cycleLevel,
        cycleLevelName: cycleLevelLabel(f.cycleLevel, opts.lang),
        synthetic: a.provenance.synthetic || b.provenance.synthetic,
      },
    };
  });
  return {
    type: "FeatureCollection",
    name: `proposal-${p.id}`,
    metadata: {
      proposalId: p.id,
      name: p.name,
      cycleLevel: p.cycleLevel,
      generatedAt: opts.generatedAt,
      builtAt: s.builtAt,
      circuity: s.params.circuity,
      method: s.params.method,
      synthetic: s.synthetic,
      example: s.example,
      crs: "EPSG:4326 (WGS84, [lng, lat])",
    },
    features: [...sites, ...flows],
  };
}
