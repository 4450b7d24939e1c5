/** The registry shape of a stored site: the one conversion from the editable shape (StoredSite). */
import type { StoredSite } from "./import/stored-site";
import type { RegistrySite } from "./registry-types";
import { cityAdcodeOf } from "./shanxi-cities";

/** A stored site as the registry, map, search and pairing code see it (provenance grouped, city derived). */
export function registrySiteOf(s: StoredSite): RegistrySite {
  return {
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    ownerGroup: s.ownerGroup,
    industry: s.industry,
    lng: s.lng,
    lat: s.lat,
    countyAdcode: s.countyAdcode,
    cityAdcode: s.countyAdcode ? cityAdcodeOf(s.countyAdcode) : null,
    parkId: s.parkId,
    capacityMw: s.capacityMw,
    outsideProvince: s.outsideProvince,
    status: s.status,
    provenance: {
      source: s.source,
      licence: s.licence,
      precision: s.precision,
      synthetic: s.synthetic,
      sourceRef: s.sourceRef,
    },
    outputs: s.outputs.map((o) => ({
      material: o.material,
      tonnesPerYear: o.tonnesPerYear,
      stockpileTonnes: o.stockpileTonnes,
      estimated: o.estimated,
      coefficient: o.coefficient,
    })),
    intakes: s.intakes.map((i) => ({
      material: i.material,
      route: i.route,
      capacityTonnesPerYear: i.capacityTonnesPerYear,
      committedTonnesPerYear: i.committedTonnesPerYear,
      estimated: i.estimated,
      coefficient: i.coefficient,
    })),
  };
}
