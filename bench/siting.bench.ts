// Siting benchmark (issue 13): k = 1..10 new gangue power plants (780 kt/yr each ≈ 300 MW at the plan's
// 2,600 t/MW·a) on (a) the province's seeded gangue instance, real sites only (the default) and with synthetic
// sites, and (b) a deterministic SYNTHETIC instance with 10^4 producers. "app" is the whole pipeline (candidates,
// instance, before-LP, bounds, both MILP phases on the solver worker thread, result shaping); "raw" solves the very
// same MILPs (same columns, rows, floor) with stock HiGHS in-process (its default heuristics and restarts), models
// prebuilt, with the before plan as warm start.
// Env: BENCH_SITING_K (e.g. "1,3,10"), BENCH_SITING_TIME_LIMIT (s per phase on the 10^4 instance, default 60 = the app default),
// BENCH_SITING_ONLY (province,real,synthetic), BENCH_SITING_RAW=0 (app only).
import { seededRegistry } from "./seed-registry";
import { workerSolver } from "./bench-support";
import { NO_PARKS, syntheticGangueSites, syntheticSeats } from "./siting-instances";
import { sitingCandidates, type CountySeat, type ParkCentre } from "../app/domain/siting/candidates";
import { buildSitingInstance } from "../app/domain/siting/instance";
import { buildSitingMilp } from "../app/domain/siting/siting-milp";
import { SITING_MIP_OPTIONS, sitingSolverOptions, solveSiting } from "../app/domain/siting/solve-siting";
import { effectiveSitingParams } from "../app/domain/siting/siting-request";
import { highsRuntime, solveWithHighs } from "../app/domain/pairing/highs-solver";
import type { RegistrySite } from "../app/domain/registry-types";
import type { LpSolver } from "../app/domain/pairing/types";
import type { SitingInstance, SitingParams } from "../app/domain/siting/types";

// The before LPs are the same for every k of an instance: raw HiGHS solves them once, and each k is charged their time.
const rawBefore = new Map<string, { seconds: number; x: Float64Array }>();

/** The app's gap and time limit with HiGHS's own defaults for everything else (heuristics and restarts on). */
function stockOptions(params: SitingParams): Record<string, number | boolean> {
  const options = sitingSolverOptions(params);
  for (const key of Object.keys(SITING_MIP_OPTIONS)) delete options[key];
  return options;
}

/** Raw HiGHS on the same models: before (LP, 2 phases) and after (MILP, 2 phases); only solves are timed. */
async function raw(
  name: string,
  instance: SitingInstance,
  params: SitingParams,
): Promise<{ seconds: number; tonnes: number; gap: number }> {
  const highs = await highsRuntime();
  let seconds = 0;
  let tonnes = 0;
  let gap = 0;
  let beforeX: Float64Array | null = null;
  const cached = rawBefore.get(name);
  if (cached) {
    seconds += cached.seconds;
    beforeX = cached.x;
  }
  for (const inst of cached ? [instance] : [{ ...instance, maxPlants: 0 }, instance]) {
    const options = inst.maxPlants > 0 ? stockOptions(params) : {};
    const p1 = buildSitingMilp(inst, { kind: "tonnes" }, options);
    // The same warm start the app gives: the plan without new plants (else a time-limited MILP may hold no incumbent).
    if (beforeX && p1.integrality) {
      p1.start = new Float64Array(p1.numCols);
      p1.start.set(beforeX.subarray(0, inst.existingArcs.length));
    }
    let t0 = performance.now();
    const s1 = p1.numCols ? solveWithHighs(highs, p1) : null;
    seconds += (performance.now() - t0) / 1000;
    const max = s1 ? -s1.objective : 0;
    const p2 = buildSitingMilp(inst, { kind: "cost", minTonnes: max * (1 - 1e-9) }, options);
    t0 = performance.now();
    if (s1 && p2.integrality) p2.start = s1.colValue;
    const s2 = p2.numCols ? solveWithHighs(highs, p2) : null;
    seconds += (performance.now() - t0) / 1000;
    if (!Number.isFinite(max)) throw new Error(`raw HiGHS found no plan (${s1?.status})`);
    if (inst.maxPlants === 0) {
      beforeX = s2?.colValue ?? new Float64Array(0);
      rawBefore.set(name, { seconds, x: beforeX });
    }
    tonnes = max;
    gap = Math.max(s1?.status === "optimal" ? 0 : (s1?.mipGap ?? 0), s2?.status === "optimal" ? 0 : (s2?.mipGap ?? 0));
  }
  return { seconds, tonnes, gap };
}

