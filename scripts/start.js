#!/usr/bin/env node
// Starts the whole graph with one command: the three subgraphs, then the
// gateway once they answer. A process that crashes is restarted (with
// back-off; after 5 crashes in 60 s the graph stops, saying so). One Ctrl-C
// or SIGTERM stops the gateway first, letting it finish what is in flight,
// then the subgraphs; a second Ctrl-C stops everything at once.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { gatewayNodeOptions } = require("./gateway-node-options");
const { createSupervisor } = require("./supervisor");

const root = path.resolve(__dirname, "..");
process.chdir(root);
// .env (see .env.example) as the services read it; what the environment already says wins.
if (fs.existsSync(".env")) process.loadEnvFile(".env");
const env = process.env;
if (env.NODE_ENV !== "production") {
  // Local development: the dashboards' "pick a role" sign-in is on unless .env or the environment says DEV_SIGN_IN=false.
  env.DEV_SIGN_IN ??= "true";
  // The services write to this script's pipes; their logs are for a person when this terminal is interactive.
  if (process.stdout.isTTY) env.LOG_FORMAT ??= "pretty";
}
const port = (name, fallback) => Number(env[name] || fallback);
const services = [
  { name: "corporate", entry: "subgraphs/corporate/dist/index.js", port: port("CORPORATE_PORT", 4001), stage: 0 },
  { name: "children", entry: "subgraphs/children/dist/index.js", port: port("CHILDREN_PORT", 4002), stage: 0 },
  { name: "adults", entry: "subgraphs/adults/dist/index.js", port: port("ADULTS_PORT", 4003), stage: 0 },
  { name: "gateway", entry: "gateway/dist/index.js", port: port("GATEWAY_PORT", 4000), nodeOptions: gatewayNodeOptions(env), stage: 1 },
];
const supervisor = createSupervisor({ root, env, services });

async function stopAndExit(code) {
  if (code !== undefined) process.exitCode = code;
  await supervisor.stop();
  console.log("The graph has stopped.");
  process.exit(process.exitCode ?? 0);
}

supervisor.onGiveUp(() => void stopAndExit(1));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (supervisor.stopping) {
      console.log("Stopping at once.");
      supervisor.kill();
      return;
    }
    console.log(`\n${signal}: the gateway finishes what is in flight, then the subgraphs stop…`);
    void stopAndExit();
  });
}

(async () => {
  const database = env.DATABASE_URL ? "MySQL (DATABASE_URL)" : `embedded SQLite in ${path.resolve(env.DATA_DIR || "./data")}`;
  console.log(`Starting the sector-led improvement supergraph on ${database}…`);
  const startedAt = Date.now();
  await supervisor.start();
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const gateway = services.find((service) => service.name === "gateway");
  console.log(`\nThe graph is up in ${seconds} s. Gateway: http://localhost:${gateway.port}/graphql (Ctrl-C stops all four)\n`);
})().catch((error) => {
  console.error(`\nThe graph did not start: ${error.message}`);
  void stopAndExit(1);
});
