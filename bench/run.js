#!/usr/bin/env node
// npm run bench: the three shared operations measured through the gateway, side
// by side with the corporate subgraph answered directly and with Hive Gateway
// serving the same supergraph over the same subgraphs. See bench/README.md.
"use strict";
const { spawn, execFileSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");
const { parseArgs } = require("node:util");
const autocannon = require("autocannon");
const { scaleBoard } = require("./scale");
const { gatewayNodeOptions } = require("../scripts/gateway-node-options");

const root = path.resolve(__dirname, "..");
const OPERATIONS = [
  { name: "council-single-view", variables: { code: "E06000052" } },
  { name: "region-overview", variables: { region: "E12000008" } },
  { name: "england-overview", variables: {} },
];
// Answered by the corporate subgraph alone: the gateway's own cost.
const CORPORATE_ONLY = "query CorporateOnly { councils { code name type upperTier } }";
const BOARDS = ["corporate", "children", "adults"];

const usage = `usage: npm run bench -- [--duration S] [--one-client-duration S] [--connections N] [--warmup S]
       [--workload operations|mixed] [--seed N] [--pool N] [--mysql | --db sqlite|mysql] [--scale N] [--no-hive] [--development] [--token ROLE|none] [--operations a,b] [--profile] [--label TEXT] [--out DIR]
       [--gateway-node-options "--max-semi-space-size=…"]`;

function options() {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "7" },
      "one-client-duration": { type: "string" },
      connections: { type: "string", default: "50" },
      warmup: { type: "string", default: "2" },
      mysql: { type: "boolean", default: false },
      scale: { type: "string", default: "1" },
      "no-hive": { type: "boolean", default: false },
      token: { type: "string", default: "none" },
      operations: { type: "string" },
      profile: { type: "boolean", default: false },
      development: { type: "boolean", default: false },
      label: { type: "string" },
      "gateway-node-options": { type: "string" },
      out: { type: "string", default: path.join(root, "bench/results") },
      workload: { type: "string", default: "operations" },
      db: { type: "string" },
      seed: { type: "string", default: "17" },
      pool: { type: "string", default: "1000" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const number = (name) => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number\n${usage}`);
    return value;
  };
  return {
    duration: number("duration"),
    oneClientDuration: values["one-client-duration"] ? number("one-client-duration") : number("duration"),
    connections: Math.round(number("connections")),
    warmup: number("warmup"),
    mysql: values.mysql || values.db === "mysql" || values.db === "mariadb",
    workload: (() => {
      if (!["operations", "mixed"].includes(values.workload)) throw new Error(`--workload is operations (the default) or mixed\n${usage}`);
      return values.workload;
    })(),
    seed: Number(values.seed) >>> 0,
    pool: Math.round(number("pool")),
    scale: (() => {
      const scale = Number(values.scale);
      if (!Number.isInteger(scale) || scale < 1 || scale > 100) throw new Error(`--scale must be a whole number from 1 to 100\n${usage}`);
      return scale;
    })(),
    hive: !values["no-hive"],
    token: values.token.toLowerCase() === "none" ? undefined : values.token.toUpperCase(),
    operations: values.operations ? values.operations.split(",") : OPERATIONS.map((op) => op.name),
    profile: values.profile,
    development: values.development,
    label: values.label,
    // As `npm start` runs it (GATEWAY_NODE_OPTIONS or the default heap cap) unless given here.
    gatewayNodeOptions: gatewayNodeOptions(values["gateway-node-options"] === undefined ? process.env : { GATEWAY_NODE_OPTIONS: values["gateway-node-options"] }),
    out: path.resolve(values.out),
  };
}

// ---------------------------------------------------------------- processes

/** Free ports on 127.0.0.1 (never the project's fixed 4000-4003), held together so that they differ. */
async function freePorts(count) {
  const servers = [];
  const ports = [];
  while (ports.length < count) {
    const server = net.createServer();
    await new Promise((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
    servers.push(server);
    const { port } = server.address();
    if (port < 4000 || port > 4003) ports.push(port);
  }
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

const running = [];

function start(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const tail = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split("\n")) if (line.trim()) tail.push(line);
    while (tail.length > 40) tail.shift();
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const service = { name, child, tail, exited: false };
  child.on("exit", (code, signal) => {
    service.exited = true;
    service.exit = signal ?? `exit code ${code}`;
  });
  running.push(service);
  return service;
}

async function waitFor(service, check, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.exited) throw new Error(`${service.name} exited (${service.exit}) before it was ready:\n${service.tail.join("\n")}`);
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${service.name} was not ready within ${timeoutMs / 1000} s:\n${service.tail.join("\n")}`);
}

