/** Unit, contract and end-to-end suites all run under one jest; the slow real-program suites
 *  (LibreOffice, Chromium) live in the same tree and skip loudly when their program is absent. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } }, module: { type: "commonjs" } }],
  },
  testTimeout: 60000,
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-stub.ts" },
};
