#!/usr/bin/env node
// One command from a fresh clone to a running app: generate client, migrate, seed, build if stale, serve.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
process.env.NEXT_TELEMETRY_DISABLED = "1";

function run(cmd, args, label) {
  console.log(`[start] ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    console.error(`[start] failed: ${label} (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

/** Newest modification time under the given paths (files and folders, recursively). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      if (p.endsWith("node_modules") || p.endsWith(".next")) return;
      for (const e of readdirSync(p)) visit(path.join(p, e));
    } else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return newest;
}

function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return newestMtime(["app", "public", "next.config.js", "package-lock.json", "tsconfig.json"]) > built;
}

if (!existsSync(path.join(root, "prisma", "generated", "client.ts")))
  run(bin("prisma"), ["generate"], "prisma generate");
run(bin("prisma"), ["migrate", "deploy"], "prisma migrate deploy");
run(bin("tsx"), ["prisma/seed.ts"], "seed (idempotent)");
// The worker bundle (import parsing, registry export) is rebuilt every start: it takes well under a second.
run(process.execPath, ["scripts/build-workers.mjs"], "build workers");
if (process.env.ATLAS_SKIP_BUILD !== "1" && buildIsStale()) run(bin("next"), ["build"], "next build");

const port = process.env.PORT ?? "3000";
console.log(`[start] serving on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
