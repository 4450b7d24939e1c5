/**
 * `npm run bench hardening` (issue 10): how responsive the server stays while hostile or heavy requests run, the peak
 * memory of a hostile XLSX, and how many password guesses per account the throttle lets through in 15 minutes.
 * Needs an existing build (`npm run build`); starts the built app on a temp database seeded normally.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
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

/** Polls /api/health every 25 ms while `work` runs; returns the worst and median latency, the work's answer and peak RSS. */
async function underLoad<T>(base: string, pgid: number, work: () => Promise<T>) {
  const latencies: number[] = [];
  let done = false;
  let peak = 0;
  const baseline = groupRssBytes(pgid);
  const probe = (async () => {
    while (!done) {
      const t = performance.now();
      const ok = await fetch(`${base}/api/health`)
        .catch(() => fetch(`${base}/api/health`))
        .then(
          (r) => r.arrayBuffer().then(() => r.ok),
          () => false,
        );
      latencies.push(ok ? performance.now() - t : Infinity);
      peak = Math.max(peak, groupRssBytes(pgid));
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
    worst: sorted[sorted.length - 1] ?? 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    probes: sorted.length,
    peakOverBaselineMb: (peak - baseline) / 1048576,
  };
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
    const rows: [string, string, Awaited<ReturnType<typeof underLoad>>][] = [];
    const measure = async (label: string, work: () => Promise<Response>) => {
      const m = await underLoad(base, pgid, async () => {
        try {
          // One retry: a keep-alive socket the server just closed makes fetch fail before sending anything.
          const r = await work().catch(async () => (await new Promise((res) => setTimeout(res, 200)), work()));
          const text = await r.text();
          return `${r.status} ${text.slice(0, 90).replace(/\s+/g, " ")}`;
        } catch (e) {
          // The server may answer 413 and close before a large upload is fully sent; fetch then reports a socket error.
          return `refused before the upload finished (${(e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message})`;
        }
      });
      rows.push([label, m.result as string, m]);
      console.log(
        `${label}: ${m.result} — took ${(m.ms / 1000).toFixed(2)} s; /api/health worst ${m.worst.toFixed(0)} ms, median ${m.median.toFixed(0)} ms over ${m.probes} probes; peak RSS +${m.peakOverBaselineMb.toFixed(0)} MB`,
      );
      return m;
    };
    await measure("polygon scope, 100,000 vertices (3 MB JSON)", () =>
      post("/api/pairings", {
        scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: ring(100_000) } },
        materials: ["fly-ash"],
      }),
    );
    const limit = await measure("polygon scope, 9,999 vertices (at the limit; validated, then queued)", () =>
      post("/api/pairings", {
        scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: ring(9_999) } },
        materials: ["fly-ash"],
      }),
    );
    const runId = /"id":"([^"]+)"/.exec(limit.result as string)?.[1];
    if (runId)
      await fetch(`${base}/api/pairings/${runId}/cancel`, {
        method: "POST",
        headers: { "x-forwarded-for": "198.51.100.200" },
      });
    const csv = importCsv(20_000);
    await measure(`import 20,000 rows (CSV ${(csv.length / 1048576).toFixed(1)} MB), dry run`, () =>
      upload(csv, "rows.csv", "1"),
    );
    await measure("import 20,000 rows, for real (one transaction)", () => upload(csv, "rows.csv", "0"));
    const bomb = hostileXlsx();
    await measure(`hostile XLSX (${(bomb.length / 1048576).toFixed(1)} MB, 300,000 rows expanded)`, () =>
      upload(bomb, "bomb.xlsx", "0"),
    );
    await measure("registry XLSX export (seed + 20,000 imported sites)", () =>
      fetch(`${base}/api/registry/export?format=xlsx&lang=zh`),
    );
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
    await new Promise((r) => setTimeout(r, 800));
    rmSync(dbFile, { force: true });
    rmSync(`${dbFile}-journal`, { force: true });
  }
}
