// Pairing runs (read, solved by HiGHS and stored on a worker thread) and the proposals built from them, on the fixture database.
import { runListSummary } from "../domain/pairing/run-list-summary";
import { beforeAll, describe, expect, it } from "vitest";
import { seedFixtures, PARK_ID, SITES } from "../data/testing/fixtures";
import {
  cancelPairingRun,
  createPairingRun,
  deletePairingRun,
  executePairingRun,
  getPairingRun,
  listPairingRuns,
} from "./pairing-runs";
import { loadScopeOptions, type CreatorMeta } from "../data/pairing-runs";
import { recordOwner } from "../data/owned-records";
import { clusterCandidates, createProposal } from "./proposals";
import { deleteProposal, getProposal, listProposals, updateProposal } from "../data/proposals";
import { parsePairingRequest } from "../domain/pairing/request-schema";
// The app's own runner: each run is computed and stored on a worker thread (workers/dist/app-worker.mjs, built by the
// integration setup app/data/testing/build-workers.ts).
import { runPairingOffThread as onWorker } from "../application/pairing-run-thread";
import { canManage, type Actor } from "../http/guard";
import type { Result } from "../http/app-error";
import { prisma } from "../data/db";
import { chertow32 } from "../domain/proposals/quality";

const pairingRequest = (body: unknown) => {
  const r = parsePairingRequest(body);
  if (!r.ok) throw r.error;
  return r.value;
};

let runId = "";

// Two anonymous creators (creator-token hashes) and an actor for each, to check who may manage what.
const ALICE: CreatorMeta = { ownerUserId: null, ownerTokenHash: "a".repeat(64), clientKey: "addr:10.0.0.1" };
const BOB: CreatorMeta = { ownerUserId: null, ownerTokenHash: "b".repeat(64), clientKey: "addr:10.0.0.2" };
const actorOf = (c: CreatorMeta): Actor => ({
  user: null,
  ownerTokenHash: c.ownerTokenHash,
  clientKey: c.clientKey,
  label: `anonymous:${c.ownerTokenHash!.slice(0, 8)}`,
});

/** A refused Result as plain fields, to compare with toEqual. */
const refusal = <T>(r: Result<T>) => (r.ok ? r : { ok: false, status: r.error.status, error: r.error.message });

/** Stores a run for `creator` and solves it here (the app hands it to the solver queue). */
async function startRun(body: unknown, creator: CreatorMeta = ALICE) {
  const created = await createPairingRun(pairingRequest(body), creator);
  if (created.ok) await executePairingRun(created.value, onWorker);
  return created;
}

async function finished(id: string) {
  for (let i = 0; i < 600; i++) {
    const found = await getPairingRun(id);
    if (found && !["queued", "running"].includes(found.run.status)) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`run ${id} did not finish`);
}

beforeAll(async () => {
  await seedFixtures();
  // Red mud with a 100 km haul so the Yanhu brickworks (~62 km, synthetic, so asked for) is in range; fly ash at 150 km.
  const req = pairingRequest({
    scope: { kind: "province" },
    materials: ["red-mud", "fly-ash"],
    params: { maxHaulKm: { "red-mud": 100 }, includeSynthetic: true },
    label: "fixture run",
  });
  const created = await createPairingRun(req, ALICE);
  if (!created.ok) throw created.error;
  runId = created.value;
  await executePairingRun(runId, onWorker);
  await finished(runId);
});

