// Pairing benchmark (issue 4): deterministic synthetic instances, producers × consumers over a Shanxi-sized
// box, 10 materials. For each size: the app's pipeline (candidates, LP build, HiGHS solve in the worker thread,
// certification, greedy preview, explanations, summary) vs raw HiGHS solving the very same LPs, each in its own
// child process so peak RSS (worker thread and WASM heap included) is measured per configuration.
// All instances are SYNTHETIC and labelled so.
import { spawnSync } from "node:child_process";
import { MATERIAL_CODES } from "../app/domain/materials";
import type { RegistrySite } from "../app/domain/registry-types";
import { effectiveParams } from "../app/domain/pairing/params";
import { runPairing } from "../app/domain/pairing/run-pairing";
import { buildInstance, materialNodes } from "../app/domain/pairing/instance";
import { buildTransportLp } from "../app/domain/pairing/transport-lp";
import { highsRuntime, inProcessHighsSolver, solveWithHighs } from "../app/domain/pairing/highs-solver";
import { mulberry32, syntheticSite, workerSolver } from "./bench-support";

const SIZES = [100, 1000, 5000];
const MATERIALS = MATERIAL_CODES.slice(0, 10);

/** n producers and n consumers (SYNTHETIC), spread over Shanxi's bounding box, material = index mod 10. */
export function syntheticSites(n: number, seed = 42): RegistrySite[] {
  const rnd = mulberry32(seed + n);
  const sites: RegistrySite[] = [];
  const base = (id: string): RegistrySite =>
    syntheticSite({
      id,
      name: `合成 ${id}`,
      nameEn: `Synthetic ${id}`,
      ownerGroup: rnd() < 0.1 ? `group-${Math.floor(rnd() * 20)}` : null,
      lng: 110.2 + rnd() * 4.4,
      lat: 34.6 + rnd() * 6.1,
      parkId: rnd() < 0.2 ? `park-${Math.floor(rnd() * 15)}` : null,
    });
  for (let i = 0; i < n; i++) {
    const s = base(`p${i}`);
    s.outputs.push({
      material: MATERIALS[i % 10],
      tonnesPerYear: Math.round(5_000 + rnd() * 500_000),
      stockpileTonnes: 0,
      estimated: false,
      coefficient: null,
    });
    sites.push(s);
  }
  for (let i = 0; i < n; i++) {
    const s = base(`c${i}`);
    const cap = Math.round(5_000 + rnd() * 400_000);
    s.intakes.push({
      material: MATERIALS[(i * 7) % 10],
      route: rnd() < 0.5 ? "cement" : "wall-materials",
      capacityTonnesPerYear: cap,
      committedTonnesPerYear: Math.round(cap * rnd() * 0.3),
    });
    sites.push(s);
  }
  return sites;
}

/** Two untimed warm-ups (WASM tier-up, heap growth), then the median of 7 timed repetitions. */
async function medianSeconds(fn: () => Promise<void>): Promise<number> {
  await fn();
  await fn();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await fn();
    times.push((performance.now() - t0) / 1000);
  }
  return times.sort((a, b) => a - b)[3];
}

interface ChildResult {
  mode: string;
  n: number;
  seconds: number;
  maxRssMb: number;
  arcs: number;
  matchedTonnes?: number;
  optimalObjective?: number;
  greedyObjective?: number;
  greedyGapPct?: number;
  greedyCostGapPct?: number;
  greedyUnplacedExtraTonnes?: number;
  certified?: boolean;
  limitWarnings?: number;
}

