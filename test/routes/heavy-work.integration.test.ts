/**
 * Heavy requests run off the server's event loop (issue 10): the registry export is written by a worker thread from
 * its own database connection and streamed from a file; a large drawn scope's crossing check runs on a worker. Route
 * handlers called with a Request against the fixture database and the real worker (built by the integration setup).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}));
process.env.ATLAS_SESSION_SECRET ??= "integration-test-secret-0123456789abcdef";
import { prisma } from "../../app/data/db";
import { seedFixtures, SITES } from "../../app/data/testing/fixtures";
import * as exportRoute from "../../app/api/registry/export/route";
import * as pairingsRoute from "../../app/api/pairings/route";
import { prepareImport } from "../../app/domain/import/prepare-import";
import { canonicalSite } from "../../app/domain/import/stored-site";
import { loadStoredSites } from "../../app/data/site-edit";
import { INLINE_CROSSING_CHECK_MAX_POSITIONS } from "../../app/application/polygon-scope";
import { openWorkerDb } from "../../app/data/worker-db";

const ORIGIN = "http://localhost:3000";
const noCtx = { params: Promise.resolve({}) };

beforeAll(seedFixtures);

describe("GET /api/registry/export (worker thread, streamed file)", () => {
  it("streams each format with its length, and every one imports back to the registry's sites", async () => {
    const stored = await loadStoredSites();
    expect(stored.map((s) => s.id)).toContain(SITES.producer);
    const expected = stored.map((s) => ({ id: s.id, data: canonicalSite(s) }));
    for (const format of ["csv", "xlsx", "geojson"] as const) {
      const res = await exportRoute.GET(
        new NextRequest(new URL(`/api/registry/export?format=${format}`, ORIGIN)),
        noCtx,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toMatch(
        new RegExp(`attachment; filename="atlas-registry-.*\\.${format}"`),
      );
      // Not gzipped by Next on the server thread (`no-transform`), never cached.
      expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
      const back = await prepareImport(bytes, {
        format,
        crs: "wgs84",
        onDuplicate: "skip",
        allowOutsideProvince: true,
        insideProvince: () => true,
        existing: [],
      });
      if (!back.ok) throw new Error(`${format}: ${JSON.stringify(back.issues.slice(0, 3))}`);
      expect(
        back.planned.map((p) => ({ id: p.targetId, data: canonicalSite(p.site) })),
        format,
      ).toEqual(expected);
    }
  });
});

describe("POST /api/pairings with a large drawn scope (crossing checked on a worker)", () => {
  const post = (body: unknown, ip: string) =>
    pairingsRoute.POST(
      new NextRequest(new URL("/api/pairings", ORIGIN), {
        method: "POST",
        body: JSON.stringify(body),
        headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json", "x-forwarded-for": ip },
      }),
      noCtx,
    );
  /** A simple star ring of n vertices around Hejin, closed. */
  const star = (n: number) => {
    const pts = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      const r = i % 2 ? 0.5 : 0.3;
      return [110.7 + r * Math.cos(a), 35.6 + r * Math.sin(a)];
    });
    return [...pts, pts[0]];
  };
  const n = 4 * INLINE_CROSSING_CHECK_MAX_POSITIONS;

  it("refuses a crossing polygon above the inline size with 400 naming the problem, and stores nothing", async () => {
    const runs = await prisma.pairingRun.count();
    const ring = star(n);
    // Swap two far-apart vertices: their edges now cross the ring.
    [ring[10], ring[n / 2]] = [ring[n / 2], ring[10]];
    const res = await post(
      { scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: [ring] } }, materials: ["red-mud"] },
      "192.0.2.10",
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe(
      "scope.geometry: invalid polygon: polygon edges cross themselves",
    );
    expect(await prisma.pairingRun.count()).toBe(runs);
  });

  it("accepts the same polygon uncrossed (202), and refuses one over the 10,000-position cap with 422", async () => {
    const ok = await post(
      { scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: [star(n)] } }, materials: ["red-mud"] },
      "192.0.2.11",
    );
    expect(ok.status).toBe(202);
    const big = await post(
      {
        scope: { kind: "polygon", geometry: { type: "Polygon", coordinates: [star(12_000)] } },
        materials: ["red-mud"],
      },
      "192.0.2.12",
    );
    expect(big.status).toBe(422);
    expect(((await big.json()) as { error: string }).error).toMatch(/12001 positions; at most 10000 are accepted/);
  });
});

describe("a server-thread write while a worker holds the database's write lock", () => {
  const post = (ip: string) =>
    pairingsRoute.POST(
      new NextRequest(new URL("/api/pairings", ORIGIN), {
        method: "POST",
        body: JSON.stringify({ scope: { kind: "province" }, materials: ["red-mud"] }),
        headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json", "x-forwarded-for": ip },
      }),
      noCtx,
    );
  /** Timer ticks seen over `ms` (a blocked event loop sees none until it is free). */
  const ticks = (ms: number) =>
    new Promise<number>((resolve) => {
      let n = 0;
      const every = setInterval(() => n++, 10);
      setTimeout(() => (clearInterval(every), resolve(n)), ms);
    });

  it("waits without blocking the event loop and is stored once the lock is released", async () => {
    const runs = await prisma.pairingRun.count();
    // Another connection (as a worker storing an import) takes the write lock and keeps it.
    const other = openWorkerDb();
    other.prepare("BEGIN IMMEDIATE").run();
    let settled = false;
    const answer = post("192.0.2.30").finally(() => (settled = true));
    try {
      const seen = await ticks(400);
      expect(seen).toBeGreaterThanOrEqual(20); // ~40 at 10 ms: the loop kept turning while the write waited
      expect(settled).toBe(false);
    } finally {
      other.prepare("COMMIT").run();
      other.close();
    }
    expect((await answer).status).toBe(202);
    expect(await prisma.pairingRun.count()).toBe(runs + 1);
  });

  it("answers 503 with Retry-After when the lock outlasts the retries, and stores nothing", async () => {
    const runs = await prisma.pairingRun.count();
    const other = openWorkerDb();
    other.prepare("BEGIN IMMEDIATE").run();
    try {
      const res = await post("192.0.2.31");
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(((await res.json()) as { error: string }).error).toMatch(/database is busy/);
    } finally {
      other.prepare("ROLLBACK").run();
      other.close();
    }
    expect(await prisma.pairingRun.count()).toBe(runs);
  });
});
