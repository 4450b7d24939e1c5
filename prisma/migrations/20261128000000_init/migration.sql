-- CreateTable
CREATE TABLE "Region" (
    "adcode" TEXT NOT NULL PRIMARY KEY,
    "level" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "parentAdcode" TEXT,
    "geometry" TEXT NOT NULL,
    "centroidLng" REAL NOT NULL,
    "centroidLat" REAL NOT NULL,
    "seatLng" REAL,
    "seatLat" REAL
);

-- CreateTable
CREATE TABLE "Park" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "countyAdcode" TEXT,
    "centerLng" REAL NOT NULL,
    "centerLat" REAL NOT NULL,
    "radiusKm" REAL NOT NULL,
    "geometry" TEXT,
    "precision" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "notes" TEXT,
    CONSTRAINT "Park_countyAdcode_fkey" FOREIGN KEY ("countyAdcode") REFERENCES "Region" ("adcode") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "ownerGroup" TEXT,
    "industry" TEXT NOT NULL,
    "lng" REAL NOT NULL,
    "lat" REAL NOT NULL,
    "countyAdcode" TEXT,
    "parkId" TEXT,
    "capacityMw" REAL,
    "source" TEXT NOT NULL,
    "sourceRef" TEXT,
    "licence" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "outsideProvince" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Site_countyAdcode_fkey" FOREIGN KEY ("countyAdcode") REFERENCES "Region" ("adcode") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Site_parkId_fkey" FOREIGN KEY ("parkId") REFERENCES "Park" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Material" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "maxHaulKm" REAL NOT NULL,
    "haulStatus" TEXT NOT NULL,
    "haulSource" TEXT,
    "costYuanPerTonneKm" REAL NOT NULL,
    "costStatus" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Coefficient" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Output" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "siteId" TEXT NOT NULL,
    "materialCode" TEXT NOT NULL,
    "tonnesPerYear" REAL NOT NULL,
    "stockpileTonnes" REAL NOT NULL DEFAULT 0,
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "coefficientKey" TEXT,
    "wasteCode" TEXT,
    CONSTRAINT "Output_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Output_materialCode_fkey" FOREIGN KEY ("materialCode") REFERENCES "Material" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Intake" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "siteId" TEXT NOT NULL,
    "materialCode" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "capacityTonnesPerYear" REAL NOT NULL,
    "committedTonnesPerYear" REAL NOT NULL DEFAULT 0,
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "coefficientKey" TEXT,
    CONSTRAINT "Intake_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Intake_materialCode_fkey" FOREIGN KEY ("materialCode") REFERENCES "Material" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PairingRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "status" TEXT NOT NULL,
    "progress" REAL NOT NULL DEFAULT 0,
    "scope" TEXT NOT NULL,
    "materials" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "summary" TEXT,
    "error" TEXT,
    "label" TEXT
);

-- CreateTable
CREATE TABLE "Pairing" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "consumerId" TEXT NOT NULL,
    "material" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "tonnesPerYear" REAL NOT NULL,
    "distanceKm" REAL NOT NULL,
    "roadKm" REAL NOT NULL,
    "costYuan" REAL NOT NULL,
    "co2Kg" REAL NOT NULL,
    "cycleLevel" TEXT NOT NULL,
    "explanation" TEXT,
    CONSTRAINT "Pairing_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PairingRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "notes" TEXT,
    "cycleLevel" TEXT NOT NULL,
    "runId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "snapshot" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "username" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateIndex
CREATE INDEX "Region_level_idx" ON "Region"("level");

-- CreateIndex
CREATE INDEX "Region_parentAdcode_idx" ON "Region"("parentAdcode");

-- CreateIndex
CREATE INDEX "Site_lng_lat_idx" ON "Site"("lng", "lat");

-- CreateIndex
CREATE INDEX "Site_countyAdcode_idx" ON "Site"("countyAdcode");

-- CreateIndex
CREATE INDEX "Site_parkId_idx" ON "Site"("parkId");

-- CreateIndex
CREATE INDEX "Output_materialCode_idx" ON "Output"("materialCode");

-- CreateIndex
CREATE UNIQUE INDEX "Output_siteId_materialCode_key" ON "Output"("siteId", "materialCode");

-- CreateIndex
CREATE INDEX "Intake_materialCode_idx" ON "Intake"("materialCode");

-- CreateIndex
CREATE UNIQUE INDEX "Intake_siteId_materialCode_route_key" ON "Intake"("siteId", "materialCode", "route");

-- CreateIndex
CREATE INDEX "Pairing_runId_idx" ON "Pairing"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

