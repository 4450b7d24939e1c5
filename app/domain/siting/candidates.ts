/** Candidate locations for new utilisation plants: county seats, park centres, existing sites of the route. */
import type { RegistrySite } from "../registry-types";
import { siteIncluded } from "../site-inclusion";
import type { CandidateKind, SitingCandidate } from "./types";
import type { MaterialCode } from "../materials";

export interface CountySeat {
  adcode: string;
  name: string;
  nameEn: string;
  seat: [number, number] | null;
}

export interface ParkCentre {
  id: string;
  name: string;
  nameEn: string;
  center: [number, number];
  countyAdcode: string | null;
}

/** Builds the candidate list in a stable order (kind, then id); synthetic sites only when asked. */
export function sitingCandidates(input: {
  counties: readonly CountySeat[];
  parks: readonly ParkCentre[];
  sites: readonly RegistrySite[];
  material: MaterialCode;
  route: string;
  kinds: readonly CandidateKind[];
  includeSynthetic: boolean;
  includeNonOperating?: boolean;
}): SitingCandidate[] {
  const out: SitingCandidate[] = [];
  const kinds = new Set(input.kinds);
  if (kinds.has("county-seat")) {
    for (const c of [...input.counties].sort((a, b) => a.adcode.localeCompare(b.adcode))) {
      if (!c.seat) continue;
      out.push({
        id: `county:${c.adcode}`,
        kind: "county-seat",
        name: c.name,
        nameEn: c.nameEn,
        lng: c.seat[0],
        lat: c.seat[1],
        countyAdcode: c.adcode,
        siteId: null,
        synthetic: false,
      });
    }
  }
  if (kinds.has("park")) {
    for (const p of [...input.parks].sort((a, b) => a.id.localeCompare(b.id))) {
      out.push({
        id: `park:${p.id}`,
        kind: "park",
        name: p.name,
        nameEn: p.nameEn,
        lng: p.center[0],
        lat: p.center[1],
        countyAdcode: p.countyAdcode,
        siteId: null,
        synthetic: false,
      });
    }
  }
  if (kinds.has("site")) {
    for (const s of input.sites) {
      if (
        s.outsideProvince ||
        !siteIncluded(s, {
          includeSynthetic: input.includeSynthetic,
          includeNonOperating: input.includeNonOperating ?? false,
        })
      )
        continue;
      // An existing plant of this material and route can add a line: it has the permits, the land and the market.
      if (!s.intakes.some((i) => i.material === input.material && i.route === input.route)) continue;
      out.push({
        id: `site:${s.id}`,
        kind: "site",
        name: s.name,
        nameEn: s.nameEn,
        lng: s.lng,
        lat: s.lat,
        countyAdcode: s.countyAdcode,
        siteId: s.id,
        synthetic: s.provenance.synthetic,
      });
    }
  }
  return out;
}
