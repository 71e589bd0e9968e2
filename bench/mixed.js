// npm run bench -- --workload mixed: many councils, six kinds of caller and
// some writes, through our gateway as deployed, through Hive Gateway's Rust
// planner, and as the subgraphs' ceiling (the exact subgraph fetches our
// gateway made for the same requests, replayed straight at the subgraphs).
// See bench/README.md, "The mixed workload".
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const { KINDS, REFUSAL_CODES, mixedRequest, readCatalogue } = require("./mixed-workload");

/** Recording gateways working side by side (each one request at a time): one per core of the machine the bench is built for. */
const RECORDERS = 2;
const WRITE_KINDS = new Set(KINDS.filter((k) => k.write).map((k) => k.kind));

// ---------------------------------------------------------------- HTTP

/** One POST on a keep-alive agent; the answer's status and text. */
function post(agent, target, headers, body) {
  return new Promise((resolve) => {
    const request = http.request(
      { agent, host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers: { ...headers, "content-length": Buffer.byteLength(body) } },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", (error) => resolve({ status: 0, text: String(error.message) }));
      },
    );
    request.on("error", (error) => resolve({ status: 0, text: String(error.message) }));
    request.end(body);
  });
}

/**
 * "ok", "refused" (only the rules' own refusals among its errors) or "error"
 * (anything else: a failed request, a masked or unexpected error). Only an
 * answer that mentions errors is parsed, so the client stays cheap.
 */
function classify(status, text) {
  if (status === 0) return { outcome: "error", codes: ["NETWORK"] };
  if (!text.includes('"errors"')) return { outcome: status === 200 ? "ok" : "error", codes: status === 200 ? [] : [`HTTP_${status}`] };
  let errors;
  try {
    errors = JSON.parse(text).errors;
  } catch {
    return { outcome: "error", codes: [`HTTP_${status}_UNPARSED`] };
  }
  if (!Array.isArray(errors) || !errors.length) return { outcome: status === 200 ? "ok" : "error", codes: [] };
  const codes = errors.map((e) => e?.extensions?.code ?? "NO_CODE");
  return { outcome: codes.every((code) => REFUSAL_CODES.has(code)) ? "refused" : "error", codes };
}

// ---------------------------------------------------------------- load

/**
 * `connections` clients, each taking the next item of `items` (cycling) until
 * `duration` seconds have passed; `send(item)` answers { status, text }.
 * Items are taken in order, so every engine is sent the same sequence.
 */
async function drive({ items, connections, duration, send }) {
  let next = 0;
  const results = [];
  const deadline = performance.now() + duration * 1000;
  const started = performance.now();
  const client = async () => {
    while (performance.now() < deadline) {
      const item = items[next++ % items.length];
      const t0 = performance.now();
      const answer = await send(item);
      const ms = performance.now() - t0;
      const { outcome, codes } = answer.outcome ? answer : classify(answer.status, answer.text);
      results.push({ kind: item.kind, ms, outcome, codes });
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return { results, seconds: (performance.now() - started) / 1000 };
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : null);
const r1 = (value) => (value == null || !Number.isFinite(value) ? null : Math.round(value * 10) / 10);

/** E: { rps, p50, p95, p99, errors } over the results (refusals apart, in `refusals`). */
function summarise(results, seconds) {
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    rps: r1(results.length / seconds),
    p50: r1(percentile(sorted, 50)),
    p95: r1(percentile(sorted, 95)),
    p99: r1(percentile(sorted, 99)),
    errors: results.filter((r) => r.outcome === "error").length,
  };
}

function outcomes(results) {
  const counts = { requests: results.length, refused: 0, errors: 0, refusalCodes: {}, errorCodes: {} };
  for (const r of results) {
    if (r.outcome === "ok") continue;
    const bucket = r.outcome === "refused" ? counts.refusalCodes : counts.errorCodes;
    counts[r.outcome === "refused" ? "refused" : "errors"] += 1;
    for (const code of new Set(r.codes)) bucket[`${r.kind}:${code}`] = (bucket[`${r.kind}:${code}`] ?? 0) + 1;
  }
  return counts;
}

/**
 * CPU time a process has used (user + system), in ms, from /proc (Linux; null elsewhere).
 * Per request it is the cost, which a busy shared machine stretches far less than it stretches req/s.
 */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;

/** Runs `work` and answers its result with each process's CPU ms per request. */
async function withCpu(processes, work) {
  const before = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, cpuMs(pid)]));
  const run = await work();
  const cpuMsPerRequest = {};
  for (const [name, pid] of Object.entries(processes)) {
    const after = cpuMs(pid);
    cpuMsPerRequest[name] = after == null || before[name] == null ? null : Math.round(((after - before[name]) / Math.max(1, run.results.length)) * 100) / 100;
  }
  return { ...run, cpuMsPerRequest };
}