describe("pairing runs", () => {
  it("stores the optimum: every tonne of red mud placed, the cheap enterprise consumer filled first", async () => {
    const { run, pairings } = (await getPairingRun(runId))!;
    expect(run).toMatchObject({
      status: "done",
      label: "fixture run",
      scope: { kind: "province" },
      materials: ["red-mud", "fly-ash"],
      error: null,
    });
    expect(run.params).toMatchObject({ circuity: 1.3, maxHaulKm: { "red-mud": 100, "fly-ash": 150 } });
    expect(run.progress).toMatchObject({ fraction: 1, materialsDone: 2, materialsTotal: 2 });
    const flows = pairings.map((p) => [p.producerId, p.consumerId, p.material, Math.round(p.tonnesPerYear)]).sort();
    expect(flows).toEqual([
      [SITES.power, SITES.near, "fly-ash", 50_000],
      [SITES.producer, SITES.far, "red-mud", 40_000],
      [SITES.producer, SITES.near, "red-mud", 60_000],
    ]);
    const near = pairings.find((p) => p.consumerId === SITES.near && p.material === "red-mud")!;
    expect(near.cycleLevel).toBe("enterprise");
    expect(near.explanation!.alternative).toMatchObject({ consumerId: SITES.far });
    expect(run.summary!.synthetic).toBe(true); // the brickworks is synthetic
    // The list carries the light summary stored beside the full one: the same figures, no site lists.
    const listed = (await listPairingRuns()).find((r) => r.id === runId)!;
    const full = run.summary!;
    expect(listed.summary).toEqual(runListSummary(full));
    expect(listed.summary).not.toHaveProperty("involvedSites");
    expect(Object.keys(full.involvedSites)).toContain(SITES.near);
    expect(listed.summary!.totals).toEqual(full.totals);
    expect(listed.summary!.materials.map((m) => [m.material, m.matchedTonnes])).toEqual(
      full.materials.map((m) => [m.material, m.matchedTonnes]),
    );
    expect(listed.summary!.materials[0]).not.toHaveProperty("unmatched");
  });

  it("refuses an unknown scope, cancelling a finished or unknown run, and deletes a run with its pairings", async () => {
    const unknown = await startRun({ scope: { kind: "county", adcode: "149999" }, materials: ["red-mud"] });
    expect(refusal(unknown)).toEqual({ ok: false, status: 404, error: "unknown county adcode: 149999" });
    expect(refusal(await cancelPairingRun(runId, "tester"))).toEqual({
      ok: false,
      status: 409,
      error: "run is already done",
    });
    expect(refusal(await cancelPairingRun("nope", "tester"))).toMatchObject({ ok: false, status: 404 });

    const scoped = await startRun({ scope: { kind: "park", id: PARK_ID }, materials: ["red-mud"] }, BOB);
    if (!scoped.ok) throw scoped.error;
    // Its creator may manage it, another anonymous creator may not.
    const owner = (await recordOwner("pairingRun", scoped.value))!;
    expect(owner).toEqual({ ownerUserId: null, ownerTokenHash: BOB.ownerTokenHash });
    expect(canManage(actorOf(BOB), owner)).toBe(true);
    expect(canManage(actorOf(ALICE), owner)).toBe(false);
    const done = await finished(scoped.value);
    expect(done.run.scope).toMatchObject({ kind: "park", name: "河津测试园区" });
    // The park circle (8 km) holds the producer and the cement plant 5 km away, not the brickworks.
    expect(done.pairings.map((p) => [p.consumerId, Math.round(p.tonnesPerYear)])).toEqual([[SITES.near, 60_000]]);
    expect(await deletePairingRun(scoped.value, "tester")).toBe(true);
    expect(await getPairingRun(scoped.value)).toBeNull();
    expect(await deletePairingRun(scoped.value, "tester")).toBe(false);
  });

  it("lists the scopes a run can take", async () => {
    const options = await loadScopeOptions();
    expect(options.cities.map((c) => c.id)).toEqual(["140800"]);
    expect(options.counties.map((c) => c.id).sort()).toEqual(["140802", "140882"]);
    expect(options.parks.map((p) => p.id)).toEqual([PARK_ID]);
  });
});

