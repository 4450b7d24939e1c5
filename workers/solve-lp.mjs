// One TransportLp solved with a loaded HiGHS runtime. Plain ESM so both the solver thread (outside the Next
// bundle) and app/domain/pairing/highs-solver.ts use the same code.

/** Solves one LP; the model is disposed so WASM memory is reused across materials. */
export function solveLp(highs, lp) {
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
