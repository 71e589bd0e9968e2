import { type Config, executeOn, removeTestDatabases, type SubgraphServer, testConfig } from "@sli/shared";
import { Council } from "./council/council.entity";
import { type AdultsContext, createAdultsServer, seedAdults } from "./server";

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Council { code cqcRating2010 cqcRating2010Source localAccounts { id year } adultsSignOff { status } }
  ... on Region { code cqcRatings2010 { rating councils } } } }`;

describe.each(["sqlite", "mysql"] as const)("adults subgraph on %s", (kind) => {
  let config: Config;
  let server: SubgraphServer<AdultsContext>;

  beforeAll(async () => {
    config = testConfig(kind);
    server = await createAdultsServer(config);
  });
  afterAll(async () => {
    await server?.stop();
    if (config) await removeTestDatabases(config);
  });

  it("knows the three recognised councils were rated adequate, and records nothing it has no source for", async () => {
    const before = server.database.statements.total;
    const { data, errors } = await executeOn(server, ENTITIES, {
      representations: [
        { __typename: "Council", code: "E06000052" }, // Cornwall
        { __typename: "Council", code: "E06000056" }, // Central Bedfordshire
        { __typename: "Council", code: "E08000023" }, // South Tyneside
        { __typename: "Council", code: "E10000002" }, // Buckinghamshire: no published rating here
      ],
    });
    expect(errors).toBeUndefined();
    expect(server.database.statements.total - before).toBe(1);
    const ratings = data!._entities.map((c: { cqcRating2010: string | null }) => c.cqcRating2010);
    expect(ratings).toEqual(["ADEQUATE", "ADEQUATE", "ADEQUATE", null]);
    expect(data!._entities[0].cqcRating2010Source).toMatch(/TEASC/);
    expect(data!._entities[0].localAccounts).toEqual([]);
    expect(data!._entities[3].adultsSignOff).toBeNull();
  });

  it("counts a region's councils by rating", async () => {
    const { data } = await executeOn(server, ENTITIES, { representations: [{ __typename: "Region", code: "E12000001" }] });
    expect(data!._entities[0].cqcRatings2010).toContainEqual({ rating: "ADEQUATE", councils: 1 });
    const adequate = await executeOn(server, "{ councilsByCqcRating2010(rating: ADEQUATE) { code } }");
    expect(adequate.data!.councilsByCqcRating2010.map((c: { code: string }) => c.code)).toEqual([
      "E06000052", "E06000056", "E08000023",
    ]);
  });

  it("seeds idempotently and refuses a rating without a source or for a district", async () => {
    const councils = server.database.dataSource.getRepository(Council);
    await seedAdults(server.database.dataSource);
    expect(await councils.count()).toBe(353);
    await expect(councils.update({ code: "E10000002" }, { cqcRating2010: "POOR" as never })).rejects.toThrow();
    await expect(
      councils.update({ code: "E07000004" }, { cqcRating2010: "POOR" as never, cqcRating2010Source: "test" }),
    ).rejects.toThrow();
  });
});