describe("proposals", () => {
  it("offers the run's connected group and park as candidates", async () => {
    const r = await clusterCandidates(runId);
    if (!r.ok) throw r.error;
    expect(r.value).toEqual([
      expect.objectContaining({ kind: "component", key: "0", siteCount: 4, pairingCount: 3, tonnesPerYear: 150_000 }),
      expect.objectContaining({ kind: "park", key: PARK_ID, siteCount: 3, pairingCount: 2, tonnesPerYear: 100_000 }),
    ]);
    expect(refusal(await clusterCandidates("nope"))).toMatchObject({ ok: false, status: 404 });
  });

  it("builds from a run component and a park, snapshotting sites, params and catalogues", async () => {
    const comp = await createProposal({ from: "run-component", runId, componentIndex: 0 }, ALICE);
    if (!comp.ok) throw comp.error;
    const snap = comp.value.snapshot;
    expect(snap.sites.map((s) => s.id).sort()).toEqual([SITES.near, SITES.far, SITES.power, SITES.producer].sort());
    expect(snap.pairings).toHaveLength(3);
    expect(snap.synthetic).toBe(true);
    expect(snap.params).toMatchObject({ circuity: 1.3 });
    expect(snap.materials.map((m) => m.code).sort()).toEqual(["fly-ash", "red-mud"]);
    // Dominant level by tonnes: region 90 kt (brickworks 40 kt + fly ash 50 kt) over enterprise 60 kt.
    expect(comp.value).toMatchObject({ runId, cycleLevel: "region" });

    const park = await createProposal({ from: "run-park", runId, parkId: PARK_ID, name: "园区方案" }, ALICE);
    if (!park.ok) throw park.error;
    expect(park.value.snapshot.park).toEqual({ id: PARK_ID, nameZh: "河津测试园区", nameEn: "Hejin fixture park" });
    expect(park.value.name).toBe("园区方案");
    // A typed name is kept as typed (no English twin); a name the app makes is stored in both languages.
    expect(park.value.nameEn).toBeNull();
    expect(comp.value.name).toMatch(/共生集群/);
    expect(comp.value.nameEn).toMatch(/symbiosis cluster \(4 sites\)$/);
    const compCopy = await createProposal({ from: "duplicate", proposalId: comp.value.id }, ALICE);
    if (!compCopy.ok) throw compCopy.error;
    expect(compCopy.value.nameEn).toBe(`${comp.value.nameEn} (copy)`);
    const renamed = (await updateProposal(compCopy.value.id, { name: "改名方案" }, "tester"))!;
    expect(renamed).toMatchObject({ name: "改名方案", nameEn: null });
    const notesOnly = (await updateProposal(comp.value.id, { notes: "备注" }, "tester"))!;
    expect(notesOnly.nameEn).toBe(comp.value.nameEn);
    expect(refusal(await createProposal({ from: "run-component", runId, componentIndex: 5 }, ALICE))).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it("builds from a map selection by solving it, and refuses unknown site ids", async () => {
    const sel = await createProposal({ from: "sites", siteIds: [SITES.producer, SITES.near] }, ALICE);
    if (!sel.ok) throw sel.error;
    expect(sel.value.runId).toBeNull();
    expect(sel.value.snapshot.pairings.map((p) => [p.consumerId, p.material, Math.round(p.tonnesPerYear)])).toEqual([
      [SITES.near, "red-mud", 60_000],
    ]);
    expect(refusal(await createProposal({ from: "sites", siteIds: [SITES.producer, "ghost"] }, ALICE))).toEqual({
      ok: false,
      status: 400,
      error: "unknown site ids: ghost",
    });
  });

  it("duplicates, updates, lists and deletes", async () => {
    const base = await createProposal(
      { from: "run-component", runId, componentIndex: 0, name: "原方案", notes: "n" },
      ALICE,
    );
    if (!base.ok) throw base.error;
    const copy = await createProposal({ from: "duplicate", proposalId: base.value.id }, BOB);
    if (!copy.ok) throw copy.error;
    expect(copy.value).toMatchObject({ name: "原方案（副本）", notes: "n", runId });
    expect(copy.value.snapshot.pairings).toEqual(base.value.snapshot.pairings);
    // The copy belongs to whoever duplicated it, not to the original's creator.
    const copyOwner = (await recordOwner("proposal", copy.value.id))!;
    expect(copyOwner).toEqual({ ownerUserId: null, ownerTokenHash: BOB.ownerTokenHash });
    expect(canManage(actorOf(BOB), copyOwner)).toBe(true);
    expect(canManage(actorOf(ALICE), copyOwner)).toBe(false);
    expect(await recordOwner("proposal", "nope")).toBeNull();

    const updated = (await updateProposal(copy.value.id, { name: "改名", cycleLevel: "park", notes: null }, "tester"))!;
    expect(updated).toMatchObject({ name: "改名", cycleLevel: "park", notes: null });
    expect(await updateProposal("nope", { name: "x" }, "tester")).toBeNull();

    const list = await listProposals();
    expect(list.find((p) => p.id === copy.value.id)).toMatchObject({
      name: "改名",
      siteCount: 4,
      pairingCount: 3,
      tonnesPerYear: 150_000,
      synthetic: true,
      example: false,
    });
    expect(await deleteProposal(copy.value.id, "tester")).toBe(true);
    expect(await getProposal(copy.value.id)).toBeNull();
    expect(await deleteProposal(copy.value.id, "tester")).toBe(false);
  });

  it("lists from the summary columns, filling them once for rows stored before they existed", async () => {
    const built = await createProposal({ from: "run-component", runId, componentIndex: 0, name: "旧行" }, ALICE);
    if (!built.ok) throw built.error;
    const id = built.value.id;
    const fresh = (await listProposals()).find((p) => p.id === id)!;
    expect(fresh).toMatchObject({
      siteCount: 4,
      pairingCount: 3,
      tonnesPerYear: 150_000,
      passesChertow: chertow32(built.value.snapshot.sites, built.value.snapshot.pairings).pass,
    });
    // An old row: no figures stored, and an edit time that filling them must keep.
    const editedAt = new Date("2026-01-02T03:04:05.000Z");
    const blank = { siteCount: null, pairingCount: null, tonnesPerYear: null, synthetic: null, example: null };
    await prisma.proposal.update({ where: { id }, data: { ...blank, passesChertow: null, updatedAt: editedAt } });
    expect((await listProposals()).find((p) => p.id === id)).toEqual({ ...fresh, updatedAt: editedAt.toISOString() });
    const stored = await prisma.proposal.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ siteCount: 4, pairingCount: 3, tonnesPerYear: 150_000, synthetic: true });
    expect(stored.updatedAt.toISOString()).toBe(editedAt.toISOString());
    // A corrupt snapshot is reported, not listed with made-up figures.
    await prisma.proposal.update({ where: { id }, data: { ...blank, passesChertow: null, snapshot: "{}" } });
    await expect(listProposals()).rejects.toThrow(/Proposal.snapshot/);
    await deleteProposal(id, "tester");
  });
});
