import { DISTRICT, startChildren } from "../test-helpers";

describe.each(["sqlite", "mysql"] as const)("the common data set on %s", (kind) => {
  const { started } = startChildren(kind);

  it("compares a council with its ten statistical neighbours, computed from the common data set", async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Council { code
      childrensStatisticalNeighbours(period: "2011/12") { rank distance council { code } }
      childrensComparison(period: "2011/12") { indicator { code polarity } value neighbourAverage rankAmongNeighbours } } } }`;
    const before = started.server.database.statements.total;
    const { data, errors } = await started.execute(query, { r: [{ __typename: "Council", code: "E10000002" }, { __typename: "Council", code: "E06000001" }, { __typename: "Council", code: DISTRICT }] });
    expect(errors).toBeUndefined();
    expect(started.server.database.statements.total - before).toBeLessThanOrEqual(4);
    const [bucks, hartlepool, district] = data!._entities;
    expect(bucks.childrensStatisticalNeighbours).toHaveLength(10);
    expect(bucks.childrensStatisticalNeighbours.map((n: { rank: number }) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const distances = bucks.childrensStatisticalNeighbours.map((n: { distance: number }) => n.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(bucks.childrensStatisticalNeighbours.map((n: { council: { code: string } }) => n.council.code)).not.toContain("E10000002");
    expect(hartlepool.childrensComparison).toHaveLength(7);
    for (const row of hartlepool.childrensComparison) {
      if (row.indicator.polarity === "CONTEXT") expect(row.rankAmongNeighbours).toBeNull();
      else expect(row.rankAmongNeighbours).toBeGreaterThanOrEqual(1);
    }
    expect(district).toEqual({ code: DISTRICT, childrensStatisticalNeighbours: [], childrensComparison: [] });
  });
});
