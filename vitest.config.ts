import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    // Database-backed tests run in their own config (vitest.integration.config.ts, `npm run test:integration`).
    exclude: [...configDefaults.exclude, "**/*.integration.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
