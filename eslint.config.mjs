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
  // Layering (README "Project layout"): the domain is pure, the data layer is not HTTP, routes do not reach into UI
  // components. Tests and test helpers may read fixture files.
  {
    files: ["app/domain/**/*.ts"],
    ignores: ["**/*.test.ts", "app/domain/exports/golden-file.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(next|react|react-dom|@prisma/.*|server-only|(node:)?fs(/promises)?)(/.*)?$",
              message: "app/domain is pure TypeScript: no Next, React, Prisma or file system.",
            },
            {
              regex: "(^|/)(prisma/generated|data|application|http|ui)(/|$)",
              message: "app/domain imports only other domain modules and libraries.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/data/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^next(/.*)?$",
              message: "app/data is Prisma access only: no next/server or other Next modules (HTTP lives in app/http).",
            },
            {
              // The one Result/AppError convention (app/http/app-error.ts) is shared by every layer.
              regex: "(^|/)((application|ui)(/|$)|http/(?!app-error$))",
              message: "app/data sits below app/application, app/http and app/ui: import them the other way round.",
            },
          ],
        },
      ],
    },
  },
  {
    // Next's request/response types belong to the HTTP seam (app/http) and the routes.
    files: ["app/application/**/*.ts", "app/auth/**/*.ts", "app/ui/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^next/server$",
              message: "NextResponse/NextRequest stay in the routes and app/http (app/http/responses.ts, route.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/api/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)ui(/|$)",
              message:
                "API routes do not import UI components; shared rules belong in app/domain, app/i18n or app/http.",
            },
          ],
        },
      ],
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
