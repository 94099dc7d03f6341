// ESLint's flat config: the recommended JavaScript rules, typescript-eslint's strict set, the
// Next.js rules (React, hooks, Core Web Vitals), and Prettier's switch-off of every rule that
// would argue with the formatter. `npm run lint` runs it with zero warnings allowed.
import js from "@eslint/js";
import nextVitals from "eslint-config-next/core-web-vitals";
import prettier from "eslint-config-prettier/flat";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [".next/", ".next-bench/", "dist/", "coverage/", "test-results/", "playwright-report/", "next-env.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...nextVitals,
  prettier,
  {
    rules: {
      // Unused names are mistakes, except the `_` of a value skipped on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // A test asserts what it reads (`expect(x).toBeDefined()`) before it uses it; a non-null
    // assertion after that says the same thing shorter, and a wrong one fails the test.
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
