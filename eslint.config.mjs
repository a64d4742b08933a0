// ESLint for the extension's own JavaScript (run by `python build.py test`).
import js from "@eslint/js";
import globals from "globals";

const shared = {
  ...globals.browser,
  ...globals.webextensions,
  TBYP: "writable",
  importScripts: "readonly", // the Chrome service worker loads its shared scripts with it
};

export default [
  { ignores: ["dist/**", "node_modules/**", ".venv/**", ".cache/**", "e2e/replicas/build/**"] },
  js.configs.recommended,
  {
    // Classic scripts: content scripts, the background, extension pages. They share TBYP.
    files: ["extension/**/*.js"],
    ignores: ["extension/practice/**", "extension/engine/worker.js"],
    languageOptions: { sourceType: "script", ecmaVersion: 2024, globals: shared },
    rules: {
      "no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      eqeqeq: ["error", "always"],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // ES modules: the engine's worker and its modules, the practice page, the replicas and build
    // scripts.
    files: [
      "extension/engine/worker.js",
      "extension/engine/*.mjs",
      "extension/practice/**/*.js",
      "e2e/replicas/**/*.js",
      "scripts/**/*.mjs",
      "builder/**/*.mjs",
      "bench/**/*.mjs",
      "tests/pyodide/**/*.mjs",
    ],
    languageOptions: {
      sourceType: "module",
      ecmaVersion: 2024,
      globals: { ...globals.browser, ...globals.worker, ...globals.node },
    },
    rules: { eqeqeq: ["error", "always"], "no-eval": "error", "no-new-func": "error" },
  },
];
