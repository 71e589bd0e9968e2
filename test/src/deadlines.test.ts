import { type GraphQLAnswer, startSubgraph } from "@sli/shared/testing";
import { createCorporateServer } from "@sli/corporate";
import { type RunningGraph, startGraph } from "./graph";

/** Issue 13's runaway: 74 councils of the South East, four times over (tens of millions of objects). */
const RUNAWAY = `{ region(code: "E12000008") { councils { region { councils { region { councils { region { councils { name } } } } } } } } }`;
// Short: whatever graphql-js builds before the deadline it holds in memory (a second's work is hundreds of megabytes for
// this runaway), and in production LIMIT_ANSWER_OBJECTS, not the deadline, bounds that (tested below).
const DEADLINE_MS = 250;
// For the test that moves the clock: long enough that the ordinary query it runs first finishes on a busy CI machine.
const ORDINARY_DEADLINE_MS = 10_000;

const deadlineRefusal = (ms = DEADLINE_MS) => ({
  message: `Operation limit: the operation ran past its deadline of ${ms} ms`,
  extensions: expect.objectContaining({ code: "OPERATION_LIMIT", limit: "deadline", deadlineMs: ms }),
});

async function post(url: string, query: string): Promise<GraphQLAnswer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return (await response.json()) as GraphQLAnswer;
}

describe("each subgraph's own deadline (SUBGRAPH_EXECUTION_TIMEOUT_MS)", () => {
  let graph: RunningGraph;

  beforeAll(async () => {
    // Demand control would refuse the runaway before it starts: lifted here, so that the deadline alone must stop it.
    // The gateway's fetch timeout leaves room for graphql-js to settle what was pending when the deadline passed (see below).
    graph = await startGraph("sqlite", { SUBGRAPH_EXECUTION_TIMEOUT_MS: String(DEADLINE_MS), SUBGRAPH_TIMEOUT_MS: "30000", LIMIT_COST: "1000000000" });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("stops a runaway operation at its deadline with OPERATION_LIMIT, once, and sends no SQL afterwards", async () => {
    const { statements } = graph.subgraphs.corporate.database;
    const started = Date.now();
    const answer = await post(graph.subgraphUrls.corporate, RUNAWAY);
    const tookMs = Date.now() - started;
    expect(answer.data).toEqual({ region: null });
    expect(answer.errors).toEqual([expect.objectContaining(deadlineRefusal())]);
    // Not a speed target: after the deadline graphql-js still settles every field already pending (each a refusal to place),
    // some seconds for this 30-million-object runaway on a busy machine, but bounded by what was pending, not by the query.
    expect(tookMs).toBeLessThan(DEADLINE_MS + 20_000);
    const after = statements.total;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(statements.total).toBe(after);
  });

  it("sends no SQL statement once the deadline passes mid-answer", async () => {
    const server = graph.subgraphs.corporate;
    const { statements } = server.database;
    // Four levels, each read in statements of its own after the one above: regions, their councils, then advisers and challenges.
    const query = "{ regions { councils { name principalAdviser { name } corporatePeerChallenges { status } } } }";
    const run = async () => {
      const response = await server.apollo.executeOperation({ query }, { contextValue: server.createContext({ timeoutMs: ORDINARY_DEADLINE_MS }) });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      return response.body.singleResult;
    };
    let before = statements.total;
    expect((await run()).errors).toBeUndefined();
    expect(statements.total - before).toBeGreaterThanOrEqual(3);

    // The clock jumps past the deadline as the second statement is sent.
    const realNow = Date.now.bind(Date);
    const logQuery = statements.logQuery.bind(statements);
    let sent = 0;
    const clock = jest.spyOn(Date, "now");
    const log = jest.spyOn(statements, "logQuery").mockImplementation((...args) => {
      sent += 1;
      if (sent === 2) clock.mockImplementation(() => realNow() + 60_000);
      logQuery(...args);
    });
    try {
      before = statements.total;
      const answer = await run();
      expect(statements.total - before).toBe(2);
      expect(answer.errors).toEqual([expect.objectContaining(deadlineRefusal(ORDINARY_DEADLINE_MS))]);
    } finally {
      clock.mockRestore();
      log.mockRestore();
    }
    // The next request has a deadline of its own.
    expect((await run()).errors).toBeUndefined();
  });

  it("the client of the gateway hears the subgraph's reason, not a timeout", async () => {
    const answer = await post(graph.url, RUNAWAY);
    expect(answer.errors?.length).toBeGreaterThan(0);
    for (const error of answer.errors ?? []) expect(error.extensions?.code).toBe("OPERATION_LIMIT");
  });
});

describe("each subgraph's bound on an answer's size (LIMIT_ANSWER_OBJECTS)", () => {
  // Demand control lifted, the deadline far off: the answer's size alone must stop the runaway.
  const corporate = startSubgraph("sqlite", createCorporateServer, { LIMIT_COST: "1000000000", LIMIT_ANSWER_OBJECTS: "20000", SUBGRAPH_EXECUTION_TIMEOUT_MS: "60000", SUBGRAPH_TIMEOUT_MS: "90000" });

  it("stops a runaway once its lists hold more objects than the bound, with OPERATION_LIMIT, once", async () => {
    const answer = await corporate.execute(RUNAWAY);
    expect(answer.data).toEqual({ region: null });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: "Operation limit: the answer grew past 20000 objects",
        extensions: expect.objectContaining({ code: "OPERATION_LIMIT", limit: "answerObjects", answerObjects: 20000 }),
      }),
    ]);
  });

  it("lets an answer under the bound through whole", async () => {
    // Each council with its region's councils: about 14,000 councils in all.
    const answer = await corporate.execute("{ councils { code region { councils { code } } } }");
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { councils: unknown[] }).councils).toHaveLength(353);
  });
});
