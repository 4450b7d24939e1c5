/**
 * Vitest global setup of the integration tests: bundles the app worker (workers/dist/app-worker.mjs) as `npm run build`
 * does, so tests that start pairing runs, imports or exports exercise the real worker thread.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

export function setup(): void {
  execFileSync(process.execPath, [path.join(__dirname, "..", "..", "..", "scripts", "build-workers.mjs")], {
    stdio: "inherit",
  });
}
