/**
 * GET /api/pairings/{id}/pairings/{pairingId}: the run page ships pairings without explanations and fetches the
 * selected one's here; the run page's rows (getPairingRunRows) carry no explanation.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));
process.env.ATLAS_SESSION_SECRET ??= "integration-test-secret-0123456789abcdef";
import { prisma } from "../../app/data/db";
import { seedFixtures, SITES } from "../../app/data/testing/fixtures";
import * as pairingRoute from "../../app/api/pairings/[id]/pairings/[pairingId]/route";
import { getPairingRunRows } from "../../app/application/pairing-runs";
import { effectiveParams } from "../../app/domain/pairing/params";
import type { PairingExplanation } from "../../app/domain/pairing/types";

const ORIGIN = "http://localhost:3000";
const get = (url: string) => new NextRequest(new URL(url, ORIGIN));
const ctx = (id: string, pairingId: string) => ({ params: Promise.resolve({ id, pairingId }) });
const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;

const RUN = "route-test-run";
const OTHER_RUN = "route-test-other-run";
const EXPLANATION: PairingExplanation = {
  costPerTonneYuan: 12.5,
  bonusPerTonneYuan: 0,
  vatBadge: null,
  alternative: {
    consumerId: SITES.far,
    route: "brick",
    distanceKm: 60,
    roadKm: 75,
    costYuan: 900_000,
    extraCostYuan: 150_000,
    cycleLevel: "region",
    spareTonnes: 30_000,
  },
  cheaperFullConsumers: 1,
};
let withExplanation = 0;
let withoutExplanation = 0;
let otherRunPairing = 0;

beforeAll(async () => {
  await seedFixtures();
  for (const id of [RUN, OTHER_RUN])
    await prisma.pairingRun.create({
      data: {
        id,
        status: "done",
        scope: JSON.stringify({ kind: "province" }),
        materials: JSON.stringify(["red-mud"]),
        params: JSON.stringify(effectiveParams(["red-mud"])),
      },
    });
  const pairing = (runId: string, explanation: string | null) =>
    prisma.pairing.create({
      data: {
        runId,
        producerId: SITES.producer,
        consumerId: SITES.near,
        material: "red-mud",
        route: "cement",
        tonnesPerYear: 60_000,
        distanceKm: 5,
        roadKm: 6.5,
        costYuan: 750_000,
        co2Kg: 12_000,
        cycleLevel: "park",
        explanation,
      },
    });
  withExplanation = (await pairing(RUN, JSON.stringify(EXPLANATION))).id;
  withoutExplanation = (await pairing(RUN, null)).id;
  otherRunPairing = (await pairing(OTHER_RUN, JSON.stringify(EXPLANATION))).id;
});

describe("GET /api/pairings/{id}/pairings/{pairingId}", () => {
  it("returns the pairing with its stored explanation", async () => {
    const res = await pairingRoute.GET(
      get(`/api/pairings/${RUN}/pairings/${withExplanation}`),
      ctx(RUN, String(withExplanation)),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: withExplanation,
      producerId: SITES.producer,
      consumerId: SITES.near,
      material: "red-mud",
      route: "cement",
      tonnesPerYear: 60_000,
      distanceKm: 5,
      roadKm: 6.5,
      costYuan: 750_000,
      co2Kg: 12_000,
      cycleLevel: "park",
      explanation: EXPLANATION,
    });
    const bare = await pairingRoute.GET(
      get(`/api/pairings/${RUN}/pairings/${withoutExplanation}`),
      ctx(RUN, String(withoutExplanation)),
    );
    expect(bare.status).toBe(200);
    expect(((await bare.json()) as { explanation: unknown }).explanation).toBeNull();
  });

  it("answers 404 for an unknown pairing, a pairing of another run and an unknown run", async () => {
    for (const [run, pid] of [
      [RUN, "999999"],
      [RUN, String(otherRunPairing)],
      ["no-such-run", String(withExplanation)],
    ]) {
      const res = await pairingRoute.GET(get(`/api/pairings/${run}/pairings/${pid}`), ctx(run, pid));
      expect(res.status).toBe(404);
      expect(await errorOf(res)).toBe(`unknown pairing ${pid} in pairing run ${run}`);
    }
  });

  it("rejects a pairing id that is not a positive whole number, and unknown parameters", async () => {
    for (const pid of ["abc", "0", "-1", "1.5", "1e3"]) {
      const res = await pairingRoute.GET(get(`/api/pairings/${RUN}/pairings/x`), ctx(RUN, pid));
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatch(/pairingId must be a positive whole number/);
    }
    const extra = await pairingRoute.GET(
      get(`/api/pairings/${RUN}/pairings/${withExplanation}?full=1`),
      ctx(RUN, String(withExplanation)),
    );
    expect(extra.status).toBe(400);
    expect(await errorOf(extra)).toMatch(/unknown parameter\(s\): full/);
  });
});

describe("the run page's rows", () => {
  it("carry every column but no explanation", async () => {
    const found = (await getPairingRunRows(RUN))!;
    expect(found.run.id).toBe(RUN);
    expect(found.pairings.map((p) => p.id)).toEqual([withExplanation, withoutExplanation]);
    for (const p of found.pairings) {
      expect(p).not.toHaveProperty("explanation");
      expect(p).toMatchObject({ producerId: SITES.producer, consumerId: SITES.near, tonnesPerYear: 60_000 });
    }
    expect(await getPairingRunRows("no-such-run")).toBeNull();
  });
});
