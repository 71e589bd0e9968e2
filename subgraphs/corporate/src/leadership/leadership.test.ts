import { Provenance } from "@sli/shared";
import { startSubgraph, testViewer } from "@sli/shared/testing";
import { createCorporateServer, seedCorporate } from "../server";
import { LeadershipPlace, MemberPeerSupport, MemberPeerSupportVisit } from "./leadership.entity";
import { expectRefusedBy } from "../constraints.testing";

const officer = testViewer("LGA_OFFICER");

const PLACE = `mutation ($input: RecordLeadershipPlaceInput!) {
  recordLeadershipPlace(input: $input) { id financialYear programme participantName subsidised provenance council { code } } }`;
const START = `mutation ($input: StartMemberPeerSupportInput!) { startMemberPeerSupport(input: $input) { id daysUsed daysRemaining } }`;
const DAYS = `mutation ($input: RecordMemberPeerSupportDaysInput!) {
  recordMemberPeerSupportDays(input: $input) { id daysUsed daysRemaining visits { days visitedOn } } }`;

describe.each(["sqlite", "mysql"] as const)("leadership offer on %s", (kind) => {
  const subgraph = startSubgraph(kind, createCorporateServer);

  const run = (query: string, variables?: Record<string, unknown>) => subgraph.execute(query, variables, officer);
  const place = (council: string, extra: Record<string, unknown> = {}) =>
    run(PLACE, {
      input: { council, financialYear: "2012/13", programme: "LEADERSHIP_ACADEMY", participantName: "Cllr A. Test", subsidised: true, ...extra },
    });

  it("seeds 198 demo places in 2011/12, one per council, not subsidised under the 2012/13-2014/15 offer, once", async () => {
    const { data, errors } = await subgraph.execute(
      `{ leadershipOfferSummary(financialYear: "2011/12") { places councils subsidisedPlaces publishedCouncils byProgramme { programme places } }
         memberPeerSupportCases { daysUsed daysRemaining provenance visits { days } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.leadershipOfferSummary).toMatchObject({ places: 198, councils: 198, subsidisedPlaces: 0, publishedCouncils: 198 });
    const cases = data!.memberPeerSupportCases;
    expect(cases.map((c: { daysUsed: number }) => c.daysUsed).sort()).toEqual([0, 2, 3, 5]);
    for (const c of cases) {
      expect(c.provenance).toBe("DEMO");
      expect(c.daysRemaining).toBe(5 - c.daysUsed);
      expect(c.visits.reduce((sum: number, v: { days: number }) => sum + v.days, 0)).toBe(c.daysUsed);
    }
    const places = subgraph.server.database.dataSource.getRepository(LeadershipPlace);
    await seedCorporate(subgraph.server.database.dataSource, subgraph.config);
    expect(await places.countBy({ provenance: Provenance.DEMO })).toBe(198);
    expect(await subgraph.server.database.dataSource.getRepository(MemberPeerSupport).count()).toBe(4);
  });

  it("allows one subsidised place per council per financial year, and any number of others", async () => {
    const council = "E06000052";
    const first = await place(council);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordLeadershipPlace).toMatchObject({ subsidised: true, provenance: "RECORDED", council: { code: council } });
    const second = await place(council, { programme: "LEADING_EDGE", participantName: "Cllr B. Test" });
    expect(second.data).toBeNull();
    expect(second.errors![0].extensions!.code).toBe("CONFLICT");
    expect(second.errors![0].message).toBe(
      `Council ${council} already has its subsidised leadership place for 2012/13: the offer is one subsidised place per council per financial year`,
    );
    expect((await place(council, { subsidised: false, participantName: "Cllr B. Test" })).errors).toBeUndefined();
    expect((await place(council, { financialYear: "2013/14" })).errors).toBeUndefined();
    const view = await subgraph.execute(`{ council(code: "${council}") { all: leadershipPlaces { id } y1213: leadershipPlaces(financialYear: "2012/13") { subsidised } } }`);
    expect(view.data!.council.y1213.map((p: { subsidised: boolean }) => p.subsidised).sort()).toEqual([false, true]);
  });

  it("offers the subsidy for 2012/13 to 2014/15 only", async () => {
    for (const financialYear of ["2011/12", "2015/16"]) {
      const answer = await place("E08000023", { financialYear });
      expect(answer.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(answer.errors![0].message).toMatch(/A subsidised leadership place can only be for 2012\/13, 2013\/14, 2014\/15/);
    }
    const badYear = await place("E08000023", { financialYear: "2012/14" });
    expect(badYear.errors![0].message).toMatch(/is not a financial year/);
    const places = subgraph.server.database.dataSource.getRepository(LeadershipPlace);
    const row = {
      councilCode: "E08000023", financialYear: "2011/12", programme: "LEADING_EDGE" as never, participantName: "X",
      participantRole: null, subsidised: true, subsidisedYear: "2011/12", provenance: Provenance.RECORDED,
    };
    await expectRefusedBy(places.insert(row), "check", /leadership_subsidy_years/);
    await expectRefusedBy(places.insert({ ...row, financialYear: "2012/13", subsidisedYear: null }), "check", /leadership_subsidised_year/);
  });

  it("lets exactly one of 20 concurrent attempts at a second subsidised place in one year through", async () => {
    const council = "E10000002";
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => place(council, { financialYear: "2013/14", participantName: `Cllr ${i}` })),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    for (const answer of answers.filter((a) => a.errors)) {
      expect(answer.errors![0].extensions!.code).toBe("CONFLICT");
      expect(answer.errors![0].message).toMatch(/one subsidised place per council per financial year/);
    }
    const places = subgraph.server.database.dataSource.getRepository(LeadershipPlace);
    expect(await places.countBy({ councilCode: council, financialYear: "2013/14", subsidised: true })).toBe(1);
  });

  it("gives up to five no-cost days of member peer support per change of control", async () => {
    const started = await run(START, { input: { council: "E07000223", changeOfControlOn: "2012-05-03", controlAfter: "No overall control" } });
    expect(started.errors).toBeUndefined();
    const supportId = started.data!.startMemberPeerSupport.id;
    expect(started.data!.startMemberPeerSupport).toMatchObject({ daysUsed: 0, daysRemaining: 5 });
    const again = await run(START, { input: { council: "E07000223", changeOfControlOn: "2012-05-03" } });
    expect(again.errors![0].extensions!.code).toBe("CONFLICT");
    expect(again.errors![0].message).toMatch(/already has member peer support for its change of political control on 2012-05-03/);

    expect((await run(DAYS, { input: { id: supportId, visitedOn: "2012-05-20", days: 3 } })).data!.recordMemberPeerSupportDays.daysUsed).toBe(3);
    const over = await run(DAYS, { input: { id: supportId, visitedOn: "2012-06-20", days: 3 } });
    expect(over.errors![0].extensions).toMatchObject({ code: "CONFLICT", daysUsed: 3, requested: 3 });
    expect(over.errors![0].message).toMatch(/has used 3 of its 5 no-cost days: 3 more would pass 5/);
    const last = await run(DAYS, { input: { id: supportId, visitedOn: "2012-06-20", days: 2 } });
    expect(last.data!.recordMemberPeerSupportDays).toMatchObject({ daysUsed: 5, daysRemaining: 0, visits: [{ days: 3 }, { days: 2 }] });
    const zero = await run(DAYS, { input: { id: supportId, visitedOn: "2012-06-21", days: 0 } });
    expect(zero.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const view = await subgraph.execute(`{ council(code: "E07000223") { memberPeerSupport { id daysUsed } } }`);
    expect(view.data!.council.memberPeerSupport).toContainEqual({ id: supportId, daysUsed: 5 });

    const supports = subgraph.server.database.dataSource.getRepository(MemberPeerSupport);
    await expectRefusedBy(supports.update({ id: Number(supportId) }, { daysUsed: 6 }), "check", /mps_at_most_five_days/);
  });

  it("never passes five days under 20 concurrent recordings", async () => {
    const started = await run(START, { input: { council: "E07000224", changeOfControlOn: "2012-05-03" } });
    const supportId = started.data!.startMemberPeerSupport.id;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => run(DAYS, { input: { id: supportId, visitedOn: `2012-06-${String(i + 1).padStart(2, "0")}`, days: 1 } })),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(5);
    for (const answer of answers.filter((a) => a.errors)) {
      expect(answer.errors![0].extensions!.code).toBe("CONFLICT");
      expect(answer.errors![0].message).toMatch(/would pass 5 \(up to five days per change of political control/);
    }
    const { dataSource } = subgraph.server.database;
    expect((await dataSource.getRepository(MemberPeerSupport).findOneByOrFail({ id: Number(supportId) })).daysUsed).toBe(5);
    expect(await dataSource.getRepository(MemberPeerSupportVisit).countBy({ supportId: Number(supportId) })).toBe(5);
  });

  it("refuses writes without a token", async () => {
    const answer = await subgraph.execute(PLACE, {
      input: { council: "E06000052", financialYear: "2014/15", programme: "NEXT_GENERATION", participantName: "X", subsidised: false },
    });
    expect(answer.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });
});