async function stopAll() {
  const alive = running.filter((service) => !service.exited);
  await Promise.all(
    alive.map(
      (service) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => {
            if (!service.exited) service.child.kill("SIGKILL");
            resolve();
          }, 15_000);
          service.child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          service.child.kill("SIGTERM");
        }),
    ),
  );
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- measuring

function rssKb(pid, field = "VmRSS") {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    if (match) return Number(match[1]);
  } catch {
    // not Linux: ps below
  }
  if (field !== "VmRSS") return undefined;
  try {
    return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim()) || undefined;
  } catch {
    return undefined;
  }
}

/** The peak RSS a process reached: the kernel's high-water mark where there is one, else the highest sample. */
class MemoryWatch {
  constructor(pid) {
    this.pid = pid;
    this.peakKb = 0;
    this.timer = setInterval(() => this.sample(), 200);
    this.timer.unref();
  }
  sample() {
    const kb = rssKb(this.pid);
    if (kb && kb > this.peakKb) this.peakKb = kb;
  }
  stop() {
    clearInterval(this.timer);
    this.sample();
    const hwm = rssKb(this.pid, "VmHWM");
    return { sampledPeakMb: mb(this.peakKb * 1024), highWaterMarkMb: hwm ? mb(hwm * 1024) : undefined };
  }
}

const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function postJson(url, body, headers = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: { text } };
  }
}

