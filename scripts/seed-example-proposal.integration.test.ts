import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../prisma/generated/client";
import { seedExampleProposal } from "./seed-example-proposal";
import { EXAMPLE_PROPOSAL_ID } from "../app/domain/proposals/example-proposal";
import { chertow32 } from "../app/domain/proposals/quality";
import type { ProposalSnapshot } from "../app/domain/proposals/proposal-types";
import { coefficientKeysOf } from "../app/domain/coefficients";

const root = path.join(__dirname, "..");

describe("seedExampleProposal", () => {
  it("the seed adds one example proposal from the seeded Hejin sites, once", async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "atlas-seed-")), "t.db")}`;
    const env = { ...process.env, DATABASE_URL: url };
    execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "pipe" });
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: root, env, stdio: "pipe" });
    const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
    try {
      const row = await prisma.proposal.findUnique({ where: { id: EXAMPLE_PROPOSAL_ID } });
      expect(row).not.toBeNull();
      const snap = JSON.parse(row!.snapshot) as ProposalSnapshot;
      expect(snap.example).toBe(true);
      expect(snap.park?.id).toBe("park-hejin-base");
      expect(snap.pairings.length).toBeGreaterThan(2);
      // Built from real sites only, so not marked synthetic (no "仅供演示" label).
      expect(snap.sites.every((s) => !s.provenance.synthetic)).toBe(true);
      expect(snap.synthetic).toBe(false);
      expect(row!.notes).not.toMatch(/合成|synthetic/i);
      expect(chertow32(snap.sites, snap.pairings).pass).toBe(true);
      // Every pairing's sites are in the snapshot, with the coefficients behind their estimates.
      const ids = new Set(snap.sites.map((s) => s.id));
      for (const p of snap.pairings) expect(ids.has(p.producerId) && ids.has(p.consumerId)).toBe(true);
      const used = new Set(
        snap.sites.flatMap((s) => s.outputs.flatMap((o) => (o.coefficient ? coefficientKeysOf(o.coefficient) : []))),
      );
      expect(snap.coefficients.map((c) => c.key).sort()).toEqual([...used].sort());
      // Idempotent.
      expect(await seedExampleProposal(prisma)).toBe("exists");
      expect(await prisma.proposal.count()).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
  }, 120_000);
});
