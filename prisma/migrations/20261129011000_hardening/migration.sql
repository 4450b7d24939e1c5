-- Hardening (issue 10): optimistic locking on sites, owners and quota keys on runs and proposals,
-- server-side session revocation.
ALTER TABLE "Site" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "PairingRun" ADD COLUMN "ownerUserId" TEXT;
ALTER TABLE "PairingRun" ADD COLUMN "ownerTokenHash" TEXT;
ALTER TABLE "PairingRun" ADD COLUMN "clientKey" TEXT;

ALTER TABLE "Proposal" ADD COLUMN "ownerUserId" TEXT;
ALTER TABLE "Proposal" ADD COLUMN "ownerTokenHash" TEXT;
ALTER TABLE "Proposal" ADD COLUMN "clientKey" TEXT;

ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "PairingRun_clientKey_createdAt_idx" ON "PairingRun"("clientKey", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_clientKey_createdAt_idx" ON "Proposal"("clientKey", "createdAt");
