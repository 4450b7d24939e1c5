// Heavy request work off the server's event loop: import parsing + validation + planning, and registry export
// building. Bundled by scripts/build-workers.mjs to workers/dist/app-worker.mjs (plain ESM, loaded by Node at run time
// outside the Next bundle, like highs-solve-worker.mjs); packages stay in node_modules. One task per thread.
import { parentPort } from "node:worker_threads";
import { runWorkerTask, type WorkerRequest } from "../../app/application/worker-tasks";

parentPort!.once("message", async (msg: WorkerRequest) => {
  try {
    const { result, transfer } = await runWorkerTask(msg);
    parentPort!.postMessage({ ok: true, result }, transfer);
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
