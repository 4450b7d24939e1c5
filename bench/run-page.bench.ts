// A pairing run page with 10^4 flows (issue 11). `npm run bench run-page`.
//
// Starts the built app (run `npx next build` first) on the seeded registry, solves a province run over every
// material (synthetic and non-operating sites included, so it has the most flows the seed allows), then adds
// SYNTHETIC pairings to that run straight in SQLite (copies of its own pairings between random producer/consumer
// pairs of the run's sites, with their explanations) until it holds `BENCH_RUN_FLOWS` (default 10,000). Chromium
// (fresh profile) then opens the run page and the script prints: page bytes (HTML as served, and everything
// transferred), navigation → table rows shown, → flows drawn on an idle map, a table sort, a row click until its
// flow is highlighted, and a scroll to the end of the table, beside the machine's load average.
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { BROWSER_ARGS, getWithRetry, load, startApp } from "./map.bench";
import { MATERIALS } from "../app/domain/materials";

const ROOT = path.resolve(__dirname, "..");
const FLOWS = Number(process.env.BENCH_RUN_FLOWS ?? 10_000);
const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;

/** mulberry32: deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function inflate(dbFile: string, runId: string, target: number): Promise<number> {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(dbFile);
  db.pragma("busy_timeout = 10000");
  type Row = Record<string, string | number | null>;
  const rows = db.prepare("SELECT * FROM Pairing WHERE runId = ?").all(runId) as Row[];
  if (rows.length === 0) throw new Error("the run found no pairings to copy");
  const producers = [...new Set(rows.map((r) => String(r.producerId)))];
  const consumers = [...new Set(rows.map((r) => String(r.consumerId)))];
  const insert = db.prepare(
    `INSERT INTO Pairing (runId, producerId, consumerId, material, route, tonnesPerYear, distanceKm, roadKm, costYuan, co2Kg, cycleLevel, explanation)
     VALUES (@runId, @producerId, @consumerId, @material, @route, @tonnesPerYear, @distanceKm, @roadKm, @costYuan, @co2Kg, @cycleLevel, @explanation)`,
  );
  const rnd = prng(11);
  db.transaction(() => {
    for (let i = rows.length; i < target; i++) {
      const base = rows[i % rows.length];
      insert.run({
        ...base,
        producerId: producers[Math.floor(rnd() * producers.length)],
        consumerId: consumers[Math.floor(rnd() * consumers.length)],
        tonnesPerYear: Math.round(1000 + rnd() * 200_000),
      });
    }
  })();
  const n = (db.prepare("SELECT COUNT(*) AS n FROM Pairing WHERE runId = ?").get(runId) as { n: number }).n;
  db.close();
  return n;
}

/** Entry point for bench/run.ts. */
export async function run() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")))
    return console.log("skipped: no build (run `npx next build` first)");
  const app = await startApp("run-page", 0);
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  try {
    const res = await fetch(`${app.base}/api/pairings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        scope: { kind: "province" },
        materials: MATERIALS.map((m) => m.code),
        params: { includeSynthetic: true, includeNonOperating: true },
        label: "bench run page",
      }),
    });
    if (res.status !== 202) throw new Error(`POST /api/pairings: ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    for (;;) {
      const r = (await (await getWithRetry(`${app.base}/api/pairings/${id}`)).json()) as {
        status: string;
        error?: string;
      };
      if (r.status === "done") break;
      if (r.status === "failed" || r.status === "cancelled") throw new Error(`run ${r.status}: ${r.error}`);
      await new Promise((w) => setTimeout(w, 1000));
    }
    const flows = await inflate(app.dbFile, id, FLOWS);
    const html = await (await getWithRetry(`${app.base}/pairings/${id}`)).text();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
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
    await page.goto(`${app.base}/pairings/${id}`, { timeout: 600_000 });
    const table = page.getByTestId("pairing-table");
    await table.locator('[data-testid^="pairing-row-"]').first().waitFor({ timeout: 600_000 });
    const tableMs = Date.now() - t0;
    await page.waitForFunction(
      () => {
        const m = window.__atlasMap;
        if (!m || !m.loaded() || !m.getLayer("pairing-flows-material")) return false;
        return m.querySourceFeatures("pairing-flows").length > 0;
      },
      undefined,
      { timeout: 600_000, polling: 100 },
    );
    const flowsMs = Date.now() - t0;
    await Promise.all(sizes);
    // The next animation frame after an action: React renders discrete events synchronously, so this includes it.
    const nextFrame = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
    const rowsInDom = await table.locator('[data-testid^="pairing-row-"]').count();
    const total = await table.getAttribute("data-total");
    let s = Date.now();
    await page.getByTestId("pairing-table-sort-distance").click();
    await nextFrame();
    const sortMs = Date.now() - s;
    const row = table.locator('[data-testid^="pairing-row-"]').nth(3);
    const rowId = Number((await row.getAttribute("data-testid"))!.slice("pairing-row-".length));
    s = Date.now();
    await row.click();
    await page.waitForFunction(
      (pid) => {
        const m = window.__atlasMap!;
        const f = m.getFilter("pairing-flow-selected");
        return JSON.stringify(f ?? null).includes(String(pid));
      },
      rowId,
      { timeout: 60_000 },
    );
    const selectMs = Date.now() - s;
    s = Date.now();
    await page.evaluate(() => {
      const scroller = document.querySelector('[data-testid="pairing-table"] .data-table__scroll');
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
    });
    await nextFrame();
    await nextFrame();
    const scrollMs = Date.now() - s;
    console.log(`run page with ${flows} flows (table total ${total}, ${rowsInDom} rows in the DOM) (${load()})`);
    console.log(
      `  HTML ${mb(Buffer.byteLength(html))}; transferred ${mb(transferred)}; navigation → table rows ${(tableMs / 1000).toFixed(1)} s, → flows drawn ${(flowsMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `  sort by distance ${sortMs} ms; row click → flow highlighted ${selectMs} ms; scroll to end ${scrollMs} ms`,
    );
    await context.close();
  } finally {
    await browser.close();
    await app.stop();
  }
}
