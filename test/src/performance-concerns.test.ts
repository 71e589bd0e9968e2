import { executeOn, testViewer } from "@sli/shared/testing";
import { operation, type RunningGraph, startGraph } from "./graph";

describe.each(["sqlite", "mysql"] as const)("performance information and concerns through the gateway on %s", (kind) => {
  let graph: RunningGraph;

  beforeAll(async () => {
    graph = await startGraph(kind);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("compares a council with all England in a few corporate statements, not one per council", async () => {
    const { corporate } = graph.subgraphs;
    const before = corporate.database.statements.total;
    const { data, errors } = await graph.query(
      `{ performanceComparison(council: "E06000052", metric: "residents-satisfied", group: ENGLAND) {
           period groupSize reporting median metric { polarity provenance } position { rank quartile }
           members { council { code name childrensSupportLevel } value rank quartile } } }`,
    );
    const statements = corporate.database.statements.total - before;
    expect(errors).toBeUndefined();
    const comparison = data!.performanceComparison;
    expect(comparison).toMatchObject({ period: "2011/12", groupSize: 353, reporting: 353, metric: { polarity: "HIGHER_IS_BETTER", provenance: "DEMO" } });
    expect(comparison.members[0].rank).toBe(1);
    // Joined with the children's board for the 152 upper-tier councils.
    expect(comparison.members.filter((m: { council: { childrensSupportLevel: string | null } }) => m.council.childrensSupportLevel)).toHaveLength(152);
    // Council, metric, latest period, all councils, the values: five statements for 353 councils.
    expect(statements).toBeLessThanOrEqual(5);
  });

  it("answers nearest neighbours, performance over time and scorecards", async () => {
    const { data, errors } = await graph.query(
      `{ council(code: "E08000023") { performance(metric: "council-tax-collected") { period value }
           nearestNeighbours { rank council { name type } } }
         metrics(context: true) { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.council.performance).toHaveLength(5);
    expect(data!.council.nearestNeighbours).toHaveLength(15);
    expect(data!.metrics).toHaveLength(4);

    const saved = await executeOn(
      graph.subgraphs.corporate,
      `mutation { saveScorecard(input: { name: "Gateway card", metrics: ["residents-satisfied", "sickness-absence-days"], councils: ["E08000023", "E06000052"] }) { id } }`,
      {},
      testViewer("LGA_OFFICER"),
    );
    expect(saved.errors).toBeUndefined();
    // The LGA's own scorecard is its own until it shares it with everyone.
    const shared = await executeOn(
      graph.subgraphs.corporate,
      `mutation ($id: ID!) { shareScorecard(input: { scorecard: $id }) { shared } }`,
      { id: saved.data!.saveScorecard.id },
      testViewer("LGA_OFFICER"),
    );
    expect(shared.errors).toBeUndefined();
    const card = await graph.query(`query ($id: ID!) { scorecard(id: $id) { name matrix { council { name } cells { metric { id } value } } } }`, {
      id: saved.data!.saveScorecard.id,
    });
    expect(card.errors).toBeUndefined();
    expect(card.data!.scorecard.matrix.map((row: { council: { name: string } }) => row.council.name)).toEqual(["South Tyneside", "Cornwall"]);
    expect(card.data!.scorecard.matrix[0].cells).toHaveLength(2);
  });

  it("keeps concerns confidential in the single view: null with UNAUTHENTICATED, the rest intact", async () => {
    const { data, errors } = await graph.query(operation("council-single-view"), { code: "E06000052" });
    expect(data!.council).toMatchObject({ name: "Cornwall", concerns: null, cqcRating2010: "ADEQUATE" });
    expect(errors!.map((error) => [error.extensions?.code, error.path])).toEqual([["UNAUTHENTICATED", ["council", "concerns"]]]);
  });

  it("refuses writes without a token through the gateway", async () => {
    const { errors } = await graph.query(`mutation { defineMetric(input: { id: "x", title: "x", unit: "x", polarity: NEUTRAL, source: "x" }) { id } }`);
    expect(errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });
});
