// The worker threads' own database access (better-sqlite3, no Prisma) against the fixture database: the same sites as
// the Prisma path, and run results stored only while the run is still running.
import { beforeAll, describe, expect, it } from "vitest";
import { seedFixtures } from "./testing/fixtures";
import { prisma } from "./db";
import { loadStoredSites } from "./site-edit";
import { loadAllSites } from "./registry";
import { toRegistrySite, toStoredSite } from "./site-rows";
import { openWorkerDb, siteRefs, siteRowPages, storeRunProgress, storeRunResult } from "./worker-db";

beforeAll(seedFixtures);

const pairing = {
  producerId: "fx-producer",
  consumerId: "fx-consumer-near",
  material: "red-mud",
  route: "cement",
  tonnesPerYear: 60_000,
  distanceKm: 5,
  roadKm: 6.5,
  costYuan: 1000,
  co2Kg: 20,
  cycleLevel: "enterprise",
  explanation: JSON.stringify({ note: "test" }),
};

async function run(status: string) {
  const id = `wdb-${status}-${Math.random().toString(36).slice(2)}`;
  await prisma.pairingRun.create({
    data: { id, status, progress: 0, scope: '{"kind":"province"}', materials: '["red-mud"]', params: "{}" },
  });
  return id;
}

describe("worker-db", () => {
  it("reads the same sites as the Prisma path, page by page in id order, whatever the page size", async () => {
    const db = openWorkerDb();
    try {
      const viaPrisma = await loadStoredSites();
      expect(viaPrisma.length).toBeGreaterThan(2);
      for (const size of [1, 2, 1000]) {
        const pages = [...siteRowPages(db, size)];
        expect(pages.every((p) => p.length <= size)).toBe(true);
        expect(pages.flat().map(toStoredSite)).toEqual(viaPrisma);
      }
      expect([...siteRowPages(db)].flat().map(toRegistrySite)).toEqual(await loadAllSites());
      expect(siteRefs(db, 2)).toEqual(
        viaPrisma.map((s) => ({ id: s.id, name: s.name, nameEn: s.nameEn, lng: s.lng, lat: s.lat })),
      );
    } finally {
      db.close();
    }
  });

  it("stores progress and the result of a running run, readable through Prisma", async () => {
    const id = await run("running");
    const db = openWorkerDb();
    try {
      storeRunProgress(db, id, 0.5);
      expect((await prisma.pairingRun.findUnique({ where: { id } }))!.progress).toBe(0.5);
      expect(
        storeRunResult(db, id, { full: '{"totals":{}}', list: '{"totals":{},"materials":[]}' }, [
          pairing,
          { ...pairing, tonnesPerYear: 1 },
        ]),
      ).toBe(true);
    } finally {
      db.close();
    }
    const row = (await prisma.pairingRun.findUnique({ where: { id } }))!;
    expect(row).toMatchObject({
      status: "done",
      progress: 1,
      summary: '{"totals":{}}',
      listSummary: '{"totals":{},"materials":[]}',
    });
    expect(row.finishedAt).toBeInstanceOf(Date);
    expect(Math.abs(row.finishedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    const stored = await prisma.pairing.findMany({ where: { runId: id }, orderBy: { id: "asc" } });
    expect(stored.map((p) => p.tonnesPerYear)).toEqual([60_000, 1]);
    expect(stored[0]).toMatchObject({ ...pairing, runId: id });
  });

  it("skips a progress update while another connection holds the write lock, instead of waiting for it", async () => {
    const id = await run("running");
    const writer = openWorkerDb();
    const db = openWorkerDb();
    try {
      writer.exec("BEGIN IMMEDIATE");
      const t0 = Date.now();
      storeRunProgress(db, id, 0.25);
      expect(Date.now() - t0).toBeLessThan(5_000);
      writer.exec("ROLLBACK");
      expect((await prisma.pairingRun.findUnique({ where: { id } }))!.progress).toBe(0);
      storeRunProgress(db, id, 0.5);
      expect((await prisma.pairingRun.findUnique({ where: { id } }))!.progress).toBe(0.5);
      expect(db.pragma("busy_timeout", { simple: true })).toBe(60_000);
    } finally {
      writer.close();
      db.close();
    }
  });

  it("stores nothing for a run cancelled (or deleted) before its result arrives", async () => {
    const id = await run("cancelled");
    const db = openWorkerDb();
    try {
      storeRunProgress(db, id, 0.5);
      expect(storeRunResult(db, id, { full: "{}", list: "{}" }, [pairing])).toBe(false);
      expect(storeRunResult(db, "no-such-run", { full: "{}", list: "{}" }, [pairing])).toBe(false);
    } finally {
      db.close();
    }
    expect(await prisma.pairingRun.findUnique({ where: { id } })).toMatchObject({
      status: "cancelled",
      progress: 0,
      summary: null,
    });
    expect(await prisma.pairing.count({ where: { runId: id } })).toBe(0);
  });
});
