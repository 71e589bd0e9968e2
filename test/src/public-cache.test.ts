import { operation, type RunningGraph, startGraph } from "./graph";

describe("reuse of public answers at the gateway", () => {
  let graph: RunningGraph;

  beforeAll(async () => {
    graph = await startGraph("sqlite", { PUBLIC_CACHE_SECONDS: "30" });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  const statements = () =>
    [graph.subgraphs.corporate, graph.subgraphs.children, graph.subgraphs.adults].reduce(
      (sum, server) => sum + server.database.statements.total,
      0,
    );
  const send = (token?: string) =>
    fetch(graph.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: operation("region-overview"), variables: { region: "E12000001" } }),
    });

  it("answers a repeated anonymous read from the cache, without asking the subgraphs again", async () => {
    const first = await send();
    expect(first.headers.get("cache-control")).toBe("max-age=30, public");
    const firstBody = await first.json();
    const before = statements();
    const second = await send();
    expect(await second.json()).toEqual(firstBody);
    expect(second.headers.get("age")).not.toBeNull();
    expect(statements()).toBe(before);
  });

  it("never stores or serves from the cache an answer for a caller with a token", async () => {
    const token = await graph.token({ sub: "lga", roles: ["LGA_OFFICER"] });
    await send(token);
    const before = statements();
    const again = await send(token);
    expect(again.headers.get("cache-control")).toBe("no-store");
    expect(again.headers.get("age")).toBeNull();
    await again.json();
    expect(statements()).toBeGreaterThan(before);
  });

  it("never stores an answer with errors (the anonymous single view's confidential concerns)", async () => {
    const ask = () =>
      fetch(graph.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: operation("council-single-view"), variables: { code: "E06000052" } }),
      });
    await (await ask()).json();
    const before = statements();
    const again = await ask();
    expect(again.headers.get("age")).toBeNull();
    await again.json();
    expect(statements()).toBeGreaterThan(before);
  });
});
