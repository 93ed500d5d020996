import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // Internal links are plain <a> elements on purpose: components/site/client-navigation.tsx makes
      // them client-side navigations with one listener, so pages hydrate no Link component per link.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  // Playwright fixtures receive a `use` callback that is not React's hook.
  { files: ["e2e/**", "e2e-engines/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([".next/**", "node_modules/**", "public/sw.js", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
