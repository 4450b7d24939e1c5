/**
 * Shapes of a park-cluster proposal and of the data snapshot it is built on. A proposal keeps copies of
 * its sites, pairings, parameters, materials and coefficients, so it reads the same after the registry changes.
 */
import type { MaterialCode } from "../materials";
import type { PairingFlow } from "../pairing/types";
import type { CycleLevel, RegistrySite } from "../registry-types";

/** One exchange in a proposal (the pairing-run shape, with the producer → consumer route). */
export type ProposalPairing = Omit<PairingFlow, "explanation">;

/** Material catalogue entry as used at build time (radii and costs may have been overridden). */
export interface ProposalMaterial {
  code: MaterialCode;
  nameZh: string;
  nameEn: string;
  unit: string;
  maxHaulKm: number;
  haulStatus: string;
  costYuanPerTonneKm: number;
  costStatus: string;
}

/** Estimation coefficient as stored at build time (docs/domain.md §3). */
export interface ProposalCoefficient {
  key: string;
  value: number;
  unit: string;
  descriptionZh: string;
  descriptionEn: string;
  source: string;
  status: string;
}

/** Parameters the pairings were computed with. */
export interface ProposalParams {
  circuity: number;
  /** Effective haul limit per material (great-circle km). */
  maxHaulKm: Partial<Record<MaterialCode, number>>;
  /** Transport cost per unit·km per material (yuan). */
  costYuanPerTonneKm: Partial<Record<MaterialCode, number>>;
  /** How the pairings were obtained, e.g. "pairing-run" or "greedy-nearest (within selection)". */
  method: string;
  /** Any further values the run stored (kept verbatim for the record). */
  extra: Record<string, unknown>;
}

/** Where a proposal came from. */
export type ProposalOrigin =
  | { kind: "run-component"; runId: string; componentIndex: number }
  | { kind: "run-park"; runId: string; parkId: string }
  | { kind: "sites"; siteIds: string[]; runId: string | null }
  | { kind: "example" };

/** Everything a proposal was built on. */
export interface ProposalSnapshot {
  schemaVersion: 1;
  builtAt: string;
  origin: ProposalOrigin;
  /** The park the cluster belongs to, when built per park (name kept for exports). */
  park: { id: string; nameZh: string; nameEn: string } | null;
  sites: RegistrySite[];
  pairings: ProposalPairing[];
  params: ProposalParams;
  materials: ProposalMaterial[];
  coefficients: ProposalCoefficient[];
  /** True when any site in the snapshot is synthetic (labelled everywhere the proposal appears). */
  synthetic: boolean;
  /** True for the seeded example proposal. */
  example: boolean;
}

/** The cycle level a proposal is meant to represent (a planner's choice; cross-province is not a target). */
export type ProposalCycleLevel = Exclude<CycleLevel, "cross-province">;
export const PROPOSAL_CYCLE_LEVELS: readonly ProposalCycleLevel[] = ["enterprise", "park", "region"];

/** A stored proposal. */
export interface Proposal {
  id: string;
  name: string;
  /** English name when the app made the name; null for a name a person typed (shown in both languages). */
  nameEn: string | null;
  notes: string | null;
  cycleLevel: ProposalCycleLevel;
  runId: string | null;
  createdAt: string;
  updatedAt: string;
  snapshot: ProposalSnapshot;
}

/** List entry (no snapshot body). */
export interface ProposalSummary extends ProposalSummaryFigures {
  id: string;
  name: string;
  nameEn: string | null;
  cycleLevel: ProposalCycleLevel;
  runId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the proposals list shows of a snapshot (stored as columns so listing never parses snapshots). */
export interface ProposalSummaryFigures {
  siteCount: number;
  pairingCount: number;
  /** Solid tonnes per year exchanged (units other than t are left out). */
  tonnesPerYear: number;
  synthetic: boolean;
  example: boolean;
  passesChertow: boolean;
}

/** A cluster candidate of a run: a connected group, or a park with pairings touching its sites. */
export interface ClusterCandidate {
  kind: "component" | "park";
  /** Component index, or park id. */
  key: string;
  label: string;
  labelEn: string;
  siteCount: number;
  pairingCount: number;
  tonnesPerYear: number;
}
