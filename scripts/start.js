#!/usr/bin/env node
// Starts the whole graph with one command: the three subgraphs, then the
// gateway once they answer. One Ctrl-C stops all four; a process that dies is
// reported by name (and, before the graph is up, stops the rest).
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");
const readline = require("node:readline");
const { gatewayNodeOptions } = require("./gateway-node-options");

const root = path.resolve(__dirname, "..");
const env = process.env;
const port = (name, fallback) => Number(env[name] || fallback);
const services = [
  { name: "corporate", entry: "subgraphs/corporate/dist/index.js", port: port("CORPORATE_PORT", 4001) },
  { name: "children", entry: "subgraphs/children/dist/index.js", port: port("CHILDREN_PORT", 4002) },
  { name: "adults", entry: "subgraphs/adults/dist/index.js", port: port("ADULTS_PORT", 4003) },
];
const gatewayService = { name: "gateway", entry: "gateway/dist/index.js", port: port("GATEWAY_PORT", 4000), nodeOptions: gatewayNodeOptions(env) };
const children = new Map();
let stopping = false;
let started = false;

function run(service) {
  const child = spawn(process.execPath, [...(service.nodeOptions ?? []), path.join(root, service.entry)], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  children.set(service.name, child);
  const label = `[${service.name}]`.padEnd(12);
  console.log(`${label} started (pid ${child.pid}, port ${service.port})`);
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on("line", (line) => console.log(`${label} ${line}`));
  }
  child.on("exit", (code, signal) => {
    children.delete(service.name);
    if (stopping) {
      if (children.size === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    console.error(`\n${service.name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    process.exitCode = 1;
    if (!started) stopAll();
    else console.error("The rest of the graph stays up; the gateway answers without this board until it returns.");
  });
  return child;
}

async function waitUntilReady(service, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!children.has(service.name)) throw new Error(`${service.name} exited before it was ready`);
    try {
      const response = await fetch(`http://127.0.0.1:${service.port}/health/live`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} did not answer on port ${service.port} within ${timeoutMs / 1000} s`);
}

function stopAll() {
  if (stopping) return;
  stopping = true;
  if (children.size === 0) process.exit(process.exitCode ?? 0);
  for (const child of children.values()) child.kill("SIGTERM");
  setTimeout(() => {
    for (const child of children.values()) child.kill("SIGKILL");
    process.exit(process.exitCode ?? 1);
  }, 10_000).unref();
}

process.on("SIGINT", stopAll);
process.on("SIGTERM", stopAll);

(async () => {
  const database = env.DATABASE_URL ? "MySQL (DATABASE_URL)" : `embedded SQLite in ${path.resolve(env.DATA_DIR || "./data")}`;
  console.log(`Starting the sector-led improvement supergraph on ${database}…`);
  const startedAt = Date.now();
  for (const service of services) run(service);
  await Promise.all(services.map((service) => waitUntilReady(service)));
  run(gatewayService);
  await waitUntilReady(gatewayService);
  started = true;
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`\nThe graph is up in ${seconds} s. Gateway: http://localhost:${gatewayService.port}/graphql (Ctrl-C stops all four)\n`);
})().catch((error) => {
  console.error(`\nThe graph did not start: ${error.message}`);
  process.exitCode = 1;
  stopAll();
});
