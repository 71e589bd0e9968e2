import http from "node:http";
import net from "node:net";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createChildrenServer } from "@sli/children";
import { createCorporateServer } from "@sli/corporate";
import { createGatewayServer } from "@sli/gateway";
import { loadConfig } from "@sli/shared";
import { describeOnMariaDB, removeTestDatabases, TEST_MYSQL_URL, testConfig } from "@sli/shared/testing";
import { auditServer } from "graphql-http";
import { operation, type RunningGraph, startGraph, unexpected } from "./graph";

const SINGLE_VIEW = operation("council-single-view");

/** An HTTP proxy to a subgraph that holds each request for `delayMs` before passing it on. */
async function delayingProxy(target: string, delayMs: number, onRequest: () => void) {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    onRequest();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      setTimeout(() => {
        const forward = http.request(
          { host: upstream.hostname, port: upstream.port, path: upstream.pathname, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forward.end(Buffer.concat(chunks));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/graphql`, close: () => server.close() };
}

async function poll<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await probe();
  }
  return value;
}

describe("the gateway under failure", () => {
  let graph: RunningGraph;

  beforeAll(async () => {
    graph = await startGraph("sqlite");
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("answers with the other boards' data and SUBGRAPH_UNAVAILABLE while a subgraph is down, and whole again when it returns", async () => {
    const childrenPort = Number(new URL(graph.subgraphUrls.children).port);
    const answers: Array<{ data?: any; errors?: any[] }> = [];
    let running = true;
    const load = (async () => {
      while (running) {
        const batch = await Promise.all(Array.from({ length: 4 }, () => graph.query(SINGLE_VIEW, { code: "E06000052" })));
        answers.push(...batch);
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 100));
    await graph.subgraphs.children.stop();
    const down = await graph.query(SINGLE_VIEW, { code: "E06000052" });
    expect(down.data!.council).toMatchObject({ name: "Cornwall", cqcRating2010: "ADEQUATE", childrensSupportLevel: null });
    expect(down.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "children" }) })]),
    );
    expect(unexpected(down.errors)!.every((error) => error.extensions?.code === "SUBGRAPH_UNAVAILABLE")).toBe(true);
    const readiness = await fetch(graph.url.replace("/graphql", "/health/ready"));
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toMatchObject({ failing: ["children"] });

    // Back on the same port, with no restart of the gateway.
    const children = await createChildrenServer(graph.config);
    graph.subgraphs.children = children;
    await children.listen(childrenPort);
    const whole = await poll(
      () => graph.query(SINGLE_VIEW, { code: "E06000052" }),
      (answer) => !unexpected(answer.errors),
    );
    running = false;
    await load;
    expect(unexpected(whole.errors)).toBeUndefined();
    expect(whole.data!.council.childrensSupportLevel).toBe("UNIVERSAL");
    expect((await fetch(graph.url.replace("/graphql", "/health/ready"))).status).toBe(200);

    // Every answer under load had the corporate and adults data; any error named the missing service.
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.data?.council?.name).toBe("Cornwall");
      expect(answer.data?.council?.cqcRating2010).toBe("ADEQUATE");
      for (const error of unexpected(answer.errors) ?? []) expect(error.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "children" });
    }
  });

  it("gives up on a subgraph that does not answer in time, keeping the rest of the answer", async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}/graphql`;
    const gateway = await createGatewayServer({
      config: loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", SUBGRAPH_TIMEOUT_MS: "300" }),
      subgraphUrls: { ...graph.subgraphUrls, adults: silentUrl },
    });
    const url = await gateway.listen(0);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: SINGLE_VIEW, variables: { code: "E06000052" } }),
      });
      const answer = (await response.json()) as { data: any; errors: any[] };
      expect(answer.data.council).toMatchObject({ name: "Cornwall", childrensSupportLevel: "UNIVERSAL", cqcRating2010: null });
      expect(unexpected(answer.errors)![0]).toMatchObject({
        message: expect.stringMatching(/adults service did not answer in time/),
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "adults" },
      });
    } finally {
      await gateway.stop();
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it("carries the caller's request id to every subgraph and back", async () => {
    const seen: string[] = [];
    const target = new URL(graph.subgraphUrls.adults);
    const recorder = http.createServer((req, res) => {
      seen.push(String(req.headers["x-request-id"]));
      const upstream = http.request(
        { host: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => recorder.listen(0, "127.0.0.1", resolve));
    const gateway = await createGatewayServer({
      config: loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }),
      subgraphUrls: { ...graph.subgraphUrls, adults: `http://127.0.0.1:${(recorder.address() as net.AddressInfo).port}/graphql` },
    });
    const url = await gateway.listen(0);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "trace-7f3a" },
        body: JSON.stringify({ query: SINGLE_VIEW, variables: { code: "E06000052" } }),
      });
      expect(response.headers.get("x-request-id")).toBe("trace-7f3a");
      expect(unexpected(((await response.json()) as { errors?: any[] }).errors)).toBeUndefined();
      expect(seen).toEqual(["trace-7f3a"]);
    } finally {
      await gateway.stop();
      recorder.close();
    }
  });

  it("finishes a request in flight when asked to stop", async () => {
    // A slow corporate subgraph keeps the request in flight while the gateway stops.
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const slow = await delayingProxy(graph.subgraphUrls.corporate, 300, () => arrived());
    const gateway = await createGatewayServer({
      config: loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }),
      subgraphUrls: { ...graph.subgraphUrls, corporate: slow.url },
    });
    const url = await gateway.listen(0);
    try {
      const inFlight = fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: operation("england-overview") }),
      }).then((response) => response.json() as Promise<{ data: { councils: unknown[] } }>);
      await requestArrived;
      await gateway.stop();
      expect((await inFlight).data.councils).toHaveLength(353);
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      await gateway.stop();
      slow.close();
    }
  });

  it("exposes Prometheus metrics on the gateway and each subgraph", async () => {
    await graph.query(SINGLE_VIEW, { code: "E06000052" });
    await fetch(graph.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `query CouncilSingleView { council(code: "E06000052") { name } }`, operationName: "CouncilSingleView" }),
    });
    const gatewayMetrics = await (await fetch(graph.url.replace("/graphql", "/metrics"))).text();
    expect(gatewayMetrics).toMatch(/graphql_requests_total\{[^}]*operation="CouncilSingleView",outcome="ok"[^}]*\} \d+/);
    expect(gatewayMetrics).toMatch(/graphql_request_duration_seconds_bucket\{[^}]*operation="CouncilSingleView",outcome="ok"[^}]*\} \d+/);
    expect(gatewayMetrics).toMatch(/subgraph_fetch_duration_seconds_count\{[^}]*subgraph="adults"[^}]*\} \d+/);
    expect(gatewayMetrics).toMatch(/subgraph_fetch_errors_total/);
    const corporateMetrics = await (await fetch(graph.subgraphUrls.corporate.replace("/graphql", "/metrics"))).text();
    expect(corporateMetrics).toMatch(/sql_statements_total\{[^}]*service="corporate"[^}]*\} [1-9]\d*/);
    expect(corporateMetrics).toMatch(/db_pool_connections\{[^}]*state="open"[^}]*\} 1/);
    // The gateway names its subgraph fetches after the operation: CouncilSingleView__corporate__0.
    expect(corporateMetrics).toMatch(/graphql_requests_total\{[^}]*operation="CouncilSingleView__corporate__\d+"[^}]*\} \d+/);
  });

  it("supports automatic persisted queries", async () => {
    const query = `{ council(code: "E06000056") { name } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const byHash = () =>
      fetch(graph.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      }).then((response) => response.json() as Promise<{ data?: any; errors?: any[] }>);
    expect((await byHash()).errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await fetch(graph.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    expect(((await registered.json()) as any).data.council.name).toBe("Central Bedfordshire");
    expect((await byHash()).data.council.name).toBe("Central Bedfordshire");
  });

  it("runs only safelisted operations in safelist mode", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sli-safelist-"));
    const manifest = path.join(dir, "manifest.json");
    fs.writeFileSync(
      manifest,
      JSON.stringify({ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id: "single-view", name: "CouncilSingleView", type: "query", body: SINGLE_VIEW }] }),
    );
    const gateway = await createGatewayServer({
      config: loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", SAFELIST_FILE: manifest }),
      subgraphUrls: graph.subgraphUrls,
    });
    const url = await gateway.listen(0);
    try {
      const post = (query: string) =>
        fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { code: "E06000052" } }) });
      const allowed = await post(SINGLE_VIEW);
      expect(allowed.status).toBe(200);
      const refused = await post("{ councils { code } }");
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as any).errors[0].extensions.code).toBe("FORBIDDEN");
    } finally {
      await gateway.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("allows only listed browser origins in production", async () => {
    const gateway = await createGatewayServer({
      config: loadConfig({
        NODE_ENV: "production",
        JWT_SECRET: "a-production-secret-of-at-least-32-characters",
        CORS_ORIGINS: "https://dashboard.example",
        LOG_LEVEL: "silent",
      }),
      subgraphUrls: graph.subgraphUrls,
    });
    const url = await gateway.listen(0);
    try {
      const preflight = (origin: string) =>
        fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
      expect((await preflight("https://dashboard.example")).headers.get("access-control-allow-origin")).toBe("https://dashboard.example");
      expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await gateway.stop();
    }
  });

  it("passes every MUST of the GraphQL-over-HTTP audits (graphql-http)", async () => {
    const results = await auditServer({ url: graph.url });
    const failedMusts = results.filter((result) => result.name.startsWith("MUST") && result.status !== "ok");
    expect(failedMusts.map((result) => `${result.id} ${result.name}: ${result.status === "ok" ? "" : result.reason}`)).toEqual([]);
    expect(results.filter((result) => result.name.startsWith("MUST")).length).toBeGreaterThanOrEqual(10);
  });
});

describeOnMariaDB("a subgraph whose database goes away", () => {
  it("answers errors and reports not ready, then recovers by itself when the database returns", async () => {
    // A proxy in front of MariaDB stands in for the database server going down and coming back.
    const upstream = new URL(TEST_MYSQL_URL);
    const connections = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const server = net.connect(Number(upstream.port || 3306), upstream.hostname);
      connections.add(client).add(server);
      client.pipe(server).pipe(client);
      const close = () => {
        client.destroy();
        server.destroy();
      };
      client.on("error", close).on("close", close);
      server.on("error", close).on("close", close);
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const port = (proxy.address() as net.AddressInfo).port;
    const user = upstream.username ? `${upstream.username}${upstream.password ? `:${upstream.password}` : ""}@` : "";
    const config = testConfig("mysql", { DATABASE_URL: `mysql://${user}127.0.0.1:${port}` });
    const corporate = await createCorporateServer(config);
    const url = await corporate.listen(0);
    const ready = () => fetch(url.replace("/graphql", "/health/ready")).then((response) => response.status);
    const ask = () =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ regions { code } }" }) }).then(
        (response) => response.json() as Promise<{ data?: any; errors?: any[] }>,
      );
    try {
      expect(await ready()).toBe(200);
      expect((await ask()).data.regions).toHaveLength(9);

      await new Promise<void>((resolve) => proxy.close(() => resolve()) && connections.forEach((socket) => socket.destroy()));
      expect(await poll(ready, (status) => status === 503)).toBe(503);
      const failed = await ask();
      expect(failed.errors?.length).toBeGreaterThan(0);
      expect(failed.data?.regions ?? null).toBeNull();

      await new Promise<void>((resolve) => proxy.listen(port, "127.0.0.1", resolve));
      expect(await poll(ready, (status) => status === 200)).toBe(200);
      expect((await ask()).data.regions).toHaveLength(9);
    } finally {
      await corporate.stop();
      proxy.close();
      connections.forEach((socket) => socket.destroy());
      // Drop the run's databases on the real server, not through the closed proxy.
      const direct = testConfig("mysql", { DATABASE_PREFIX: config.databases.corporate.database.replace(/_corporate$/, "") });
      await removeTestDatabases(direct);
      await removeTestDatabases(config).catch(() => undefined);
    }
  });
});
