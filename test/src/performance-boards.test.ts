import { readCouncils } from "@sli/shared";
import { type RunningGraph, startGraph } from "./graph";

/** Issue 19 part 2: every board's figures in one comparison, through the gateway. */

const CORNWALL = "E06000052";
const ALL_COUNCILS = readCouncils().map((council) => council.code);

describe.each(["sqlite", "mysql"] as const)("every board's figures in one comparison on %s", (kind) => {
  let graph: RunningGraph;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    // A scorecard of all 353 councils is read whole: above the default cost budget (that is hostile.test.ts's concern).
    graph = await startGraph(kind, { LIMIT_COST: "10000000" });
    tokens.analyst = await graph.token({ sub: "analyst-one", name: "Analyst One", roles: ["ANALYST"] });
    tokens.otherAnalyst = await graph.token({ sub: "analyst-two", name: "Analyst Two", roles: ["ANALYST"] });
    tokens.lga = await graph.token({ sub: "lga-officer", name: "LGA Officer", roles: ["LGA_OFFICER"] });
    tokens.cib = await graph.token({ sub: "cib-officer", name: "CIB Officer", roles: ["CIB_OFFICER"] });
    tokens.teasc = await graph.token({ sub: "teasc-officer", name: "TEASC Officer", roles: ["TEASC_OFFICER"] });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("compares a children's indicator and an adult social care measure for the same council against both neighbour sets", async () => {
    const comparison = (alias: string, metric: string, set: string) =>
      `${alias}: performanceComparison(council: "${CORNWALL}", metric: "${metric}", group: NEAREST_NEIGHBOURS, neighbours: ${set}) {
         neighbours period groupSize reporting median metric { board polarity provenance } position { rank quartile value }
         members { council { code upperTier } distance rank } }`;
    const { data, errors } = await graph.query(`{
      ${comparison("childrenNearest", "cds-ia-7-days", "NEAREST")}
      ${comparison("childrenCib", "cds-ia-7-days", "CIB_STATISTICAL")}
      ${comparison("adultsNearest", "ascof-2b-at-home-after-reablement", "NEAREST")}
      ${comparison("adultsCib", "ascof-2b-at-home-after-reablement", "CIB_STATISTICAL")}
      council(code: "${CORNWALL}") {
        cib: nearestNeighbours(neighbours: CIB_STATISTICAL) { rank council { code } distance }
        childrensStatisticalNeighbours(period: "2011/12") { rank council { code } distance }
      } }`);
    expect(errors).toBeUndefined();
    const { childrenNearest, childrenCib, adultsNearest, adultsCib, council } = data!;
    expect(childrenNearest.metric).toMatchObject({ board: "CHILDREN", polarity: "HIGHER_IS_BETTER", provenance: "DEMO" });
    expect(adultsNearest.metric).toMatchObject({ board: "ADULTS", polarity: "HIGHER_IS_BETTER", provenance: "DEMO" });
    for (const nearest of [childrenNearest, adultsNearest]) {
      expect(nearest).toMatchObject({ neighbours: "NEAREST", period: "2011/12", groupSize: 16 });
      // The LGA's nearest neighbours of a unitary are single-tier councils, all of which hold social care: every one reports.
      expect(nearest.reporting).toBe(16);
      expect(nearest.position.rank).toBeGreaterThanOrEqual(1);
    }
    for (const cib of [childrenCib, adultsCib]) {
      expect(cib).toMatchObject({ neighbours: "CIB_STATISTICAL", period: "2011/12", groupSize: 11, reporting: 11 });
      expect(cib.members.every((m: { council: { upperTier: boolean } }) => m.council.upperTier)).toBe(true);
      expect(cib.position.rank).toBeGreaterThanOrEqual(1);
    }
    // The same ten councils the children subgraph names as Cornwall's statistical neighbours, nearest first, at the same distances.
    expect(council.cib).toHaveLength(10);
    expect(council.cib).toEqual(council.childrensStatisticalNeighbours);
    const cibCodes = council.cib.map((n: { council: { code: string } }) => n.council.code).sort();
    expect(childrenCib.members.map((m: { council: { code: string } }) => m.council.code).filter((code: string) => code !== CORNWALL).sort()).toEqual(cibCodes);
    // The CIB's figures are the same in both places.
    const both = await graph.query(`{ council(code: "${CORNWALL}") { childrensIndicatorValues(period: "2011/12") { indicator { code } value } performance(metric: "cds-ia-7-days") { value } } }`);
    const own = both.data!.council.childrensIndicatorValues.find((v: { indicator: { code: string } }) => v.indicator.code === "IA_7_DAYS");
    expect(both.data!.council.performance).toEqual([{ value: own.value }]);
  });

  it("records a board's figures only by that board's officers", async () => {
    const record = `mutation ($input: RecordMetricValuesInput!) { recordMetricValues(input: $input) { value provenance metric { board } } }`;
    const values = [{ council: CORNWALL, period: "2012/13", value: 80.5 }];
    const adultsByCib = await graph.query(record, { input: { metric: "ascof-2b-at-home-after-reablement", values } }, tokens.cib);
    expect(adultsByCib.errors![0].extensions!.code).toBe("FORBIDDEN");
    expect(adultsByCib.errors![0].message).toMatch(/ADULTS metric/);
    const childrenByLga = await graph.query(record, { input: { metric: "cds-ia-7-days", values } }, tokens.lga);
    expect(childrenByLga.errors![0].extensions!.code).toBe("FORBIDDEN");
    const corporateByTeasc = await graph.query(record, { input: { metric: "residents-satisfied", values } }, tokens.teasc);
    expect(corporateByTeasc.errors![0].extensions!.code).toBe("FORBIDDEN");
    const byAnalyst = await graph.query(record, { input: { metric: "residents-satisfied", values } }, tokens.analyst);
    expect(byAnalyst.errors![0].extensions!.code).toBe("FORBIDDEN");

    const adultsByTeasc = await graph.query(record, { input: { metric: "ascof-2b-at-home-after-reablement", values } }, tokens.teasc);
    expect(adultsByTeasc.errors).toBeUndefined();
    expect(adultsByTeasc.data!.recordMetricValues).toEqual([{ value: 80.5, provenance: "RECORDED", metric: { board: "ADULTS" } }]);
    const childrenByCib = await graph.query(record, { input: { metric: "cds-ia-7-days", values } }, tokens.cib);
    expect(childrenByCib.data!.recordMetricValues).toEqual([{ value: 80.5, provenance: "RECORDED", metric: { board: "CHILDREN" } }]);
    const corporateByLga = await graph.query(record, { input: { metric: "residents-satisfied", values } }, tokens.lga);
    expect(corporateByLga.data!.recordMetricValues[0].metric).toEqual({ board: "CORPORATE" });

    const define = `mutation ($input: DefineMetricInput!) { defineMetric(input: $input) { id board } }`;
    const input = { id: "ascof-4a-feel-safe", title: "People who use services who feel safe", unit: "%", polarity: "HIGHER_IS_BETTER", source: "ASCOF 4A", board: "ADULTS" };
    expect((await graph.query(define, { input }, tokens.cib)).errors![0].extensions!.code).toBe("FORBIDDEN");
    expect((await graph.query(define, { input }, tokens.teasc)).data!.defineMetric).toEqual({ id: "ascof-4a-feel-safe", board: "ADULTS" });
  });

  const MIXED = ["residents-satisfied", "cds-ia-7-days", "cds-cla-rate", "ascof-1a-quality-of-life", "ascof-2a-care-home-admissions-65"];
  const READ = `query ($id: ID!) { scorecard(id: $id) { name shared metrics { id board }
    matrix { council { code name } cells { metric { id board } period value } } } }`;

  it("saves a scorecard of all three boards' metrics for an analyst, theirs until the LGA shares it", async () => {
    const save = `mutation ($input: SaveScorecardInput!) { saveScorecard(input: $input) { id name shared savedBy } }`;
    const input = { name: "Cornwall and neighbours, every board", metrics: MIXED, councils: [CORNWALL, "E06000054", "E07000004"], period: "2011/12" };
    const saved = await graph.query(save, { input }, tokens.analyst);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveScorecard).toMatchObject({ name: input.name, shared: false, savedBy: "Analyst One" });
    const id = saved.data!.saveScorecard.id;

    const own = await graph.query(READ, { id }, tokens.analyst);
    expect(own.errors).toBeUndefined();
    const card = own.data!.scorecard;
    expect(card.metrics.map((m: { board: string }) => m.board)).toEqual(["CORPORATE", "CHILDREN", "CHILDREN", "ADULTS", "ADULTS"]);
    expect(card.matrix.map((row: { council: { code: string } }) => row.council.code)).toEqual(input.councils);
    for (const row of card.matrix.slice(0, 2)) for (const cell of row.cells) expect(cell).toMatchObject({ period: "2011/12", value: expect.any(Number) });
    // A shire district holds no social care: its children's and adults' cells are empty, its corporate one is not.
    expect(card.matrix[2].cells.map((cell: { value: number | null }) => cell.value != null)).toEqual([true, false, false, false, false]);
    // eslint-disable-next-line no-console
    console.log(`A mixed-board scorecard as it reads back (${kind}):\n${JSON.stringify(card, null, 1)}`);

    const other = await graph.query(READ, { id }, tokens.otherAnalyst);
    expect(other.data?.scorecard ?? null).toBeNull();
    expect(other.errors![0].extensions!.code).toBe("FORBIDDEN");
    const anonymous = await graph.query(READ, { id });
    expect(anonymous.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    const listed = await graph.query(`{ scorecards { id } }`, {}, tokens.otherAnalyst);
    expect(listed.data!.scorecards.map((s: { id: string }) => s.id)).not.toContain(id);

    const share = `mutation ($id: ID!) { shareScorecard(input: { scorecard: $id }) { id shared } }`;
    expect((await graph.query(share, { id }, tokens.analyst)).errors![0].extensions!.code).toBe("FORBIDDEN");
    const shared = await graph.query(share, { id }, tokens.lga);
    expect(shared.data!.shareScorecard).toEqual({ id, shared: true });
    const again = await graph.query(share, { id }, tokens.lga);
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", current: "SHARED", requested: "SHARED" });

    const now = await graph.query(READ, { id }, tokens.otherAnalyst);
    expect(now.errors).toBeUndefined();
    expect(now.data!.scorecard).toEqual({ ...card, shared: true });
    const listedNow = await graph.query(`{ scorecards { id } }`);
    expect(listedNow.data!.scorecards.map((s: { id: string }) => s.id)).toContain(id);
  });

  it("reads a mixed scorecard of 353 councils in as many corporate statements as one of three", async () => {
    const save = `mutation ($input: SaveScorecardInput!) { saveScorecard(input: $input) { id } }`;
    const small = await graph.query(save, { input: { name: "Three councils", metrics: MIXED, councils: ALL_COUNCILS.slice(0, 3) } }, tokens.analyst);
    const england = await graph.query(save, { input: { name: "All England", metrics: MIXED, councils: ALL_COUNCILS } }, tokens.analyst);
    expect(england.errors).toBeUndefined();
    const { corporate } = graph.subgraphs;
    const count = async (id: string) => {
      const before = corporate.database.statements.total;
      const answer = await graph.query(READ, { id }, tokens.analyst);
      expect(answer.errors).toBeUndefined();
      return { rows: answer.data!.scorecard.matrix.length, statements: corporate.database.statements.total - before };
    };
    const three = await count(small.data!.saveScorecard.id);
    const all = await count(england.data!.saveScorecard.id);
    expect(three.rows).toBe(3);
    expect(all.rows).toBe(353);
    // eslint-disable-next-line no-console
    console.log(`database.statements.total per scorecard read (${kind}): 3 councils ${three.statements}, 353 councils ${all.statements}`);
    expect(all.statements).toBe(three.statements);
    expect(all.statements).toBeLessThanOrEqual(6);
  });
});
