/** The list-view figures of a proposal, derived once from its snapshot and stored beside it. */
import type { ProposalSnapshot } from "./proposal-types";
import { chertow32, solidTonnes } from "./quality";

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

/** The list-view figures of a snapshot. */
export function proposalSummaryFigures(snapshot: ProposalSnapshot): ProposalSummaryFigures {
  return {
    siteCount: snapshot.sites.length,
    pairingCount: snapshot.pairings.length,
    tonnesPerYear: solidTonnes(snapshot.pairings, snapshot.materials),
    synthetic: snapshot.synthetic,
    example: snapshot.example,
    passesChertow: chertow32(snapshot.sites, snapshot.pairings).pass,
  };
}
