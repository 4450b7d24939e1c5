// Map at national scale (issue 11). `npm run bench map`.
//
// Starts the built app (`next start` via scripts/start.mjs, ATLAS_SKIP_BUILD=1: run `npx next build` first) on
// temporary databases: the seeded registry, the seed + 10^5 SYNTHETIC sites, and the seed + 10^6 (API and tiles
// only). For the first two it drives Chromium (/usr/bin/chromium, the flags of playwright.config.ts, a fresh
// profile each) and prints: first view (navigation → first site circles or clusters drawn and the map idle),
// bytes transferred (response headers + encoded bodies up to that moment, tiles included), pan-to-idle and zoom-to-idle (in the page), server
// memory (RSS of the server's process group after the page and the tiles were served), and tile latency
// p50/p95 over the tiles covering Shanxi at zooms 6–12 (first request: cut and encoded on the tile thread; again:
// cached). At 10^6 it reports the paged API (first page, a later page, bbox) and tile latencies.
import { execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { MATERIALS } from "../app/domain/materials";
import { freePort, mulberry32, spawnApp, waitFor } from "./bench-support";

const ROOT = path.resolve(__dirname, "..");
const SHANXI = { minLng: 110.4, maxLng: 114.4, minLat: 34.7, maxLat: 40.6 };
export const BROWSER_ARGS = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const ROUTES = ["cement", "wall-materials", "backfill", "concrete", "ceramsite"];

/**
 * Adds `count` synthetic sites straight into SQLite (clustered around 60 towns, like real registries: half near a
 * town, half spread out); a third produce, half absorb, some both. Labelled synthetic.
 */
export async function insertSynthetic(dbFile: string, count: number) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(dbFile);
  db.pragma("busy_timeout = 10000");
  db.pragma("journal_mode = WAL");
  const rnd = mulberry32(20261129);
  const towns = Array.from({ length: 60 }, () => [
    SHANXI.minLng + rnd() * (SHANXI.maxLng - SHANXI.minLng),
    SHANXI.minLat + rnd() * (SHANXI.maxLat - SHANXI.minLat),
  ]);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const site = db.prepare(
    `INSERT INTO Site (id, nameZh, nameEn, ownerGroup, industry, lng, lat, source, licence, precision, synthetic, outsideProvince, notes, createdAt, updatedAt)
     VALUES (?, ?, ?, NULL, 'cement', ?, ?, 'synthetic benchmark registry', 'n/a', 'estimated', 1, 0, 'synthetic benchmark site', ?, ?)`,
  );
  const output = db.prepare(
    `INSERT OR IGNORE INTO Output (siteId, materialCode, tonnesPerYear, stockpileTonnes, estimated) VALUES (?, ?, ?, 0, 1)`,
  );
  const intake = db.prepare(
    `INSERT OR IGNORE INTO Intake (siteId, materialCode, route, capacityTonnesPerYear, committedTonnesPerYear, estimated) VALUES (?, ?, ?, ?, 0, 1)`,
  );
  const insertMany = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = `bench-${String(i).padStart(7, "0")}`;
      let lng: number;
      let lat: number;
      if (rnd() < 0.5) {
        const [tl, tt] = towns[Math.floor(rnd() * towns.length)];
        lng = tl + (rnd() - 0.5) * 0.3;
        lat = tt + (rnd() - 0.5) * 0.3;
      } else {
        lng = SHANXI.minLng + rnd() * (SHANXI.maxLng - SHANXI.minLng);
        lat = SHANXI.minLat + rnd() * (SHANXI.maxLat - SHANXI.minLat);
      }
      site.run(id, `合成·基准站点 ${i}`, `Synthetic bench site ${i}`, lng, lat, now, now);
      const r = rnd();
      if (r < 0.45) output.run(id, MATERIALS[Math.floor(rnd() * 8)].code, Math.round(5_000 + rnd() * 500_000));
      if (r > 0.35)
        intake.run(
          id,
          MATERIALS[Math.floor(rnd() * 8)].code,
          ROUTES[Math.floor(rnd() * ROUTES.length)],
          Math.round(10_000 + rnd() * 500_000),
        );
    }
  });
  for (let i = 0; i < count; i += 50_000) insertMany(i, Math.min(count, i + 50_000));
  db.close();
}

