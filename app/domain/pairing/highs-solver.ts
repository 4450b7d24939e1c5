/** In-process HiGHS (WebAssembly) solver for TransportLp models; the server uses the worker-thread twin instead. */
import loadHighs, { type Highs } from "highs";
import type { LpSolution, LpSolver, TransportLp } from "./types";

let runtime: Promise<Highs> | null = null;

/** The lazily loaded HiGHS runtime (one per thread). */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

/** Solves one LP with a loaded runtime; the model is disposed so WASM memory is reused across materials. */
export function solveWithHighs(highs: Highs, lp: TransportLp): LpSolution {
  const started = performance.now();
  const model = highs.createModel({
    numCols: lp.numCols,
    numRows: lp.numRows,
    offset: lp.offset,
    colCost: lp.colCost,
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: lp.rowLower,
    rowUpper: lp.rowUpper,
    matrix: { format: "csc", numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts, indices: lp.indices, values: lp.values },
  });
  try {
    model.options.set({ output_flag: false });
    model.run();
    const status = model.getModelStatus();
    const optimal = status === highs.constants.modelStatus.optimal;
    return {
      status: optimal ? "optimal" : status === highs.constants.modelStatus.infeasible ? "infeasible" : "error",
      colValue: optimal ? model.getSolution().colValue : new Float64Array(lp.numCols),
      objective: optimal ? model.getObjectiveValue() : NaN,
      solveSeconds: (performance.now() - started) / 1000,
      message: optimal ? undefined : `model status ${status}`,
    };
  } finally {
    model.dispose();
  }
}

/** An LpSolver running HiGHS on the calling thread (tests, benchmarks). */
export const inProcessHighsSolver: LpSolver = async (lp) => solveWithHighs(await highsRuntime(), lp);
