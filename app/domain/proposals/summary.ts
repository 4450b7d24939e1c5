/** The list-view figures of a proposal, derived once from its snapshot and stored beside it. */
import type { ProposalSnapshot, ProposalSummaryFigures } from "./proposal-types";
import { chertow32, solidTonnes } from "./quality";

export type { ProposalSummaryFigures };

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
