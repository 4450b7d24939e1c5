/**
 * `npm run bench hardening` (issue 10): how responsive the server stays while hostile or heavy requests run, the peak
 * memory of a hostile XLSX, and how many password guesses per account the throttle lets through in 15 minutes.
 * Needs an existing build (`npm run build`); starts the built app on a temp database seeded normally.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { Worker } from "node:worker_threads";
import path from "node:path";
import Database from "better-sqlite3";
import { SignInThrottle } from "../app/application/sign-in-throttle";
import { freePort, waitFor } from "./bench-support";
import { hostileXlsx, importCsv } from "../e2e/fixtures/hostile-files";

const root = path.resolve(__dirname, "..");

/** Resident memory (bytes) of every process in the server's process group (worker threads are inside them). */
function groupRssBytes(pgid: number): number {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      total += Number(fields[21]) * 4096;
    } catch {
      /* exited */
    }
  }
  return total;
}

/** p50 / p95 / max of a list of latencies (ms). */
function latencyStats(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, probes: sorted.length };
}

// The prober runs on its own thread: the bench's own work on its main thread (building a 3.7 MB request body,
// reading a 20 MB answer) would otherwise delay the probes and be counted as server latency.
const PROBER = `
const { parentPort, workerData } = require("node:worker_threads");
let done = false;
const latencies = [];
parentPort.on("message", () => (done = true));
(async () => {
  while (!done) {
    const t = performance.now();
    const ok = await fetch(workerData.url)
      .catch(() => fetch(workerData.url))
      .then((r) => r.arrayBuffer().then(() => r.ok), () => false);
    latencies.push(ok ? performance.now() - t : Infinity);
    await new Promise((r) => setTimeout(r, 25));
  }
  parentPort.postMessage(latencies);
})();
`;

/**
 * Polls /api/health every 25 ms (from a thread of its own) while `work` runs; returns the latency distribution
 * (p50/p95/max), the work's answer, its duration, the peak RSS over the baseline, and the machine's 1-minute load
 * average before and after.
 */
async function underLoad<T>(base: string, pgid: number, work: () => Promise<T>) {
  let peak = 0;
  const baseline = groupRssBytes(pgid);
  const loadBefore = os.loadavg()[0];
  const prober = new Worker(PROBER, { eval: true, workerData: { url: `${base}/api/health` } });
  const probed = new Promise<number[]>((resolve) => prober.once("message", resolve));
  const sampling = setInterval(() => (peak = Math.max(peak, groupRssBytes(pgid))), 25);
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  prober.postMessage("stop");
  const latencies = await probed;
  clearInterval(sampling);
  peak = Math.max(peak, groupRssBytes(pgid));
  await prober.terminate();
  const s = latencyStats(latencies);
  return {
    result,
    ms,
    ...s,
    worst: s.max,
    median: s.p50,
    peakOverBaselineMb: (peak - baseline) / 1048576,
    baselineMb: baseline / 1048576,
    peakMb: peak / 1048576,
    load: [loadBefore, os.loadavg()[0]] as const,
  };
}

/**
 * SYNTHETIC sites written straight into the database (labelled synthetic, source "synthetic benchmark"): a
 * registry of `n` sites for the province-scale measurements, far faster than importing them. Every third site
 * produces fly ash and coal gangue, the others take them in (cement, wall materials).
 */
function insertSyntheticSites(dbFile: string, n: number): void {
  const db = new Database(dbFile);
  db.pragma("foreign_keys = OFF");
  const now = new Date().toISOString().replace("Z", "+00:00");
  const site = db.prepare(
    `INSERT INTO "Site" (id, nameZh, nameEn, industry, lng, lat, source, licence, precision, synthetic, status, outsideProvince, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, 'synthetic benchmark', 'n/a', 'estimated', 1, 'operating', 0, ?)`,
  );
  const output = db.prepare(
    `INSERT INTO "Output" (siteId, materialCode, tonnesPerYear, stockpileTonnes, estimated) VALUES (?, ?, ?, 0, 0)`,
  );
  const intake = db.prepare(
    `INSERT INTO "Intake" (siteId, materialCode, route, capacityTonnesPerYear, committedTonnesPerYear, estimated) VALUES (?, ?, ?, ?, 0, 0)`,
  );
  let seed = 12345;
  const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = `bench-${String(i).padStart(6, "0")}`;
      const producer = i % 3 === 0;
      site.run(
        id,
        `合成基准 ${i}`,
        `Synthetic bench ${i}`,
        producer ? "coal-power" : "cement",
        110.5 + rnd() * 3.5,
        35 + rnd() * 5.5,
        now,
      );
      if (producer) {
        output.run(id, "fly-ash", Math.round(5_000 + rnd() * 200_000));
        output.run(id, "coal-gangue", Math.round(5_000 + rnd() * 200_000));
      } else {
        intake.run(id, "fly-ash", i % 2 ? "cement" : "wall-materials", Math.round(5_000 + rnd() * 150_000));
        intake.run(id, "coal-gangue", "wall-materials", Math.round(5_000 + rnd() * 150_000));
      }
    }
  })();
  db.close();
}

