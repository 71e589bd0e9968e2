#!/usr/bin/env node
// Bundles the self-hosted explorer (GraphiQL with its explorer plugin, from
// npm) with esbuild into gateway/dist/explorer-client, which the gateway
// serves at /graphiql. Everything it needs is in the bundle: the build fails
// if the bundle still names a remote address it would load from.
// Run by the root `npm run build`.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const here = __dirname;
const out = path.join(here, "..", "dist", "explorer-client");

/** `url(https://…)`, `@import "https://…"`, `src="//…"`: what a browser would fetch from elsewhere. */
const REMOTE_LOAD = /(?:url\(\s*['"]?|@import\s+['"]|(?:src|href)\s*=\s*['"])(?:https?:)?\/\/(?!localhost|127\.0\.0\.1)/i;

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, "assets"), { recursive: true });
  await esbuild.build({
    entryPoints: { explorer: path.join(here, "src", "main.ts") },
    outdir: path.join(out, "assets"),
    bundle: true,
    format: "esm",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    minify: true,
    sourcemap: true,
    legalComments: "linked",
    // Fonts and images the styles use go into the bundle too, never to another host.
    loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl", ".png": "dataurl" },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  fs.copyFileSync(path.join(here, "index.html"), path.join(out, "index.html"));
  for (const file of ["index.html", "assets/explorer.js", "assets/explorer.css"]) {
    const text = fs.readFileSync(path.join(out, file), "utf8");
    const match = REMOTE_LOAD.exec(text);
    if (match) throw new Error(`${file} would load from another host: …${text.slice(match.index, match.index + 80)}…`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
