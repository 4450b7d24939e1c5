-- The plan's key-project register (重点工程), seeded from app/domain/plan/key-projects.ts.
CREATE TABLE "KeyProject" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "material" TEXT,
    "route" TEXT,
    "capacity" REAL,
    "capacityUnit" TEXT,
    "capacityTonnesPerYear" REAL,
    "siteId" TEXT,
    "parkId" TEXT,
    "countyAdcode" TEXT,
    "cityAdcode" TEXT,
    "startYear" INTEGER,
    "targetYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "investmentYuan" REAL,
    "planSection" TEXT NOT NULL,
    "planQuote" TEXT NOT NULL,
    "notes" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "KeyProject_cityAdcode_idx" ON "KeyProject"("cityAdcode");

-- CreateIndex
CREATE INDEX "KeyProject_material_idx" ON "KeyProject"("material");