interface Server {
  base: string;
  /** From spawning the server to its first health answer. */
  readyMs: number;
  server: ChildProcess;
  dbFile: string;
  stop: () => Promise<void>;
}

/** A fresh database (migrated + seeded by start.mjs) plus `extra` synthetic sites, served by `next start`. */
export async function startApp(label: string, extra: number): Promise<Server> {
  const port = await freePort();
  const dbFile = path.join(os.tmpdir(), `atlas-bench-map-${label}-${process.pid}.db`);
  for (const f of [dbFile, `${dbFile}-journal`, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  if (extra > 0) {
    // Migrate and seed first (start.mjs does both), then add the sites before the server reads the registry.
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${dbFile}` }, stdio: "ignore" },
    );
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/seed.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
      stdio: "ignore",
    });
    const t0 = performance.now();
    await insertSynthetic(dbFile, extra);
    console.log(`  [${label}] inserted ${extra} synthetic sites in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const server = spawnApp(ROOT, port, dbFile, { NODE_OPTIONS: "--max-old-space-size=6144" });
  const base = `http://127.0.0.1:${port}`;
  const spawned = performance.now();
  await waitFor(`${base}/api/health`, 300_000, server);
  return {
    base,
    readyMs: performance.now() - spawned,
    server,
    dbFile,
    stop: async () => {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      // Wait until the whole group is gone: the next server may be given the same port, and a server still shutting
      // down would answer its health check and then close the connection.
      const until = Date.now() + 15_000;
      for (;;) {
        let alive = true;
        try {
          process.kill(-server.pid!, 0);
        } catch {
          alive = false;
        }
        if (!alive) break;
        if (Date.now() > until) {
          try {
            process.kill(-server.pid!, "SIGKILL");
          } catch {
            // gone meanwhile
          }
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      for (const f of [dbFile, `${dbFile}-journal`, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
    },
  };
}

/**
 * fetch, retried once when the server closed a kept-alive connection just as it was reused (undici's "other side
 * closed" / ECONNRESET after an idle spell as long as the server's keep-alive timeout). For GETs only.
 */
export async function getWithRetry(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause;
    if (cause?.code !== "ECONNRESET" && cause?.code !== "UND_ERR_SOCKET") throw e;
    return fetch(url, init);
  }
}

/** Resident memory (MB) of every process in the server's process group (start.mjs + next start + threads). */
function groupRssMb(pgid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)]).toString();
  return (
    out
      .split("\n")
      .filter(Boolean)
      .reduce((s, l) => s + Number(l.trim()), 0) / 1024
  );
}

/** The machine's load average (1, 5, 15 min), printed beside every timing: the machine is shared. */
export function load(): string {
  return `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ")}`;
}

export function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Tiles covering Shanxi at a zoom. */
function shanxiTiles(z: number): [number, number, number][] {
  const n = 2 ** z;
  const x = (lng: number) => Math.floor(((lng + 180) / 360) * n);
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  const out: [number, number, number][] = [];
  for (let tx = x(SHANXI.minLng); tx <= x(SHANXI.maxLng); tx++)
    for (let ty = y(SHANXI.maxLat); ty <= y(SHANXI.minLat); ty++) out.push([z, tx, ty]);
  return out;
}

/** Latencies of tile requests over Shanxi at zooms 6..12 (at most 60 tiles per zoom), sequential. */
export async function tileLatencies(
  base: string,
): Promise<{ cold: number[]; warm: number[]; bytes: number[]; thread: number[]; handler: number[] }> {
  const tj = await (await fetch(`${base}/api/tiles/sites`)).json();
  const template: string = tj.tiles[0];
  const rnd = mulberry32(7);
  const tiles = [6, 7, 8, 9, 10, 11, 12].flatMap((z) => {
    const all = shanxiTiles(z);
    return all.length <= 60 ? all : Array.from({ length: 60 }, () => all[Math.floor(rnd() * all.length)]);
  });
  const cold: number[] = [];
  const warm: number[] = [];
  const bytes: number[] = [];
  const thread: number[] = [];
  // Time inside the route handler for cached tiles (Server-Timing "total"): the rest of a request's time is Next's
  // request path, the socket and the client.
  const handler: number[] = [];
  for (const round of [cold, warm]) {
    for (const [z, x, y] of tiles) {
      const t0 = performance.now();
      const res = await fetch(
        `${base}${template.replace("{z}", String(z)).replace("{x}", String(x)).replace("{y}", String(y))}`,
        { signal: AbortSignal.timeout(600_000) },
      );
      const body = await res.arrayBuffer();
      round.push(performance.now() - t0);
      if (round === cold) {
        bytes.push(body.byteLength);
        const m = /tile;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
        if (m) thread.push(Number(m[1]));
      } else {
        const m = /total;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
        if (m) handler.push(Number(m[1]));
      }
    }
  }
  return {
    cold: cold.sort((a, b) => a - b),
    warm: warm.sort((a, b) => a - b),
    bytes,
    thread: thread.sort((a, b) => a - b),
    handler: handler.sort((a, b) => a - b),
  };
}

interface ViewFigures {
  firstViewMs: number;
  transferredBytes: number;
  panMs: number;
  zoomMs: number;
  siteCount: number;
}

/** One fresh browser profile: navigation → sites drawn, then a pan and a zoom, each timed to `idle`. */
async function measureView(browser: Browser, base: string): Promise<ViewFigures> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  // Playwright also sees MapLibre's tile fetches from its web workers (a page CDP session does not).
  let transferred = 0;
  const sizes: Promise<void>[] = [];
  page.on("requestfinished", (r) => {
    sizes.push(
      r.sizes().then(
        (s) => void (transferred += s.responseBodySize + s.responseHeadersSize),
        () => undefined,
      ),
    );
  });
  const t0 = Date.now();
  await page.goto(`${base}/`, { timeout: 600_000 });
  await page.waitForFunction(
    () => {
      const m = window.__atlasMap;
      if (!m || !m.getLayer("atlas-site-circle") || !m.loaded()) return false;
      return m.queryRenderedFeatures({ layers: ["atlas-site-circle", "atlas-site-cluster"] }).length > 0;
    },
    undefined,
    { timeout: 600_000, polling: 100 },
  );
  const firstViewMs = Date.now() - t0;
  await Promise.all(sizes);
  const transferredBytes = transferred;
  const timed = (action: "pan" | "zoom") =>
    page.evaluate(
      (a) =>
        new Promise<number>((resolve) => {
          const m = window.__atlasMap!;
          const start = performance.now();
          m.once("idle", () => resolve(performance.now() - start));
          if (a === "pan") m.panBy([350, 220], { duration: 0 });
          else m.zoomTo(m.getZoom() + 1.5, { duration: 0 });
        }),
      action,
    );
  const panMs = await timed("pan");
  const zoomMs = await timed("zoom");
  const siteCount = Number(await page.getByTestId("atlas").getAttribute("data-site-count"));
  await context.close();
  return { firstViewMs, transferredBytes, panMs, zoomMs, siteCount };
}

const mb = (b: number) => (b / 1e6).toFixed(2);

async function browserRun(browser: Browser, label: string, extra: number) {
  const app = await startApp(label, extra);
  try {
    const rssBefore = groupRssMb(app.server.pid!);
    // First visit: includes the server's registry load and tile-index build (the first after a start).
    const first = await measureView(browser, app.base);
    const second = await measureView(browser, app.base);
    const tiles = await tileLatencies(app.base);
    const rss = groupRssMb(app.server.pid!);
    const f = (v: ViewFigures) =>
      `first view ${(v.firstViewMs / 1000).toFixed(2)} s, ${mb(v.transferredBytes)} MB transferred, pan-to-idle ${v.panMs.toFixed(0)} ms, zoom-to-idle ${v.zoomMs.toFixed(0)} ms`;
    console.log(`[${label}] ${second.siteCount} sites (${load()})`);
    console.log(`  cold server (first page after start): ${f(first)}`);
    console.log(`  warm server:                           ${f(second)}`);
    console.log(
      `  tiles z6–12 (${tiles.cold.length}, ${load()}): first request p50 ${pct(tiles.cold, 0.5).toFixed(1)} ms p95 ${pct(tiles.cold, 0.95).toFixed(1)} ms; cached p50 ${pct(tiles.warm, 0.5).toFixed(1)} ms p95 ${pct(tiles.warm, 0.95).toFixed(1)} ms; largest tile ${(Math.max(...tiles.bytes) / 1024).toFixed(0)} kB; on the tile thread (cut + encode) p50 ${pct(tiles.thread, 0.5).toFixed(1)} ms p95 ${pct(tiles.thread, 0.95).toFixed(1)} ms; cached, inside the handler p50 ${pct(tiles.handler, 0.5).toFixed(2)} ms p95 ${pct(tiles.handler, 0.95).toFixed(2)} ms`,
    );
    console.log(`  server RSS: ${rssBefore.toFixed(0)} MB at start → ${rss.toFixed(0)} MB after serving (${load()})`);
    return { first, second, tiles, rss };
  } finally {
    await app.stop();
  }
}

async function apiRun(extra: number) {
  const app = await startApp("1e6", extra);
  try {
    const timed = async (url: string) => {
      const t0 = performance.now();
      const res = await fetch(`${app.base}${url}`, { signal: AbortSignal.timeout(600_000) });
      const text = await res.text();
      return { ms: performance.now() - t0, status: res.status, bytes: text.length, body: text };
    };
    const step = async (label: string, fn: () => Promise<void>) => {
      const t0 = performance.now();
      try {
        await fn();
      } catch (e) {
        console.log(
          `[1e6] ${label}: no answer after ${((performance.now() - t0) / 1000).toFixed(0)} s (${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)})`,
        );
      }
    };
    await step("paged API", async () => {
      const first = await timed("/api/sites?limit=1000");
      const page1 = JSON.parse(first.body);
      console.log(
        `[1e6] GET /api/sites?limit=1000 (first request): ${first.status}, ${first.ms.toFixed(0)} ms, ${mb(first.bytes)} MB, numberMatched ${page1.numberMatched}`,
      );
      const nextUrl = new URL(page1.links[0].href);
      const later = await timed(`${nextUrl.pathname}${nextUrl.search}`);
      console.log(`[1e6] next page: ${later.status}, ${later.ms.toFixed(0)} ms`);
      const dflt = await timed("/api/sites");
      console.log(
        `[1e6] GET /api/sites (default page ${JSON.parse(dflt.body).numberReturned}): ${dflt.status}, ${dflt.ms.toFixed(0)} ms, ${mb(dflt.bytes)} MB`,
      );
      const bbox = await timed("/api/sites?bbox=112.4,37.7,112.7,37.95&limit=500");
      console.log(
        `[1e6] bbox around Taiyuan, limit 500: ${bbox.status}, ${bbox.ms.toFixed(0)} ms, numberMatched ${JSON.parse(bbox.body).numberMatched}`,
      );
      const mat = await timed("/api/sites?material=red-mud&role=producer&limit=100");
      console.log(
        `[1e6] material=red-mud&role=producer, limit 100: ${mat.status}, ${mat.ms.toFixed(0)} ms, numberMatched ${JSON.parse(mat.body).numberMatched}`,
      );
    });
    await step("tiles", async () => {
      // The tile thread starts reading the registry from SQLite as the server starts (instrumentation.ts); the
      // first tile waits for that index.
      const t0 = performance.now();
      const tjRes = await fetch(`${app.base}/api/tiles/sites`, { signal: AbortSignal.timeout(600_000) });
      const tj = await tjRes.json();
      const template: string = tj.tiles[0];
      const first = await timed(template.replace("{z}", "7").replace("{x}", "104").replace("{y}", "49"));
      console.log(
        `[1e6] first tile ${first.status} after ${((performance.now() - t0) / 1000).toFixed(1)} s from server ready (${app.readyMs.toFixed(0)} ms start); index: ${tj.siteCount} sites, ${tj.facets.length} facets, tile thread ${tjRes.headers.get("server-timing")}; server RSS ${groupRssMb(app.server.pid!).toFixed(0)} MB (${load()})`,
      );
      const tiles = await tileLatencies(app.base);
      console.log(
        `[1e6] tiles z6–12 (${tiles.cold.length}, ${load()}): first request p50 ${pct(tiles.cold, 0.5).toFixed(1)} ms p95 ${pct(tiles.cold, 0.95).toFixed(1)} ms; cached p50 ${pct(tiles.warm, 0.5).toFixed(1)} ms p95 ${pct(tiles.warm, 0.95).toFixed(1)} ms; tile thread p50 ${pct(tiles.thread, 0.5).toFixed(1)} ms p95 ${pct(tiles.thread, 0.95).toFixed(1)} ms; cached, inside the handler p50 ${pct(tiles.handler, 0.5).toFixed(2)} ms p95 ${pct(tiles.handler, 0.95).toFixed(2)} ms; largest tile ${(Math.max(...tiles.bytes) / 1024).toFixed(0)} kB`,
      );
    });
    console.log(`[1e6] server RSS ${groupRssMb(app.server.pid!).toFixed(0)} MB`);
  } finally {
    await app.stop();
  }
}

/** Entry point for bench/run.ts. */
export async function run() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")))
    return console.log("skipped: no build (run `npx next build` first)");
  if (process.env.BENCH_MAP_VIEWS === "0") console.log("seeded and +10^5 views: skipped (BENCH_MAP_VIEWS=0)");
  else await viewRuns();
  if (process.env.BENCH_MAP_1E6 === "0") return console.log("10^6: skipped (BENCH_MAP_1E6=0)");
  await apiRun(1_000_000);
}

async function viewRuns() {
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  try {
    const seeded = await browserRun(browser, "seeded", 0);
    const big = await browserRun(browser, "seed+1e5", 100_000);
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log("targets (warm server, seeded vs +10^5):");
    console.log(
      `  first view ${ratio(big.second.firstViewMs, seeded.second.firstViewMs)}× (≤ 1.5×; cold server ${ratio(big.first.firstViewMs, seeded.first.firstViewMs)}×)`,
    );
    console.log(`  transferred +${mb(big.second.transferredBytes - seeded.second.transferredBytes)} MB (≤ 1 MB)`);
    console.log(
      `  pan-to-idle ${ratio(big.second.panMs, seeded.second.panMs)}× (≤ 1.5×), zoom-to-idle ${ratio(big.second.zoomMs, seeded.second.zoomMs)}×`,
    );
    console.log(
      `  tile p95 (first request) ${pct(big.tiles.cold, 0.95).toFixed(1)} ms, cached ${pct(big.tiles.warm, 0.95).toFixed(1)} ms (≤ 50 ms; ${load()})`,
    );
    console.log(`  server memory growth ${(big.rss - seeded.rss).toFixed(0)} MB (≤ 300 MB)`);
  } finally {
    await browser.close();
  }
}
