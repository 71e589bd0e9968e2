// Tests are TypeScript beside the code (src/**/*.test.ts), type-checked and
// compiled by `tsc -b` with everything else; jest runs the compiled files, so
// tests exercise exactly what `npm start` runs, with one copy of each module.
const fs = require("node:fs");
const path = require("node:path");

const packages = ["shared", "subgraphs/corporate", "subgraphs/children", "subgraphs/adults", "gateway", "test"];

// A compiled test whose source was deleted stays in dist/ until a clean build: skip it.
function orphanedTests(dir, srcDir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return orphanedTests(full, path.join(srcDir, entry.name));
    if (!entry.name.endsWith(".test.js")) return [];
    return fs.existsSync(path.join(srcDir, entry.name.replace(/\.js$/, ".ts"))) ? [] : [full];
  });
}

module.exports = {
  testEnvironment: "node",
  roots: packages.filter((pkg) => fs.existsSync(path.join(__dirname, pkg, "dist"))).map((pkg) => `<rootDir>/${pkg}/dist`),
  testMatch: ["**/*.test.js"],
  testPathIgnorePatterns: [
    "/node_modules/",
    ...packages.flatMap((pkg) => orphanedTests(path.join(__dirname, pkg, "dist"), path.join(__dirname, pkg, "src"))),
  ],
  // Probes once for MariaDB: its half of the suite runs, is skipped with one line, or (CI=true) is required.
  globalSetup: "<rootDir>/scripts/jest-database.js",
  setupFilesAfterEnv: ["<rootDir>/scripts/jest-mariadb-skip.js"],
  testTimeout: 120_000,
  maxWorkers: 2,
  // A worker that has grown past this after a suite is replaced: one heavy suite (the soak, the runaways) does not weigh on the next.
  workerIdleMemoryLimit: "1GB",
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.js"],
};
