-- List-view figures of a proposal, derived from its snapshot (app/domain/proposals/summary.ts) so that listing
-- proposals never parses snapshots. Rows stored before this migration keep NULL until the first list fills them
-- (the 3-2 rule cannot be computed in SQL).
ALTER TABLE "Proposal" ADD COLUMN "siteCount" INTEGER;
ALTER TABLE "Proposal" ADD COLUMN "pairingCount" INTEGER;
ALTER TABLE "Proposal" ADD COLUMN "tonnesPerYear" REAL;
ALTER TABLE "Proposal" ADD COLUMN "synthetic" BOOLEAN;
ALTER TABLE "Proposal" ADD COLUMN "example" BOOLEAN;
ALTER TABLE "Proposal" ADD COLUMN "passesChertow" BOOLEAN;
