// Idempotent seed: fills an empty database from the committed geodata/ files. (Being extended.)
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../app/generated/prisma/client";
import { databaseUrl } from "./database-url";
import { MATERIALS } from "../app/domain/materials";

async function main() {
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });
  try {
    for (const [i, m] of MATERIALS.entries()) {
      const data = {
        nameZh: m.nameZh, nameEn: m.nameEn, unit: m.unit, maxHaulKm: m.maxHaulKm, haulStatus: m.haulStatus,
        haulSource: m.haulSource, costYuanPerTonneKm: m.costYuanPerTonneKm, costStatus: m.costStatus, sortOrder: i,
      };
      await prisma.material.upsert({ where: { code: m.code }, create: { code: m.code, ...data }, update: {} });
    }
    console.log(`[seed] materials: ${await prisma.material.count()}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
