// The seeded registry without a database: buildSeedData (the seed's own input) shaped as RegistrySite rows,
// plus county seats and park centres, for the siting and scenario benchmarks.
import { buildSeedData } from "../prisma/seed-data";
import type { RegistrySite } from "../app/domain/registry-types";
import type { CountySeat, ParkCentre } from "../app/domain/siting/candidates";

/** Registry sites, county seats and park centres exactly as `npm start` seeds them. */
export function seededRegistry(): { sites: RegistrySite[]; counties: CountySeat[]; parks: ParkCentre[] } {
  const data = buildSeedData();
  const sites: RegistrySite[] = data.sites.map((s) => ({
    id: s.id,
    name: s.nameZh,
    nameEn: s.nameEn,
    ownerGroup: s.ownerGroup,
    industry: s.industry,
    lng: s.lng,
    lat: s.lat,
    countyAdcode: s.countyAdcode,
    cityAdcode: s.countyAdcode ? `${s.countyAdcode.slice(0, 4)}00` : null,
    parkId: s.parkId,
    capacityMw: s.capacityMw,
    outsideProvince: s.outsideProvince,
    status: "operating", // the seed gives no status: every seeded site is operating (the column default)
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
      coefficient: o.coefficientKey,
    })),
    intakes: s.intakes.map((i) => ({
      material: i.material,
      route: i.route,
      capacityTonnesPerYear: i.capacityTonnesPerYear,
      committedTonnesPerYear: 0,
    })),
  }));
  const counties: CountySeat[] = data.regions
    .filter((r) => r.level === "county")
    .map((r) => ({
      adcode: r.adcode,
      name: r.nameZh,
      nameEn: r.nameEn ?? r.nameZh,
      seat: r.seatLng != null && r.seatLat != null ? [r.seatLng, r.seatLat] : null,
    }));
  const parks: ParkCentre[] = data.parks.map((p) => ({
    id: p.id,
    name: p.nameZh,
    nameEn: p.nameEn,
    center: [p.centerLng, p.centerLat],
    countyAdcode: p.countyAdcode,
  }));
  return { sites, counties, parks };
}
