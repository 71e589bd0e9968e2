import { readCouncils } from "@sli/shared";
import { startSubgraph, testViewer } from "@sli/shared/testing";
import { createAdultsServer } from "../server";
import { codesOf, unratedUpperTierCouncils } from "../test-helpers";
import { LocalAccount } from "./local-account.entity";

const officer = testViewer("TEASC_OFFICER");
const ACCOUNT = `id year status publishedOn link engagement current correctionReason provenance
  priorities { position priority progress } supersedes { id status } supersededBy { id }`;
const CREATE = `mutation ($input: CreateLocalAccountInput!) { createLocalAccount(input: $input) { ${ACCOUNT} } }`;
const UPDATE = `mutation ($input: UpdateLocalAccountDraftInput!) { updateLocalAccountDraft(input: $input) { ${ACCOUNT} } }`;
const PUBLISH = `mutation ($id: ID!, $on: LocalDate!, $link: String) { publishLocalAccount(input: { id: $id, publishedOn: $on, link: $link }) { ${ACCOUNT} } }`;
const CORRECT = `mutation ($input: CorrectLocalAccountInput!) { correctLocalAccount(input: $input) { ${ACCOUNT} } }`;
const OF_COUNCIL = `query ($code: _Any!) { _entities(representations: [$code]) { ... on Council {
  localAccounts { id year status } all: localAccounts(includeSuperseded: true) { id year status } } } }`;

