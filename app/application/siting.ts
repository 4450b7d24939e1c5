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

export type SitingOutcome = Result<SitingResult>;

/**
 * Solves one siting request on its own HiGHS worker thread; `signal` terminates it. Admission and queueing are the
 * caller's (app/application/solver-work.ts).
 */
export async function solveSitingRequest(params: SitingParams, signal?: AbortSignal): Promise<SitingOutcome> {
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
}
