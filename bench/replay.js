#!/usr/bin/env node
// node bench/replay.js FETCHES.json corporate|children|adults|gateway [--repeat N] [--mysql] [--gateway-node-options="…"]:
// the mixed workload's reads (BENCH_DUMP_FETCHES=FILE npm run bench -- --workload mixed) sent again one
// at a time — to one subgraph alone, its recorded fetches; or to our gateway (no response cache) over
// the three subgraphs, the client requests — and the CPU that process spent per request. One client,
// nothing else asking: its own cost, for before-and-after comparisons on a machine that others share.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const { spawn } = require("node:child_process");
const { parseArgs } = require("node:util");

const root = path.resolve(__dirname, "..");
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: "string", default: "3" }, mysql: { type: "boolean", default: false }, "gateway-node-options": { type: "string", default: "--max-old-space-size=192" } },
});
const [file, target] = positionals;
const BOARDS = ["corporate", "children", "adults"];
if (!file || ![...BOARDS, "gateway"].includes(target)) {
  console.error('usage: node bench/replay.js FETCHES.json corporate|children|adults|gateway [--repeat N] [--mysql] [--gateway-node-options="…"]');
  process.exit(2);
}

const cpuMs = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

function post(agent, port, headers, body) {
  return new Promise((resolve, reject) => {
    const request = http.request({ agent, host: "127.0.0.1", port, path: "/graphql", method: "POST", headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (response) => {
      const chunks = [];
      response.on("data", (c) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

(async () => {
  const dump = JSON.parse(fs.readFileSync(file, "utf8"));
  // Only reads: a write replayed would change what the next pass reads.
  const reads = dump.requests.filter((r) => !r.kind.startsWith("write-"));
  const fetches = target === "gateway" ? reads : reads.flatMap((r) => r.stages.flat()).filter((f) => f.board === target);
  const basePort = 20000 + Math.floor(Math.random() * 20000);
  const ports = { corporate: basePort, children: basePort + 1, adults: basePort + 2, gateway: basePort + 3 };
  const port = ports[target];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sli-replay-"));
  const prefix = `slireplay_${process.pid}`;
  const env = {
    ...process.env,
    NODE_ENV: "production",
    JWT_SECRET: dump.jwtSecret,
    DEMO_DATA: "true",
    LOG_LEVEL: "warn",
    DATA_DIR: dataDir,
    PUBLIC_CACHE_SECONDS: "0",
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(BOARDS.map((board) => [`${board.toUpperCase()}_PORT`, String(ports[board])])),
    ...Object.fromEntries(BOARDS.map((board) => [`${board.toUpperCase()}_URL`, `http://127.0.0.1:${ports[board]}/graphql`])),
    ...(values.mysql ? { DATABASE_URL: "mysql://root@127.0.0.1:3306", DATABASE_PREFIX: prefix } : {}),
  };
  const boards = target === "gateway" ? BOARDS : [target];
  const children = boards.map((board) => spawn(process.execPath, [`subgraphs/${board}/dist/index.js`], { cwd: root, env, stdio: "ignore" }));
  const ready = async (name) => {
    for (let i = 0; ; i += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${ports[name]}/health/ready`)).ok) return;
      } catch {
        // not yet
      }
      if (i > 400) throw new Error(`${name} did not start`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  let child = children[0];
  try {
    for (const board of boards) await ready(board);
    if (target === "gateway") {
      const options = values["gateway-node-options"].split(/\s+/).filter(Boolean);
      child = spawn(process.execPath, [...options, "gateway/dist/index.js"], { cwd: root, env, stdio: "ignore" });
      children.push(child);
      await ready("gateway");
    }
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (const f of fetches.slice(0, 200)) await post(agent, port, f.headers, f.body); // warm-up
    const passes = [];
    for (let pass = 0; pass < Number(values.repeat); pass += 1) {
      const before = cpuMs(child.pid);
      const t0 = performance.now();
      let failed = 0;
      for (const f of fetches) if ((await post(agent, port, f.headers, f.body)).status !== 200) failed += 1;
      passes.push({ cpuMsPerFetch: Math.round(((cpuMs(child.pid) - before) / fetches.length) * 1000) / 1000, wallMsPerFetch: Math.round(((performance.now() - t0) / fetches.length) * 1000) / 1000, failed });
    }
    agent.destroy();
    const cpu = passes.map((p) => p.cpuMsPerFetch).sort((a, b) => a - b);
    console.log(JSON.stringify({ target, requests: fetches.length, passes, medianCpuMsPerFetch: cpu[Math.floor(cpu.length / 2)], loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10) }));
  } finally {
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : (c.once("exit", r), c.kill("SIGTERM"))))));
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (values.mysql) {
      const mysql = require("mysql2/promise");
      const connection = await mysql.createConnection("mysql://root@127.0.0.1:3306");
      for (const board of boards) await connection.query(`DROP DATABASE IF EXISTS \`${prefix}_${board}\``);
      await connection.end();
    }
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
