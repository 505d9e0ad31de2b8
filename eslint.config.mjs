// Lint: typescript-eslint's recommended rules, the Office add-in rules on every Office.js call
// site, no code execution from data anywhere, and no Office/DOM/Node I/O inside src/core.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "dist-cli/**", "out/**", "coverage/**", ".test-output/**", "schema/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // Core is pure: no Office, no DOM, no file system. Environments are injected from outside.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "navigator", "fetch"],
      "no-restricted-imports": [
        "error",
        {
          paths: ["fs", "path", "os", "child_process", "exceljs", "react", "react-dom"],
          patterns: ["node:*", "@fluentui/*", "**/src/workbook/**", "../../workbook/*", "../../taskpane/*", "../../cli/*"],
        },
      ],
    },
  },
  {
    // Tests poke at malformed documents on purpose.
    files: ["tests/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["jest.config.js", "webpack.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
