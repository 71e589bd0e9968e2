import http from "node:http";
import type { AddressInfo } from "node:net";
import { deduplicatingFetcher, deduplicationKey } from "./deduplication";
import { keepAliveFetcher } from "./subgraph-fetcher";

/**
 * A stand-in subgraph that holds every request until `release()`, so that
 * "in flight at the same moment" is decided by the test, not by timing.
 */
async function heldSubgraph() {
  const received: Array<{ authorization?: string; body: string }> = [];
  let waiting: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ authorization: req.headers.authorization, body });
      waiting.push(() => {
        if (body.includes("fail")) {
          res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: "boom" }] }));
          return;
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ data: { n: received.length, authorization: req.headers.authorization ?? null } }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const arrived = async (count: number) => {
    while (received.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  const release = () => {
    const now = waiting;
    waiting = [];
    for (const answer of now) answer();
  };
  return { url, received, arrived, release, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const query = (text: string, authorization?: string, requestId = "r1") => ({
  method: "POST",
  headers: { "content-type": "application/json", "x-request-id": requestId, ...(authorization ? { authorization } : {}) },
  body: JSON.stringify({ query: text, variables: {} }),
});

describe("de-duplication of identical in-flight subgraph queries", () => {
  const connections = keepAliveFetcher(5000);
  const fetcher = deduplicatingFetcher(connections.fetcher);
  let subgraph: Awaited<ReturnType<typeof heldSubgraph>>;

  beforeEach(async () => {
    subgraph = await heldSubgraph();
  });
  afterEach(async () => {
    subgraph.release();
    await subgraph.close();
  });
  afterAll(() => connections.close());

  it("sends identical concurrent queries once (request ids aside) and gives each caller its own readable answer", async () => {
    const answers = [1, 2, 3].map((i) => fetcher(subgraph.url, query("query Q { councils { code } }", "Bearer a", `r${i}`)));
    await subgraph.arrived(1);
    subgraph.release();
    const bodies = await Promise.all((await Promise.all(answers)).map((response) => response.json()));
    expect(subgraph.received).toHaveLength(1);
    expect(bodies).toEqual([1, 2, 3].map(() => ({ data: { n: 1, authorization: "Bearer a" } })));
    expect(bodies[0]).not.toBe(bodies[1]);
  });

  it("never shares an answer between callers whose Authorization differs, nor with an anonymous caller", async () => {
    const answers = [fetcher(subgraph.url, query("{ me { name } }", "Bearer a")), fetcher(subgraph.url, query("{ me { name } }", "Bearer b")), fetcher(subgraph.url, query("{ me { name } }"))];
    await subgraph.arrived(3);
    subgraph.release();
    const bodies = await Promise.all((await Promise.all(answers)).map((response) => response.json()));
    expect(bodies.map((body) => body.data.authorization)).toEqual(["Bearer a", "Bearer b", null]);
  });

  it("never shares mutations", async () => {
    const mutation = 'mutation { raiseConcern(code: "E06000052") { id } }';
    const answers = [fetcher(subgraph.url, query(mutation, "Bearer a")), fetcher(subgraph.url, query(mutation, "Bearer a"))];
    await subgraph.arrived(2);
    subgraph.release();
    await Promise.all(answers);
    expect(subgraph.received).toHaveLength(2);
    expect(deduplicationKey(subgraph.url, query(mutation))).toBeUndefined();
    expect(deduplicationKey(subgraph.url, query("{ councils { code } }"))).toBeDefined();
  });

  it("keeps nothing once the answer is in: a later identical query fetches afresh", async () => {
    const first = fetcher(subgraph.url, query("{ councils { code } }"));
    await subgraph.arrived(1);
    subgraph.release();
    await first;
    const second = fetcher(subgraph.url, query("{ councils { code } }"));
    await subgraph.arrived(2);
    subgraph.release();
    expect((await (await second).json()).data.n).toBe(2);
  });

  it("hands a subgraph's failure to every caller that shared the fetch", async () => {
    const answers = [1, 2].map(() => fetcher(subgraph.url, query("{ fail }")));
    await subgraph.arrived(1);
    subgraph.release();
    const responses = await Promise.all(answers);
    expect(responses.map((response) => response.status)).toEqual([500, 500]);
    expect(await responses[1].json()).toEqual({ errors: [{ message: "boom" }] });
    expect(subgraph.received).toHaveLength(1);
  });
});
