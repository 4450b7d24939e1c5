/**
 * `npm run bench exports` (issues 10 and 14): how responsive the server stays while it builds a large proposal report.
 * Builds a 300-site proposal (the largest a map selection may hold), then downloads its PDF, DOCX and XLSX while
 * polling GET /api/health every 25 ms, and times the same builders in this process for comparison (what the request
 * thread would have been blocked for if they ran on it). Needs an existing build (`npm run build`); starts the built
 * app on a temp database seeded normally.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { buildPdf } from "../app/domain/exports/pdf-export";
import { buildXlsx } from "../app/domain/exports/xlsx-export";
import { buildDocx } from "../app/domain/exports/docx-export";
import { renderMapPng } from "../app/application/report-tasks";
import type { Proposal } from "../app/domain/proposals/proposal-types";

const root = path.resolve(__dirname, "..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url}`);
}

/** Polls /api/health every 25 ms while `work` runs; worst and median latency and the work's result. */
async function underLoad<T>(base: string, work: () => Promise<T>) {
  const latencies: number[] = [];
  let done = false;
  const probe = (async () => {
    while (!done) {
      const t = performance.now();
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.arrayBuffer().then(() => r.ok),
        () => false,
      );
      latencies.push(ok ? performance.now() - t : Infinity);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  done = true;
  await probe;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    result,
    ms,
    worst: sorted.at(-1) ?? 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    probes: sorted.length,
  };
}

/** Entry point for bench/run.ts. */
export async function run() {
  if (
    !existsSync(path.join(root, ".next", "BUILD_ID")) ||
    !existsSync(path.join(root, "workers", "dist", "app-worker.mjs"))
  )
    return console.log("skipped: run `npm run build` first");
  const port = await freePort();
  const dbFile = path.join(os.tmpdir(), `atlas-bench-exports-${process.pid}.db`);
  rmSync(dbFile, { force: true });
  const server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${dbFile}`,
      ATLAS_SKIP_BUILD: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/health`, 300_000);
    // 300 sites around Yuncheng (synthetic included, so the cluster is dense): the largest selection allowed.
    const sites = (await (await fetch(`${base}/api/sites?bbox=110.2,34.6,112.0,36.0&limit=5000`)).json()) as {
      features: { properties: { id: string } }[];
    };
    const siteIds = sites.features.map((f) => f.properties.id).slice(0, 300);
    const built = await fetch(`${base}/api/proposals`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ from: "sites", siteIds, includeSynthetic: true, includeNonOperating: true }),
    });
    if (built.status !== 201) throw new Error(`building the proposal failed: ${built.status} ${await built.text()}`);
    const p = (await built.json()) as Proposal;
    console.log(
      `proposal: ${p.snapshot.sites.length} sites, ${p.snapshot.pairings.length} pairings (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
    );
    const idle = await underLoad(base, () => new Promise((r) => setTimeout(r, 2000)));
    console.log(`idle: GET /api/health worst ${idle.worst.toFixed(0)} ms, median ${idle.median.toFixed(0)} ms`);
    for (const format of ["pdf", "docx", "xlsx"]) {
      const m = await underLoad(base, async () => {
        const r = await fetch(`${base}/api/proposals/${p.id}/export?format=${format}&lang=zh`);
        return `${r.status}, ${((await r.arrayBuffer()).byteLength / 1024).toFixed(0)} kB`;
      });
      console.log(
        `GET export ${format} (worker thread): ${m.result} in ${(m.ms / 1000).toFixed(2)} s; /api/health worst ${m.worst.toFixed(0)} ms, median ${m.median.toFixed(0)} ms over ${m.probes} probes`,
      );
    }
    // The same builders on one thread: how long a request would have blocked every other one.
    const dir = path.join(root, "node_modules", "@embedpdf", "fonts-sc", "fonts");
    const fonts = {
      regular: readFileSync(path.join(dir, "NotoSansHans-Regular.otf")),
      bold: readFileSync(path.join(dir, "NotoSansHans-Bold.otf")),
    };
    const opts = { lang: "zh" as const, generatedAt: new Date().toISOString() };
    const time = async (label: string, f: () => Promise<unknown>) => {
      const t = performance.now();
      await f();
      console.log(`in-process ${label}: ${(performance.now() - t).toFixed(0)} ms of one thread`);
    };
    await time("PDF", () => buildPdf(p, { ...opts, fonts, counties: [] }));
    await time("map PNG + DOCX", async () =>
      buildDocx(p, { ...opts, map: await renderMapPng(p, { lang: "zh", fonts, counties: [] }) }),
    );
    await time("XLSX", () => buildXlsx(p, opts));
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
    for (const f of [dbFile, `${dbFile}-journal`, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  }
}
