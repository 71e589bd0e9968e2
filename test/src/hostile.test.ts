import { createGatewayServer, type GatewayServer } from "@sli/gateway";
import { DEFAULT_LIMITS, loadConfig } from "@sli/shared";
import { type RunningGraph, startGraph } from "./graph";

interface Answer {
  status: number;
  codes: string[];
  messages: string[];
}

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(" ")} }`;
const nested = (depth: number) => {
  let selection = "code";
  for (let i = 0; i < depth; i++) selection = i % 2 ? `region { ${selection} }` : `councils { ${selection} }`;
  return `{ regions { ${selection} } }`;
};
/** The same cyclic selection `n` times over, each under its own alias. */
const aliasedCycles = (n: number, cycle: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${cycle}`).join(" ")} }`;
const DOUBLE_CYCLE = "{councils{region{councils{region{councils{code}}}}}}";
const REGION_CYCLE = 'region(code:"E12000008"){councils{region{councils{region{councils{region{councils{code}}}}}}}}';
const ENTITIES = "query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Council { code } } }";
const councilReferences = (n: number) => Array.from({ length: n }, () => ({ __typename: "Council", code: "E06000052" }));
const fragmentBomb = (levels: number) => {
  const fragments = [`fragment F0 on Council { code name }`];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Council { ...F${i - 1} region { councils { ...F${i - 1} } } }`);
  return `{ councils { ...F${levels} } } ${fragments.join(" ")}`;
};

