// npm run bench -- --scale N: after the graph has seeded, copies the demo
// activity records (peer challenges, reviews, self-assessments, local accounts,
// metric and indicator values, leadership places …) N − 1 more times straight
// into each board's database, so the same operations run over N times the
// activity. Bench-only: never part of the product, never run by `npm start`.
//
// Copies keep provenance DEMO and keep every unique rule: a copy takes the id
// of its original shifted by k × (the table's largest id), its children follow
// their parent's shift, and where a rule allows one record per council, the
// copies are history (cancelled challenges, withdrawn reviews, superseded
// accounts, unsubsidised places) or sit in earlier periods (values and
// self-assessments, k × the span of the seeded years back).
"use strict";

/**
 * What to copy, board by board, in order (parents first). `shift` names the
 * table whose id offset a column follows; `set` overrides a column with SQL;
 * `period` names a `YYYY/YY` column to move back; `where` limits the originals.
 */
const PLAN = {
  corporate: [
    { table: "corporate_peer_challenge", set: { no_cost: "0", no_cost_window: "NULL" } },
    { table: "corporate_peer_challenge_focus_area", shift: { challenge_id: "corporate_peer_challenge" } },
    { table: "corporate_peer_challenge_peer", shift: { challenge_id: "corporate_peer_challenge" } },
    { table: "leadership_place", set: { subsidised: "0", subsidised_year: "NULL" } },
    { table: "metric_value", noId: true, period: "period" },
  ],
  children: [
    { table: "childrens_peer_challenge", set: { status: "'CANCELLED'", live_council_code: "NULL", dcs_days_given: "NULL" } },
    { table: "childrens_peer_challenge_team", noId: true, shift: { challenge_id: "childrens_peer_challenge" } },
    {
      table: "safeguarding_peer_review",
      set: {
        open_council_code: "NULL",
        status: "CASE WHEN status IN ('REPORTED', 'WITHDRAWN') THEN status ELSE 'WITHDRAWN' END",
        withdrawn_on: "CASE WHEN status IN ('REPORTED', 'WITHDRAWN') THEN withdrawn_on ELSE requested_on END",
      },
    },
    { table: "support_level_decision" },
    { table: "self_assessment", period: "period" },
    { table: "self_assessment_challenge", shift: { self_assessment_id: "self_assessment" } },
    { table: "self_assessment_challenger", noId: true, shift: { challenge_id: "self_assessment_challenge" } },
    { table: "cds_value", period: "period" },
  ],
  adults: [
    {
      table: "local_account",
      where: "status <> 'DRAFT'",
      set: { status: "'SUPERSEDED'", current_council_code: "NULL", supersedes_id: "NULL", correction_reason: "NULL" },
    },
    {
      table: "local_account_priority",
      where: "local_account_id IN (SELECT id FROM local_account WHERE status <> 'DRAFT')",
      shift: { local_account_id: "local_account" },
    },
  ],
};

/** A tiny common interface over better-sqlite3 and mysql2 for the statements below. */
async function openBoard(kind, where) {
  if (kind === "sqlite") {
    const Database = require("better-sqlite3");
    const db = new Database(where);
    db.pragma("busy_timeout = 10000");
    return {
      all: async (sql, params = []) => db.prepare(sql).all(...params),
      run: async (sql, params = []) => db.prepare(sql).run(...params).changes,
      begin: async () => db.exec("BEGIN IMMEDIATE"),
      commit: async () => db.exec("COMMIT"),
      close: async () => db.close(),
    };
  }
  const mysql = require("mysql2/promise");
  const connection = await mysql.createConnection(where);
  return {
    all: async (sql, params = []) => (await connection.query(sql, params))[0],
    run: async (sql, params = []) => (await connection.query(sql, params))[0].affectedRows,
    begin: async () => connection.query("START TRANSACTION"),
    commit: async () => connection.query("COMMIT"),
    close: async () => connection.end(),
  };
}

const periodYear = (period) => Number(String(period).slice(0, 4));
const periodOf = (year) => `${year}/${String((year + 1) % 100).padStart(2, "0")}`;

/**
 * Multiplies one board's demo activity `scale` times. `where` is the SQLite
 * file or the MySQL URL with the board's database. Returns rows before and after per table.
 */
async function scaleBoard(kind, where, board, scale) {
  const db = await openBoard(kind, where);
  const counts = {};
  try {
    await db.begin();
    const maxId = {};
    for (const step of PLAN[board]) {
      const { table } = step;
      const [{ n }] = await db.all(`SELECT COUNT(*) AS n FROM ${table}`);
      counts[table] = { before: Number(n) };
      if (!step.noId) maxId[table] = Number((await db.all(`SELECT MAX(id) AS m FROM ${table}`))[0].m ?? 0);
    }
    for (const step of PLAN[board]) {
      const { table } = step;
      const sample = await db.all(`SELECT * FROM ${table} LIMIT 1`);
      if (!sample.length) continue;
      const columns = Object.keys(sample[0]);
      // Only the originals: rows at or below the table's (or its parent's) largest id before copying.
      const originals = [];
      if (!step.noId) originals.push(`id <= ${maxId[table]}`);
      for (const [column, parent] of Object.entries(step.shift ?? {})) originals.push(`${column} <= ${maxId[parent]}`);
      if (step.where) originals.push(step.where);
      let periodMap;
      if (step.period) {
        const periods = (await db.all(`SELECT DISTINCT ${step.period} AS p FROM ${table}`)).map((row) => row.p);
        const years = periods.map(periodYear);
        const span = Math.max(...years) - Math.min(...years) + 1;
        periodMap = (k) => `CASE ${step.period} ${periods.map((p) => `WHEN '${p}' THEN '${periodOf(periodYear(p) - k * span)}'`).join(" ")} END`;
        originals.push(`${step.period} IN (${periods.map((p) => `'${p}'`).join(", ")})`);
      }
      for (let k = 1; k < scale; k += 1) {
        const select = columns.map((column) => {
          if (column === "id") return `id + ${k * maxId[table]}`;
          if (step.shift?.[column]) return `\`${column}\` + ${k * maxId[step.shift[column]]}`;
          if (step.set && column in step.set) return step.set[column];
          if (column === step.period) return periodMap(k);
          return `\`${column}\``;
        });
        await db.run(
          `INSERT INTO ${table} (${columns.map((column) => `\`${column}\``).join(", ")}) SELECT ${select.join(", ")} FROM ${table}${originals.length ? ` WHERE ${originals.join(" AND ")}` : ""}`,
        );
      }
    }
    await db.commit();
    for (const { table } of PLAN[board]) {
      const [{ n }] = await db.all(`SELECT COUNT(*) AS n FROM ${table}`);
      counts[table].after = Number(n);
    }
  } finally {
    await db.close();
  }
  return counts;
}

module.exports = { scaleBoard, PLAN };
