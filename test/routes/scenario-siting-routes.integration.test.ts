/**
 * Scenario runs and siting solves through their route handlers (issue 13): owners, the same-origin guard, the audit
 * log, per-client quotas (429 + Retry-After), the shared solver queue (503 when full) and anonymous retention, the
 * rules pairing runs follow.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

// No session; an in-memory cookie jar stands in for the browser's (it keeps the creator cookie a POST sets).
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
import { seedFixtures } from "../../app/data/testing/fixtures";
import * as scenariosRoute from "../../app/api/scenarios/route";
import * as scenarioRoute from "../../app/api/scenarios/[id]/route";
import * as cancelRoute from "../../app/api/scenarios/[id]/cancel/route";
import * as sitingRoute from "../../app/api/siting/route";
import { OWNER_COOKIE } from "../../app/http/guard";
import { MAX_QUEUED_JOBS, solverQueue } from "../../app/application/solver-work";
import { ANONYMOUS_RUN_RETENTION_MS, QUOTAS } from "../../app/application/client-quotas";
import { purgeAnonymousScenarioRuns } from "../../app/data/scenario-run-store";

const ORIGIN = "http://localhost:3000";
const send = (method: string, url: string, opts: { body?: unknown; origin?: string; address?: string } = {}) =>
  new NextRequest(new URL(url, ORIGIN), {
    method,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    headers: {
      host: "localhost:3000",
      origin: opts.origin ?? ORIGIN,
      "content-type": "application/json",
      "x-forwarded-for": opts.address ?? "10.1.0.1",
    },
  });
const get = (url: string) => new NextRequest(new URL(url, ORIGIN));
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const noCtx = { params: Promise.resolve({}) };
const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;

const SCENARIO = {
  label: "route test",
  fromYear: 2011,
  toYear: 2013,
  materials: ["red-mud", "fly-ash"],
  params: { utilisation: "aggregate", includeSynthetic: true },
};
const SITING = {
  material: "fly-ash",
  route: "cement",
  plantCapacityTonnesPerYear: 100_000,
  maxPlants: 1,
  includeSynthetic: true,
};

async function finished(id: string): Promise<{ status: string; years: unknown[]; canManage: boolean }> {
  for (let i = 0; i < 600; i++) {
    const res = await scenarioRoute.GET(get(`/api/scenarios/${id}`), ctx(id));
    const body = (await res.json()) as { status: string; years: unknown[]; canManage: boolean };
    if (!["queued", "running"].includes(body.status)) return body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`scenario ${id} did not finish`);
}

// Jobs that hold solver slots or quota places until released, to make the queue busy deterministically.
const blockers: (() => void)[] = [];
function block(key: string): boolean {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const queued = solverQueue().enqueue(key, () => held);
  if (queued.ok) blockers.push(release);
  return queued.ok;
}
afterEach(async () => {
  blockers.splice(0).forEach((r) => r());
  await new Promise((r) => setTimeout(r, 10));
  jar.clear();
});

beforeAll(seedFixtures);

describe("scenario runs: owners, guard and audit", () => {
  it("lets only the creator (or an editor) cancel and delete a run; strangers change nothing", async () => {
    const created = await scenariosRoute.POST(send("POST", "/api/scenarios", { body: SCENARIO }), noCtx);
    expect(created.status).toBe(202);
    const { id } = (await created.json()) as { id: string };
    expect(created.headers.get("location")).toBe(`/api/scenarios/${id}`);
    const creator = jar.get(OWNER_COOKIE)!;
    expect(creator).toMatch(/^[A-Za-z0-9_-]{32,64}$/);
    const row = await prisma.scenarioRun.findUniqueOrThrow({ where: { id } });
    expect(row.ownerUserId).toBeNull();
    expect(row.ownerTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.ownerTokenHash).not.toContain(creator);
    expect(row.clientKey).toBe("addr:10.1.0.1");

    const done = await finished(id);
    expect(done.status).toBe("done");
    expect(done.years).toHaveLength(3);
    expect(done.canManage).toBe(true);
    const audits = () => prisma.auditLog.count({ where: { entityId: id } });

    // A stranger without a creator token: 401; with another token: 403. The run stays, nothing is audited.
    jar.clear();
    expect((await finished(id)).canManage).toBe(false);
    const listed = (await (await scenariosRoute.GET(get("/api/scenarios"), noCtx)).json()) as {
      runs: { id: string; canManage: boolean }[];
    };
    expect(listed.runs.find((r) => r.id === id)).toMatchObject({ canManage: false });
    let res = await scenarioRoute.DELETE(send("DELETE", `/api/scenarios/${id}`), ctx(id));
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toBe("only the creator of this scenario run or an editor may change it");
    jar.set(OWNER_COOKIE, "another-visitor-token-0123456789abcdef");
    res = await scenarioRoute.DELETE(send("DELETE", `/api/scenarios/${id}`), ctx(id));
    expect(res.status).toBe(403);
    res = await cancelRoute.POST(send("POST", `/api/scenarios/${id}/cancel`), ctx(id));
    expect(res.status).toBe(403);
    // The creator's own cookie from a foreign origin (what a CSRF attack sends): refused before anything else.
    jar.set(OWNER_COOKIE, creator);
    res = await scenarioRoute.DELETE(
      send("DELETE", `/api/scenarios/${id}`, { origin: "https://evil.example" }),
      ctx(id),
    );
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toMatch(/cross-origin/);
    expect(await prisma.scenarioRun.count({ where: { id } })).toBe(1);
    expect(await audits()).toBe(0);

    // The creator: cancel answers 409 on an ended run; delete answers 204, removes it and is audited.
    res = await cancelRoute.POST(send("POST", `/api/scenarios/${id}/cancel`), ctx(id));
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toBe("scenario is already done");
    res = await scenarioRoute.DELETE(send("DELETE", `/api/scenarios/${id}`), ctx(id));
    expect(res.status).toBe(204);
    expect(await prisma.scenarioRun.count({ where: { id } })).toBe(0);
    const audit = await prisma.auditLog.findMany({ where: { entityId: id } });
    expect(audit.map((a) => [a.action, a.entity])).toEqual([["delete", "scenario-run"]]);
    expect(audit[0].username).toMatch(/^anonymous:[0-9a-f]{8}$/);
    expect((await scenarioRoute.DELETE(send("DELETE", `/api/scenarios/${id}`), ctx(id))).status).toBe(404);
  });

  it("cancels a queued run for its creator (audited) while the solver slot is busy", async () => {
    const address = "10.1.0.2";
    while (solverQueue().size.running < solverQueue().opts.concurrency) block("test|slot");
    const created = await scenariosRoute.POST(send("POST", "/api/scenarios", { body: SCENARIO, address }), noCtx);
    expect(created.status).toBe(202);
    const { id } = (await created.json()) as { id: string };
    expect((await prisma.scenarioRun.findUniqueOrThrow({ where: { id } })).status).toBe("queued");
    const res = await cancelRoute.POST(send("POST", `/api/scenarios/${id}/cancel`, { address }), ctx(id));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id, status: "cancelled" });
    blockers.splice(0).forEach((r) => r());
    expect((await finished(id)).status).toBe("cancelled");
    const audit = await prisma.auditLog.findMany({ where: { entityId: id } });
    expect(audit.map((a) => [a.action, a.entity, a.after])).toEqual([
      ["cancel", "scenario-run", JSON.stringify({ status: "cancelled" })],
    ]);
  });
});

describe("scenario runs: quotas, queue and retention", () => {
  it("refuses a third concurrent anonymous run with 429 and Retry-After", async () => {
    const address = "10.2.0.1";
    const key = `scenarioRun|addr:${address}`;
    expect(block(key) && block(key)).toBe(true);
    const before = await prisma.scenarioRun.count();
    const res = await scenariosRoute.POST(send("POST", "/api/scenarios", { body: SCENARIO, address }), noCtx);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("10");
    expect(await res.json()).toEqual({
      error: "scenario runs: at most 2 at a time per client; wait for one to finish",
      retryAfterSeconds: 10,
    });
    expect(await prisma.scenarioRun.count()).toBe(before);
  });

  it("refuses the 21st anonymous run of the hour, saying when to retry", async () => {
    const address = "10.2.0.2";
    const rule = QUOTAS.scenarioRun.anonymous;
    const startedAt = new Date(Date.now() - 30 * 60 * 1000);
    await prisma.scenarioRun.createMany({
      data: Array.from({ length: rule.maxPerWindow }, (_, i) => ({
        id: `quota-${i}`,
        status: "done",
        params: "{}",
        clientKey: `addr:${address}`,
        createdAt: startedAt,
      })),
    });
    const res = await scenariosRoute.POST(send("POST", "/api/scenarios", { body: SCENARIO, address }), noCtx);
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(29 * 60);
    expect(retry).toBeLessThanOrEqual(30 * 60);
    expect(await errorOf(res)).toBe("scenario runs: at most 20 per 60 minutes per client");
    // Another address is not affected.
    const other = await scenariosRoute.POST(
      send("POST", "/api/scenarios", { body: SCENARIO, address: "10.2.0.3" }),
      noCtx,
    );
    expect(other.status).toBe(202);
    await finished(((await other.json()) as { id: string }).id);
    await prisma.scenarioRun.deleteMany({ where: { id: { startsWith: "quota-" } } });
  });

  it("answers 503 + Retry-After when the shared solver queue is full, storing nothing", async () => {
    while (block("test|fill"));
    expect(solverQueue().size.queued).toBe(MAX_QUEUED_JOBS);
    const before = await prisma.scenarioRun.count();
    const res = await scenariosRoute.POST(
      send("POST", "/api/scenarios", { body: SCENARIO, address: "10.2.0.4" }),
      noCtx,
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(await errorOf(res)).toMatch(/^the solver queue is full \(\d+ running, 16 waiting\)/);
    expect(await prisma.scenarioRun.count()).toBe(before);
  });

  it("deletes anonymous runs past retention, keeps signed-in users' and running ones", async () => {
    const old = new Date(Date.now() - ANONYMOUS_RUN_RETENTION_MS - 60_000);
    const user = await prisma.user.create({
      data: { id: "retention-user", username: "retention-user", passwordHash: "x", role: "viewer" },
    });
    await prisma.scenarioRun.createMany({
      data: [
        { id: "old-anon", status: "done", params: "{}", createdAt: old },
        { id: "old-anon-running", status: "running", params: "{}", createdAt: old },
        { id: "old-user", status: "done", params: "{}", createdAt: old, ownerUserId: user.id },
        { id: "new-anon", status: "done", params: "{}" },
      ],
    });
    expect(await purgeAnonymousScenarioRuns(Date.now() - ANONYMOUS_RUN_RETENTION_MS, 500)).toBe(1);
    const left = (await prisma.scenarioRun.findMany({ select: { id: true } })).map((r) => r.id);
    expect(left).toEqual(expect.arrayContaining(["old-anon-running", "old-user", "new-anon"]));
    expect(left).not.toContain("old-anon");
    await prisma.scenarioRun.deleteMany({ where: { id: { in: ["old-anon-running", "old-user", "new-anon"] } } });
  });
});

describe("siting solves: guard, quotas and the shared queue", () => {
  it("solves from the app's origin, refuses a foreign one, and bad input with a specific 400", async () => {
    const ok = await sitingRoute.POST(send("POST", "/api/siting", { body: SITING, address: "10.3.0.1" }), noCtx);
    expect(ok.status).toBe(200);
    const result = (await ok.json()) as {
      plants: unknown[];
      gap: number;
      before: { matchedTonnes: number };
      after: { matchedTonnes: number };
    };
    expect(result.plants).toHaveLength(1);
    expect(result.gap).toBe(0);
    // 330 kt of fly ash, 50 kt absorbed before; one 100 kt plant places 100 kt more.
    expect(result.before.matchedTonnes).toBeCloseTo(50_000, 0);
    expect(result.after.matchedTonnes).toBeCloseTo(150_000, 0);
    const cross = await sitingRoute.POST(
      send("POST", "/api/siting", { body: SITING, origin: "https://evil.example" }),
      noCtx,
    );
    expect(cross.status).toBe(403);
    const bad = await sitingRoute.POST(send("POST", "/api/siting", { body: { ...SITING, maxPlants: 0 } }), noCtx);
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toBe("maxPlants: maxPlants must be at least 1");
  });

  it("allows one solve at a time per anonymous client (429) and refuses when the queue is full (503)", async () => {
    const address = "10.3.0.2";
    expect(block(`siting|addr:${address}`)).toBe(true);
    const busy = await sitingRoute.POST(send("POST", "/api/siting", { body: SITING, address }), noCtx);
    expect(busy.status).toBe(429);
    expect(busy.headers.get("retry-after")).toBe("10");
    expect(await errorOf(busy)).toBe("siting solves: at most 1 at a time per client; wait for one to finish");
    blockers.splice(0).forEach((r) => r());
    await new Promise((r) => setTimeout(r, 10));

    while (block("test|fill"));
    const full = await sitingRoute.POST(send("POST", "/api/siting", { body: SITING, address: "10.3.0.3" }), noCtx);
    expect(full.status).toBe(503);
    expect(full.headers.get("retry-after")).toBe("30");
  });
});
