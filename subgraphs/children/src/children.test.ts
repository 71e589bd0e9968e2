import { type Config, executeOn, removeTestDatabases, type SubgraphServer, testConfig } from "@sli/shared";
import { Council } from "./council/council.entity";
import { type ChildrenContext, createChildrenServer, seedChildren } from "./server";

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Council { code childrensSupportLevel childrensSelfAssessments { id } childrensPeerChallenges { id status } safeguardingPeerReviews { id status } }
  ... on Region { code childrensSupportLevels { level councils } } } }`;

describe.each(["sqlite", "mysql"] as const)("children subgraph on %s", (kind) => {
  let config: Config;
  let server: SubgraphServer<ChildrenContext>;

  beforeAll(async () => {
    config = testConfig(kind);
    server = await createChildrenServer(config);
  });
  afterAll(async () => {
    await server?.stop();
    if (config) await removeTestDatabases(config);
  });

  it("extends councils through _entities in one statement: upper tier at universal support, districts with none", async () => {
    const before = server.database.statements.total;
    const { data, errors } = await executeOn(server, ENTITIES, {
      representations: [
        { __typename: "Council", code: "E10000002" }, // Buckinghamshire (county)
        { __typename: "Council", code: "E07000004" }, // Aylesbury Vale (district)
        { __typename: "Council", code: "E09000001" }, // City of London
      ],
    });
    expect(errors).toBeUndefined();
    expect(server.database.statements.total - before).toBe(1);
    expect(data!._entities).toEqual([
      { code: "E10000002", childrensSupportLevel: "UNIVERSAL", childrensSelfAssessments: [], childrensPeerChallenges: [], safeguardingPeerReviews: [] },
      { code: "E07000004", childrensSupportLevel: null, childrensSelfAssessments: [], childrensPeerChallenges: [], safeguardingPeerReviews: [] },
      { code: "E09000001", childrensSupportLevel: "UNIVERSAL", childrensSelfAssessments: [], childrensPeerChallenges: [], safeguardingPeerReviews: [] },
    ]);
  });

  it("extends regions with counts of councils by support level", async () => {
    const { data, errors } = await executeOn(server, ENTITIES, {
      representations: [
        { __typename: "Region", code: "E12000001" },
        { __typename: "Region", code: "E12000007" },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { code: "E12000001", childrensSupportLevels: [
        { level: "UNIVERSAL", councils: 12 }, { level: "EARLY_SUPPORT", councils: 0 }, { level: "TARGETED_SUPPORT", councils: 0 },
      ] },
      { code: "E12000007", childrensSupportLevels: [
        { level: "UNIVERSAL", councils: 33 }, { level: "EARLY_SUPPORT", councils: 0 }, { level: "TARGETED_SUPPORT", councils: 0 },
      ] },
    ]);
  });

  it("lists the councils at a support level", async () => {
    const { data } = await executeOn(server, "{ councilsBySupportLevel(level: UNIVERSAL) { code } }");
    expect(data!.councilsBySupportLevel).toHaveLength(152);
  });

  it("seeds idempotently and refuses a support level for a shire district", async () => {
    const councils = server.database.dataSource.getRepository(Council);
    await seedChildren(server.database.dataSource);
    expect(await councils.count()).toBe(353);
    await expect(councils.update({ code: "E07000004" }, { supportLevel: "TARGETED_SUPPORT" as never })).rejects.toThrow();
    await expect(councils.update({ code: "E10000002" }, { supportLevel: "SPECIAL" as never })).rejects.toThrow();
    expect((await councils.findOneByOrFail({ code: "E07000004" })).supportLevel).toBeNull();
  });
});
