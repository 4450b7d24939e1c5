// Pairing solver thread: loads HiGHS (WebAssembly) once and solves TransportLp models posted by
// app/application/pairing-worker.ts. Plain ESM outside the Next bundle, so `next start` finds it at
// <cwd>/workers/highs-solve-worker.mjs and Node resolves `highs` from node_modules at run time.
import { parentPort } from "node:worker_threads";
import loadHighs from "highs";
import { solveLp } from "./solve-lp.mjs";

const highsReady = loadHighs();

parentPort.on("message", async (msg) => {
  const { id, lp } = msg;
  try {
    const highs = await highsReady;
    const result = { ...solveLp(highs, lp), wasmMemoryBytes: highs.memoryBytes };
    parentPort.postMessage({ id, result }, [result.colValue.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack ? error.stack : error) });
  }
});
