// One TransportLp (or mixed-integer model) solved with a loaded HiGHS runtime. Plain ESM so both the solver thread
// (outside the Next bundle) and app/domain/pairing/highs-solver.ts use the same code.

/** Solves one LP or MILP; the model is disposed so WASM memory is reused across solves. */
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
    matrix: {
      format: "csc",
      numRows: lp.numRows,
      numCols: lp.numCols,
      starts: lp.starts,
      indices: lp.indices,
      values: lp.values,
    },
    ...(lp.integrality ? { integrality: lp.integrality } : {}),
  });
  try {
    model.options.set({ output_flag: false, ...(lp.options ?? {}) });
    if (lp.start) model.setSolution({ colValue: lp.start });
    model.run();
    let status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    let firstObjective;
    if (lp.thenMinimise && !lp.integrality && status === codes.optimal) {
      // Second objective from the first optimum's basis: the floor keeps the first optimum (still feasible), so
      // simplex starts primal feasible instead of from scratch.
      firstObjective = model.getObjectiveValue();
      const then = lp.thenMinimise;
      model.changeRowBounds(then.floorRow, then.floorPerObjective * firstObjective, Infinity);
      model.changeColsCost({ kind: "range", from: 0, to: lp.numCols - 1 }, then.colCost);
      model.run();
      status = model.getModelStatus();
    }
    const optimal = status === codes.optimal;
    const mip = Boolean(lp.integrality);
    // A MILP stopped by a limit may still hold a feasible incumbent: report it with its proven gap.
    const limited =
      !optimal &&
      mip &&
      (status === codes.timeLimit || status === codes.interrupted || status === codes.solutionLimit) &&
      Number(model.info.get("primal_solution_status")) === 2;
    const hasSolution = optimal || limited;
    const mipInfo =
      mip && hasSolution
        ? {
            mipGap: Number(model.info.get("mip_gap")),
            mipDualBound: Number(model.info.get("mip_dual_bound")),
            mipNodes: Number(model.info.get("mip_node_count")),
          }
        : {};
    const solution = hasSolution ? model.getSolution() : null;
    return {
      status: optimal ? "optimal" : limited ? "limit" : status === codes.infeasible ? "infeasible" : "error",
      colValue: solution ? solution.colValue : new Float64Array(lp.numCols),
      // Row duals only when asked (siting's Lagrangian bound): an LP solved to optimality.
      ...(lp.wantRowDual && optimal && !mip ? { rowDual: Float64Array.from(solution.rowDual) } : {}),
      objective: hasSolution ? model.getObjectiveValue() : NaN,
      ...(firstObjective !== undefined ? { firstObjective } : {}),
      solveSeconds: (performance.now() - started) / 1000,
      message: optimal ? undefined : `model status ${status}`,
      ...mipInfo,
    };
  } finally {
    model.dispose();
  }
}
