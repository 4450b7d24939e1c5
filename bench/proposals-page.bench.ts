// /proposals at national scale (issue 11). `npm run bench proposals-page`.
//
// Starts the built app (run `npx next build` first) on the seeded registry and on the seed + 10^5 SYNTHETIC sites
// (bench/map.bench.ts), and prints the bytes of the /proposals page (HTML as served, and everything Chromium
// transferred until the page is loaded), the time to load it, and a site search and an area query as the picker
// sends them. "Before" is the site list the page used to embed (every site's id, names, synthetic flag, position
// and materials as JSON), computed from the same database.
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { BROWSER_ARGS, getWithRetry, load, startApp } from "./map.bench";

const ROOT = path.resolve(__dirname, "..");
const mb = (b: number) => `${(b / 1e6).toFixed(3)} MB`;

/** The JSON of the site list the page embedded before it searched the server. */
async function embeddedBefore(dbFile: string): Promise<number> {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(dbFile, { readonly: true });
  const materials = new Map<string, Set<string>>();
  for (const table of ["Output", "Intake"])
    for (const r of db.prepare(`SELECT siteId, materialCode FROM ${table}`).iterate() as Iterable<{
      siteId: string;
      materialCode: string;
    }>) {
      const set = materials.get(r.siteId) ?? new Set<string>();
      set.add(r.materialCode);
      materials.set(r.siteId, set);
    }
  let bytes = 2;
  for (const s of db.prepare("SELECT id, nameZh, nameEn, synthetic, lng, lat FROM Site").iterate() as Iterable<{
    id: string;
    nameZh: string;
    nameEn: string;
    synthetic: number;
    lng: number;
    lat: number;
  }>) {
    const site = {
      id: s.id,
      name: s.nameZh,
      nameEn: s.nameEn,
      synthetic: s.synthetic === 1,
      lng: s.lng,
      lat: s.lat,
      materials: [...(materials.get(s.id) ?? [])],
    };
    bytes += Buffer.byteLength(JSON.stringify(site)) + 1;
  }
  db.close();
  return bytes;
}

async function measure(label: string, extra: number) {
  const app = await startApp(`proposals-${label}`, extra);
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  try {
    const before = await embeddedBefore(app.dbFile);
    const html = await (await getWithRetry(`${app.base}/proposals`)).text();
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
    await page.goto(`${app.base}/proposals`, { waitUntil: "load", timeout: 600_000 });
    await page.getByTestId("site-filter").waitFor();
    const loadMs = Date.now() - t0;
    await Promise.all(sizes);
    const timed = async (url: string) => {
      const s = performance.now();
      const res = await getWithRetry(`${app.base}${url}`);
      const text = await res.text();
      return `${res.status}, ${(performance.now() - s).toFixed(0)} ms, ${mb(Buffer.byteLength(text))}, numberMatched ${JSON.parse(text).numberMatched}`;
    };
    const search = await timed(`/api/site-summaries?q=${encodeURIComponent("河津")}&limit=60`);
    const area = await timed("/api/site-summaries?bbox=110.52,35.48,110.9,35.78&limit=10000");
    console.log(`[${label}] (${load()})`);
    console.log(`  site list the page embedded before: ${mb(before)} (JSON, before escaping into the page)`);
    console.log(
      `  /proposals HTML now: ${mb(Buffer.byteLength(html))}; Chromium transferred ${mb(transferred)}; loaded in ${(loadMs / 1000).toFixed(1)} s`,
    );
    console.log(`  typeahead "河津": ${search}`);
    console.log(`  area box around Hejin: ${area}`);
    await context.close();
  } finally {
    await browser.close();
    await app.stop();
  }
}

/** Entry point for bench/run.ts. */
export async function run() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")))
    return console.log("skipped: no build (run `npx next build` first)");
  await measure("seeded", 0);
  await measure("seed+1e5", 100_000);
}
