-- Capacity in the source's own unit and the record's page in its source (GEM wiki), for sites from the GEM trackers.
ALTER TABLE "Site" ADD COLUMN "capacity" REAL;
ALTER TABLE "Site" ADD COLUMN "capacityUnit" TEXT;
ALTER TABLE "Site" ADD COLUMN "sourceUrl" TEXT;

-- CreateTable: park membership by location or by name; a site may belong to several parks.
CREATE TABLE "SitePark" (
    "siteId" TEXT NOT NULL,
    "parkId" TEXT NOT NULL,

    PRIMARY KEY ("siteId", "parkId"),
    CONSTRAINT "SitePark_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SitePark_parkId_fkey" FOREIGN KEY ("parkId") REFERENCES "Park" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SitePark_parkId_idx" ON "SitePark"("parkId");
