/**
 * A whole pairing run as one worker-thread task (workers/src/app-worker.ts): read the sites in scope from the database,
 * build each material's candidates and LP, solve with HiGHS on the same thread, explain, summarise and store the result.
 * At province scale (10^4–10^5 sites) every one of these steps takes far longer than the ~50 ms a request may hold the
 * server's event loop, so none of them runs there. Free of Next and Prisma so it bundles into the worker.
 */
import { runListSummary } from "../domain/pairing/run-list-summary";
import { openWorkerDb, siteRowPages, storeRunProgress, storeRunResult, type WorkerDb } from "../data/worker-db";
import { toRegistrySite } from "../data/site-rows";
import { inProcessHighsSolver } from "../domain/pairing/highs-solver";
import { runPairing } from "../domain/pairing/run-pairing";
import { scopeFilter, type ScopePark } from "../domain/pairing/scope";
import type { PairingParams, PairingScope } from "../domain/pairing/types";
import type { RegistrySite } from "../domain/registry-types";
import { siteIncluded } from "../domain/site-inclusion";

export interface PairingRunTaskInput {
  runId: string;
  scope: PairingScope;
  /** The park of a park scope (its area), loaded by the caller. */
  park: ScopePark | null;
  params: PairingParams;
  /** Database URL; the worker's environment's DATABASE_URL when absent. */
  databaseUrl?: string;
}

export interface PairingRunTaskOutput {
  /** False when the run was cancelled or deleted before its result could be stored. */
  stored: boolean;
  sites: number;
  pairings: number;
}

/** The registry sites a run uses: in scope and included by its params, read page by page (only those are kept). */
export function runSites(db: WorkerDb, scope: PairingScope, park: ScopePark | null, params: PairingParams) {
  const inScope = scopeFilter(scope, park);
  const sites: RegistrySite[] = [];
  for (const rows of siteRowPages(db)) {
    for (const row of rows) {
      const site = toRegistrySite(row);
      if (inScope(site) && siteIncluded(site, params)) sites.push(site);
    }
  }
  return sites;
}

/** Runs and stores one pairing run (the caller has marked it running); `isCancelled` is checked between materials. */
export async function computePairingRun(
  input: PairingRunTaskInput,
  isCancelled: () => boolean = () => false,
): Promise<PairingRunTaskOutput> {
  const db = openWorkerDb(input.databaseUrl);
  try {
    const sites = runSites(db, input.scope, input.park, input.params);
    const result = await runPairing(sites, input.params, {
      solver: inProcessHighsSolver,
      isCancelled,
      onProgress: (fraction) => storeRunProgress(db, input.runId, fraction),
    });
    if (!result || isCancelled()) return { stored: false, sites: sites.length, pairings: 0 };
    const stored = storeRunResult(
      db,
      input.runId,
      { full: JSON.stringify(result.summary), list: JSON.stringify(runListSummary(result.summary)) },
      result.flows.map((f) => ({
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
        explanation: JSON.stringify(f.explanation),
      })),
    );
    return { stored, sites: sites.length, pairings: stored ? result.flows.length : 0 };
  } finally {
    db.close();
  }
}
