-- Operating status of a site (from its source tracker); analyses use operating sites by default.
ALTER TABLE "Site" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'operating';

-- CreateIndex
CREATE INDEX "Site_status_idx" ON "Site"("status");
