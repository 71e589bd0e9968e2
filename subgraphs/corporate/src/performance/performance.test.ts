import { startSubgraph, testViewer } from "@sli/shared/testing";
import { createCorporateServer, seedCorporate } from "../server";
import { CouncilType } from "../council/council.enums";
import { Metric, MetricValue } from "./performance.entity";
import { Polarity } from "./performance.enums";
import { comparableFamily, rankValues } from "./performance.compare";
import { expectRefusedBy } from "../constraints.testing";

const LGA = testViewer("LGA_OFFICER");
const CORNWALL = "E06000052";

describe("ranking by polarity", () => {
  it("ranks best first by polarity, ties share a rank, quartiles and median follow", () => {
    const higher = rankValues([10, 30, 20, 30, null], Polarity.HIGHER_IS_BETTER);
    expect(higher.ranked.map((r) => r.rank)).toEqual([4, 1, 3, 1, null]);
    expect(higher.ranked.map((r) => r.quartile)).toEqual([4, 1, 3, 1, null]);
    expect(higher.median).toBe(25);
    const lower = rankValues([10, 30, 20], Polarity.LOWER_IS_BETTER);
    expect(lower.ranked.map((r) => r.rank)).toEqual([1, 3, 2]);
    expect(lower.median).toBe(20);
    expect(rankValues([null], Polarity.LOWER_IS_BETTER).median).toBeNull();
  });

  it("groups councils of comparable type for nearest neighbours", () => {
    expect(comparableFamily(CouncilType.COUNTY)).toBe("COUNTY");
    expect(comparableFamily(CouncilType.DISTRICT)).toBe("DISTRICT");
    expect(comparableFamily(CouncilType.LONDON_BOROUGH)).toBe("SINGLE_TIER");
    expect(comparableFamily(CouncilType.METROPOLITAN_BOROUGH)).toBe("SINGLE_TIER");
  });
});

