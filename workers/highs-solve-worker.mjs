// Pairing solver thread: loads HiGHS (WebAssembly) once and solves TransportLp models posted by
// app/data/pairing-worker.ts. Plain ESM outside the Next bundle, so `next start` finds it at
// <cwd>/workers/highs-solve-worker.mjs and Node resolves `highs` from node_modules at run time.
import { parentPort } from "node:worker_threads";
import loadHighs from "highs";

const highsReady = loadHighs();

parentPort.on("message", async (msg) => {
  const { id, lp } = msg;
  try {
    const highs = await highsReady;
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
      const colValue = optimal ? model.getSolution().colValue : new Float64Array(lp.numCols);
      const result = {
        status: optimal ? "optimal" : status === highs.constants.modelStatus.infeasible ? "infeasible" : "error",
        colValue,
        objective: optimal ? model.getObjectiveValue() : NaN,
        solveSeconds: (performance.now() - started) / 1000,
        message: optimal ? undefined : `model status ${status}`,
        wasmMemoryBytes: highs.memoryBytes,
      };
      parentPort.postMessage({ id, result }, [colValue.buffer]);
    } finally {
      model.dispose();
    }
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack ? error.stack : error) });
  }
});
