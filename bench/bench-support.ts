// Set-up shared by the benchmarks: the solver worker thread, a deterministic PRNG, a synthetic registry site, and
// starting a server on a free port. Benchmarks only; the app never imports this.
import { Worker } from "node:worker_threads";
import { createServer } from "node:net";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import type { RegistrySite } from "../app/domain/registry-types";
import type { LpSolution, LpSolver, TransportLp } from "../app/domain/pairing/types";

/** mulberry32, the seed's PRNG: every run of a benchmark sees the same data. */
export { mulberry32 } from "../prisma/seed/synthetic-sites";

/**
 * A solver that posts LPs to the app's worker file (same protocol as app/application/pairing-worker.ts);
 * `solves` counts the LPs posted.
 */
export function workerSolver(): { solver: LpSolver; close: () => Promise<number>; solves: () => number } {
  const worker = new Worker(path.join(__dirname, "..", "workers", "highs-solve-worker.mjs"));
  let id = 0;
  const pending = new Map<number, (s: LpSolution) => void>();
  worker.on("message", (m: { id: number; result: LpSolution }) => {
    pending.get(m.id)?.(m.result);
    pending.delete(m.id);
  });
  return {
    solver: (lp: TransportLp) =>
      new Promise((resolve) => {
        pending.set(++id, resolve);
        worker.postMessage({ id, lp });
      }),
    close: () => worker.terminate(),
    solves: () => id,
  };
}

/** A SYNTHETIC, operating registry site with no flows (labelled synthetic); `fields` sets the rest. */
export function syntheticSite(
  fields: Pick<RegistrySite, "id" | "name" | "nameEn" | "lng" | "lat"> & Partial<RegistrySite>,
  source = "synthetic benchmark",
): RegistrySite {
  return {
    ownerGroup: null,
    industry: "synthetic",
    countyAdcode: null,
    cityAdcode: null,
    parkId: null,
    capacityMw: null,
    outsideProvince: false,
    status: "operating",
    provenance: { source, licence: "n/a", precision: "estimated", synthetic: true, sourceRef: null },
    outputs: [],
    intakes: [],
    ...fields,
  };
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `url` every 0.5 s until it answers 2xx; fails after `timeoutMs` or when `server` exits. */
export async function waitFor(url: string, timeoutMs: number, server?: ChildProcess): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server && server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Starts the built app (`scripts/start.mjs`, no build) on `port` over the database `dbFile`, in its own process group
 * (so the caller can measure and kill the whole group); `env` adds to or overrides the environment.
 */
export function spawnApp(root: string, port: number, dbFile: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${dbFile}`,
      ATLAS_SKIP_BUILD: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}