// ---------------------------------------------------------------- recording the gateway's subgraph fetches

/**
 * A pass-through in front of each subgraph that writes down every fetch the
 * gateway sends through it: board, headers and body, and when it started and
 * ended (to rebuild the plan's stages: a fetch that starts after another ended waited for it).
 */
async function startRecorder(targets) {
  const log = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const servers = [];
  const urls = {};
  for (const [board, target] of Object.entries(targets)) {
    const server = http.createServer((req, res) => {
      const chunks = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const headers = {};
        for (const [name, value] of Object.entries(req.headers)) if (!["host", "connection", "content-length", "keep-alive"].includes(name)) headers[name] = value;
        const entry = { board, headers, body, start: performance.now() };
        // Only GraphQL fetches are the plan's; health checks and the like pass through unrecorded.
        if (req.method === "POST" && req.url === target.pathname) log.push(entry);
        const forwarded = http.request(
          { agent, host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
          (answer) => {
            res.writeHead(answer.statusCode, answer.headers);
            answer.pipe(res);
            answer.on("end", () => (entry.end = performance.now()));
          },
        );
        forwarded.on("error", (error) => {
          entry.end = performance.now();
          res.writeHead(502).end(String(error.message));
        });
        forwarded.end(req.method === "GET" || req.method === "HEAD" ? undefined : body);
      });
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    urls[board] = `http://127.0.0.1:${server.address().port}/graphql`;
  }
  return {
    urls,
    /** The fetches logged since `from`, grouped into stages, and forgotten. */
    take() {
      const entries = log.splice(0, log.length);
      const stages = [];
      let stageEnd = -Infinity;
      for (const entry of entries) {
        if (!stages.length || entry.start >= stageEnd) stages.push([]);
        stages[stages.length - 1].push(entry);
        stageEnd = Math.max(...stages[stages.length - 1].map((e) => e.end ?? Infinity));
      }
      return stages.map((stage) => stage.map(({ board, headers, body }) => ({ board, headers, body })));
    },
    async stop() {
      agent.destroy();
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}

// ---------------------------------------------------------------- the run

async function main(opts, h) {
  const { root, BOARDS, start, waitFor, freePorts, rssKb, mb, sqlCounters, dropDatabases, gitCommit, stopAll } = h;
  for (const entry of ["gateway/dist/index.js", "shared/dist/index.js", ...BOARDS.map((b) => `subgraphs/${b}/dist/index.js`)]) {
    if (!fs.existsSync(path.join(root, entry))) throw new Error(`${entry} is missing: run npm run build first`);
  }
  const startedAt = new Date();
  const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;
  const [gatewayPort, noCachePort, hiveRustPort, ...otherPorts] = await freePorts(3 + RECORDERS + BOARDS.length);
  const recorderPorts = otherPorts.slice(0, RECORDERS);
  const boardPorts = otherPorts.slice(RECORDERS);
  const ports = Object.fromEntries(BOARDS.map((board, i) => [board, boardPorts[i]]));
  const subgraphUrl = (board) => `http://127.0.0.1:${ports[board]}/graphql`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sli-bench-mixed-"));
  const databasePrefix = `slibench_${process.pid}_${Date.now().toString(36)}`;
  const mysqlUrl = process.env.BENCH_DATABASE_URL || "mysql://root@127.0.0.1:3306";
  const env = {
    ...process.env,
    NODE_ENV: opts.development ? "development" : "production",
    JWT_SECRET: `bench-${crypto.randomBytes(24).toString("hex")}`,
    DEMO_DATA: "true",
    LOG_LEVEL: "warn",
    // Every run on a fresh copy of the seeded data: the writes never reach a later run.
    DATA_DIR: dataDir,
    GATEWAY_PORT: String(gatewayPort),
    ...Object.fromEntries(BOARDS.map((board) => [`${board.toUpperCase()}_PORT`, String(ports[board])])),
    ...Object.fromEntries(BOARDS.map((board) => [`${board.toUpperCase()}_URL`, subgraphUrl(board)])),
  };
  delete env.DATABASE_URL;
  for (const board of BOARDS) delete env[`${board.toUpperCase()}_DATABASE_URL`];
  if (opts.mysql) Object.assign(env, { DATABASE_URL: mysqlUrl, DATABASE_PREFIX: databasePrefix });
  const profileDir = path.join(root, "bench/profiles");
  const nodeArgs = (name) => (opts.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}-mixed-${process.pid}.cpuprofile`] : []);
  let recorders = [];
  const cleanup = async () => {
    await stopAll();
    for (const recorder of recorders) await recorder.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (opts.mysql) await dropDatabases(mysqlUrl, databasePrefix);
  };
  process.once("SIGINT", () => {
    console.error("\ninterrupted: stopping the graph");
    void cleanup().finally(() => process.exit(130));
  });
  const stop = (service) =>
    new Promise((resolve) => {
      if (service.exited) return resolve();
      service.child.once("exit", resolve);
      service.child.kill("SIGTERM");
    });

  try {
    console.log(`Mixed workload (seed ${opts.seed}, pool of ${opts.pool} requests) on ${opts.mysql ? `MariaDB/MySQL (${databasePrefix}_*)` : `SQLite in ${dataDir}`}…`);
    const subgraphs = BOARDS.map((board) => start(board, [...nodeArgs(board), `subgraphs/${board}/dist/index.js`], env));
    await Promise.all(subgraphs.map((service, i) => waitFor(service, async () => (await fetch(`http://127.0.0.1:${ports[BOARDS[i]]}/health/ready`)).ok)));
    const gatewayArgs = [...opts.gatewayNodeOptions, "gateway/dist/index.js"];
    // Our gateway as deployed: its public response cache on (5 s unless PUBLIC_CACHE_SECONDS says otherwise), for anonymous answers only.
    const publicCacheSeconds = process.env.PUBLIC_CACHE_SECONDS ?? "5";
    const gateway = start("gateway", [...nodeArgs("gateway"), ...gatewayArgs], { ...env, PUBLIC_CACHE_SECONDS: publicCacheSeconds });
    // Copies of the same gateway, no response cache, each one's subgraph fetches passing through a recorder of its own.
    const recordings = [];
    for (const port of recorderPorts) {
      const recorder = await startRecorder(Object.fromEntries(BOARDS.map((board) => [board, new URL(subgraphUrl(board))])));
      recorders.push(recorder);
      const service = start(`recorder-${port}`, gatewayArgs, {
        ...env,
        GATEWAY_PORT: String(port),
        PUBLIC_CACHE_SECONDS: "0",
        ...Object.fromEntries(BOARDS.map((board) => [`${board.toUpperCase()}_URL`, recorder.urls[board]])),
      });
      recordings.push({ recorder, service, target: new URL(`http://127.0.0.1:${port}/graphql`) });
    }
    const oursUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    await waitFor(gateway, async () => (await fetch(`http://127.0.0.1:${gatewayPort}/health/ready`)).ok);
    for (const { service, target } of recordings) await waitFor(service, async () => (await fetch(`http://${target.host}/health/ready`)).ok);
    console.log(`Graph up (${elapsed()})`);

    // Tokens minted as `npm run token` does, one per distinct caller.
    const { loadConfig, signDevelopmentToken } = require(path.join(root, "shared/dist"));
    const tokenConfig = loadConfig({ ...env, NODE_ENV: "development" });
    const tokens = new Map();
    const authorization = async (claims) => {
      if (!claims) return undefined;
      const key = JSON.stringify(claims);
      if (!tokens.has(key)) tokens.set(key, `Bearer ${await signDevelopmentToken(tokenConfig, claims, "12h")}`);
      return tokens.get(key);
    };
    const asJson = { "content-type": "application/json" };
    const queryOurs = async (query, variables, claims) => {
      const auth = await authorization(claims);
      const { text } = await post(undefined, new URL(oursUrl), { ...asJson, ...(auth ? { authorization: auth } : {}) }, JSON.stringify({ query, variables }));
      return JSON.parse(text);
    };
    const catalogue = await readCatalogue(queryOurs);
    console.log(
      `Catalogue: ${catalogue.councils.length} councils in ${catalogue.regions.length} regions, ${catalogue.openConcerns.length} open concerns, ${catalogue.localAccountDrafts.length} local account drafts`,
    );

    // The pool: the workload's first `pool` requests, bodies and headers made once.
    const toItem = async (request) => {
      const auth = await authorization(request.claims);
      return {
        kind: request.kind,
        role: request.role,
        write: request.write,
        body: JSON.stringify({ query: request.query, variables: request.variables }),
        headers: { ...asJson, ...(auth ? { authorization: auth } : {}) },
      };
    };
    const pool = [];
    for (let i = 0; i < opts.pool; i += 1) pool.push(await toItem(mixedRequest(opts.seed, i, catalogue)));
    const mix = {};
    for (const item of pool) mix[item.kind] = (mix[item.kind] ?? 0) + 1;

    // Recording: each pooled request once, each recording gateway taking its share one at a time, so each fetch
    // it logs is known to be that request's own (never one shared with another request in flight).
    const recordedOutcomes = [];
    let nextToRecord = 0;
    await Promise.all(
      recordings.map(async ({ recorder, target }) => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        while (nextToRecord < pool.length) {
          const item = pool[nextToRecord++];
          const { status, text } = await post(agent, target, item.headers, item.body);
          const { outcome, codes } = classify(status, text);
          recordedOutcomes.push({ kind: item.kind, ms: 0, outcome, codes });
          item.stages = recorder.take();
          if (item.write && outcome !== "ok") throw new Error(`a write the rules should accept was not (${item.kind}): ${text.slice(0, 500)}`);
        }
        agent.destroy();
      }),
    );
    for (const { service } of recordings) await stop(service);
    for (const recorder of recorders) await recorder.stop();
    recorders = [];
    // For a closer look at one subgraph (bench/README.md, step 7): the recorded fetches and the run's token secret.
    if (process.env.BENCH_DUMP_FETCHES) {
      fs.writeFileSync(
        process.env.BENCH_DUMP_FETCHES,
        JSON.stringify({ jwtSecret: env.JWT_SECRET, requests: pool.map(({ kind, headers, body, stages }) => ({ kind, headers, body, stages })) }),
      );
    }
    const recordedFetches = pool.reduce((sum, item) => sum + item.stages.flat().length, 0);
    console.log(`Recorded ${recordedFetches} subgraph fetches for ${pool.length} requests (${elapsed()}); outcomes: ${JSON.stringify(outcomes(recordedOutcomes))}`);

    // SQL statements per request, by kind: the first request of each kind made by a token holder (never a cached answer), alone.
    const metricsUrls = Object.fromEntries(BOARDS.map((board) => [board, `http://127.0.0.1:${ports[board]}/metrics`]));
    const sqlPerRequest = {};
    const oursTarget = new URL(oursUrl);
    for (const kind of KINDS.map((k) => k.kind)) {
      const item = pool.find((it) => it.kind === kind && it.headers.authorization);
      if (!item) continue;
      const before = await sqlCounters(metricsUrls);
      await post(undefined, oursTarget, item.headers, item.body);
      const after = await sqlCounters(metricsUrls);
      sqlPerRequest[kind] = Object.fromEntries(BOARDS.map((board) => [board, after[board].statements - before[board].statements]));
    }

    // Hive Gateway with its Rust planner, the same supergraph, forwarding Authorization to the subgraphs as ours does.
    const engines = [{ key: "ours", url: oursUrl, service: gateway }];
    const skipped = {};
    let hive;
    if (opts.hive) {
      try {
        const supergraphFile = path.join(dataDir, "supergraph.graphql");
        fs.writeFileSync(
          supergraphFile,
          fs
            .readFileSync(path.join(root, "gateway/supergraph.graphql"), "utf8")
            .replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (whole, name) => (ports[name] ? `@join__graph(name: "${name}", url: "${subgraphUrl(name)}")` : whole)),
        );
        const configFile = path.join(dataDir, "gateway.config.mjs");
        fs.writeFileSync(
          configFile,
          `export const gatewayConfig = {\n  propagateHeaders: {\n    fromClientToSubgraphs({ request }) {\n      const authorization = request.headers.get("authorization");\n      return authorization ? { authorization } : {};\n    },\n  },\n};\n`,
        );
        const bin = require.resolve("@graphql-hive/gateway/package.json").replace(/package\.json$/, "dist/bin.js");
        hive = start("hiveRust", [bin, "supergraph", supergraphFile, "--host", "127.0.0.1", "--port", String(hiveRustPort), "--hive-router-runtime"], {
          ...env,
          CONFIG_PATH: configFile,
        });
        const url = `http://127.0.0.1:${hiveRustPort}/graphql`;
        await waitFor(hive, async () => (await post(undefined, new URL(url), asJson, JSON.stringify({ query: "{ __typename }" }))).status === 200, 60_000);
        engines.push({ key: "hive-rust", url, service: hive });
      } catch (error) {
        skipped["hive-rust"] = `skipped: ${String(error.message).split("\n").slice(0, 6).join(" ").slice(0, 400)}`;
        if (hive && !hive.exited) hive.child.kill("SIGTERM");
      }
    } else {
      skipped["hive-rust"] = "skipped: --no-hive";
    }
    for (const [key, reason] of Object.entries(skipped)) console.log(`${key}: ${reason}`);

    const runs = {};
    const subgraphPids = Object.fromEntries(BOARDS.map((board, i) => [board, subgraphs[i].child.pid]));
    const report = (label, run) => {
      const e = summarise(run.results, run.seconds);
      const o = outcomes(run.results);
      console.log(`  ${label.padEnd(34)} ${String(e.rps).padStart(7)} req/s  p50 ${e.p50}  p95 ${e.p95}  p99 ${e.p99} ms  refused ${o.refused}  errors ${o.errors} (${elapsed()})`);
      return e;
    };
    const through = (url, connections) => {
      const target = new URL(url);
      const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
      return { send: (item) => post(agent, target, item.headers, item.body), agent };
    };
    const warmups = {};
    console.log(`Measuring: ${opts.connections} connections × ${opts.duration} s after ${opts.warmup} s warm-up…`);
    for (const engine of engines) {
      const { send, agent } = through(engine.url, opts.connections);
      warmups[engine.key] = await drive({ items: pool, connections: Math.min(10, opts.connections), duration: opts.warmup, send });
      runs[engine.key] = await withCpu({ gateway: engine.service.child.pid, ...subgraphPids }, () =>
        drive({ items: pool, connections: opts.connections, duration: opts.duration, send }),
      );
      agent.destroy();
      report(`mixed through ${engine.key}`, runs[engine.key]);
    }
    // The ceiling: the same pool's recorded fetches straight to the subgraphs, stage after stage, the fetches of a stage together.
    {
      const agents = Object.fromEntries(BOARDS.map((board) => [board, new http.Agent({ keepAlive: true, maxSockets: opts.connections })]));
      const targets = Object.fromEntries(BOARDS.map((board) => [board, new URL(subgraphUrl(board))]));
      const send = async (item) => {
        let worst = { outcome: "ok", codes: [] };
        for (const stage of item.stages) {
          const answers = await Promise.all(stage.map((fetch) => post(agents[fetch.board], targets[fetch.board], fetch.headers, fetch.body)));
          for (const { status, text } of answers) {
            const { outcome, codes } = classify(status, text);
            if (outcome === "error" || (outcome === "refused" && worst.outcome === "ok")) worst = { outcome, codes };
          }
        }
        return worst;
      };
      await drive({ items: pool, connections: Math.min(10, opts.connections), duration: opts.warmup, send });
      runs.ceiling = await withCpu(subgraphPids, () => drive({ items: pool, connections: opts.connections, duration: opts.duration, send }));
      for (const agent of Object.values(agents)) agent.destroy();
      report("mixed, ceiling (fetches replayed)", runs.ceiling);
    }
    if (hive) await stop(hive);

    // Single views of random councils with tokens (the five roles that carry one), through ours.
    const singleViews = [];
    for (let i = 0; singleViews.length < Math.min(opts.pool, 500); i += 1) {
      const request = mixedRequest(opts.seed, i, catalogue);
      if (request.kind === "single-view" && request.claims) singleViews.push(await toItem(request));
    }
    {
      const { send, agent } = through(oursUrl, opts.connections);
      await drive({ items: singleViews, connections: Math.min(10, opts.connections), duration: opts.warmup, send });
      runs.singleViewWithTokens = await withCpu({ gateway: gateway.child.pid, ...subgraphPids }, () =>
        drive({ items: singleViews, connections: opts.connections, duration: opts.duration, send }),
      );
      agent.destroy();
      report("single view, random councils, tokens", runs.singleViewWithTokens);
    }
    const peakKb = rssKb(gateway.child.pid, "VmHWM");
    const gatewayPeakRssMb = peakKb ? mb(peakKb * 1024) : null;

    // England overview, one client, no response cache: our gateway again with its cache off.
    const noCache = start("gatewayNoCache", gatewayArgs, { ...env, GATEWAY_PORT: String(noCachePort), PUBLIC_CACHE_SECONDS: "0" });
    await waitFor(noCache, async () => (await fetch(`http://127.0.0.1:${noCachePort}/health/ready`)).ok);
    {
      const englandItem = [{ kind: "england-overview", headers: asJson, body: JSON.stringify({ query: fs.readFileSync(path.join(root, "test/operations/england-overview.graphql"), "utf8") }) }];
      const { send, agent } = through(`http://127.0.0.1:${noCachePort}/graphql`, 1);
      await drive({ items: englandItem, connections: 1, duration: opts.warmup, send });
      runs.englandOneClient = await drive({ items: englandItem, connections: 1, duration: opts.oneClientDuration, send });
      agent.destroy();
      report("England overview, one client", runs.englandOneClient);
    }

    const kinds = KINDS.map((k) => k.kind);
    const result = {
      workload: "mixed",
      db: opts.mysql ? "mysql" : "sqlite",
      engines: Object.fromEntries(["ours", "hive-rust", "ceiling"].map((key) => [key, runs[key] ? summarise(runs[key].results, runs[key].seconds) : null])),
      byKind: Object.fromEntries(
        kinds.map((kind) => [
          kind,
          Object.fromEntries(
            ["ours", "hive-rust"].map((key) => {
              const run = runs[key];
              // Each kind's share of the run's throughput, over the same seconds.
              return [key, run ? summarise(run.results.filter((r) => r.kind === kind), run.seconds) : null];
            }),
          ),
        ]),
      ),
      singleViewWithTokens: summarise(runs.singleViewWithTokens.results, runs.singleViewWithTokens.seconds),
      englandOneClient: summarise(runs.englandOneClient.results, runs.englandOneClient.seconds),
      gatewayPeakRssMb,
      sqlPerRequest,
      // Beyond the issue's shape: when and how, the rules' refusals (apart from errors), and what the run was.
      date: startedAt.toISOString(),
      label: opts.label ?? null,
      commit: gitCommit(),
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100) },
      settings: {
        seed: opts.seed,
        pool: opts.pool,
        connections: opts.connections,
        duration: opts.duration,
        oneClientDuration: opts.oneClientDuration,
        warmup: opts.warmup,
        nodeEnv: env.NODE_ENV,
        publicCacheSeconds,
        gatewayNodeOptions: opts.gatewayNodeOptions.join(" "),
      },
      mix,
      catalogue: { councils: catalogue.councils.length, regions: catalogue.regions.length, openConcerns: catalogue.openConcerns.length, localAccountDrafts: catalogue.localAccountDrafts.length },
      recordedFetches: { requests: pool.length, fetches: recordedFetches, perRequest: Math.round((recordedFetches / pool.length) * 100) / 100 },
      // CPU ms each process spent per request during each run: the cost, whatever else the machine was doing.
      cpuMsPerRequest: Object.fromEntries(Object.entries(runs).filter(([, run]) => run.cpuMsPerRequest).map(([key, run]) => [key, run.cpuMsPerRequest])),
      outcomes: Object.fromEntries(Object.entries(runs).map(([key, run]) => [key, outcomes(run.results)])),
      writesAccepted: Object.fromEntries(
        ["ours", "hive-rust"].filter((key) => runs[key]).map((key) => {
          const writes = runs[key].results.filter((r) => WRITE_KINDS.has(r.kind));
          return [key, { writes: writes.length, accepted: writes.filter((r) => r.outcome === "ok").length }];
        }),
      ),
      skipped,
    };
    const stem = `${startedAt.toISOString().slice(0, 10)}-mixed-${result.db}${opts.label ? `-${opts.label.replace(/[^A-Za-z0-9_-]+/g, "-")}` : ""}`;
    fs.mkdirSync(opts.out, { recursive: true });
    fs.writeFileSync(path.join(opts.out, `${stem}.json`), `${JSON.stringify(result, null, 2)}\n`);
    const markdown = renderMarkdown(result);
    fs.writeFileSync(path.join(opts.out, `${stem}.md`), markdown);
    console.log(`\n${markdown}`);
    console.log(`Written: ${path.relative(root, path.join(opts.out, `${stem}.md`))} and .json (${elapsed()} in all)`);
  } finally {
    await cleanup();
  }
}

