/** Data shapes of the siting optimisation (issue 13): where k new utilisation plants of one material should go. */
import type { MaterialCode } from "../materials";
import type { CandidateArc, ConsumerNode, ProducerNode } from "../pairing/types";

/** Where a new plant may stand: a county seat, a park centre, or an existing site of the route adding capacity. */
export type CandidateKind = "county-seat" | "park" | "site";
export const CANDIDATE_KINDS: readonly CandidateKind[] = ["county-seat", "park", "site"];

export interface SitingCandidate {
  /** `county:<adcode>`, `park:<id>` or `site:<id>`. */
  id: string;
  kind: CandidateKind;
  name: string;
  nameEn: string;
  lng: number;
  lat: number;
  countyAdcode: string | null;
  /** The existing site a `site` candidate expands, else null. */
  siteId: string | null;
  synthetic: boolean;
}

/** Every effective value a siting solve used (returned with the result so it can be reproduced). */
export interface SitingParams {
  material: MaterialCode;
  /** The route the new plants use (one of the material's catalogue routes). */
  route: string;
  plantCapacityTonnesPerYear: number;
  /** At most this many new plants (k). */
  maxPlants: number;
  /** Whether synthetic producers, consumers and candidate sites take part (never by default). */
  includeSynthetic: boolean;
  /** Whether sites not operating (construction, proposed, retired …) take part (never by default). */
  includeNonOperating: boolean;
  /** Great-circle haul limit (km): no supplier farther from a plant or consumer than this. */
  maxHaulKm: number;
  costYuanPerTonneKm: number;
  /** Road km = great-circle km × circuity (an estimate, used for cost). */
  circuity: number;
  /** Each producer considers its N nearest existing consumers (as in pairing runs). */
  nearestN: number;
  candidateKinds: CandidateKind[];
  /** Wall-clock limit per MILP phase (s); a stopped solve reports its proven gap instead of 0. */
  timeLimitSeconds: number;
  /** Relative MIP gap HiGHS must prove before it stops (1e-9: exact up to floating-point noise). */
  mipRelGap: number;
}

/** A candidate arc producer → candidate plant within the haul limit. */
export interface PlantArc {
  producer: number;
  candidate: number;
  distanceKm: number;
  roadKm: number;
  costPerTonne: number;
}

/** The capacitated facility-location instance of one material. */
export interface SitingInstance {
  producers: ProducerNode[];
  consumers: ConsumerNode[];
  candidates: SitingCandidate[];
  /** Producer → existing consumer arcs (nearest N within the haul limit; cycle bonuses are not used here). */
  existingArcs: CandidateArc[];
  /** Producer → candidate arcs (every candidate within the haul limit). */
  plantArcs: PlantArc[];
  plantCapacityTonnes: number;
  maxPlants: number;
}

export interface SitedPlant {
  lng: number;
  lat: number;
  countyAdcode: string | null;
  candidateId: string;
  candidateKind: CandidateKind;
  name: string;
  nameEn: string;
  siteId: string | null;
  /** Tonnes the plant takes in the optimum (≤ its capacity). */
  tonnesPerYear: number;
  capacityTonnesPerYear: number;
  suppliers: number;
  synthetic: boolean;
}

export interface SitingAssignment {
  producerId: string;
  /** Index into `plants`. */
  plantIndex: number;
  tonnesPerYear: number;
  distanceKm: number;
  roadKm: number;
  costYuan: number;
}

export interface SitingTotals {
  producedTonnes: number;
  matchedTonnes: number;
  utilisation: number;
  transportCostYuan: number;
}

export type SitingProof = "coverage-bound" | "branch-and-bound" | "none";

/** The answer of POST /api/siting (documented in README "Scenarios and siting"). */
export interface SitingResult {
  params: SitingParams;
  /** "optimal": both phases proven optimal; "time-limit": the best plan found, with its proven gap. */
  status: "optimal" | "time-limit";
  plants: SitedPlant[];
  assignments: SitingAssignment[];
  before: SitingTotals;
  after: SitingTotals & { newPlantTonnes: number };
  /** Largest proven relative gap over both phases (0 when proven optimal). */
  gap: number;
  gaps: { tonnes: number; cost: number };
  /**
   * What proved each phase: "coverage-bound" (the max-coverage bound or the cost lower bound of coverage-bound.ts,
   * no branch and bound needed, or tighter than what HiGHS proved in time), "branch-and-bound" (HiGHS), or "none"
   * (only the gap is proven).
   */
  proof: { tonnes: SitingProof; cost: SitingProof };
  /** Candidates the Lagrangian bound closed before branch and bound (no plan as cheap can open them). */
  closedCandidates: number;
  counts: { producers: number; consumers: number; candidates: number; plantArcs: number; existingArcs: number };
  solveSeconds: number;
  /** True when synthetic sites took part. */
  synthetic: boolean;
  /** Every candidate within the haul limit of at least one producer (what the MILP chose from). */
  candidates: Array<
    Pick<SitingCandidate, "id" | "kind" | "name" | "nameEn" | "lng" | "lat" | "countyAdcode" | "synthetic">
  >;
  /** Position and names of every producer an assignment refers to. */
  producers: Record<
    string,
    { name: string; nameEn: string; lng: number; lat: number; synthetic: boolean; countyAdcode: string | null }
  >;
}
