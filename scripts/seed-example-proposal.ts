/**
 * Adds the example proposal (app/domain/proposals/example-proposal.ts) to a seeded database, once.
 * Called at the end of prisma/seed.ts; uses the PrismaClient it is given (no server-only imports) and
 * HiGHS in-process (the seed is a plain Node script, not the server). Built from real, operating sites only.
 */
import type { PrismaClient } from "../prisma/generated/client";
import type { MaterialCode } from "../app/domain/materials";
import type { RegistrySite } from "../app/domain/registry-types";
import { SITE_INCLUDE, toRegistrySite } from "../app/data/site-rows";
import { effectiveParams } from "../app/domain/pairing/params";
import { runPairing } from "../app/domain/pairing/run-pairing";
import { inProcessHighsSolver } from "../app/domain/pairing/highs-solver";
import { proposalParamsFrom } from "../app/domain/proposals/build-cluster";
import { proposalSummaryFigures } from "../app/domain/proposals/summary";
import { buildExampleProposal, EXAMPLE_PARK_ID, EXAMPLE_PROPOSAL_ID } from "../app/domain/proposals/example-proposal";

/** Creates the example proposal unless it exists (idempotent); returns what it did. */
export async function seedExampleProposal(prisma: PrismaClient): Promise<"exists" | "created" | "skipped"> {
  if (await prisma.proposal.findUnique({ where: { id: EXAMPLE_PROPOSAL_ID }, select: { id: true } })) return "exists";
  const park = await prisma.park.findUnique({ where: { id: EXAMPLE_PARK_ID } });
  if (!park) return "skipped";
  // Real, operating sites only: the first proposal a planner opens is about plants that exist and run.
  const rows = await prisma.site.findMany({
    where: { synthetic: false, status: "operating" },
    include: SITE_INCLUDE,
    orderBy: { id: "asc" },
  });
  const sites: RegistrySite[] = rows.map(toRegistrySite);
  const materials = (await prisma.material.findMany({ orderBy: { sortOrder: "asc" } })).map((m) => ({
    code: m.code as MaterialCode,
    nameZh: m.nameZh,
    nameEn: m.nameEn,
    unit: m.unit,
    maxHaulKm: m.maxHaulKm,
    haulStatus: m.haulStatus,
    costYuanPerTonneKm: m.costYuanPerTonneKm,
    costStatus: m.costStatus,
  }));
  const coefficients = (await prisma.coefficient.findMany({ orderBy: { key: "asc" } })).map((c) => ({ ...c }));
  const params = effectiveParams(materials.map((m) => m.code));
  const example = await buildExampleProposal({
    sites,
    park,
    materials,
    coefficients,
    params: proposalParamsFrom(params, "HiGHS optimum over the sites near the base (seed example)"),
    pair: async (near) =>
      ((await runPairing(near, params, { solver: inProcessHighsSolver }))?.flows ?? []).map((f) => ({
        producerId: f.producerId,
        consumerId: f.consumerId,
        material: f.material,
        route: f.route,
        tonnesPerYear: f.tonnesPerYear,
        distanceKm: f.distanceKm,
        roadKm: f.roadKm,
        costYuan: f.costYuan,
        co2Kg: f.co2Kg,
        cycleLevel: f.cycleLevel,
      })),
    // Fixed, so a re-seeded database holds the same example.
    builtAt: "2026-01-01T00:00:00.000Z",
  });
  if (!example) return "skipped";
  await prisma.proposal.create({
    data: {
      id: example.id,
      name: example.name,
      nameEn: example.nameEn,
      notes: example.notes,
      cycleLevel: example.cycleLevel,
      runId: null,
      snapshot: JSON.stringify(example.snapshot),
      ...proposalSummaryFigures(example.snapshot),
    },
  });
  return "created";
}
