#!/usr/bin/env node
// Bundles the TypeScript worker entry points in workers/src/ into plain ESM files in workers/dist/ that Node loads at
// run time, outside the Next bundle (npm packages stay external and resolve from node_modules). Fast (~100 ms);
// run by `npm run build`, `npm run dev` and scripts/start.mjs.
import { build } from "esbuild";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
await build({
  entryPoints: [
    path.join(root, "workers", "src", "app-worker.ts"),
    path.join(root, "workers", "src", "site-tiles-worker.ts"),
  ],
  outdir: path.join(root, "workers", "dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  // Each task's code in its own chunk, loaded when a thread runs that task (app/application/worker-tasks.ts).
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  target: "node20",
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning",
});
console.log("[build-workers] workers/dist/app-worker.mjs, workers/dist/site-tiles-worker.mjs");
