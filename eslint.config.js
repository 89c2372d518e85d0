// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    rules: {
      // every regular expression runs over untrusted scraped text: none may backtrack without end
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // plain-JavaScript entry points and scripts that run on Node
    files: ["bin/**/*.js", "bench/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", performance: "readonly", URL: "readonly", Buffer: "readonly" } },
  },
);
