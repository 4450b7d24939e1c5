// Idempotent seed: fills the database from the committed geodata/ files and the domain catalogues.
// An already-seeded database (SQLite `PRAGMA user_version` = SEED_VERSION) is left untouched; a partly
// seeded one is completed: only rows whose keys are missing are inserted, each stage in one transaction.
// Run with `npx tsx prisma/seed.ts` (no server-only imports).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "./database-url";
import { MATERIALS } from "../app/domain/materials";
import { COEFFICIENTS } from "../app/domain/coefficients";
import { buildSeedData } from "./seed-data";
import { seedExampleProposal } from "../scripts/seed-example-proposal";
import { KEY_PROJECTS } from "../app/domain/plan/key-projects";

/** Bumped when the seed content changes in a way an existing database should not silently miss. */
export const SEED_VERSION = 5;

async function counts(prisma: PrismaClient) {
  const [materials, coefficients, regions, parks, sites, synthetic, outputs, intakes, keyProjects] = await Promise.all([
    prisma.material.count(),
    prisma.coefficient.count(),
    prisma.region.count(),
    prisma.park.count(),
    prisma.site.count(),
    prisma.site.count({ where: { synthetic: true } }),
    prisma.output.count(),
    prisma.intake.count(),
    prisma.keyProject.count(),
  ]);
  return { materials, coefficients, regions, parks, sites, synthetic, outputs, intakes, keyProjects };
}

async function main() {
  const started = Date.now();
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });
  try {
    const [{ user_version: marker }] =
      await prisma.$queryRawUnsafe<{ user_version: number | bigint }[]>("PRAGMA user_version");
    if (Number(marker) >= SEED_VERSION) {
      console.log(`[seed] already seeded (version ${marker}); nothing to do`, await counts(prisma));
      return;
    }

    const data = buildSeedData();

    await prisma.$transaction(async (tx) => {
      const have = new Set((await tx.material.findMany({ select: { code: true } })).map((m) => m.code));
      const rows = MATERIALS.map((m, i) => ({
        code: m.code,
        nameZh: m.nameZh,
        nameEn: m.nameEn,
        unit: m.unit,
        maxHaulKm: m.maxHaulKm,
        haulStatus: m.haulStatus,
        haulSource: m.haulSource,
        costYuanPerTonneKm: m.costYuanPerTonneKm,
        costStatus: m.costStatus,
        sortOrder: i,
      })).filter((m) => !have.has(m.code));
      if (rows.length) await tx.material.createMany({ data: rows });
      const haveC = new Set((await tx.coefficient.findMany({ select: { key: true } })).map((c) => c.key));
      const coeffs = COEFFICIENTS.filter((c) => !haveC.has(c.key)).map((c) => ({ ...c }));
      if (coeffs.length) await tx.coefficient.createMany({ data: coeffs });
    });

    await prisma.$transaction(async (tx) => {
      const have = new Set((await tx.region.findMany({ select: { adcode: true } })).map((r) => r.adcode));
      const rows = data.regions.filter((r) => !have.has(r.adcode));
      if (rows.length) await tx.region.createMany({ data: rows });
      const haveP = new Set((await tx.park.findMany({ select: { id: true } })).map((p) => p.id));
      const parks = data.parks.filter((p) => !haveP.has(p.id));
      if (parks.length) await tx.park.createMany({ data: parks });
    });

    // Sites with their outputs and intakes in one transaction, so a site is never left half-seeded.
    await prisma.$transaction(
      async (tx) => {
        const have = new Set((await tx.site.findMany({ select: { id: true } })).map((s) => s.id));
        const missing = data.sites.filter((s) => !have.has(s.id));
        if (!missing.length) return;
        await tx.site.createMany({
          data: missing.map((s) => ({
            id: s.id,
            nameZh: s.nameZh,
            nameEn: s.nameEn,
            ownerGroup: s.ownerGroup,
            industry: s.industry,
            lng: s.lng,
            lat: s.lat,
            countyAdcode: s.countyAdcode,
            parkId: s.parkId,
            capacityMw: s.capacityMw,
            source: s.source,
            sourceRef: s.sourceRef,
            licence: s.licence,
            precision: s.precision,
            synthetic: s.synthetic,
            outsideProvince: s.outsideProvince,
            notes: s.notes,
            status: s.status ?? "operating",
            capacity: s.capacity ?? null,
            capacityUnit: s.capacityUnit ?? null,
            sourceUrl: s.sourceUrl ?? null,
          })),
        });
        await tx.sitePark.createMany({
          data: missing.flatMap((s) => s.parkIds.map((parkId) => ({ siteId: s.id, parkId }))),
        });
        await tx.output.createMany({
          data: missing.flatMap((s) =>
            s.outputs.map((o) => ({
              siteId: s.id,
              materialCode: o.material,
              tonnesPerYear: o.tonnesPerYear,
              stockpileTonnes: o.stockpileTonnes,
              estimated: o.estimated,
              coefficientKey: o.coefficientKey,
            })),
          ),
        });
        await tx.intake.createMany({
          data: missing.flatMap((s) =>
            s.intakes.map((i) => ({
              siteId: s.id,
              materialCode: i.material,
              route: i.route,
              capacityTonnesPerYear: i.capacityTonnesPerYear,
              estimated: i.estimated,
              coefficientKey: i.coefficientKey,
            })),
          ),
        });
      },
      { timeout: 60_000 },
    );

    // The plan's key-project register: only missing records are added, so editors' changes survive a re-seed.
    await prisma.$transaction(async (tx) => {
      const have = new Set((await tx.keyProject.findMany({ select: { id: true } })).map((p) => p.id));
      const rows = KEY_PROJECTS.filter((p) => !have.has(p.id)).map(({ planRef, ...p }) => ({
        ...p,
        planSection: planRef.section,
        planQuote: planRef.quote,
      }));
      if (rows.length) await tx.keyProject.createMany({ data: rows });
    });

    console.log(`[seed] example proposal: ${await seedExampleProposal(prisma)}`);
    await prisma.$executeRawUnsafe(`PRAGMA user_version = ${SEED_VERSION}`);
    console.log(`[seed] seeded in ${Date.now() - started} ms`, await counts(prisma));
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
