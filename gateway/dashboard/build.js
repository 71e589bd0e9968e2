#!/usr/bin/env node
// Bundles the board dashboards (gateway/dashboard/src) with esbuild into
// gateway/dist/dashboard-client, which the gateway serves at /dashboard.
// Run by the root `npm run build` after `tsc -b` has type-checked the client.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const here = __dirname;
const out = path.join(here, "..", "dist", "dashboard-client");

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, "assets"), { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(here, "src", "main.ts")],
    outfile: path.join(out, "assets", "dashboard.js"),
    bundle: true,
    format: "esm",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    minify: true,
    sourcemap: true,
    legalComments: "linked",
    logLevel: "warning",
  });
  fs.copyFileSync(path.join(here, "styles.css"), path.join(out, "assets", "dashboard.css"));
  fs.copyFileSync(path.join(here, "index.html"), path.join(out, "index.html"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
