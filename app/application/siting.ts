import "server-only";
import { loadCountySeats } from "../data/regions";
import { loadParkCentres } from "../data/parks";
import { loadRegistry } from "./registry-cache";
import { PairingSolverThread } from "./pairing-worker";
import { sitingCandidates, type CountySeat, type ParkCentre } from "../domain/siting/candidates";
import { buildSitingInstance } from "../domain/siting/instance";
import { solveSiting } from "../domain/siting/solve-siting";
import type { SitingParams, SitingResult } from "../domain/siting/types";
import { fail, ok, type Result } from "../http/app-error";

/** County seats and park centres: the non-site candidate locations. */
async function loadCandidatePlaces(): Promise<{ counties: CountySeat[]; parks: ParkCentre[] }> {
  const [regions, parks] = await Promise.all([loadCountySeats(), loadParkCentres()]);
  return {
    counties: regions.map((r) => ({
      adcode: r.adcode,
      name: r.nameZh,
      nameEn: r.nameEn ?? r.nameZh,
      seat: r.seat,
    })),
    parks: parks.map((p) => ({
      id: p.id,
      name: p.nameZh,
      nameEn: p.nameEn,
      center: [p.centerLng, p.centerLat],
      countyAdcode: p.countyAdcode,
    })),
  };
}

// Solves run one at a time (2 cores: one for HiGHS, one for requests); a few may wait, more are refused.
const MAX_WAITING = 4;
const state = globalThis as unknown as { atlasSiting?: { tail: Promise<void>; waiting: number } };
const queue = (state.atlasSiting ??= { tail: Promise.resolve(), waiting: 0 });

export type SitingOutcome = Result<SitingResult>;

/** Solves one siting request on a HiGHS worker thread (queued behind other siting solves); `signal` cancels it. */
export async function runSiting(params: SitingParams, signal?: AbortSignal): Promise<SitingOutcome> {
  if (queue.waiting >= MAX_WAITING) return fail(503, "the siting solver is busy; try again in a minute");
  queue.waiting++;
  let release!: () => void;
  const mine = new Promise<void>((r) => (release = r));
  const previous = queue.tail;
  queue.tail = previous.then(() => mine);
  try {
    await previous;
    if (signal?.aborted) return fail(499, "request cancelled");
    const [sites, places] = await Promise.all([loadRegistry(), loadCandidatePlaces()]);
    const candidates = sitingCandidates({
      ...places,
      sites,
      material: params.material,
      route: params.route,
      kinds: params.candidateKinds,
      includeSynthetic: params.includeSynthetic,
      includeNonOperating: params.includeNonOperating,
    });
    const instance = buildSitingInstance(sites, candidates, params);
    const thread = new PairingSolverThread();
    const abort = () => void thread.terminate();
    signal?.addEventListener("abort", abort);
    try {
      const result = await solveSiting(instance, params, thread.solver, new Map(sites.map((s) => [s.id, s])));
      return ok(result);
    } catch (e) {
      if (signal?.aborted) return fail(499, "request cancelled");
      return fail(500, e instanceof Error ? e.message.split("\n")[0] : String(e));
    } finally {
      signal?.removeEventListener("abort", abort);
      await thread.terminate().catch(() => undefined);
    }
  } finally {
    queue.waiting--;
    release();
  }
}
