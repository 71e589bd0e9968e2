import { startSubgraph, testViewer } from "@sli/shared/testing";
import { Council } from "./council/council.entity";
import { LocalAccount } from "./local-account/local-account.entity";
import { AdultsSignOff } from "./sign-off/sign-off.entity";
import { createAdultsServer, seedAdults } from "./server";
import { codesOf, unratedUpperTierCouncils } from "./test-helpers";

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Council { code cqcRating2010 cqcRating2010Source cqcRating2010Provenance cqcRating2010Illustrative localAccounts { id year } adultsSignOff { status } }
  ... on Region { code cqcRatings2010 { rating councils illustrative } } } }`;

const RECORD_RATING = `mutation ($code: ID!, $rating: CqcRating!, $source: String!) {
  recordCqcRating2010(input: { council: $code, rating: $rating, source: $source }) { code cqcRating2010 cqcRating2010Source cqcRating2010Provenance } }`;

const officer = testViewer("TEASC_OFFICER");

describe.each(["sqlite", "mysql"] as const)("adults subgraph on %s", (kind) => {
  const subgraph = startSubgraph(kind, createAdultsServer);
  const [rated, inProgramme] = unratedUpperTierCouncils();

  it("knows the three recognised councils were rated adequate, with REFERENCE provenance, in one statement per relation", async () => {
    const before = subgraph.server.database.statements.total;
    const { data, errors } = await subgraph.execute(ENTITIES, {
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
    expect(subgraph.server.database.statements.total - before).toBe(3);
    const councils = data!._entities;
    expect(councils.slice(0, 4).map((c: { cqcRating2010: string | null }) => c.cqcRating2010)).toEqual(["ADEQUATE", "ADEQUATE", "ADEQUATE", null]);
    expect(councils[0]).toMatchObject({ cqcRating2010Provenance: "REFERENCE", cqcRating2010Illustrative: false, adultsSignOff: { status: "RECOGNISED" } });
    expect(councils[0].cqcRating2010Source).toMatch(/TEASC/);
    expect(councils[3]).toMatchObject({ cqcRating2010Provenance: null, adultsSignOff: null });
    expect(councils[4]).toMatchObject({ cqcRating2010: null, localAccounts: [], adultsSignOff: null });
  });

  it("counts a region's councils by rating, telling illustrative demo ratings apart", async () => {
    const { data } = await subgraph.execute(ENTITIES, { representations: [{ __typename: "Region", code: "E12000001" }] });
    expect(data!._entities[0].cqcRatings2010).toContainEqual({ rating: "ADEQUATE", councils: 1, illustrative: 0 });
    const adequate = await subgraph.execute("{ councilsByCqcRating2010(rating: ADEQUATE) { code cqcRating2010Provenance cqcRating2010Source cqcRating2010Illustrative } }");
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
    const { data, errors } = await subgraph.execute(RECORD_RATING, { code: rated, rating: "PERFORMING_WELL", source: "CQC, 2010 annual performance assessment" }, officer);
    expect(errors).toBeUndefined();
    expect(data!.recordCqcRating2010).toEqual({
      code: rated,
      cqcRating2010: "PERFORMING_WELL",
      cqcRating2010Source: "CQC, 2010 annual performance assessment",
      cqcRating2010Provenance: "RECORDED",
    });
  });

  it("refuses a rating without a source, for a district, over a reference rating, or without the right to write", async () => {
    const noSource = await subgraph.execute(RECORD_RATING, { code: rated, rating: "POOR", source: "  " }, officer);
    expect(codesOf(noSource)).toEqual(["BAD_USER_INPUT"]);
    expect(noSource.errors![0].message).toMatch(/source must not be empty/);
    const district = await subgraph.execute(RECORD_RATING, { code: "E07000004", rating: "POOR", source: "x" }, officer);
    expect(codesOf(district)).toEqual(["BAD_USER_INPUT"]);
    expect(district.errors![0].message).toMatch(/shire district/);
    const reference = await subgraph.execute(RECORD_RATING, { code: "E06000052", rating: "POOR", source: "x" }, officer);
    expect(codesOf(reference)).toEqual(["CONFLICT"]);
    expect(reference.errors![0].message).toMatch(/published reference/);
    expect(codesOf(await subgraph.execute(RECORD_RATING, { code: rated, rating: "POOR", source: "x" }))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await subgraph.execute(RECORD_RATING, { code: rated, rating: "POOR", source: "x" }, testViewer("CIB_OFFICER")))).toEqual(["FORBIDDEN"]);
    expect((await subgraph.server.database.dataSource.getRepository(Council).findOneByOrFail({ code: "E06000052" })).cqcRating2010).toBe("ADEQUATE");
  });

  it("keeps a council in the sign-off programme rated adequate", async () => {
    await subgraph.execute(RECORD_RATING, { code: inProgramme, rating: "ADEQUATE", source: "CQC 2010" }, officer);
    const entered = await subgraph.execute(`mutation ($code: ID!) { enterAdultsSignOff(input: { council: $code, enteredOn: "2011-07-01" }) { status } }`, { code: inProgramme }, officer);
    expect(entered.errors).toBeUndefined();
    const changed = await subgraph.execute(RECORD_RATING, { code: inProgramme, rating: "POOR", source: "later source" }, officer);
    expect(codesOf(changed)).toEqual(["CONFLICT"]);
    expect(changed.errors![0].message).toMatch(/in the TEASC sign-off programme/);
    const again = await subgraph.execute(RECORD_RATING, { code: inProgramme, rating: "ADEQUATE", source: "CQC 2010, corrected citation" }, officer);
    expect(again.errors).toBeUndefined();
  });

  it("seeds idempotently, and the database refuses a rating without provenance, without source, for a district or unknown, each by its constraint", async () => {
    const dataSource = subgraph.server.database.dataSource;
    const counts = async () => [await dataSource.getRepository(Council).count(), await dataSource.getRepository(LocalAccount).count(), await dataSource.getRepository(AdultsSignOff).count()];
    const before = await counts();
    await seedAdults(dataSource, subgraph.config);
    expect(await counts()).toEqual(before);
    expect(before[0]).toBe(353);
    const councils = dataSource.getRepository(Council);
    // Each write breaks exactly one constraint, and the refusal names it (SQLite and MariaDB both say the constraint's name).
    await expect(councils.update({ code: "E10000002" }, { cqcRating2010: "POOR" as never, cqcRating2010Source: "test" })).rejects.toThrow(
      /council_cqc_rating_provenance/,
    );
    await expect(
      councils.update({ code: "E10000002" }, { cqcRating2010: "POOR" as never, cqcRating2010Provenance: "RECORDED" as never }),
    ).rejects.toThrow(/council_cqc_rating_has_source/);
    await expect(
      councils.update({ code: "E07000004" }, { cqcRating2010: "POOR" as never, cqcRating2010Source: "test", cqcRating2010Provenance: "RECORDED" as never }),
    ).rejects.toThrow(/council_cqc_rating_upper_tier/);
    await expect(
      councils.update({ code: "E10000002" }, { cqcRating2010: "GOOD" as never, cqcRating2010Source: "test", cqcRating2010Provenance: "RECORDED" as never }),
    ).rejects.toThrow(/council_cqc_rating_known/);
  });
});
