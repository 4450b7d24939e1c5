import "server-only";
/**
 * Building proposals (park-cluster snapshots): candidates from a finished run, snapshots from a run's group or park,
 * a map selection paired by the optimiser in a solver slot, or a duplicate. Storage is app/data/proposals.ts.
 */
import { loadRegistry } from "./registry-cache";
import { getPairingRun } from "./pairing-runs";
import { PairingSolverThread } from "./pairing-worker";
import type { CreatorMeta, StoredPairing } from "../data/pairing-runs";
import { getProposal, insertProposal, loadProposalCatalogue } from "../data/proposals";
import { findParkName, loadParkCentres } from "../data/parks";
import { effectiveParams } from "../domain/pairing/params";
import { runPairing } from "../domain/pairing/run-pairing";
import { MATERIALS } from "../domain/materials";
import {
  buildSnapshot,
  defaultProposalName,
  dominantCycleLevel,
  proposalParamsFrom,
} from "../domain/proposals/build-cluster";
import {
  connectedComponents,
  pairingsTouchingSites,
  pairingsWithinSites,
  siteIdsOf,
} from "../domain/proposals/components";
import { solidTonnes, solidWeight } from "../domain/proposals/quality";
import type { CreateProposalRequest } from "../domain/proposals/proposal-request";
import type { ClusterCandidate, Proposal, ProposalPairing, ProposalSnapshot } from "../domain/proposals/proposal-types";
import { includedSites, withInclusionDefaults, type SiteInclusion } from "../domain/site-inclusion";
import { isOperating } from "../domain/site-status";

import { fail, type Result } from "../http/app-error";

const toProposalPairing = (p: StoredPairing | ProposalPairing): ProposalPairing => ({
  producerId: p.producerId,
  consumerId: p.consumerId,
  material: p.material,
  route: p.route,
  tonnesPerYear: p.tonnesPerYear,
  distanceKm: p.distanceKm,
  roadKm: p.roadKm,
  costYuan: p.costYuan,
  co2Kg: p.co2Kg,
  cycleLevel: p.cycleLevel,
});

async function doneRun(runId: string): Promise<Result<NonNullable<Awaited<ReturnType<typeof getPairingRun>>>>> {
  const found = await getPairingRun(runId);
  if (!found) return fail(404, `unknown pairing run: ${runId}`);
  if (found.run.status !== "done")
    return fail(409, `pairing run ${runId} is ${found.run.status}; build clusters from a finished run`);
  return { ok: true, value: found };
}

export type { ClusterCandidate };

/** The connected groups and parks of a finished run that a cluster can be built from (largest first). */
export async function clusterCandidates(runId: string): Promise<Result<ClusterCandidate[]>> {
  const run = await doneRun(runId);
  if (!run.ok) return run;
  const pairings = run.value.pairings.map(toProposalPairing);
  const sites = await loadRegistry();
  const byId = new Map(sites.map((s) => [s.id, s]));
  const out: ClusterCandidate[] = connectedComponents(pairings, solidWeight).map((c) => {
    const top = [...c.pairings].sort((a, b) => b.tonnesPerYear - a.tonnesPerYear)[0];
    const s = byId.get(top.producerId);
    return {
      kind: "component",
      key: String(c.index),
      label: `#${c.index + 1} ${s?.name ?? top.producerId}…`,
      labelEn: `#${c.index + 1} ${s?.nameEn ?? top.producerId}…`,
      siteCount: c.siteIds.length,
      pairingCount: c.pairings.length,
      tonnesPerYear: solidTonnes(c.pairings),
    };
  });
  const parks = await loadParkCentres();
  for (const park of parks) {
    const members = sites.filter((s) => s.parkId === park.id || s.parkIds?.includes(park.id)).map((s) => s.id);
    const touching = pairingsTouchingSites(pairings, members);
    if (!touching.length) continue;
    out.push({
      kind: "park",
      key: park.id,
      label: park.nameZh,
      labelEn: park.nameEn,
      siteCount: siteIdsOf(touching).length,
      pairingCount: touching.length,
      tonnesPerYear: solidTonnes(touching),
    });
  }
  return { ok: true, value: out };
}

/** Runs solver work in a slot of the shared solver queue (given by the application layer); direct by default. */
export type SolverSlot = <T>(task: () => Promise<T>) => Promise<T>;
const direct: SolverSlot = (task) => task();

/** Pairs a map selection with the app's optimiser (HiGHS on a worker thread), all catalogue materials. */
async function pairSelection(sites: Parameters<typeof runPairing>[0], inclusion: SiteInclusion, slot: SolverSlot) {
  const params = effectiveParams(
    MATERIALS.map((m) => m.code),
    inclusion,
  );
  return slot(async () => {
    const thread = new PairingSolverThread();
    try {
      const out = await runPairing(sites, params, { solver: thread.solver });
      return { params, pairings: (out?.flows ?? []).map(toProposalPairing) };
    } finally {
      await thread.terminate().catch(() => undefined);
    }
  });
}