async function child(mode: string, n: number): Promise<ChildResult> {
  const sites = syntheticSites(n);
  const params = effectiveParams([...MATERIALS]);
  if (mode === "raw") {
    // Same LPs as the app builds; only the HiGHS calls are timed.
    const lps = MATERIALS.map((m) => {
      const { producers, consumers } = materialNodes(sites, m);
      return buildTransportLp(buildInstance(m, producers, consumers, params));
    });
    const highs = await highsRuntime();
    const seconds = await medianSeconds(async () => {
      for (const lp of lps) if (lp.numCols > 0) solveWithHighs(highs, lp);
    });
    return {
      mode,
      n,
      seconds,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      arcs: lps.reduce((s, lp) => s + lp.numCols, 0),
    };
  }
  const w = mode === "app-worker" ? workerSolver() : null;
  let out: Awaited<ReturnType<typeof runPairing>> = null;
  const seconds = await medianSeconds(async () => {
    out = await runPairing(sites, params, { solver: w ? w.solver : inProcessHighsSolver });
  });
  await w?.close();
  if (!out) throw new Error("no result");
  const result = out as NonNullable<Awaited<ReturnType<typeof runPairing>>>;
  const mats = result.summary.materials;
  const opt = mats.reduce((s, r) => s + r.objective, 0);
  const greedy = mats.reduce((s, r) => s + r.greedy.objective, 0);
  return {
    mode,
    n,
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    arcs: mats.reduce((s, r) => s + r.candidates, 0),
    matchedTonnes: result.summary.totals.matchedTonnes,
    optimalObjective: opt,
    greedyObjective: greedy,
    greedyGapPct: ((greedy - opt) / Math.abs(opt)) * 100,
    greedyCostGapPct:
      ((mats.reduce((s, r) => s + r.greedy.realCostYuan, 0) -
        mats.reduce((s, r) => s + r.greedy.optimalRealCostYuan, 0)) /
        mats.reduce((s, r) => s + r.greedy.optimalRealCostYuan, 0)) *
      100,
    greedyUnplacedExtraTonnes: mats.reduce((s, r) => s + r.greedy.unplacedExtraTonnes, 0),
    certified: mats.every((r) => r.utilisationCertified),
    limitWarnings: result.summary.limitWarnings,
  };
}

function spawnChild(mode: string, n: number): ChildResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", __filename, "--child", mode, String(n)], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith("{"));
  if (!line) throw new Error(`bench child ${mode} ${n} failed: ${r.stderr}`);
  return JSON.parse(line) as ChildResult;
}

/** Runs every size in three modes and prints the comparison table. */
export async function run(): Promise<void> {
  console.log("pairing: SYNTHETIC instances, producers × consumers, 10 materials, N = 100, default haul limits");
  console.log(
    "size        | arcs    | raw HiGHS s | app(worker) s | ratio | app(in-proc) s | peak RSS raw / app MB | greedy objective gap | greedy real-cost gap | greedy unplaced extra t | certified",
  );
  for (const n of SIZES) {
    const raw = spawnChild("raw", n);
    const app = spawnChild("app-worker", n);
    const inproc = spawnChild("app-inprocess", n);
    console.log(
      `${`${n}×${n}`.padEnd(11)} | ${String(app.arcs).padEnd(7)} | ${raw.seconds.toFixed(3).padStart(11)} | ${app.seconds.toFixed(3).padStart(13)} | ${(app.seconds / raw.seconds).toFixed(2).padStart(5)} | ${inproc.seconds.toFixed(3).padStart(14)} | ${raw.maxRssMb.toFixed(0).padStart(9)} / ${app.maxRssMb.toFixed(0).padEnd(9)} | ${app.greedyGapPct!.toFixed(2).padStart(19)}% | ${app.greedyCostGapPct!.toFixed(2).padStart(19)}% | ${app.greedyUnplacedExtraTonnes!.toFixed(0).padStart(23)} | ${app.certified}`,
    );
    if (n === 5000 && app.maxRssMb > 1024) console.log(`  !! 5000×5000 exceeded 1 GB: ${app.maxRssMb.toFixed(0)} MB`);
  }
}

if (process.argv[2] === "--child") {
  child(process.argv[3], Number(process.argv[4])).then(
    (r) => console.log(JSON.stringify(r)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