describe("hostile requests to the gateway", () => {
  let graph: RunningGraph;
  let production: GatewayServer;
  let productionUrl: string;

  beforeAll(async () => {
    graph = await startGraph("sqlite");
    production = await createGatewayServer({
      config: loadConfig({
        NODE_ENV: "production",
        JWT_SECRET: "a-production-secret-of-at-least-32-characters",
        CORS_ORIGINS: "https://dashboard.example",
        LOG_LEVEL: "silent",
      }),
      subgraphUrls: graph.subgraphUrls,
    });
    productionUrl = await production.listen(0);
  });
  afterAll(async () => {
    await production?.stop();
    await graph?.stop();
  });

  const send = async (
    init: { method?: string; body?: string; headers?: Record<string, string>; query?: string },
    url = graph.url,
  ): Promise<Answer> => {
    const target = init.query !== undefined ? `${url}?${init.query}` : url;
    const response = await fetch(target, {
      method: init.method ?? "POST",
      headers: init.headers ?? { "content-type": "application/json" },
      body: init.body,
    });
    const text = await response.text();
    let parsed: { errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: codes stay empty and the test says so
    }
    return {
      status: response.status,
      codes: [...new Set((parsed.errors ?? []).map((error) => error.extensions?.code ?? "(none)"))],
      messages: (parsed.errors ?? []).map((error) => error.message),
    };
  };
  const post = (query: string, variables?: unknown, url?: string) =>
    send({ body: JSON.stringify({ query, variables }) }, url);

  const cases: Array<[string, number, string, () => Promise<Answer>]> = [
    ["1,000 aliases", 400, "OPERATION_LIMIT", () => post(aliases(1000))],
    ["nesting 50 deep", 400, "OPERATION_LIMIT", () => post(nested(50))],
    ["a fragment bomb (2^25 expansions)", 400, "OPERATION_LIMIT", () => post(fragmentBomb(25))],
    ["a fragment cycle", 400, "GRAPHQL_VALIDATION_FAILED", () => post("{ councils { ...A } } fragment A on Council { region { councils { ...B } } } fragment B on Council { ...A }")],
    ["a batch of 1,000 operations", 400, "OPERATION_LIMIT", () => send({ body: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: "{ __typename }" }))) })],
    ["a 5 MB query", 413, "OPERATION_LIMIT", () => post(`{ ${"__typename ".repeat(460_000)} }`)],
    ["a 200 KB body", 413, "OPERATION_LIMIT", () => post("{ __typename }", { padding: "x".repeat(200 * 1024) })],
    ["1,000 unknown directives", 400, "OPERATION_LIMIT", () => post(`{ __typename ${"@nope ".repeat(1000)} }`)],
    ["100 @include directives on one field", 400, "OPERATION_LIMIT", () => post(`{ __typename ${"@include(if: true) ".repeat(100)} }`)],
    ["6,000 tokens", 400, "OPERATION_LIMIT", () => post(`{ ${"__typename ".repeat(6000)} }`)],
    ["25 root fields", 400, "OPERATION_LIMIT", () => post(`{ ${Array.from({ length: 25 }, (_, i) => `r${i}: regions { code }`).join(" ")} }`)],
    ["introspection in production", 400, "GRAPHQL_VALIDATION_FAILED", () => post("{ __schema { types { name } } }", undefined, productionUrl)],
    ["a mutation over GET", 405, "BAD_USER_INPUT", () => send({ method: "GET", query: `query=${encodeURIComponent("mutation { __typename }")}`, headers: { "apollo-require-preflight": "true" } })],
    ["a GET without a CSRF preflight header", 400, "BAD_USER_INPUT", () => send({ method: "GET", query: `query=${encodeURIComponent("{ __typename }")}`, headers: {} })],
    ["POST text/plain (a CSRF attempt)", 400, "BAD_USER_INPUT", () => send({ body: JSON.stringify({ query: "{ __typename }" }), headers: { "content-type": "text/plain" } })],
    ["POST application/xml", 400, "BAD_USER_INPUT", () => send({ body: "<query/>", headers: { "content-type": "application/xml" } })],
    ["invalid JSON", 400, "BAD_USER_INPUT", () => send({ body: '{"query": "{ __typename }"' })],
    ["an empty body", 400, "BAD_USER_INPUT", () => send({ body: "" })],
    ["no query", 400, "BAD_USER_INPUT", () => send({ body: JSON.stringify({ variables: {} }) })],
    ["a query that is a number", 400, "BAD_USER_INPUT", () => send({ body: JSON.stringify({ query: 42 }) })],
    ["a syntax error", 400, "GRAPHQL_PARSE_FAILED", () => post("{ councils { code ")],
    ["a null byte in the query", 400, "GRAPHQL_PARSE_FAILED", () => post("{ __typename \u0000 }")],
    ["an unknown field", 400, "GRAPHQL_VALIDATION_FAILED", () => post("{ councils { secretField } }")],
    ["a wrong variable type", 400, "BAD_USER_INPUT", () => post("query ($tier: Boolean) { councils(upperTier: $tier) { code } }", { tier: "yes" })],
    ["a huge variable value", 200, "BAD_USER_INPUT", () => post("query ($code: ID!) { council(code: $code) { name } }", { code: "E".repeat(90_000) })],
    ["an operation name the document lacks", 400, "BAD_USER_INPUT", () => send({ body: JSON.stringify({ query: "query A { __typename }", operationName: "B" }) })],
    ["an APQ hash that does not match its query", 400, "BAD_USER_INPUT", () => send({ body: JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }) })],
    ["a 150 KB URL", 414, "OPERATION_LIMIT", () => send({ method: "GET", query: `query=${"a".repeat(150 * 1024)}`, headers: { "apollo-require-preflight": "true" } })],
    ["a double council→region→councils cycle (52 bytes)", 400, "OPERATION_LIMIT", () => post(DOUBLE_CYCLE)],
    ["a region's quadruple council→region cycle", 400, "OPERATION_LIMIT", () => post(`{ ${REGION_CYCLE} }`)],
    ["400 aliases of a cyclic query", 400, "OPERATION_LIMIT", () => post(aliasedCycles(400, "regions { councils { region { councils { code } } } }"))],
    ["20 aliases of a cyclic query (under the alias limit)", 400, "OPERATION_LIMIT", () => post(aliasedCycles(20, "regions { councils { region { councils { code } } } }"))],
  ];

  // Straight to a subgraph, past the gateway: the same limits, and _entities checked.
  const boards = ["corporate", "children", "adults"] as const;
  const heaviest: Record<(typeof boards)[number], string> = {
    corporate: DOUBLE_CYCLE,
    children: '{ councilsBySupportLevel(level: UNIVERSAL) { childrensStatisticalNeighbours(period: "2011/12") { council { childrensStatisticalNeighbours(period: "2011/12") { council { code } } } } } }',
    adults: "{ councilsByCqcRating2010(rating: ADEQUATE) { localAccounts { priorities { priority } } } }",
  };
  const direct: Array<[string, number, string, (board: (typeof boards)[number]) => Promise<Answer>]> = [
    ["its heaviest list query", 400, "OPERATION_LIMIT", (board) => post(heaviest[board], undefined, graph.subgraphUrls[board])],
    ["400 aliases of a cyclic query", 400, "OPERATION_LIMIT", (board) => post(aliasedCycles(400, heaviest[board].slice(1, -1)), undefined, graph.subgraphUrls[board])],
    ["nesting 50 deep", 400, "OPERATION_LIMIT", (board) => post(nested(50), undefined, graph.subgraphUrls[board])],
    ["12,000 tokens", 400, "OPERATION_LIMIT", (board) => post(`{ ${"__typename ".repeat(12_000)} }`, undefined, graph.subgraphUrls[board])],
    ["25 root fields", 400, "OPERATION_LIMIT", (board) => post(`{ ${Array.from({ length: 25 }, (_, i) => `r${i}: __typename`).join(" ")} }`, undefined, graph.subgraphUrls[board])],
    ["a 1 MB body", 413, "OPERATION_LIMIT", (board) => post("{ __typename }", { padding: "x".repeat(1024 * 1024) }, graph.subgraphUrls[board])],
    ["a 150 KB URL", 414, "OPERATION_LIMIT", (board) => send({ method: "GET", query: `query=${"a".repeat(150 * 1024)}`, headers: { "apollo-require-preflight": "true" } }, graph.subgraphUrls[board])],
    ["_entities with 5,000 representations", 400, "OPERATION_LIMIT", (board) => post(ENTITIES, { representations: councilReferences(5000) }, graph.subgraphUrls[board])],
    ["_entities with a missing code", 400, "BAD_USER_INPUT", (board) => post(ENTITIES, { representations: [{ __typename: "Council" }] }, graph.subgraphUrls[board])],
    ["_entities with an object-valued code", 400, "BAD_USER_INPUT", (board) => post(ENTITIES, { representations: [{ __typename: "Council", code: { toString: 1 } }] }, graph.subgraphUrls[board])],
    ["_entities with an unknown __typename", 400, "BAD_USER_INPUT", (board) => post(ENTITIES, { representations: [{ __typename: "Concern", code: "E06000052" }] }, graph.subgraphUrls[board])],
    ["_entities with representations inline", 400, "BAD_USER_INPUT", (board) => post('{ _entities(representations: [{ __typename: "Council", code: 7 }]) { __typename } }', undefined, graph.subgraphUrls[board])],
  ];
  const directCases = boards.flatMap((board) => direct.map(([name, status, code, request]) => [board, name, status, code, () => request(board)] as const));

  it.each(directCases)("%s subgraph: answers %s with %i %s, and normal traffic carries on", async (board, _name, status, code, request) => {
    const answer = await request();
    expect({ status: answer.status, codes: answer.codes }).toEqual({ status, codes: expect.arrayContaining([code]) });
    expect(answer.codes).not.toContain("INTERNAL_SERVER_ERROR");
    const normal = await fetch(graph.subgraphUrls[board], {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: ENTITIES, variables: { representations: [{ __typename: "Council", code: "E06000052" }] } }),
    });
    expect(await normal.json()).toEqual({ data: { _entities: [{ code: "E06000052" }] } });
  });

  it("lets each subgraph take the gateway's own fetch of every council (353 representations) with its selection", async () => {
    const representations = (await graph.query<{ councils: Array<{ code: string }> }>("{ councils { code } }")).data!.councils.map(({ code }) => ({ __typename: "Council", code }));
    expect(representations).toHaveLength(353);
    const selections = {
      corporate: "name region { code } corporatePeerChallenges { status }",
      children: "childrensSupportLevel safeguardingPeerReviews { status } childrensPeerChallenges { status }",
      adults: "cqcRating2010 localAccounts { year } adultsSignOff { status }",
    };
    for (const board of boards) {
      const response = await fetch(graph.subgraphUrls[board], {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Council { ${selections[board]} } } }`,
          variables: { representations },
        }),
      });
      const answer = (await response.json()) as { data?: { _entities: unknown[] }; errors?: unknown[] };
      expect({ board, status: response.status, errors: answer.errors }).toEqual({ board, status: 200, errors: undefined });
      expect(answer.data!._entities).toHaveLength(353);
    }
  });

  it("names the estimated cost and the budget when it refuses an operation", async () => {
    const answer = await post(DOUBLE_CYCLE);
    expect(answer.messages).toEqual([`Operation limit: the estimated cost is ${353 * (2 + 74 * (2 + 74))}, over the budget of ${DEFAULT_LIMITS.cost}`]);
  });

  it.each(cases)("answers %s with %i %s, and normal traffic carries on", async (_name, status, code, request) => {
    const answer = await request();
    expect({ status: answer.status, codes: answer.codes }).toEqual({ status, codes: expect.arrayContaining([code]) });
    expect(answer.codes).not.toContain("INTERNAL_SERVER_ERROR");
    const normal = await graph.query("{ council(code: \"E06000052\") { name childrensSupportLevel cqcRating2010 } }");
    expect(normal).toEqual({ data: { council: { name: "Cornwall", childrensSupportLevel: "UNIVERSAL", cqcRating2010: "ADEQUATE" } } });
  });

  it("gives no schema suggestions, stack traces or internal messages in production", async () => {
    const answer = await fetch(productionUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ councils { nam } }" }),
    });
    const text = await answer.text();
    expect(answer.status).toBe(400);
    expect(text).not.toMatch(/Did you mean/);
    expect(text).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
