import { type GraphQLAnswer } from "@sli/shared/testing";
import { type RunningGraph, startGraph } from "./graph";

/** Issue 13's runaway: 74 councils of the South East, four times over (tens of millions of objects). */
const RUNAWAY = `{ region(code: "E12000008") { councils { region { councils { region { councils { region { councils { name } } } } } } } } }`;
// Long enough that an ordinary query finishes well within it on a busy CI machine; the runaway takes far longer.
const DEADLINE_MS = 1000;

const deadlineRefusal = {
  message: `Operation limit: the operation ran past its deadline of ${DEADLINE_MS} ms`,
  extensions: expect.objectContaining({ code: "OPERATION_LIMIT", limit: "deadline", deadlineMs: DEADLINE_MS }),
};

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
    expect(answer.errors).toEqual([expect.objectContaining(deadlineRefusal)]);
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
      const response = await server.apollo.executeOperation({ query }, { contextValue: server.createContext() });
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
      expect(answer.errors).toEqual([expect.objectContaining(deadlineRefusal)]);
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