describe.each(["sqlite", "mysql"] as const)("performance information on %s", (kind) => {
    // The batching tests ask every council's records at once, above the cost budget (that is hostile.test.ts's concern).
  const subgraph = startSubgraph(kind, createCorporateServer, { LIMIT_COST: "1000000" });

  const statements = async (query: string, variables?: Record<string, unknown>) => {
    const before = subgraph.server.database.statements.total;
    const answer = await subgraph.execute(query, variables, LGA);
    return { ...answer, statements: subgraph.server.database.statements.total - before };
  };

  it("holds nine corporate demo metrics, four of them context indicators, beside the CIB's seven and TEASC's six, each marked as demonstration", async () => {
    const all = await subgraph.execute("{ metrics { board } children: metrics(board: CHILDREN) { id polarity } adults: metrics(board: ADULTS, context: false) { id } }");
    expect(all.errors).toBeUndefined();
    expect(all.data!.metrics).toHaveLength(22);
    expect(all.data!.children).toHaveLength(7);
    expect(all.data!.children).toContainEqual({ id: "cds-cla-rate", polarity: "NEUTRAL" });
    expect(all.data!.adults).toHaveLength(6);
    const { data, errors } = await subgraph.execute("{ metrics(board: CORPORATE) { id unit polarity source context provenance latestPeriod } }");
    expect(errors).toBeUndefined();
    expect(data!.metrics).toHaveLength(9);
    expect(data!.metrics.filter((m: { context: boolean }) => m.context)).toHaveLength(4);
    for (const metric of data!.metrics) {
      expect(metric.provenance).toBe("DEMO");
      expect(metric.source).toMatch(/illustrative demonstration values/);
      expect(metric.latestPeriod).toBe("2011/12");
    }
  });

  it("gives a council's values of a metric by period, oldest first", async () => {
    const { data, errors } = await subgraph.execute(
      `query ($code: ID!) { council(code: $code) {
         all: performance(metric: "residents-satisfied") { period value provenance metric { unit } }
         two: performance(metric: "residents-satisfied", periods: ["2011/12", "2010/11"]) { period } } }`,
      { code: CORNWALL },
    );
    expect(errors).toBeUndefined();
    expect(data!.council.all.map((v: { period: string }) => v.period)).toEqual(["2007/08", "2008/09", "2009/10", "2010/11", "2011/12"]);
    expect(data!.council.all[0]).toMatchObject({ provenance: "DEMO", metric: { unit: "%" } });
    expect(data!.council.two.map((v: { period: string }) => v.period)).toEqual(["2010/11", "2011/12"]);
  });

  it("refuses an unknown metric as NOT_FOUND and a malformed period as BAD_USER_INPUT", async () => {
    const unknown = await subgraph.execute(`{ council(code: "${CORNWALL}") { performance(metric: "nope") { value } } }`);
    expect(unknown.errors![0].extensions!.code).toBe("NOT_FOUND");
    const badPeriod = await subgraph.execute(`{ council(code: "${CORNWALL}") { performance(metric: "population", periods: ["2011"]) { value } } }`);
    expect(badPeriod.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(badPeriod.errors![0].message).toMatch(/not a financial year/);
  });

  it("compares a council with all England in a few statements, ranking by polarity", async () => {
    const query = `query ($metric: ID!) { performanceComparison(council: "${CORNWALL}", metric: $metric, group: ENGLAND) {
      period groupSize reporting median position { rank quartile value }
      members { council { code type } value rank quartile } } }`;
    const higher = await statements(query, { metric: "residents-satisfied" });
    expect(higher.errors).toBeUndefined();
    const comparison = higher.data!.performanceComparison;
    expect(comparison).toMatchObject({ period: "2011/12", groupSize: 353, reporting: 353 });
    expect(comparison.members[0].rank).toBe(1);
    const values = comparison.members.map((m: { value: number }) => m.value);
    expect(values[0]).toBe(Math.max(...values));
    expect(new Set(comparison.members.map((m: { quartile: number }) => m.quartile))).toEqual(new Set([1, 2, 3, 4]));
    const sorted = [...values].sort((a, b) => a - b);
    expect(comparison.median).toBeCloseTo(sorted[176]);
    // The England comparison: council, metric, latest period, all councils, the values.
    expect(higher.statements).toBeLessThanOrEqual(5);

    const lower = await statements(query, { metric: "housing-benefit-new-claim-days" });
    const members = lower.data!.performanceComparison.members;
    expect(lower.data!.performanceComparison.reporting).toBe(353 - 27); // counties do not process benefit claims
    const reported = members.filter((m: { value: number | null }) => m.value != null);
    expect(reported[0].value).toBe(Math.min(...reported.map((m: { value: number }) => m.value)));
    const county = members.find((m: { council: { type: string } }) => m.council.type === "COUNTY");
    expect(county).toMatchObject({ value: null, rank: null, quartile: null });
    expect(members[members.length - 1].value).toBeNull();
    expect(lower.statements).toBeLessThanOrEqual(5);
  });

  it("compares with the region and the council type", async () => {
    const { data, errors } = await subgraph.execute(
      `{ region: performanceComparison(council: "E08000023", metric: "household-waste-recycled", group: REGION, period: "2009/10") { period groupSize members { council { region { code } } } }
         type: performanceComparison(council: "E10000002", metric: "household-waste-recycled", group: COUNCIL_TYPE) { groupSize members { council { type } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.region).toMatchObject({ period: "2009/10", groupSize: 12 });
    expect(new Set(data!.region.members.map((m: { council: { region: { code: string } } }) => m.council.region.code))).toEqual(new Set(["E12000001"]));
    expect(data!.type.groupSize).toBe(27);
    expect(new Set(data!.type.members.map((m: { council: { type: string } }) => m.council.type))).toEqual(new Set(["COUNTY"]));
  });

  it("finds 15 nearest neighbours of comparable type, nearest first, and compares with them", async () => {
    const { data, errors } = await subgraph.execute(
      `{ cornwall: council(code: "${CORNWALL}") { nearestNeighbours { rank distance council { code type } } }
         county: council(code: "E10000002") { nearestNeighbours { council { type } } }
         nn: performanceComparison(council: "${CORNWALL}", metric: "residents-satisfied", group: NEAREST_NEIGHBOURS) {
           groupSize members { council { code } distance rank } } }`,
    );
    expect(errors).toBeUndefined();
    const neighbours = data!.cornwall.nearestNeighbours;
    expect(neighbours).toHaveLength(15);
    expect(neighbours.map((n: { rank: number }) => n.rank)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const distances = neighbours.map((n: { distance: number }) => n.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const n of neighbours) expect(["UNITARY", "METROPOLITAN_BOROUGH", "LONDON_BOROUGH", "OTHER"]).toContain(n.council.type);
    expect(neighbours.map((n: { council: { code: string } }) => n.council.code)).not.toContain(CORNWALL);
    expect(new Set(data!.county.nearestNeighbours.map((n: { council: { type: string } }) => n.council.type))).toEqual(new Set(["COUNTY"]));
    expect(data!.nn.groupSize).toBe(16);
    expect(data!.nn.members.find((m: { council: { code: string } }) => m.council.code === CORNWALL).distance).toBe(0);
  });

  it("batches performance and nearest neighbours across councils: the same statements for 12 councils as for 74 or 353", async () => {
    const query = `query ($region: ID) { councils(region: $region) { code performance(metric: "population", periods: ["2011/12"]) { value } nearestNeighbours { council { code } } } }`;
    const northEast = await statements(query, { region: "E12000001" });
    const southEast = await statements(query, { region: "E12000008" });
    const england = await statements(query, {});
    expect(northEast.errors).toBeUndefined();
    expect(england.errors).toBeUndefined();
    expect(england.data!.councils).toHaveLength(353);
    expect(southEast.data!.councils).toHaveLength(74);
    expect(southEast.statements).toBe(northEast.statements);
    // All England skips only the region's own look-up.
    expect(england.statements).toBeLessThanOrEqual(northEast.statements);
    expect(england.statements).toBeLessThanOrEqual(7);
  });

  it("lets only the corporate writers define metrics and record values", async () => {
    const input = { id: "test-metric", title: "A test", unit: "%", polarity: "HIGHER_IS_BETTER", source: "tests" };
    const mutation = `mutation ($input: DefineMetricInput!) { defineMetric(input: $input) { id provenance context } }`;
    const anonymous = await subgraph.execute(mutation, { input });
    expect(anonymous.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    const cib = await subgraph.execute(mutation, { input }, testViewer("CIB_OFFICER"));
    expect(cib.errors![0].extensions!.code).toBe("FORBIDDEN");
    const ok = await subgraph.execute(mutation, { input }, LGA);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.defineMetric).toEqual({ id: "test-metric", provenance: "RECORDED", context: false });
    const again = await subgraph.execute(mutation, { input }, LGA);
    expect(again.errors![0].extensions!.code).toBe("CONFLICT");
    expect(again.errors![0].message).toMatch(/already exists/);
    const badId = await subgraph.execute(mutation, { input: { ...input, id: "Bad Id" } }, LGA);
    expect(badId.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const partner = await subgraph.execute(mutation, { input: { ...input, id: "partner-metric" } }, testViewer("PARTNER_SYSTEM", { scopes: ["corporate:write"] }));
    expect(partner.errors).toBeUndefined();
  });

  it("records values, replacing a council's value for a year, and refuses bad periods, duplicates and unknown councils", async () => {
    const mutation = `mutation ($metric: ID!, $values: [MetricValueInput!]!) { recordMetricValues(input: { metric: $metric, values: $values }) { period value provenance council { code } } }`;
    const first = await subgraph.execute(mutation, { metric: "residents-satisfied", values: [{ council: CORNWALL, period: "2012/13", value: 70 }] }, LGA);
    expect(first.errors).toBeUndefined();
    const replaced = await subgraph.execute(mutation, { metric: "residents-satisfied", values: [{ council: CORNWALL, period: "2012/13", value: 71.5 }] }, LGA);
    expect(replaced.data!.recordMetricValues).toEqual([{ period: "2012/13", value: 71.5, provenance: "RECORDED", council: { code: CORNWALL } }]);
    const held = await subgraph.server.database.dataSource.getRepository(MetricValue).findBy({ metricId: "residents-satisfied", period: "2012/13" });
    expect(held.map((row) => row.value)).toEqual([71.5]);

    const badPeriod = await subgraph.execute(mutation, { metric: "residents-satisfied", values: [{ council: CORNWALL, period: "2012/14", value: 1 }] }, LGA);
    expect(badPeriod.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(badPeriod.errors![0].message).toMatch(/not a financial year/);
    const twice = await subgraph.execute(mutation, {
      metric: "residents-satisfied",
      values: [{ council: CORNWALL, period: "2012/13", value: 1 }, { council: CORNWALL, period: "2012/13", value: 2 }],
    }, LGA);
    expect(twice.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(twice.errors![0].message).toMatch(/one value per council and period/);
    const unknownCouncil = await subgraph.execute(mutation, { metric: "residents-satisfied", values: [{ council: "E06000999", period: "2012/13", value: 1 }] }, LGA);
    expect(unknownCouncil.errors![0].extensions!.code).toBe("NOT_FOUND");
    const unknownMetric = await subgraph.execute(mutation, { metric: "nope", values: [{ council: CORNWALL, period: "2012/13", value: 1 }] }, LGA);
    expect(unknownMetric.errors![0].extensions!.code).toBe("NOT_FOUND");
    // The database backs the period rule and the one-value-per-key rule itself.
    const values = subgraph.server.database.dataSource.getRepository(MetricValue);
    await expectRefusedBy(
      values.insert({ metricId: "population", period: "2012", councilCode: CORNWALL, value: 1, provenance: "RECORDED" as never }),
      "check",
      /metric_value_period_is_financial_year/,
    );
    await expectRefusedBy(
      values.insert({ metricId: "population", period: "2011/12", councilCode: CORNWALL, value: 1, provenance: "RECORDED" as never }),
      "unique",
      /PRIMARY|metric_value\.metric_id, metric_value\.period, metric_value\.council_code/,
    );
  });

  it("saves a scorecard and returns it as a matrix of councils × metrics", async () => {
    const mutation = `mutation ($input: SaveScorecardInput!) { saveScorecard(input: $input) { id name savedBy metrics { id } councils { code }
      matrix { council { code } cells { metric { id } period value } } } }`;
    const input = { name: "North East headline", metrics: ["residents-satisfied", "council-tax-collected"], councils: ["E08000023", "E10000002"] };
    const { data, errors } = await subgraph.execute(mutation, { input }, LGA);
    expect(errors).toBeUndefined();
    const scorecard = data!.saveScorecard;
    expect(scorecard.metrics.map((m: { id: string }) => m.id)).toEqual(input.metrics);
    expect(scorecard.matrix).toHaveLength(2);
    expect(scorecard.matrix[0].council.code).toBe("E08000023");
    expect(scorecard.matrix[0].cells.map((c: { metric: { id: string } }) => c.metric.id)).toEqual(input.metrics);
    expect(scorecard.matrix[0].cells[1].value).toEqual(expect.any(Number));
    expect(scorecard.matrix[1].cells[1]).toMatchObject({ value: null }); // a county collects no council tax
    const read = await subgraph.execute(`query ($id: ID!) { scorecard(id: $id) { matrix(period: "2008/09") { cells { period } } } }`, { id: scorecard.id }, LGA);
    expect(read.data!.scorecard.matrix[0].cells[0].period).toBe("2008/09");

    const taken = await subgraph.execute(mutation, { input }, LGA);
    expect(taken.errors![0].extensions!.code).toBe("CONFLICT");
    expect(taken.errors![0].message).toMatch(/already have a scorecard named/);
    // Names are unique per owner: an analyst may use the same name for their own.
    const analysts = await subgraph.execute(mutation, { input }, testViewer("ANALYST"));
    expect(analysts.errors).toBeUndefined();
    const empty = await subgraph.execute(mutation, { input: { ...input, name: "Empty", metrics: [] } }, LGA);
    expect(empty.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const unknown = await subgraph.execute(mutation, { input: { ...input, name: "Unknown", metrics: ["nope"] } }, LGA);
    expect(unknown.errors![0].extensions!.code).toBe("NOT_FOUND");
    const forbidden = await subgraph.execute(mutation, { input: { ...input, name: "Board member" } }, testViewer("BOARD_MEMBER"));
    expect(forbidden.errors![0].extensions!.code).toBe("FORBIDDEN");
  });

  it("saves exactly one of 20 concurrent scorecards with the same name", async () => {
    const mutation = `mutation ($input: SaveScorecardInput!) { saveScorecard(input: $input) { id } }`;
    const input = { name: "Race", metrics: ["population"], councils: [CORNWALL] };
    const answers = await Promise.all(Array.from({ length: 20 }, () => subgraph.execute(mutation, { input }, LGA)));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const answer of answers.filter((a) => a.errors)) expect(answer.errors![0].extensions!.code).toBe("CONFLICT");
    const { data } = await subgraph.execute("{ scorecards { name } }", {}, LGA);
    expect(data!.scorecards.filter((s: { name: string }) => s.name === "Race")).toHaveLength(1);
  });

  it("seeds the demo values for every council idempotently", async () => {
    const { dataSource } = subgraph.server.database;
    const counts = async () => [await dataSource.getRepository(Metric).count(), await dataSource.getRepository(MetricValue).countBy({ provenance: "DEMO" as never })];
    const before = await counts();
    await seedCorporate(dataSource, { demoData: true });
    expect(await counts()).toEqual(before);
    const councilsWithValues = await dataSource.getRepository(MetricValue).createQueryBuilder("v").select("COUNT(DISTINCT v.council_code)", "n").getRawOne();
    expect(Number(councilsWithValues.n)).toBe(353);
  });
});