function ring(n: number): number[][][] {
  const pts = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    const r = i % 2 ? 1 : 0.6;
    return [112 + r * Math.cos(a), 37.5 + r * Math.sin(a)];
  });
  return [[...pts, pts[0]]];
}

function guessesIn15Minutes() {
  // Virtual time: an attacker retrying as soon as allowed, from one address and from a fresh address every time.
  const simulate = (addressOf: (i: number) => string) => {
    const t = new SignInThrottle();
    let checked = 0;
    for (let now = 0, i = 0; now < 15 * 60_000; now += 100, i++) {
      const r = t.begin("admin", addressOf(i), now);
      if (r.ok) {
        checked++;
        t.finish(r.ticket, false, now);
      }
    }
    return checked;
  };
  return {
    oneAddress: simulate(() => "198.51.100.1"),
    manyAddresses: simulate((i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`),
  };
}

/** Entry point for bench/run.ts. */
export async function run() {
  const g = guessesIn15Minutes();
  console.log(
    `password guesses checked per account in 15 minutes (attacker retrying every 100 ms): one address ${g.oneAddress}, a new address every time ${g.manyAddresses} (was: unlimited in parallel)`,
  );
  if (
    !existsSync(path.join(root, ".next", "BUILD_ID")) ||
    !existsSync(path.join(root, "workers", "dist", "app-worker.mjs"))
  ) {
    return console.log("HTTP part skipped: run `npm run build` first");
  }
  const port = await freePort();
  const dbFile = path.join(os.tmpdir(), `atlas-bench-hardening-${process.pid}.db`);
  rmSync(dbFile, { force: true });
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `file:${dbFile}`,
    ATLAS_SKIP_BUILD: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/health`, 300_000);
    execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
        "scripts/create-admin.ts",
        "--username",
        "bench-editor",
        "--role",
        "editor",
      ],
      {
        cwd: root,
        env: { ...env, ATLAS_ADMIN_PASSWORD: "bench-editor-password" },
        stdio: "pipe",
      },
    );
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      body: new URLSearchParams({ username: "bench-editor", password: "bench-editor-password", next: "/" }),
      redirect: "manual",
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
    if (!cookie.startsWith("atlas-session=")) throw new Error("sign-in failed");
    const pgid = server.pid!;
    const idle = await underLoad(base, pgid, () => new Promise((r) => setTimeout(r, 2000)));
    console.log(
      `idle: GET /api/health worst ${idle.worst.toFixed(0)} ms, median ${idle.median.toFixed(0)} ms (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
    );

    const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}${url}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.200", ...headers },
        body: JSON.stringify(body),
      });
    const upload = (file: Buffer, name: string, dryRun: string) => {
      const form = new FormData();
      form.set("file", new Blob([new Uint8Array(file)]), name);
      form.set("dryRun", dryRun);
      form.set("onDuplicate", "add");
      form.set("allowOutsideProvince", "1"); // the synthetic box spills over the border in places
      return fetch(`${base}/api/import`, { method: "POST", headers: { cookie }, body: form });
    };
    const fmt = (m: Awaited<ReturnType<typeof underLoad>>) =>
      `took ${(m.ms / 1000).toFixed(2)} s; /api/health p50 ${m.p50.toFixed(0)} / p95 ${m.p95.toFixed(0)} / max ${m.max.toFixed(0)} ms over ${m.probes} probes; peak RSS +${m.peakOverBaselineMb.toFixed(0)} MB (${m.baselineMb.toFixed(0)} → ${m.peakMb.toFixed(0)} MB); load ${m.load[0].toFixed(1)}→${m.load[1].toFixed(1)}`;
    /** Sends a request and reads the answer to the end; a string "status first-90-chars". */
    const answer = async (work: () => Promise<Response>) => {
      try {
        // One retry: a keep-alive socket the server just closed makes fetch fail before sending anything.
        const r = await work().catch(async () => (await new Promise((res) => setTimeout(res, 200)), work()));
        const bytes = new Uint8Array(await r.arrayBuffer());
        const head = new TextDecoder().decode(bytes.slice(0, 300));
        const text = /json|text\/plain/.test(r.headers.get("content-type") ?? "") ? head : `${bytes.length} bytes`;
        return `${r.status} ${text.slice(0, 90).replace(/\s+/g, " ")}`;
      } catch (e) {
        // The server may answer 413 and close before a large upload is fully sent; fetch then reports a socket error.
        return `refused before the upload finished (${(e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message})`;
      }
    };
    const measure = async (label: string, work: () => Promise<Response>) => {
      const m = await underLoad(base, pgid, () => answer(work));
      console.log(`${label}: ${m.result} — ${fmt(m)}`);
      return m;
    };
    // A route's first request loads its compiled module, once per server start: that is start-up, not the heavy
    // request's work. Load the measured routes with small requests refused at once, and report that cost on its own.
    const warm = await underLoad(base, pgid, async () =>
      [
        await answer(() => post("/api/pairings", {})),
        await answer(() => upload(Buffer.from("not a registry file"), "warm-up.txt", "1")),
        await answer(() => fetch(`${base}/api/registry/export?format=none`)),
      ].join(" · "),
    );
    console.log(`first request to each measured route (module load; refused at once): ${warm.result} — ${fmt(warm)}`);
    /** Starts a pairing run and waits (polling the run list) until it has finished; "status: summary". */
    const pairingRun = async (body: unknown): Promise<string> => {
      const r = await post("/api/pairings", body, {
        "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200)}`,
      });
      const text = await r.text();
      const id = /"id":"([^"]+)"/.exec(text)?.[1];
      if (r.status !== 202 || !id) return `${r.status} ${text.slice(0, 90)}`;
      // Polled in the database itself, not through GET /api/pairings, so only the run's own work is measured.
      const db = new Database(dbFile, { readonly: true, timeout: 2_000 });
      try {
        const end = Date.now() + 20 * 60_000;
        while (Date.now() < end) {
          await new Promise((res) => setTimeout(res, 1000));
          try {
            const run = db.prepare(`SELECT status, error FROM "PairingRun" WHERE id = ?`).get(id) as
              { status: string; error: string | null } | undefined;
            if (run && !["queued", "running"].includes(run.status)) {
              const n = db.prepare(`SELECT COUNT(*) AS n FROM "Pairing" WHERE runId = ?`).get(id) as { n: number };
              return `${run.status}${run.error ? ` (${run.error})` : ""}, ${n.n} pairings`;
            }
          } catch (e) {
            // The server is writing the result (a long transaction on a loaded machine): ask again next second.
            if ((e as { code?: string }).code !== "SQLITE_BUSY") throw e;
          }
        }
      } finally {
        db.close();
      }
      return "still running after 20 min";
    };
    const measureRun = async (label: string, body: unknown) => {
      const m = await underLoad(base, pgid, () => pairingRun(body));
      console.log(`${label}: ${m.result} — ${fmt(m)}`);
      return m;
    };
    const polygonBody = (n: number) => ({
      scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: ring(n) } },
      materials: ["fly-ash"],
    });

    // 1. Hostile and heavy requests one at a time on the seeded registry (BENCH_SKIP_SEEDED=1 skips them).
    const csv = importCsv(20_000);
    if (process.env.BENCH_SKIP_SEEDED !== "1") {
      await measure("polygon scope, 100,000 vertices (3.7 MB JSON)", () => post("/api/pairings", polygonBody(100_000)));
      const limit = await measure("polygon scope, 9,999 vertices (at the limit; validated, then queued)", () =>
        post("/api/pairings", polygonBody(9_999)),
      );
      const runId = /"id":"([^"]+)"/.exec(limit.result as string)?.[1];
      if (runId)
        await fetch(`${base}/api/pairings/${runId}/cancel`, {
          method: "POST",
          headers: { "x-forwarded-for": "198.51.100.200" },
        });
      await measure(`import 20,000 rows (CSV ${(csv.length / 1048576).toFixed(1)} MB), dry run`, () =>
        upload(csv, "rows.csv", "1"),
      );
      const bomb = hostileXlsx();
      await measure(`hostile XLSX (${(bomb.length / 1048576).toFixed(1)} MB, 300,000 rows expanded)`, () =>
        upload(bomb, "bomb.xlsx", "0"),
      );
    }

    // 2. Province scale: SYNTHETIC sites written straight into the database, then a run and exports over all of them.
    const bigN = Number(process.env.BENCH_SITES ?? 100_000);
    const t0 = performance.now();
    insertSyntheticSites(dbFile, bigN);
    console.log(
      `\n${bigN.toLocaleString("en")} SYNTHETIC sites written to the database in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    // Every write through the app invalidates the server's registry cache; these bypassed it, so write one site
    // through the API too.
    const createSite = () =>
      fetch(`${base}/api/sites`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({
          name: "基准缓存",
          nameEn: "bench cache",
          industry: "cement",
          lng: 112.5,
          lat: 37.8,
          synthetic: true,
        }),
      });
    // The keep-alive socket has usually been closed by the server while the sites were written: retry once.
    const created = await createSite().catch(createSite);
    if (created.status !== 201) throw new Error(`POST /api/sites: ${created.status} ${await created.text()}`);
    const province = {
      scope: { kind: "province" },
      materials: ["fly-ash", "coal-gangue"],
      params: { includeSynthetic: true, nearestN: 20 },
      label: "bench province",
    };
    // Reads of the whole registry: the first request after a write loads it (in pages) and builds what it needs; the
    // registry table sorts it (on a worker thread above 5,000 sites) and scans it for a search (in chunks).
    const sitesLabel = `${bigN.toLocaleString("en")} + seeded sites`;
    await measure(`/registry, first view after a write (${sitesLabel}: registry read + name sort)`, () =>
      fetch(`${base}/registry`),
    );
    await measure("/registry?sort=industry (another column's sort)", () => fetch(`${base}/registry?sort=industry`));
    await measure("/registry?q=cement (search over every site)", () => fetch(`${base}/registry?q=cement`));
    await measure("/api/places?q=基准 (place search index over every site)", () =>
      fetch(`${base}/api/places?q=${encodeURIComponent("基准")}`),
    );
    await measure("nearby consumers of fly ash within 50 km of Taiyuan (spatial index over every site)", () =>
      fetch(`${base}/api/consumers/nearby?lng=112.55&lat=37.87&material=fly-ash&radiusKm=50`),
    );
    if (process.env.BENCH_SKIP_EXPORTS !== "1") {
      await measure(`registry XLSX export (${sitesLabel})`, () =>
        fetch(`${base}/api/registry/export?format=xlsx&lang=zh`),
      );
      await measure(`registry CSV export (${sitesLabel})`, () =>
        fetch(`${base}/api/registry/export?format=csv&lang=zh`),
      );
    }

    if (process.env.BENCH_SKIP_RUN !== "1")
      await measureRun(
        `province pairing run over ${bigN.toLocaleString("en")} synthetic + seeded sites (nearestN 20)`,
        province,
      );

    if (process.env.BENCH_SKIP_MIX !== "1") {
      // 3. The heavy mix: a big import (dry run), a big export, a province run and a polygon build at the same time.
      const mix = await underLoad(base, pgid, () =>
        Promise.all([
          answer(() => upload(csv, "rows.csv", "1")),
          answer(() => fetch(`${base}/api/registry/export?format=xlsx&lang=en`)),
          pairingRun({ ...province, label: "bench mix" }),
          answer(() => post("/api/pairings", polygonBody(9_999), { "x-forwarded-for": "198.51.100.77" })),
        ]),
      );
      console.log(
        `heavy mix (import dry run + XLSX export + province run + 9,999-vertex polygon, concurrently): ${fmt(mix)}`,
      );
      for (const r of mix.result) console.log(`  · ${r}`);
    }

    // 4. The real 20,000-row import (one transaction) last: it grows the registry further.
    if (process.env.BENCH_REAL_IMPORT !== "0")
      await measure("import 20,000 rows, for real (one transaction)", () => upload(csv, "rows.csv", "0"));
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
    await new Promise((r) => setTimeout(r, 800));
    rmSync(dbFile, { force: true });
    for (const f of [`${dbFile}-journal`, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  }
}