// ---------------------------------------------------------------- report

const TARGETS = {
  oursVsHive: 1.0,
  oursVsCeiling: 0.85,
  singleViewRps: 1000,
  englandP95: 50,
  peakRssMb: 256,
};

function renderMarkdown(r) {
  const lines = [];
  const row = (name, e, extra = "") => (e ? `| ${name} | ${e.rps} | ${e.p50} / ${e.p95} / ${e.p99} | ${e.errors} | ${extra} |` : `| ${name} | – | – | – | ${extra} |`);
  const ratio = (a, b) => (a && b && b.rps ? a.rps / b.rps : null);
  const met = (ok) => (ok == null ? "–" : ok ? "met" : "**not met**");
  const { ours, "hive-rust": hive, ceiling } = r.engines;
  const vsHive = ratio(ours, hive);
  const vsCeiling = ratio(ours, ceiling);
  lines.push(`# Mixed workload, ${r.db === "mysql" ? "MariaDB" : "SQLite"} — ${r.date.slice(0, 16).replace("T", " ")} UTC${r.label ? ` — ${r.label}` : ""}`);
  lines.push("");
  lines.push(
    `Commit ${r.commit ?? "?"}, Node ${r.machine.node}, ${r.machine.cpus} × ${r.machine.cpuModel}, load average at the end ${r.machine.loadAverage.join(" / ")}; ` +
      `NODE_ENV=${r.settings.nodeEnv}; seed ${r.settings.seed}, a pool of ${r.settings.pool} requests cycled; ${r.settings.connections} connections × ${r.settings.duration} s after ${r.settings.warmup} s warm-up; ` +
      `our gateway as deployed (public cache ${r.settings.publicCacheSeconds} s for anonymous answers; Node flags \`${r.settings.gatewayNodeOptions || "none"}\`). Latencies in ms.`,
  );
  const [load] = r.machine.loadAverage;
  if (load > r.machine.cpus) {
    lines.push("");
    lines.push(
      `**Measured on a loaded machine** (${r.date.slice(0, 10)}: load average ${load} on ${r.machine.cpus} cores, other work running): ` +
        "the absolute figures are depressed and noisy; the ratios of runs made together and the CPU per request are the fairer reading.",
    );
  }
  for (const [key, reason] of Object.entries(r.skipped)) lines.push(`\n${key}: ${reason}`);
  lines.push("");
  lines.push(`Pool mix: ${Object.entries(r.mix).map(([k, n]) => `${k} ${n}`).join(", ")}. ${r.recordedFetches.perRequest} subgraph fetches per request (recorded).`);
  lines.push("");
  lines.push("## Targets");
  lines.push("");
  lines.push("| target | measured | |");
  lines.push("| --- | ---: | --- |");
  lines.push(`| mixed: ours ÷ Hive's Rust planner ≥ ${TARGETS.oursVsHive}× | ${vsHive ? `${vsHive.toFixed(2)}×` : "–"} | ${met(vsHive == null ? null : vsHive >= TARGETS.oursVsHive)} |`);
  lines.push(`| mixed: ours ÷ the subgraphs' ceiling ≥ ${TARGETS.oursVsCeiling}× | ${vsCeiling ? `${vsCeiling.toFixed(2)}×` : "–"} | ${met(vsCeiling == null ? null : vsCeiling >= TARGETS.oursVsCeiling)} |`);
  lines.push(`| mixed: no errors but the rules' refusals (ours) | ${ours?.errors ?? "–"} | ${met(ours ? ours.errors === 0 : null)} |`);
  lines.push(`| single view, random councils, tokens, ${r.settings.connections} connections ≥ ${TARGETS.singleViewRps} req/s${r.db === "mysql" ? " (the target is for SQLite)" : ""} | ${r.singleViewWithTokens.rps} | ${met(r.singleViewWithTokens.rps >= TARGETS.singleViewRps)} |`);
  lines.push(`| England overview, one client, no response cache: p95 < ${TARGETS.englandP95} ms | ${r.englandOneClient.p95} | ${met(r.englandOneClient.p95 < TARGETS.englandP95)} |`);
  lines.push(`| gateway peak RSS < ${TARGETS.peakRssMb} MB | ${r.gatewayPeakRssMb ?? "–"} | ${met(r.gatewayPeakRssMb == null ? null : r.gatewayPeakRssMb < TARGETS.peakRssMb)} |`);
  lines.push("");
  lines.push(`## Engines, mixed workload at ${r.settings.connections} connections`);
  lines.push("");
  lines.push("| engine | req/s | p50 / p95 / p99 | errors | refused by the rules |");
  lines.push("| --- | ---: | --- | ---: | ---: |");
  lines.push(row("our gateway as deployed", ours, r.outcomes.ours?.refused ?? "–"));
  lines.push(row("Hive Gateway, Rust planner (forwards Authorization)", hive, r.outcomes["hive-rust"]?.refused ?? "–"));
  lines.push(row("the subgraphs' ceiling (our gateway's fetches replayed)", ceiling, r.outcomes.ceiling?.refused ?? "–"));
  lines.push("");
  lines.push("## CPU per request (ms, each process's user + system time over the run ÷ requests answered)");
  lines.push("");
  lines.push("CPU time per request stretches far less than req/s when the machine is shared: it is the cost to compare between runs.");
  lines.push("");
  lines.push("| run | gateway | corporate | children | adults | all |");
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [key, c] of Object.entries(r.cpuMsPerRequest)) {
    const all = ["gateway", "corporate", "children", "adults"].reduce((sum, name) => sum + (c[name] ?? 0), 0);
    lines.push(`| ${key} | ${c.gateway ?? "–"} | ${c.corporate} | ${c.children} | ${c.adults} | ${Math.round(all * 100) / 100} |`);
  }
  lines.push("");
  lines.push("## By kind of operation (share of the same run)");
  lines.push("");
  lines.push("| kind | ours req/s | ours p50 / p95 / p99 | ours errors | Hive Rust req/s | Hive p50 / p95 / p99 | Hive errors |");
  lines.push("| --- | ---: | --- | ---: | ---: | --- | ---: |");
  for (const [kind, { ours: o, "hive-rust": hv }] of Object.entries(r.byKind)) {
    lines.push(`| ${kind} | ${o?.rps ?? "–"} | ${o ? `${o.p50} / ${o.p95} / ${o.p99}` : "–"} | ${o?.errors ?? "–"} | ${hv?.rps ?? "–"} | ${hv ? `${hv.p50} / ${hv.p95} / ${hv.p99}` : "–"} | ${hv?.errors ?? "–"} |`);
  }
  lines.push("");
  lines.push("Writes accepted by the rules: " + Object.entries(r.writesAccepted).map(([k, w]) => `${k} ${w.accepted} of ${w.writes}`).join(", ") + ".");
  lines.push("");
  lines.push("## Refusals and errors, by kind and code");
  lines.push("");
  for (const [key, o] of Object.entries(r.outcomes)) {
    lines.push(`- ${key}: ${o.requests} requests, ${o.refused} refused by the rules ${JSON.stringify(o.refusalCodes)}, ${o.errors} errors ${JSON.stringify(o.errorCodes)}`);
  }
  lines.push("");
  lines.push("## SQL statements per request, one request of each kind through our gateway (a token holder's)");
  lines.push("");
  lines.push("| kind | corporate | children | adults |");
  lines.push("| --- | ---: | ---: | ---: |");
  for (const [kind, s] of Object.entries(r.sqlPerRequest)) lines.push(`| ${kind} | ${s.corporate} | ${s.children} | ${s.adults} |`);
  lines.push("");
  return `${lines.join("\n")}\n`;
}

module.exports = { main, classify, summarise, renderMarkdown };
