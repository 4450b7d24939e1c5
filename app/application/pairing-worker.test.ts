import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { PairingSolverThread } from "./pairing-worker";
import { solveMaterial } from "../domain/pairing/solve-material";
import { inProcessHighsSolver } from "../domain/pairing/highs-solver";
import { buildTransportLp } from "../domain/pairing/transport-lp";
import { instanceOf } from "../domain/pairing/test-helpers";

describe("PairingSolverThread (workers/highs-solve-worker.mjs)", () => {
  it("solves in a worker thread with the same optimum as in-process HiGHS", async () => {
    const thread = new PairingSolverThread();
    try {
      const inst = instanceOf(
        [10, 10, 4],
        [10, 10, 3],
        [
          [0, 0, 5],
          [0, 1, 8],
          [1, 0, 10],
          [2, 2, 1],
          [2, 1, 2],
        ],
      );
      const viaThread = await solveMaterial(inst, thread.solver);
      const local = await solveMaterial(inst, inProcessHighsSolver);
      expect(viaThread.result.objective).toBeCloseTo(local.result.objective, 6);
      expect(viaThread.result.matchedTonnes).toBeCloseTo(23, 6);
    } finally {
      await thread.terminate();
    }
  });

  it("terminate() rejects a solve in flight (cancellation)", async () => {
    const thread = new PairingSolverThread();
    const pending = thread.solver(buildTransportLp(instanceOf([1], [1], [[0, 0, 1]])));
    await thread.terminate();
    await expect(pending).rejects.toThrow(/exited/);
    await expect(thread.solver(buildTransportLp(instanceOf([1], [1], [[0, 0, 1]])))).rejects.toThrow();
  });
});
