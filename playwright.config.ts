import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import path from "node:path";

const PORT = Number(process.env.E2E_PORT ?? 3107);
// A separate database so the e2e run never touches the developer's data.
const E2E_DB = path.join(__dirname, "prisma", "e2e.db");
const chromium = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: chromium,
      // MapLibre needs WebGL; SwiftShader gives it without a GPU. Background networking is off because
      // the machine has no network and the tests fail on any request that leaves localhost.
      args: [
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // The real built app on a fresh seeded SQLite file.
    command: `rm -f ${E2E_DB} ${E2E_DB}-journal ${E2E_DB}-wal ${E2E_DB}-shm && node scripts/start.mjs`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000, // a cold `next build` on a loaded 2-core machine can take several minutes
    reuseExistingServer: false,
    env: { PORT: String(PORT), DATABASE_URL: `file:${E2E_DB}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdout: "pipe",
  },
});
