// ESLint flat config: Next's recommended + Core Web Vitals rules (React, hooks, the React Compiler checks, a11y,
// imports) and typescript-eslint's recommended rules, which eslint-config-next/typescript brings.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a deliberately unused binding; a rest sibling drops fields from a copy.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      // Pages that hold a MapLibre map are left with a full page load on purpose: client-side navigation
      // unmounts the map mid-frame (see app/ui/pairing/run-form.tsx), and a full load also resets the map's hash.
      "@next/next/no-html-link-for-pages": "off",
      "@next/next/no-location-assign-relative-destination": "off",
    },
  },
  {
    // CommonJS config files (next.config.js) load plugins with require().
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "prisma/generated/**",
    "test-results/**",
    "playwright-report/**",
    "e2e/artifacts/**",
    "bench/out/**",
    "workers/dist/**",
    "next-env.d.ts",
  ]),
]);
