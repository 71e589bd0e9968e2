#!/usr/bin/env node
// node bench/profile-summary.js FILE.cpuprofile [top]: self time by function and by package,
// for the profiles `npm run bench -- --profile` writes to bench/profiles/.
"use strict";
const fs = require("node:fs");

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/profile-summary.js FILE.cpuprofile [top]");
  process.exit(2);
}
const top = Number(topArg) || 25;
const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i += 1) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const packageOf = (url) => {
  if (!url) return "(native/vm)";
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  const ours = /\/(gateway|shared|subgraphs\/\w+)\/dist\//.exec(url);
  return ours ? `(ours) ${ours[1]}` : url;
};
const functions = new Map();
const packages = new Map();
for (const [id, time] of self) {
  const { callFrame } = byId.get(id);
  const name = `${callFrame.functionName || "(anonymous)"} ${packageOf(callFrame.url)}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ""}`;
  functions.set(name, (functions.get(name) ?? 0) + time);
  const pkg = packageOf(callFrame.url);
  packages.set(pkg, (packages.get(pkg) ?? 0) + time);
}
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
show("self time by package", packages);
show("self time by function", functions);