async function row(
  name: string,
  sites: RegistrySite[],
  counties: CountySeat[],
  parks: ParkCentre[],
  k: number,
  includeSynthetic: boolean,
  timeLimit: number,
  solver: LpSolver,
): Promise<void> {
  const params = effectiveSitingParams({
    material: "coal-gangue",
    route: "power",
    plantCapacityTonnesPerYear: 780_000,
    maxPlants: k,
    includeSynthetic,
    params: { timeLimitSeconds: timeLimit },
  });
  const t0 = performance.now();
  const candidates = sitingCandidates({
    counties,
    parks,
    sites,
    material: params.material,
    route: params.route,
    kinds: params.candidateKinds,
    includeSynthetic,
  });
  const instance = buildSitingInstance(sites, candidates, params);
  const r = await solveSiting(instance, params, solver);
  const app = (performance.now() - t0) / 1000;
  // BENCH_SITING_RAW=0 skips raw HiGHS (on the 10^4 instance it can run for many minutes per k).
  const rw =
    process.env.BENCH_SITING_RAW === "0" ? { seconds: NaN, tonnes: NaN, gap: NaN } : await raw(name, instance, params);
  const rss = process.memoryUsage().rss / 1e6;
  console.log(
    `${name.padEnd(22)} | ${String(k).padStart(2)} | ${String(r.counts.producers).padStart(6)} | ${String(r.counts.candidates).padStart(5)} | ${String(r.counts.plantArcs + r.counts.existingArcs).padStart(7)} | ${app.toFixed(2).padStart(7)} | ${rw.seconds.toFixed(2).padStart(7)} | ${(app / rw.seconds).toFixed(2).padStart(5)} | ${(r.after.matchedTonnes / 1e6).toFixed(3).padStart(9)} | ${(r.gap * 100).toFixed(4).padStart(8)}% | ${(rw.gap * 100).toFixed(4).padStart(8)}% | ${r.status.padEnd(10)} | ${`${r.proof.tonnes}/${r.proof.cost}`.padEnd(33)} | ${rss.toFixed(0)}`,
  );
}

export async function run(): Promise<void> {
  const ks = (process.env.BENCH_SITING_K ?? "1,2,3,4,5,6,7,8,9,10").split(",").map(Number);
  const limit = Number(process.env.BENCH_SITING_TIME_LIMIT ?? 60);
  const w = workerSolver();
  console.log(
    "siting: coal gangue → new power plants of 780 kt/yr; app = whole pipeline on the worker thread; raw = same MILPs in-process",
  );
  console.log(
    "instance               |  k |  prod. | cand. |    arcs |   app s |   raw s | ratio | after Mt  |  app gap  |  raw gap  | status     | proof (tonnes/cost)               | RSS MB",
  );
  const reg = seededRegistry();
  const only = process.env.BENCH_SITING_ONLY ?? "province,real,synthetic";
  if (only.includes("province"))
    for (const k of ks)
      await row("province (incl. synth.)", reg.sites, reg.counties, reg.parks, k, true, 600, w.solver);
  if (only.includes("real"))
    for (const k of ks) await row("province (real only)", reg.sites, reg.counties, reg.parks, k, false, 600, w.solver);
  const big = syntheticGangueSites(10_000);
  if (only.includes("synthetic"))
    for (const k of ks) await row("SYNTHETIC 10^4", big, syntheticSeats(), NO_PARKS, k, true, limit, w.solver);
  await w.close();
}
