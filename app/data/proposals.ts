import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "./db";
import type { Prisma } from "../../prisma/generated/client";
import type { CreatorMeta } from "./pairing-runs";
import { recordAudit } from "./audit";
import type { MaterialCode } from "../domain/materials";
import { proposalSummaryFigures, type ProposalSummaryFigures } from "../domain/proposals/summary";
import type { UpdateProposalRequest } from "../domain/proposals/proposal-request";
import type {
  Proposal,
  ProposalCoefficient,
  ProposalCycleLevel,
  ProposalMaterial,
  ProposalSnapshot,
  ProposalSummary,
} from "../domain/proposals/proposal-types";
import { parseJsonColumn, proposalSnapshotColumn } from "../domain/stored-json";

type Row = NonNullable<Awaited<ReturnType<typeof prisma.proposal.findUnique>>>;

function toProposal(row: Row): Proposal {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    notes: row.notes,
    cycleLevel: row.cycleLevel as ProposalCycleLevel,
    runId: row.runId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    snapshot: parseJsonColumn("Proposal.snapshot", proposalSnapshotColumn, row.snapshot),
  };
}

// Everything the list shows, without the snapshot.
const SUMMARY_SELECT = {
  id: true,
  name: true,
  nameEn: true,
  cycleLevel: true,
  runId: true,
  createdAt: true,
  updatedAt: true,
  siteCount: true,
  pairingCount: true,
  tonnesPerYear: true,
  synthetic: true,
  example: true,
  passesChertow: true,
} as const;

type SummaryRow = Prisma.ProposalGetPayload<{ select: typeof SUMMARY_SELECT }>;

function toSummary(r: SummaryRow, f: ProposalSummaryFigures): ProposalSummary {
  return {
    id: r.id,
    name: r.name,
    nameEn: r.nameEn,
    cycleLevel: r.cycleLevel as ProposalCycleLevel,
    runId: r.runId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    ...f,
  };
}

/** The stored figures of a row, or null when it predates the summary columns. */
function storedFigures(r: SummaryRow): ProposalSummaryFigures | null {
  const { siteCount, pairingCount, tonnesPerYear, synthetic, example, passesChertow } = r;
  if (
    siteCount === null ||
    pairingCount === null ||
    tonnesPerYear === null ||
    synthetic === null ||
    example === null ||
    passesChertow === null
  )
    return null;
  return { siteCount, pairingCount, tonnesPerYear, synthetic, example, passesChertow };
}

/** Computes and stores the figures of a row stored before the summary columns existed (once per row). */
async function backfillFigures(r: SummaryRow): Promise<ProposalSummaryFigures | null> {
  const row = await prisma.proposal.findUnique({ where: { id: r.id }, select: { snapshot: true } });
  if (!row) return null;
  const figures = proposalSummaryFigures(parseJsonColumn("Proposal.snapshot", proposalSnapshotColumn, row.snapshot));
  // Prisma stamps @updatedAt on every update unless it is given: keep the proposal's own edit time.
  await prisma.proposal.updateMany({ where: { id: r.id }, data: { ...figures, updatedAt: r.updatedAt } });
  return figures;
}

/** The material and coefficient catalogue a proposal snapshot keeps. */
export async function loadProposalCatalogue(): Promise<{
  materials: ProposalMaterial[];
  coefficients: ProposalCoefficient[];
}> {
  const [materials, coefficients] = await Promise.all([
    prisma.material.findMany({ orderBy: { sortOrder: "asc" } }),
    prisma.coefficient.findMany({ orderBy: { key: "asc" } }),
  ]);
  return {
    materials: materials.map((m) => ({
      code: m.code as MaterialCode,
      nameZh: m.nameZh,
      nameEn: m.nameEn,
      unit: m.unit,
      maxHaulKm: m.maxHaulKm,
      haulStatus: m.haulStatus,
      costYuanPerTonneKm: m.costYuanPerTonneKm,
      costStatus: m.costStatus,
    })),
    coefficients: coefficients.map((c) => ({ ...c })),
  };
}

/** Stores a new proposal with its snapshot and creator. */
export async function insertProposal(p: {
  name: string;
  nameEn: string | null;
  notes: string | null;
  cycleLevel: string;
  runId: string | null;
  snapshot: ProposalSnapshot;
  creator: CreatorMeta;
}): Promise<Proposal> {
  const row = await prisma.proposal.create({
    data: {
      id: randomUUID(),
      name: p.name,
      nameEn: p.nameEn,
      notes: p.notes,
      cycleLevel: p.cycleLevel,
      runId: p.runId,
      snapshot: JSON.stringify(p.snapshot),
      ...proposalSummaryFigures(p.snapshot),
      ownerUserId: p.creator.ownerUserId,
      ownerTokenHash: p.creator.ownerTokenHash,
      clientKey: p.creator.clientKey,
    },
  });
  return toProposal(row);
}

/** Every proposal (newest first) as list entries. */
export async function listProposals(): Promise<ProposalSummary[]> {
  const rows = await prisma.proposal.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: SUMMARY_SELECT,
  });
  const out: ProposalSummary[] = [];
  for (const r of rows) {
    const figures = storedFigures(r) ?? (await backfillFigures(r));
    if (figures) out.push(toSummary(r, figures));
  }
  return out;
}

/** One proposal with its snapshot, or null. */
export async function getProposal(id: string): Promise<Proposal | null> {
  const row = await prisma.proposal.findUnique({ where: { id } });
  return row ? toProposal(row) : null;
}

/** Updates name, notes or cycle level (audited under `actor`); null when the proposal does not exist. */
export async function updateProposal(
  id: string,
  patch: UpdateProposalRequest,
  actor: string,
): Promise<Proposal | null> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.proposal.findUnique({
      where: { id },
      select: { name: true, notes: true, cycleLevel: true },
    });
    if (!before) return null;
    const row = await tx.proposal.update({
      where: { id },
      data: {
        // A typed name replaces the app's two-language name: it is shown as typed in both languages.
        ...(patch.name !== undefined && patch.name !== before.name ? { name: patch.name, nameEn: null } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        ...(patch.cycleLevel !== undefined ? { cycleLevel: patch.cycleLevel } : {}),
      },
    });
    await recordAudit(tx, {
      username: actor,
      action: "update",
      entity: "proposal",
      entityId: id,
      before,
      after: { name: row.name, notes: row.notes, cycleLevel: row.cycleLevel },
    });
    return toProposal(row);
  });
}

/** Deletes a proposal (audited under `actor`); false when it did not exist. */
export async function deleteProposal(id: string, actor: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.proposal.findUnique({
      where: { id },
      select: { name: true, runId: true, createdAt: true },
    });
    if (!before) return false;
    await tx.proposal.delete({ where: { id } });
    await recordAudit(tx, { username: actor, action: "delete", entity: "proposal", entityId: id, before, after: null });
    return true;
  });
}
