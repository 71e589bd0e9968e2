import { type Config, type SubgraphServer } from "@sli/shared";
import { executeOn, removeTestDatabases, testConfig, testViewer } from "@sli/shared/testing";
import { Council } from "./council/council.entity";
import { LocalAccount } from "./local-account/local-account.entity";
import { AdultsSignOff } from "./sign-off/sign-off.entity";
import { type AdultsContext, createAdultsServer, seedAdults } from "./server";
import { codesOf, unratedUpperTierCouncils } from "./test-helpers";

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Council { code cqcRating2010 cqcRating2010Source cqcRating2010Provenance cqcRating2010Illustrative localAccounts { id year } adultsSignOff { status } }
  ... on Region { code cqcRatings2010 { rating councils illustrative } } } }`;

const RECORD_RATING = `mutation ($code: ID!, $rating: CqcRating!, $source: String!) {
  recordCqcRating2010(input: { council: $code, rating: $rating, source: $source }) { code cqcRating2010 cqcRating2010Source cqcRating2010Provenance } }`;

const officer = testViewer("TEASC_OFFICER");

describe.each(["sqlite", "mysql"] as const)("adults subgraph on %s", (kind) => {
  let config: Config;
  let server: SubgraphServer<AdultsContext>;
  const [rated, inProgramme] = unratedUpperTierCouncils();

  beforeAll(async () => {
    config = testConfig(kind);
    server = await createAdultsServer(config);
  });
  afterAll(async () => {
    await server?.stop();
    if (config) await removeTestDatabases(config);
  });

  it("knows the three recognised councils were rated adequate, with REFERENCE provenance, in one statement per relation", async () => {
    const before = server.database.statements.total;
    const { data, errors } = await executeOn(server, ENTITIES, {
      representations: [
        { __typename: "Council", code: "E06000052" }, // Cornwall
        { __typename: "Council", code: "E06000056" }, // Central Bedfordshire
        { __typename: "Council", code: "E08000023" }, // South Tyneside
        { __typename: "Council", code: "E10000002" }, // Buckinghamshire: no published rating here
        { __typename: "Council", code: "E07000004" }, // Aylesbury Vale: a district
      ],
    });
    expect(errors).toBeUndefined();
    // Council register, local accounts, sign-offs: one statement each.
    expect(server.database.statements.total - before).toBe(3);
    const councils = data!._entities;
    expect(councils.slice(0, 4).map((c: { cqcRating2010: string | null }) => c.cqcRating2010)).toEqual(["ADEQUATE", "ADEQUATE", "ADEQUATE", null]);
    expect(councils[0]).toMatchObject({ cqcRating2010Provenance: "REFERENCE", cqcRating2010Illustrative: false, adultsSignOff: { status: "RECOGNISED" } });
    expect(councils[0].cqcRating2010Source).toMatch(/TEASC/);
    expect(councils[3]).toMatchObject({ cqcRating2010Provenance: null, adultsSignOff: null });
    expect(councils[4]).toMatchObject({ cqcRating2010: null, localAccounts: [], adultsSignOff: null });
  });

  it("counts a region's councils by rating, telling illustrative demo ratings apart", async () => {
    const { data } = await executeOn(server, ENTITIES, { representations: [{ __typename: "Region", code: "E12000001" }] });
    expect(data!._entities[0].cqcRatings2010).toContainEqual({ rating: "ADEQUATE", councils: 1, illustrative: 0 });
    const adequate = await executeOn(server, "{ councilsByCqcRating2010(rating: ADEQUATE) { code cqcRating2010Provenance cqcRating2010Source cqcRating2010Illustrative } }");
    const councils = adequate.data!.councilsByCqcRating2010 as Array<Record<string, unknown>>;
    expect(councils).toHaveLength(7);
    expect(councils.filter((c) => c.cqcRating2010Provenance === "REFERENCE").map((c) => c.code)).toEqual(["E06000052", "E06000056", "E08000023"]);
    const demo = councils.filter((c) => c.cqcRating2010Provenance === "DEMO");
    expect(demo).toHaveLength(4);
    for (const council of demo) {
      expect(council.cqcRating2010Illustrative).toBe(true);
      expect(council.cqcRating2010Source).toMatch(/^Illustrative demonstration data, not a published rating/);
    }
  });

  it("records a rating with its source as RECORDED", async () => {
    const { data, errors } = await executeOn(server, RECORD_RATING, { code: rated, rating: "PERFORMING_WELL", source: "CQC, 2010 annual performance assessment" }, officer);
    expect(errors).toBeUndefined();
    expect(data!.recordCqcRating2010).toEqual({
      code: rated,
      cqcRating2010: "PERFORMING_WELL",
      cqcRating2010Source: "CQC, 2010 annual performance assessment",
      cqcRating2010Provenance: "RECORDED",
    });
  });

  it("refuses a rating without a source, for a district, over a reference rating, or without the right to write", async () => {
    const noSource = await executeOn(server, RECORD_RATING, { code: rated, rating: "POOR", source: "  " }, officer);
    expect(codesOf(noSource)).toEqual(["BAD_USER_INPUT"]);
    expect(noSource.errors![0].message).toMatch(/source must not be empty/);
    const district = await executeOn(server, RECORD_RATING, { code: "E07000004", rating: "POOR", source: "x" }, officer);
    expect(codesOf(district)).toEqual(["BAD_USER_INPUT"]);
    expect(district.errors![0].message).toMatch(/shire district/);
    const reference = await executeOn(server, RECORD_RATING, { code: "E06000052", rating: "POOR", source: "x" }, officer);
    expect(codesOf(reference)).toEqual(["CONFLICT"]);
    expect(reference.errors![0].message).toMatch(/published reference/);
    expect(codesOf(await executeOn(server, RECORD_RATING, { code: rated, rating: "POOR", source: "x" }))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await executeOn(server, RECORD_RATING, { code: rated, rating: "POOR", source: "x" }, testViewer("CIB_OFFICER")))).toEqual(["FORBIDDEN"]);
    expect((await server.database.dataSource.getRepository(Council).findOneByOrFail({ code: "E06000052" })).cqcRating2010).toBe("ADEQUATE");
  });

  it("keeps a council in the sign-off programme rated adequate", async () => {
    await executeOn(server, RECORD_RATING, { code: inProgramme, rating: "ADEQUATE", source: "CQC 2010" }, officer);
    const entered = await executeOn(server, `mutation ($code: ID!) { enterAdultsSignOff(input: { council: $code, enteredOn: "2011-07-01" }) { status } }`, { code: inProgramme }, officer);
    expect(entered.errors).toBeUndefined();
    const changed = await executeOn(server, RECORD_RATING, { code: inProgramme, rating: "POOR", source: "later source" }, officer);
    expect(codesOf(changed)).toEqual(["CONFLICT"]);
    expect(changed.errors![0].message).toMatch(/in the TEASC sign-off programme/);
    const again = await executeOn(server, RECORD_RATING, { code: inProgramme, rating: "ADEQUATE", source: "CQC 2010, corrected citation" }, officer);
    expect(again.errors).toBeUndefined();
  });

  it("seeds idempotently, and the database refuses a rating without source or provenance, or for a district", async () => {
    const dataSource = server.database.dataSource;
    const counts = async () => [await dataSource.getRepository(Council).count(), await dataSource.getRepository(LocalAccount).count(), await dataSource.getRepository(AdultsSignOff).count()];
    const before = await counts();
    await seedAdults(dataSource, config);
    expect(await counts()).toEqual(before);
    expect(before[0]).toBe(353);
    const councils = dataSource.getRepository(Council);
    await expect(councils.update({ code: "E10000002" }, { cqcRating2010: "POOR" as never })).rejects.toThrow();
    await expect(councils.update({ code: "E10000002" }, { cqcRating2010: "POOR" as never, cqcRating2010Source: "test" })).rejects.toThrow();
    await expect(
      councils.update({ code: "E07000004" }, { cqcRating2010: "POOR" as never, cqcRating2010Source: "test", cqcRating2010Provenance: "RECORDED" as never }),
    ).rejects.toThrow();
  });
});
