import { describe, expect, it } from "vitest";
import { proposalSummaryFigures } from "./summary";
import { fixtureSnapshot, pairing } from "./test-fixtures";
import { chertow32, solidTonnes } from "./quality";

describe("proposalSummaryFigures", () => {
  it("counts sites and pairings, sums solid tonnes and applies the 3-2 rule", () => {
    const snap = fixtureSnapshot();
    expect(proposalSummaryFigures(snap)).toEqual({
      siteCount: snap.sites.length,
      pairingCount: snap.pairings.length,
      tonnesPerYear: solidTonnes(snap.pairings, snap.materials),
      synthetic: snap.synthetic,
      example: snap.example,
      passesChertow: chertow32(snap.sites, snap.pairings).pass,
    });
  });

  it("leaves non-tonne flows out of the tonnes and follows the snapshot's flags", () => {
    const snap = fixtureSnapshot();
    const heat = pairing(snap.sites[0].id, snap.sites[1].id, { material: "waste-heat", tonnesPerYear: 1e9 });
    const figures = proposalSummaryFigures({
      ...snap,
      pairings: [...snap.pairings, heat],
      synthetic: true,
      example: true,
    });
    expect(figures.tonnesPerYear).toBe(solidTonnes(snap.pairings, snap.materials));
    expect(figures.pairingCount).toBe(snap.pairings.length + 1);
    expect(figures).toMatchObject({ synthetic: true, example: true });
  });
});
