import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tests: app/data against a temporary SQLite file per test file (app/data/testing/temp-db.ts), and the
// slow seed test. `npm run test:integration`; part of `npm test`.
export default defineConfig({
  resolve: {
    // app/data modules start with `import "server-only"`, which throws outside a React Server build.
    alias: { "server-only": path.join(__dirname, "node_modules", "server-only", "empty.js") },
  },
  test: {
    include: [
      "app/**/*.integration.test.ts",
      "test/**/*.integration.test.ts",
      "scripts/**/*.integration.test.ts",
      "prisma/**/*.integration.test.ts",
    ],
    setupFiles: ["app/data/testing/temp-db.ts"],
    globalSetup: ["app/data/testing/build-workers.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
