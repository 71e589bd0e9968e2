import { createGatewayServer, type GatewayServer } from "@sli/gateway";
import { operation, type RunningGraph, startGraph } from "./graph";

/**
 * The gateway answers a query one subgraph answers whole with that subgraph's
 * data as it comes (gateway/src/single-fetch.ts). Every answer must be the one
 * @apollo/gateway's own path gives: a second gateway over the same subgraphs,
 * with the fast path off, answers each query too and the two are compared.
 */
describe.each(["sqlite", "mysql"] as const)("one-fetch queries passed through on %s", (kind) => {
  let graph: RunningGraph;
  let reference: GatewayServer;
  let referenceUrl: string;

  beforeAll(async () => {
    graph = await startGraph(kind);
    reference = await createGatewayServer({ config: graph.config, subgraphUrls: graph.subgraphUrls, singleFetchPassThrough: false });
    referenceUrl = await reference.listen(0);
  });
  afterAll(async () => {
    await reference?.stop();
    await graph?.stop();
  });

  const post = async (url: string, query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.text() };
  };
  /** The answer without development stack traces, which name the code path taken. */
  const answer = (body: string) =>
    JSON.parse(body, (key, value) => (key === "stacktrace" ? undefined : value)) as { data?: unknown; errors?: unknown[] };
  /** GraphQL requests the corporate subgraph has answered so far. */
  const corporateRequests = async () => {
    const text = await (await fetch(graph.subgraphUrls.corporate.replace("/graphql", "/metrics"))).text();
    return [...text.matchAll(/^graphql_requests_total\{[^}]*\} (\d+)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
  };

  /** Answers the gateway gave with a subgraph's data as it came. */
  const passedThrough = async () => {
    const text = await (await fetch(graph.url.replace("/graphql", "/metrics"))).text();
    return Number(/^gateway_passed_through_total(?:\{[^}]*\})? (\d+)$/m.exec(text)?.[1] ?? NaN);
  };

  // name, query, variables, whether the second answer comes through the fast path
  const cases: Array<[string, string, Record<string, unknown> | undefined, boolean]> = [
    ["the corporate-only list", "query CorporateOnly { councils { code name type upperTier } }", undefined, true],
    ["arguments, a nested object, aliases", '{ sw: councils(region: "E12000009", upperTier: true) { code n: name region { code name } } }', undefined, true],
    ["variables", "query One($code: ID!) { council(code: $code) { code name type region { name } } }", { code: "E06000052" }, true],
    ["named and inline fragments, __typename", "{ councils { __typename ...Names ... on Council { type } } } fragment Names on Council { code name }", undefined, true],
    ["@include (not passed through)", "query Maybe($w: Boolean!) { councils { code name @include(if: $w) } }", { w: false }, false],
    ["another board's query", "{ safeguardingPeerReviewSummary { delivered requested } childrensPeerChallengeCoverage { england { __typename } } }", undefined, true],
    ["the adults' programme", "{ adultsSignOffProgramme { status council { code } } }", undefined, true],
    ["an unknown council: NOT_FOUND", '{ council(code: "E06099999") { code } }', undefined, false],
    ["a malformed code: BAD_USER_INPUT", '{ council(code: "nonsense") { code } }', undefined, false],
    ["a guarded field, anonymous: UNAUTHENTICATED", "{ corporateAuditTrail { edges { node { operation } } } }", undefined, false],
    ["a field no one has: GRAPHQL_VALIDATION_FAILED", "{ councils { code colour } }", undefined, false],
    ["several boards (not passed through)", operation("council-single-view"), { code: "E06000052" }, false],
  ];

  for (const [name, query, variables, fastPath] of cases) {
    it(`answers ${name} exactly as @apollo/gateway's own path does`, async () => {
      for (let i = 0; i < 2; i += 1) {
        // The second time round the plan is known, so a qualifying query takes the fast path.
        const before = await passedThrough();
        const [fast, own] = await Promise.all([post(graph.url, query, variables), post(referenceUrl, query, variables)]);
        expect(fast.status).toBe(own.status);
        expect(answer(fast.body)).toEqual(answer(own.body));
        if (i === 1) expect(await passedThrough()).toBe(before + (fastPath ? 1 : 0));
      }
    });
  }

  it("answers token holders as the gateway's own path does, the token forwarded", async () => {
    const token = await graph.token({ sub: "lga", roles: ["LGA_OFFICER"] });
    const query = "{ corporateAuditTrail(first: 3) { edges { node { operation subject } } } councils(region: \"E12000001\") { code } }";
    for (let i = 0; i < 2; i += 1) {
      const [fast, own] = await Promise.all([post(graph.url, query, undefined, token), post(referenceUrl, query, undefined, token)]);
      expect(answer(fast.body)).toEqual(answer(own.body));
      expect(answer(fast.body).errors).toBeUndefined();
    }
    expect(await passedThrough()).toBeGreaterThan(0);
  });

  it("asks the subgraph once per request, also when its answer has errors and the gateway's own path shapes it", async () => {
    for (const query of ["query CorporateOnly { councils { code } }", '{ council(code: "E06099999") { code } }']) {
      await post(graph.url, query); // plans it
      const before = await corporateRequests();
      const { data } = answer((await post(graph.url, query)).body);
      expect(await corporateRequests()).toBe(before + 1);
      expect(data).toBeDefined();
    }
  });
});
