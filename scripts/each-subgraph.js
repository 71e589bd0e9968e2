#!/usr/bin/env node
// `npm run migrate` / `npm run seed`: run one step on every board's database
// (SQLite files by default, MySQL with DATABASE_URL), without starting servers.
"use strict";
require("reflect-metadata");
const { createLogger, loadConfig, migrate, openDatabase, readDotEnv, BOARDS } = require("../shared/dist");

const step = process.argv[2];
if (step !== "migrate" && step !== "seed") {
  console.error("usage: each-subgraph.js migrate|seed");
  process.exit(2);
}

(async () => {
  readDotEnv();
  const config = loadConfig();
  for (const board of BOARDS) {
    const subgraph = require(`../subgraphs/${board}/dist/server.js`);
    const seed = subgraph[`seed${board[0].toUpperCase()}${board.slice(1)}`];
    const log = createLogger(board, config.logLevel, config.logFormat);
    const { dataSource } = await openDatabase({
      board,
      settings: config.databases[board],
      entities: subgraph.entities,
      migrations: subgraph.migrations,
      log,
      prepare: false,
      // Migrations and seeds read what they are about to write: never from a replica.
      primaryOnly: true,
    });
    try {
      await migrate(dataSource, log);
      if (step === "seed") await seed(dataSource, config);
      console.log(`${board}: ${step === "seed" ? "migrated and seeded" : "migrated"}`);
    } finally {
      await dataSource.destroy();
    }
  }
})().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