describe.each(["sqlite", "mysql"] as const)("local accounts on %s", (kind) => {
  const subgraph = startSubgraph(kind, createAdultsServer);
  // Councils the demo data gives no 2013 account: tests write their 2013 accounts.
  const [first, second, third, fourth] = unratedUpperTierCouncils();
  const gql = (query: string, variables: Record<string, unknown> = {}) => subgraph.execute(query, variables, officer);
  const draft = (councilCode: string, extra: Record<string, unknown> = {}) =>
    gql(CREATE, { input: { council: councilCode, year: 2013, engagement: "User panel", priorities: [{ priority: "Personal budgets", progress: "Up by a third" }], ...extra } });

  it("has demo local accounts for most upper-tier councils in 2011 and 2012, none for districts", async () => {
    const accounts = await subgraph.server.database.dataSource.getRepository(LocalAccount).find();
    const upperTier = readCouncils().filter((council) => council.upperTier).map((council) => council.code);
    for (const year of [2011, 2012]) {
      const councils = new Set(accounts.filter((a) => a.year === year && a.status !== "SUPERSEDED").map((a) => a.councilCode));
      expect(councils.size).toBeGreaterThan(upperTier.length / 2);
      expect([...councils].every((code) => upperTier.includes(code))).toBe(true);
    }
    expect(accounts.every((a) => a.provenance === "DEMO")).toBe(true);
    expect(accounts.some((a) => a.status === "SUPERSEDED")).toBe(true);
    const district = await subgraph.execute(OF_COUNCIL, { code: { __typename: "Council", code: "E07000004" } });
    expect(district.data!._entities[0].localAccounts).toEqual([]);
  });

  it("starts a draft, edits it, publishes it, and then refuses edits", async () => {
    const created = await draft(first, { priorities: [] });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createLocalAccount;
    expect(created.data!.createLocalAccount).toMatchObject({ status: "DRAFT", provenance: "RECORDED", publishedOn: null, current: true });

    const incomplete = await gql(PUBLISH, { id, on: "2013-06-01" });
    expect(codesOf(incomplete)).toEqual(["CONFLICT"]);
    expect(incomplete.errors![0].message).toMatch(/is DRAFT and cannot move to PUBLISHED: missing link, at least one priority/);
    expect(incomplete.errors![0].extensions).toMatchObject({ current: "DRAFT", requested: "PUBLISHED", allowed: ["PUBLISHED"], missing: ["link", "at least one priority with its progress"] });

    const edited = await gql(UPDATE, { input: { id, priorities: [{ priority: "Reablement", progress: "Offered on discharge" }, { priority: "Carers", progress: "More assessed" }] } });
    expect(edited.data!.updateLocalAccountDraft.priorities).toEqual([
      { position: 1, priority: "Reablement", progress: "Offered on discharge" },
      { position: 2, priority: "Carers", progress: "More assessed" },
    ]);
    expect(edited.data!.updateLocalAccountDraft.engagement).toBe("User panel");
    expect(codesOf(await gql(PUBLISH, { id, on: "1 June" }))).toEqual(["BAD_USER_INPUT"]);
    const published = await gql(PUBLISH, { id, on: "2013-06-01", link: "https://example.org/la/2013" });
    expect(published.data!.publishLocalAccount).toMatchObject({ status: "PUBLISHED", publishedOn: "2013-06-01", link: "https://example.org/la/2013" });

    const locked = await gql(UPDATE, { input: { id, engagement: "Changed" } });
    expect(codesOf(locked)).toEqual(["CONFLICT"]);
    expect(locked.errors![0].message).toMatch(/is PUBLISHED, not DRAFT: it cannot be edited; record a correction, which keeps the original/);
    expect(codesOf(await gql(PUBLISH, { id, on: "2013-06-02" }))).toEqual(["CONFLICT"]);
    expect(codesOf(await gql(CORRECT, { input: { id: created.data!.createLocalAccount.id, reason: "x", publishedOn: "2013-01-01" } }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("keeps one current account per council per year, and refuses districts and years out of range", async () => {
    expect((await draft(second)).errors).toBeUndefined();
    const duplicate = await draft(second);
    expect(codesOf(duplicate)).toEqual(["CONFLICT"]);
    expect(duplicate.errors![0].message).toMatch(/already has a local account for 2013: one per council per year/);
    const district = await draft("E07000004");
    expect(codesOf(district)).toEqual(["BAD_USER_INPUT"]);
    expect(district.errors![0].message).toMatch(/shire district/);
    expect(codesOf(await draft(second, { year: 1999 }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await subgraph.execute(CREATE, { input: { council: second, year: 2014 } }))).toEqual(["UNAUTHENTICATED"]);

    const raced = await Promise.all(Array.from({ length: 20 }, () => draft(fourth)));
    expect(raced.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(raced.flatMap(codesOf).every((code) => code === "CONFLICT")).toBe(true);
    expect(await subgraph.server.database.dataSource.getRepository(LocalAccount).countBy({ councilCode: fourth, year: 2013 })).toBe(1);
  });

  it("corrects a published account with a new current version that keeps the original, once", async () => {
    const { id } = (await draft(third, { link: "https://example.org/original" })).data!.createLocalAccount;
    expect(codesOf(await gql(CORRECT, { input: { id, reason: "typo", publishedOn: "2013-07-01" } }))).toEqual(["CONFLICT"]);
    await gql(PUBLISH, { id, on: "2013-06-01" });
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql(CORRECT, { input: { id, reason: `Corrected figures ${i}`, publishedOn: "2013-07-01", priorities: [{ priority: "Personal budgets", progress: "Up by a quarter" }] } }),
      ),
    );
    const corrected = attempts.filter((answer) => !answer.errors);
    expect(corrected).toHaveLength(1);
    expect(attempts.flatMap(codesOf).every((code) => code === "CONFLICT")).toBe(true);
    const correction = corrected[0].data!.correctLocalAccount;
    expect(correction).toMatchObject({
      status: "PUBLISHED",
      year: 2013,
      current: true,
      link: "https://example.org/original",
      engagement: "User panel",
      priorities: [{ position: 1, priority: "Personal budgets", progress: "Up by a quarter" }],
      supersedes: { id, status: "SUPERSEDED" },
    });
    const original = await gql(`query ($id: ID!) { localAccount(id: $id) { ${ACCOUNT} } }`, { id });
    expect(original.data!.localAccount).toMatchObject({
      status: "SUPERSEDED",
      current: false,
      publishedOn: "2013-06-01",
      priorities: [{ position: 1, priority: "Personal budgets", progress: "Up by a third" }],
      supersededBy: { id: correction.id },
    });
    const again = await gql(CORRECT, { input: { id, reason: "again", publishedOn: "2013-08-01" } });
    expect(codesOf(again)).toEqual(["CONFLICT"]);
    expect(again.errors![0].message).toMatch(/is SUPERSEDED and cannot move to SUPERSEDED: it has already been corrected: correct its current version/);
    const listed = await subgraph.execute(OF_COUNCIL, { code: { __typename: "Council", code: third } });
    const council = listed.data!._entities[0];
    expect(council.localAccounts.filter((a: { year: number }) => a.year === 2013)).toEqual([{ id: correction.id, year: 2013, status: "PUBLISHED" }]);
    expect(council.all.filter((a: { year: number }) => a.year === 2013)).toHaveLength(2);
    const year = await subgraph.execute(`{ localAccountsForYear(year: 2013) { id councilCode } }`);
    expect(year.data!.localAccountsForYear.filter((a: { councilCode: string }) => a.councilCode === third)).toEqual([{ id: correction.id, councilCode: third }]);
  });
});