/** Builds a snapshot for a create request (run component, run park, map selection or duplicate). */
async function snapshotFor(
  req: CreateProposalRequest,
  slot: SolverSlot,
): Promise<Result<{ snapshot: ProposalSnapshot; runId: string | null; source?: Proposal }>> {
  const builtAt = new Date().toISOString();
  if (req.from === "duplicate") {
    const source = await getProposal(req.proposalId);
    if (!source) return fail(404, `unknown proposal: ${req.proposalId}`);
    // A duplicate keeps the original's data snapshot (not the registry as it is now) and is not the example.
    return { ok: true, value: { snapshot: { ...source.snapshot, example: false }, runId: source.runId, source } };
  }
  const [registry, { materials, coefficients }] = await Promise.all([loadRegistry(), loadProposalCatalogue()]);
  let pairings: ProposalPairing[];
  let params;
  let runId: string | null = null;
  let origin: ProposalSnapshot["origin"];
  let park: ProposalSnapshot["park"] = null;
  let extraSiteIds: string[] = [];
  if (req.from === "sites") {
    const known = new Set(registry.map((s) => s.id));
    const unknown = req.siteIds.filter((id) => !known.has(id));
    if (unknown.length) return fail(400, `unknown site ids: ${unknown.slice(0, 5).join(", ")}`);
    // With a run, the run's own pairings and inclusion apply (its params say which sites took part).
    const run = req.runId ? await doneRun(req.runId) : null;
    if (run && !run.ok) return run;
    // Proposal building is an analysis: real operating sites only unless asked (or the run used more); other picks
    // are left out.
    const inclusion = withInclusionDefaults(req, run?.ok ? withInclusionDefaults(run.value.run.params) : undefined);
    const picked = registry.filter((s) => req.siteIds.includes(s.id));
    const kept = includedSites(picked, inclusion);
    if (kept.length < 2) {
      const synthetic = picked.filter((s) => s.provenance.synthetic && !inclusion.includeSynthetic).length;
      const idle = picked.filter((s) => !isOperating(s) && !inclusion.includeNonOperating).length;
      return fail(
        400,
        `only ${kept.length} of the ${picked.length} selected sites can be used: ${synthetic} synthetic (set includeSynthetic: true to use them), ` +
          `${idle} not operating (set includeNonOperating: true to use them); a cluster needs at least 2 sites`,
      );
    }
    extraSiteIds = kept.map((s) => s.id);
    if (run?.ok) {
      runId = run.value.run.id;
      pairings = pairingsWithinSites(run.value.pairings.map(toProposalPairing), extraSiteIds);
      params = proposalParamsFrom(run.value.run.params, "pairing-run (HiGHS optimum), restricted to the selection", {
        selectionIncludeSynthetic: inclusion.includeSynthetic,
        selectionIncludeNonOperating: inclusion.includeNonOperating,
      });
    } else {
      const solved = await pairSelection(kept, inclusion, slot);
      pairings = solved.pairings;
      params = proposalParamsFrom(solved.params, "HiGHS optimum over the selected sites");
    }
    origin = { kind: "sites", siteIds: [...extraSiteIds].sort(), runId };
  } else {
    const run = await doneRun(req.runId);
    if (!run.ok) return run;
    runId = req.runId;
    const all = run.value.pairings.map(toProposalPairing);
    params = proposalParamsFrom(run.value.run.params, "pairing-run (HiGHS optimum)");
    if (req.from === "run-component") {
      const comp = connectedComponents(all, solidWeight)[req.componentIndex];
      if (!comp) return fail(404, `run ${req.runId} has no connected group ${req.componentIndex}`);
      pairings = comp.pairings;
      origin = { kind: "run-component", runId, componentIndex: req.componentIndex };
    } else {
      const row = await findParkName(req.parkId);
      if (!row) return fail(404, `unknown park: ${req.parkId}`);
      park = { id: row.id, nameZh: row.nameZh, nameEn: row.nameEn };
      pairings = pairingsTouchingSites(
        all,
        registry.filter((s) => s.parkId === row.id || s.parkIds?.includes(row.id)).map((s) => s.id),
      );
      if (!pairings.length) return fail(409, `run ${req.runId} has no pairing touching park ${req.parkId}`);
      origin = { kind: "run-park", runId, parkId: row.id };
    }
  }
  try {
    const snapshot = buildSnapshot({
      sites: registry,
      pairings,
      extraSiteIds,
      params,
      materials,
      coefficients,
      origin,
      park,
      builtAt,
    });
    return { ok: true, value: { snapshot, runId } };
  } catch (e) {
    return fail(409, `cannot build the cluster: ${(e as Error).message} (the registry changed since the run)`);
  }
}

/** Creates and saves a proposal; its snapshot keeps sites, pairings, params, materials and coefficients. */
export async function createProposal(
  req: CreateProposalRequest,
  creator: CreatorMeta,
  slot: SolverSlot = direct,
): Promise<Result<Proposal>> {
  const built = await snapshotFor(req, slot);
  if (!built.ok) return built;
  const { snapshot, runId, source } = built.value;
  // Names the app makes are stored in both languages; a typed name is shown as typed in both.
  const name = req.name ?? (source ? `${source.name}（副本）` : defaultProposalName(snapshot, "zh"));
  const nameEn =
    req.name !== undefined
      ? null
      : source
        ? source.nameEn && `${source.nameEn} (copy)`
        : defaultProposalName(snapshot, "en");
  const proposal = await insertProposal({
    name,
    nameEn,
    notes: req.notes !== undefined ? req.notes : (source?.notes ?? null),
    cycleLevel: req.cycleLevel ?? source?.cycleLevel ?? dominantCycleLevel(snapshot.pairings),
    runId,
    snapshot,
    creator,
  });
  return { ok: true, value: proposal };
}
