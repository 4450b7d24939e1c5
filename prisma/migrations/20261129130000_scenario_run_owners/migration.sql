-- Scenario runs get owners and quota keys like pairing runs (issue 13): only the creator or an editor may cancel or
-- delete one, and anonymous runs are purged after the retention period.
ALTER TABLE "ScenarioRun" ADD COLUMN "ownerUserId" TEXT;
ALTER TABLE "ScenarioRun" ADD COLUMN "ownerTokenHash" TEXT;
ALTER TABLE "ScenarioRun" ADD COLUMN "clientKey" TEXT;

-- CreateIndex
CREATE INDEX "ScenarioRun_clientKey_createdAt_idx" ON "ScenarioRun"("clientKey", "createdAt");