/** The counters each subgraph exposes at /metrics that say how much SQL it ran. */
async function sqlCounters(metricsUrls) {
  const counters = {};
  for (const [board, url] of Object.entries(metricsUrls)) {
    const text = await (await fetch(url)).text();
    // The sum over every labelled series of a metric (graphql_requests_total is by operation and outcome).
    const total = (name) => {
      let sum = 0;
      for (const match of text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})?\\s+([0-9.eE+-]+)$`, "gm"))) sum += Number(match[1]);
      return sum;
    };
    counters[board] = { statements: total("sql_statements_total"), fetches: total("graphql_requests_total") };
  }
  return counters;
}

/** Per gateway request: each subgraph's SQL statements and the fetches the gateway made to it. */
function sqlPerRequest(before, after, requests) {
  const result = {};
  for (const board of Object.keys(after)) {
    const statements = after[board].statements - before[board].statements;
    const fetches = after[board].fetches - before[board].fetches;
    result[board] = {
      statementsPerRequest: round(statements / requests, 2),
      fetchesPerRequest: round(fetches / requests, 2),
      statementsPerFetch: fetches ? round(statements / fetches, 2) : 0,
    };
  }
  return result;
}

const round = (value, digits = 1) => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null);

function percentile(sorted, p) {
  if (!sorted.length) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** One autocannon run: requests per second and latency percentiles from every response's own time. */
async function load({ url, body, headers, connections, duration, pid }) {
  const latencies = [];
  const watch = pid ? new MemoryWatch(pid) : undefined;
  const instance = autocannon({
    url,
    method: "POST",
    connections,
    duration,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await new Promise((resolve, reject) => {
    instance.once("done", resolve);
    instance.once("error", reject);
  });
  const memory = watch?.stop();
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / (result.duration || duration), 1),
    latencyMs: {
      p50: round(percentile(latencies, 50), 1),
      p95: round(percentile(latencies, 95), 1),
      p99: round(percentile(latencies, 99), 1),
      max: round(latencies[latencies.length - 1], 1),
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    memory,
  };
}

// ---------------------------------------------------------------- the run

async function main() {
  const opts = options();
  if (opts.workload === "mixed") {
    const helpers = { root, BOARDS, start, waitFor, stopAll, freePorts, rssKb, mb, sqlCounters, sqlPerRequest, dropDatabases, gitCommit, round, percentile, sleep, postJson };
    return require("./mixed").main(opts, helpers);
  }
  const operations = opts.operations.map((name) => {
    const known = OPERATIONS.find((op) => op.name === name);
    if (!known) throw new Error(`unknown operation ${name}: ${OPERATIONS.map((op) => op.name).join(", ")}`);
    return { ...known, query: fs.readFileSync(path.join(root, "test/operations", `${name}.graphql`), "utf8") };
  });
  for (const entry of ["gateway/dist/index.js", ...BOARDS.map((b) => `subgraphs/${b}/dist/index.js`)]) {
    if (!fs.existsSync(path.join(root, entry))) throw new Error(`${entry} is missing: run npm run build first`);
  }

  const startedAt = new Date();
  const [gatewayPort, cachedGatewayPort, hivePort, hiveRustPort, ...boardPorts] = await freePorts(4 + BOARDS.length);
  const ports = Object.fromEntries(BOARDS.map((board, i) => [board, boardPorts[i]]));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sli-bench-"));
  const databasePrefix = `slibench_${process.pid}_${Date.now().toString(36)}`;
  const mysqlUrl = process.env.BENCH_DATABASE_URL || "mysql://root@127.0.0.1:3306";
  const env = {
    ...process.env,
    // As deployed (production defaults: graphql-js without its development checks, introspection off), with the demo data on.
    NODE_ENV: opts.development ? "development" : "production",
    JWT_SECRET: `bench-${crypto.randomBytes(24).toString("hex")}`,
    DEMO_DATA: "true",
    LOG_LEVEL: "warn",
    DATA_DIR: dataDir,
    GATEWAY_PORT: String(gatewayPort),
    ...Object.fromEntries(BOARDS.map((board) => [`${board.toUpperCase()}_PORT`, String(ports[board])])),
    ...Object.fromEntries(BOARDS.map((board) => [`${board.toUpperCase()}_URL`, `http://127.0.0.1:${ports[board]}/graphql`])),
  };
  delete env.DATABASE_URL;
  for (const board of BOARDS) delete env[`${board.toUpperCase()}_DATABASE_URL`];
  if (opts.mysql) Object.assign(env, { DATABASE_URL: mysqlUrl, DATABASE_PREFIX: databasePrefix });
  const profileDir = path.join(root, "bench/profiles");
  const nodeArgs = (name) => (opts.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}-${process.pid}.cpuprofile`] : []);

  const cleanup = async () => {
    await stopAll();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (opts.mysql) await dropDatabases(mysqlUrl, databasePrefix);
  };
  process.once("SIGINT", () => {
    console.error("\ninterrupted: stopping the graph");
    void cleanup().finally(() => process.exit(130));
  });

  try {
    console.log(`Starting the graph on ${opts.mysql ? `MySQL (${databasePrefix}_*)` : `SQLite in ${dataDir}`}…`);
    const subgraphs = BOARDS.map((board) => start(board, [...nodeArgs(board), `subgraphs/${board}/dist/index.js`], env));
    await Promise.all(subgraphs.map((service, i) => waitFor(service, async () => (await fetch(`http://127.0.0.1:${ports[BOARDS[i]]}/health/ready`)).ok)));
    let scaled;
    if (opts.scale > 1) {
      // Before the gateway (and so before any request): the subgraphs have seeded and read nothing yet.
      scaled = {};
      for (const board of BOARDS) {
        const where = opts.mysql ? `${mysqlUrl}/${databasePrefix}_${board}` : path.join(dataDir, `${board}.sqlite`);
        scaled[board] = await scaleBoard(opts.mysql ? "mysql" : "sqlite", where, board, opts.scale);
      }
      const rows = (key) => Object.values(scaled).reduce((sum, tables) => sum + Object.values(tables).reduce((s, t) => s + t[key], 0), 0);
      console.log(`Demo activity × ${opts.scale}: ${rows("before")} → ${rows("after")} rows`);
    }
    // Our gateway twice: without its public response cache (the engine compared with Hive, which has none in
    // its defaults, and the one whose SQL and memory are reported), and as deployed, reusing anonymous answers.
    const publicCacheSeconds = process.env.PUBLIC_CACHE_SECONDS ?? "5";
    const gatewayArgs = [...opts.gatewayNodeOptions, "gateway/dist/index.js"];
    const gateway = start("gateway", [...nodeArgs("gateway"), ...gatewayArgs], { ...env, PUBLIC_CACHE_SECONDS: "0" });
    await waitFor(gateway, async () => (await fetch(`http://127.0.0.1:${gatewayPort}/health/ready`)).ok);
    console.log(`Graph up in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (gateway :${gatewayPort}, subgraphs ${BOARDS.map((b) => `${b} :${ports[b]}`).join(", ")})`);

    const idleRssMb = { ours: mb((rssKb(gateway.child.pid) ?? 0) * 1024) };
    const engines = [{ key: "ours", label: "our gateway (no response cache)", url: `http://127.0.0.1:${gatewayPort}/graphql`, service: gateway }];
    if (publicCacheSeconds !== "0" && !opts.token) {
      const cached = start("gatewayCached", gatewayArgs, { ...env, GATEWAY_PORT: String(cachedGatewayPort), PUBLIC_CACHE_SECONDS: publicCacheSeconds });
      await waitFor(cached, async () => (await fetch(`http://127.0.0.1:${cachedGatewayPort}/health/ready`)).ok);
      engines.push({ key: "oursCached", label: `our gateway as deployed (${publicCacheSeconds} s public cache)`, url: `http://127.0.0.1:${cachedGatewayPort}/graphql`, service: cached });
      idleRssMb.oursCached = mb((rssKb(cached.child.pid) ?? 0) * 1024);
    }
    const skipped = {};
    if (opts.hive) {
      try {
        const supergraphFile = path.join(dataDir, "supergraph.graphql");
        const supergraph = fs
          .readFileSync(path.join(root, "gateway/supergraph.graphql"), "utf8")
          .replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (whole, name) =>
            ports[name] ? `@join__graph(name: "${name}", url: "http://127.0.0.1:${ports[name]}/graphql")` : whole,
          );
        fs.writeFileSync(supergraphFile, supergraph);
        const bin = require.resolve("@graphql-hive/gateway/package.json").replace(/package\.json$/, "dist/bin.js");
        const hiveEnv = env; // the same NODE_ENV as our processes
        for (const [key, label, port, extra] of [
          ["hive", "Hive Gateway (defaults)", hivePort, []],
          ["hiveRust", "Hive Gateway (Rust planner)", hiveRustPort, ["--hive-router-runtime"]],
        ]) {
          const service = start(key, [bin, "supergraph", supergraphFile, "--host", "127.0.0.1", "--port", String(port), ...extra], hiveEnv);
          const url = `http://127.0.0.1:${port}/graphql`;
          try {
            await waitFor(service, async () => (await postJson(url, { query: "{ __typename }" })).status === 200, 60_000);
            engines.push({ key, label, url, service });
            idleRssMb[key] = mb((rssKb(service.child.pid) ?? 0) * 1024);
          } catch (error) {
            skipped[key] = `skipped: ${String(error.message).split("\n").slice(0, 6).join(" ").slice(0, 400)}`;
            if (!service.exited) service.child.kill("SIGTERM");
          }
        }
      } catch (error) {
        skipped.hive = skipped.hiveRust = `skipped: ${error.message}`;
      }
    } else {
      skipped.hive = skipped.hiveRust = "skipped: --no-hive";
    }
    for (const [key, reason] of Object.entries(skipped)) console.log(`${key}: ${reason}`);

    let headers = {};
    if (opts.token) {
      const { loadConfig, signDevelopmentToken } = require(path.join(root, "shared/dist"));
      const token = await signDevelopmentToken(loadConfig({ ...env, NODE_ENV: "development" }), { sub: "bench", name: "Bench", roles: [opts.token] });
      headers = { authorization: `Bearer ${token}` };
    }
    const metricsUrls = Object.fromEntries(BOARDS.map((board) => [board, `http://127.0.0.1:${ports[board]}/metrics`]));

    // Every engine's answer, compared with ours; and the SQL one request costs each subgraph.
    const answers = {};
    const sql = {};
    for (const op of operations) {
      const body = { query: op.query, variables: op.variables };
      answers[op.name] = {};
      let reference;
      for (const engine of engines) {
        for (let i = 0; i < 3; i += 1) await postJson(engine.url, body, headers); // JIT and plan caches
        const before = await sqlCounters(metricsUrls);
        const { status, body: answer } = await postJson(engine.url, body, headers);
        const after = await sqlCounters(metricsUrls);
        if (engine.key === "ours") {
          reference = JSON.stringify(answer.data);
          sql[op.name] = { councils: countCouncils(answer.data), perSubgraph: sqlPerRequest(before, after, 1) };
          if (status !== 200 || !answer.data) throw new Error(`${op.name} failed through our gateway: ${JSON.stringify(answer).slice(0, 500)}`);
        }
        answers[op.name][engine.key] = {
          status,
          errors: (answer.errors ?? []).map((error) => error.extensions?.code ?? error.message),
          sameDataAsOurs: JSON.stringify(answer.data) === reference,
          sqlPerSubgraph: sqlPerRequest(before, after, 1),
        };
      }
    }

    const runs = [];
    const measure = async (what, engineKey, url, body, connections, duration, pid) => {
      const before = await sqlCounters(metricsUrls);
      const result = await load({ url, body, headers, connections, duration, pid });
      const after = await sqlCounters(metricsUrls);
      const run = { what, engine: engineKey, connections, duration, ...result, sqlPerRequest: sqlPerRequest(before, after, result.requests || 1) };
      runs.push(run);
      const bad = result.non2xx + result.errors + result.timeouts;
      console.log(
        `  ${what.padEnd(22)} ${engineKey.padEnd(9)} c=${String(connections).padEnd(3)} ${String(result.requestsPerSecond).padStart(8)} req/s  ` +
          `p50 ${result.latencyMs.p50} ms  p95 ${result.latencyMs.p95} ms  p99 ${result.latencyMs.p99} ms${bad ? `  (${bad} failed)` : ""}`,
      );
      return run;
    };
    const warm = (url, body) => load({ url, body, headers, connections: Math.min(10, opts.connections), duration: opts.warmup });

    console.log(`Warming up and measuring (${opts.connections} connections, ${opts.duration} s each)…`);
    for (const op of operations) {
      const body = { query: op.query, variables: op.variables };
      for (const engine of engines) {
        await warm(engine.url, body);
        await measure(op.name, engine.key, engine.url, body, opts.connections, opts.duration, engine.service.child.pid);
      }
    }
    const england = operations.find((op) => op.name === "england-overview");
    if (england) {
      const body = { query: england.query, variables: england.variables };
      for (const engine of engines) {
        await measure("england-overview", engine.key, engine.url, body, 1, opts.oneClientDuration, engine.service.child.pid);
      }
    }
    const corporateBody = { query: CORPORATE_ONLY };
    const corporateUrl = `http://127.0.0.1:${ports.corporate}/graphql`;
    const corporateService = subgraphs[0];
    await warm(corporateUrl, corporateBody);
    await measure("corporate-only", "direct", corporateUrl, corporateBody, opts.connections, opts.duration, corporateService.child.pid);
    for (const engine of engines) {
      await warm(engine.url, corporateBody);
      await measure("corporate-only", engine.key, engine.url, corporateBody, opts.connections, opts.duration, engine.service.child.pid);
    }
    // One client: no two requests in flight together, so nothing is shared and the ratio is the gateway's hop alone.
    await measure("corporate-only", "direct", corporateUrl, corporateBody, 1, opts.oneClientDuration, corporateService.child.pid);
    await measure("corporate-only", "ours", engines[0].url, corporateBody, 1, opts.oneClientDuration, gateway.child.pid);

    const peakRssMb = {};
    for (const engine of engines) peakRssMb[engine.key] = mb((rssKb(engine.service.child.pid, "VmHWM") ?? Math.max(0, ...runs.filter((r) => r.engine === engine.key).map((r) => (r.memory?.sampledPeakMb ?? 0) * 1024))) * 1024);

    const report = {
      date: startedAt.toISOString(),
      label: opts.label,
      commit: gitCommit(),
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30, 1), platform: `${os.platform()} ${os.release()}` },
      database: opts.mysql ? "mysql" : "sqlite",
      scale: opts.scale,
      scaledRows: scaled,
      settings: { nodeEnv: env.NODE_ENV, connections: opts.connections, duration: opts.duration, oneClientDuration: opts.oneClientDuration, warmup: opts.warmup, token: opts.token ?? null, gatewayNodeOptions: opts.gatewayNodeOptions.join(" ") },
      engines: Object.fromEntries(engines.map((engine) => [engine.key, engine.label])),
      skipped,
      answers,
      sqlPerRequest: sql,
      idleRssMb,
      peakRssMb,
      runs,
    };
    const markdown = renderMarkdown(report);
    fs.mkdirSync(opts.out, { recursive: true });
    const stem = `${startedAt.toISOString().slice(0, 10)}-${report.database}${opts.scale > 1 ? `-x${opts.scale}` : ""}${opts.label ? `-${opts.label.replace(/[^A-Za-z0-9_-]+/g, "-")}` : ""}`;
    fs.writeFileSync(path.join(opts.out, `${stem}.json`), `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(path.join(opts.out, `${stem}.md`), markdown);
    console.log(`\n${markdown}`);
    console.log(`Written: ${path.relative(root, path.join(opts.out, `${stem}.md`))} and .json (${((Date.now() - startedAt) / 1000).toFixed(0)} s in all)`);
  } finally {
    await cleanup();
  }
}

function countCouncils(data) {
  if (data?.councils) return data.councils.length;
  if (data?.region?.councils) return data.region.councils.length;
  if (data?.council) return 1;
  return null;
}

function gitCommit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

async function dropDatabases(url, prefix) {
  let connection;
  try {
    const mysql = require("mysql2/promise");
    connection = await mysql.createConnection(url);
    for (const board of BOARDS) await connection.query(`DROP DATABASE IF EXISTS \`${prefix}_${board}\``);
  } catch (error) {
    console.error(`could not drop the bench databases ${prefix}_*: ${error.message}`);
  } finally {
    await connection?.end();
  }
}

