/** In-process HiGHS (WebAssembly) solver for TransportLp models; the server uses the worker-thread twin instead. */
import loadHighs, { type Highs } from "highs";
import type { LpSolution, LpSolver, TransportLp } from "./types";
import { solveLp } from "../../../workers/solve-lp.mjs";

let runtime: Promise<Highs> | null = null;

/** The lazily loaded HiGHS runtime (one per thread). */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

/** Solves one LP with a loaded runtime (the same code the solver thread runs). */
export function solveWithHighs(highs: Highs, lp: TransportLp): LpSolution {
  return solveLp(highs, lp);
}

/** An LpSolver running HiGHS on the calling thread (tests, benchmarks). */
export const inProcessHighsSolver: LpSolver = async (lp) => solveWithHighs(await highsRuntime(), lp);
