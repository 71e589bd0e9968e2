// Jest globalSetup: asks once, before any test file, whether the MariaDB half
// of the suite can run. Every `describe.each(["sqlite", "mysql"])` and
// `describeOnMariaDB` reads the answer from SLI_TEST_MARIADB (test workers
// inherit the environment), so a laptop without a database server runs the
// SQLite half and hears one line about the rest; CI must have both.
"use strict";
const mysql = require("mysql2/promise");

const DEFAULT_URL = "mysql://root@127.0.0.1:3306";

/** Where the MariaDB tests connect, without its password (for messages). */
function describeServer(raw) {
  try {
    const url = new URL(raw);
    return `${url.hostname}:${url.port || 3306}`;
  } catch {
    return raw;
  }
}

async function answers(raw) {
  let connection;
  try {
    connection = await mysql.createConnection({ uri: raw, connectTimeout: 3000 });
    await connection.query("SELECT 1");
    return null;
  } catch (error) {
    return error.code || error.message;
  } finally {
    await connection?.end().catch(() => undefined);
  }
}

module.exports = async function probeDatabase() {
  // A second run in the same process (watch mode) keeps the first answer.
  if (process.env.SLI_TEST_MARIADB) return;
  const given = process.env.TEST_DATABASE_URL;
  const raw = given || DEFAULT_URL;
  const problem = await answers(raw);
  if (!problem) {
    process.env.SLI_TEST_MARIADB = "present";
    return;
  }
  const where = given ? `TEST_DATABASE_URL (${describeServer(raw)})` : `a MariaDB/MySQL server at ${describeServer(raw)}`;
  const howToRun = "start MariaDB there (root, empty password) or set TEST_DATABASE_URL=mysql://user:password@host:port";
  if (process.env.CI === "true") {
    // Fails before any test runs, with the one line and no stack trace.
    console.error(`\nCI=true needs MariaDB, and there is no answer from ${where} (${problem}): ${howToRun}.`);
    process.exit(1);
  }
  process.env.SLI_TEST_MARIADB = "absent";
  console.log(`\nMariaDB tests skipped: no answer from ${where} (${problem}); the SQLite half runs. To run them, ${howToRun}.`);
};