// ---------------------------------------------------------------- report

function renderMarkdown(report) {
  const { runs, settings } = report;
  const find = (what, engine, connections = settings.connections) => runs.find((r) => r.what === what && r.engine === engine && r.connections === connections);
  const ratio = (a, b) => (a && b ? `${(a.requestsPerSecond / b.requestsPerSecond).toFixed(2)}×` : "–");
  const lat = (r) => (r ? `${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99}` : "–");
  const failed = (r) => (r ? r.non2xx + r.errors + r.timeouts : 0);
  const engineKeys = Object.keys(report.engines);
  const lines = [];
  lines.push(`# Bench ${report.date.slice(0, 16).replace("T", " ")} UTC — ${report.database}${report.scale > 1 ? ` — demo activity × ${report.scale}` : ""}${report.label ? ` — ${report.label}` : ""}`);
  lines.push("");
  lines.push(
    `Commit ${report.commit ?? "?"}, Node ${report.machine.node}, ${report.machine.cpus} × ${report.machine.cpuModel}; ` +
      `NODE_ENV=${settings.nodeEnv}; ${settings.connections} connections × ${settings.duration} s per run after ${settings.warmup} s warm-up` +
      `${settings.token ? `; token with role ${settings.token}` : "; anonymous requests"}` +
      `; gateway Node flags: ${settings.gatewayNodeOptions ? `\`${settings.gatewayNodeOptions}\`` : "none"}. Latencies in ms.`,
  );
  for (const [key, reason] of Object.entries(report.skipped)) lines.push(`\n${key}: ${reason}`);
  if (report.scaledRows) {
    lines.push("");
    lines.push(`Demo activity multiplied × ${report.scale} after seeding (bench/scale.js), rows before → after:`);
    lines.push("");
    lines.push("| board | table | rows × 1 | rows × " + report.scale + " |");
    lines.push("| --- | --- | ---: | ---: |");
    for (const [board, tables] of Object.entries(report.scaledRows)) {
      for (const [table, { before, after }] of Object.entries(tables)) lines.push(`| ${board} | ${table} | ${before} | ${after} |`);
    }
  }
  lines.push("");
  lines.push(`## The shared operations at ${settings.connections} connections`);
  lines.push("");
  lines.push(`| operation | engine | req/s | p50 / p95 / p99 | failed | ours ÷ engine (req/s) | same answer |`);
  lines.push(`| --- | --- | ---: | --- | ---: | ---: | --- |`);
  for (const op of Object.keys(report.answers)) {
    const ours = find(op, "ours");
    for (const engine of engineKeys) {
      const run = find(op, engine);
      const answer = report.answers[op][engine];
      lines.push(
        `| ${op} | ${report.engines[engine]} | ${run?.requestsPerSecond ?? "–"} | ${lat(run)} | ${failed(run)} | ${engine === "ours" ? "" : ratio(ours, run)} | ` +
          `${answer ? (answer.sameDataAsOurs ? "yes" : "**no**") + (answer.errors.length ? ` (errors: ${[...new Set(answer.errors)].join(", ")})` : "") : "–"} |`,
      );
    }
  }
  if (runs.some((r) => r.what === "england-overview" && r.connections === 1)) {
    lines.push("");
    lines.push("## England overview with one client (target: p95 under 100 ms, aim 50 ms)");
    lines.push("");
    lines.push("| engine | req/s | p50 / p95 / p99 |");
    lines.push("| --- | ---: | --- |");
    for (const engine of engineKeys) {
      const run = find("england-overview", engine, 1);
      lines.push(`| ${report.engines[engine]} | ${run?.requestsPerSecond ?? "–"} | ${lat(run)} |`);
    }
  }
  lines.push("");
  lines.push(`## The gateway's own cost: \`${CORPORATE_ONLY}\` (target: ≥ 0.85× direct)`);
  lines.push("");
  lines.push("| path | req/s | p50 / p95 / p99 | ÷ direct |");
  lines.push("| --- | ---: | --- | ---: |");
  const direct = find("corporate-only", "direct");
  lines.push(`| straight to the corporate subgraph | ${direct?.requestsPerSecond ?? "–"} | ${lat(direct)} | 1.00× |`);
  for (const engine of engineKeys) {
    const run = find("corporate-only", engine);
    lines.push(`| through ${report.engines[engine]} | ${run?.requestsPerSecond ?? "–"} | ${lat(run)} | ${ratio(run, direct)} |`);
  }
  const directOne = find("corporate-only", "direct", 1);
  const oursOne = find("corporate-only", "ours", 1);
  if (directOne && oursOne) {
    lines.push(`| one client, straight to corporate | ${directOne.requestsPerSecond} | ${lat(directOne)} | 1.00× |`);
    lines.push(`| one client, through our gateway | ${oursOne.requestsPerSecond} | ${lat(oursOne)} | ${ratio(oursOne, directOne)} |`);
  }
  lines.push("");
  lines.push("At 50 connections an engine that shares identical in-flight subgraph fetches can beat the subgraph answered directly (it asks it less); with one client nothing is shared and the ratio is the hop's own cost.");
  lines.push("");
  lines.push("## SQL statements per request, by subgraph (one request through our gateway)");
  lines.push("");
  lines.push("| operation | councils | corporate | children | adults | fetches (corporate / children / adults) |");
  lines.push("| --- | ---: | ---: | ---: | ---: | --- |");
  for (const [op, { councils, perSubgraph }] of Object.entries(report.sqlPerRequest)) {
    const cell = (board) => perSubgraph[board]?.statementsPerRequest ?? "–";
    const fetches = BOARDS.map((board) => perSubgraph[board]?.fetchesPerRequest ?? "–").join(" / ");
    lines.push(`| ${op} | ${councils ?? "–"} | ${cell("corporate")} | ${cell("children")} | ${cell("adults")} | ${fetches} |`);
  }
  lines.push("");
  lines.push("Under load the same counters, per gateway request (DataLoader is per request, so these match unless fetches are shared):");
  lines.push("");
  lines.push("| operation | engine | corporate | children | adults |");
  lines.push("| --- | --- | ---: | ---: | ---: |");
  for (const run of runs.filter((r) => r.connections === settings.connections && r.engine !== "direct")) {
    const cell = (board) => run.sqlPerRequest[board]?.statementsPerRequest ?? "–";
    lines.push(`| ${run.what} | ${report.engines[run.engine]} | ${cell("corporate")} | ${cell("children")} | ${cell("adults")} |`);
  }
  lines.push("");
  lines.push("## Peak memory (RSS high-water mark over the whole run; target: gateway under 250 MB)");
  lines.push("");
  lines.push("| engine | RSS when ready (MB) | peak RSS (MB) |");
  lines.push("| --- | ---: | ---: |");
  for (const engine of engineKeys) lines.push(`| ${report.engines[engine]} | ${report.idleRssMb[engine] ?? "–"} | ${report.peakRssMb[engine] ?? "–"} |`);
  lines.push("");
  return `${lines.join("\n")}\n`;
}

main().catch(async (error) => {
  console.error(`\nThe bench failed: ${error.stack ?? error.message}`);
  await stopAll();
  process.exit(1);
});
