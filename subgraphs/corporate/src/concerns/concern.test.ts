import { startSubgraph, testViewer } from "@sli/shared/testing";
import { createCorporateServer, seedCorporate } from "../server";
import { Concern, SupportEngagement } from "./concern.entity";
import { permissionsOf } from "../viewer/viewer-permissions";
import { mayPartnerSee, mayRaiseConcern, mayReadConcerns } from "./concern.rules";
import { Council } from "../council/council.entity";
import type { Viewer } from "@sli/shared";
import { expectRefusedBy } from "../constraints.testing";

const CORNWALL = { code: "E06000052", regionCode: "E12000009" }; // South West
const LGA = testViewer("LGA_OFFICER");
const SOUTH_WEST_ADVISER = testViewer("PRINCIPAL_ADVISER", { regions: ["E12000005", "E12000009"] });
const OTHER_ADVISER = testViewer("PRINCIPAL_ADVISER", { regions: ["E12000008"] });

describe("who may read and raise concerns", () => {
  it("implements the contract's confidentiality in mayReadConcerns", () => {
    expect(mayReadConcerns(testViewer("LGA_OFFICER"), CORNWALL)).toBe(true);
    expect(mayReadConcerns(SOUTH_WEST_ADVISER, CORNWALL)).toBe(true);
    expect(mayReadConcerns(OTHER_ADVISER, CORNWALL)).toBe(false);
    expect(mayReadConcerns(testViewer("COUNCIL_OFFICER", { council: "E06000052" }), CORNWALL)).toBe(true);
    expect(mayReadConcerns(testViewer("COUNCIL_OFFICER", { council: "E06000053" }), CORNWALL)).toBe(false);
    expect(mayReadConcerns(testViewer("PARTNER_SYSTEM", { scopes: ["intelligence:read"] }), CORNWALL)).toBe(true);
    expect(mayReadConcerns(testViewer("PARTNER_SYSTEM", { scopes: ["corporate:write"] }), CORNWALL)).toBe(false);
    for (const role of ["CIB_OFFICER", "TEASC_OFFICER", "BOARD_MEMBER", "ANALYST"] as const) {
      expect(mayReadConcerns(testViewer(role), CORNWALL)).toBe(false);
    }
    expect(mayReadConcerns({ authenticated: false, roles: ["LGA_OFFICER"], regions: [], scopes: [] }, CORNWALL)).toBe(false);
  });

  it("lets only the region's principal adviser, the central team or an intelligence:write partner raise one", () => {
    expect(mayRaiseConcern(LGA, CORNWALL)).toBe(true);
    expect(mayRaiseConcern(SOUTH_WEST_ADVISER, CORNWALL)).toBe(true);
    expect(mayRaiseConcern(OTHER_ADVISER, CORNWALL)).toBe(false);
    expect(mayRaiseConcern(testViewer("PARTNER_SYSTEM", { scopes: ["intelligence:write"] }), CORNWALL)).toBe(true);
    expect(mayRaiseConcern(testViewer("COUNCIL_OFFICER", { council: "E06000052" }), CORNWALL)).toBe(false);
  });
});

describe("what me.may says about concerns", () => {
  it("answers as the rules do, for every kind of caller", () => {
    const viewers = [
      LGA,
      SOUTH_WEST_ADVISER,
      OTHER_ADVISER,
      testViewer("COUNCIL_OFFICER", { council: CORNWALL.code }),
      testViewer("COUNCIL_OFFICER", { council: "E06000053" }),
      testViewer("PARTNER_SYSTEM", { scopes: ["intelligence:read"] }),
      testViewer("PARTNER_SYSTEM", { scopes: ["intelligence:write"] }),
      testViewer("BOARD_MEMBER"),
      testViewer("ANALYST"),
      { authenticated: false, roles: ["LGA_OFFICER"], regions: ["E12000009"], scopes: [], council: CORNWALL.code } as never,
    ];
    for (const viewer of viewers) {
      const may = permissionsOf(viewer);
      const reads = may.readConcernsEverywhere || may.readConcernsInRegions.includes(CORNWALL.regionCode) || may.readConcernsOfCouncil === CORNWALL.code;
      const raises = may.raiseConcernsEverywhere || may.raiseConcernsInRegions.includes(CORNWALL.regionCode);
      expect([viewer, reads, raises]).toEqual([viewer, mayReadConcerns(viewer, CORNWALL), mayRaiseConcern(viewer, CORNWALL)]);
    }
  });
});

describe.each(["sqlite", "mysql"] as const)("concerns on %s", (kind) => {
    // The batching tests ask every council's records at once, above the cost budget (that is hostile.test.ts's concern).
  const subgraph = startSubgraph(kind, createCorporateServer, { LIMIT_COST: "1000000" });

  const RAISE = `mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { id status severity raisedBy { kind name } sources
    evidence { description source } council { code } awaitingLeadershipContact provenance } }`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    council: CORNWALL.code,
    summary: "Budget gap with no agreed plan",
    severity: "SERIOUS",
    sources: ["PERFORMANCE_DATA", "QUALITATIVE"],
    evidence: [{ description: "Medium-term financial plan shows an unfunded gap", source: "Council budget report, February 2012" }],
    ...overrides,
  });
  const raise = async (overrides: Record<string, unknown> = {}, viewer = SOUTH_WEST_ADVISER) => {
    const answer = await subgraph.execute(RAISE, { input: input(overrides) }, viewer);
    expect(answer.errors).toBeUndefined();
    return answer.data!.raiseConcern as { id: string };
  };

  it("shows a council's concerns only to those the contract names, and keeps the rest of the answer", async () => {
    const query = `query ($code: ID!) { council(code: $code) { name concerns { id } } }`;
    const anonymous = await subgraph.execute(query, { code: CORNWALL.code });
    expect(anonymous.data!.council).toEqual({ name: "Cornwall", concerns: null });
    expect(anonymous.errors!.map((e) => e.extensions!.code)).toEqual(["UNAUTHENTICATED"]);
    for (const viewer of [testViewer("CIB_OFFICER"), OTHER_ADVISER, testViewer("COUNCIL_OFFICER", { council: "E06000053" })]) {
      const refused = await subgraph.execute(query, { code: CORNWALL.code }, viewer);
      expect(refused.data!.council).toEqual({ name: "Cornwall", concerns: null });
      expect(refused.errors![0].extensions!.code).toBe("FORBIDDEN");
      expect(refused.errors![0].message).toMatch(/confidential/);
    }
    for (const viewer of [LGA, SOUTH_WEST_ADVISER, testViewer("COUNCIL_OFFICER", { council: "E06000052" }), testViewer("PARTNER_SYSTEM", { scopes: ["intelligence:read"] })]) {
      const allowed = await subgraph.execute(query, { code: CORNWALL.code }, viewer);
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data!.council.concerns).toEqual(expect.any(Array));
    }
  });

  it("holds five demonstration concerns with evidence and contacts, and one support engagement", async () => {
    const { data, errors } = await subgraph.execute(
      `{ councils { concerns { id summary severity status councilAwareOn provenance sources evidence { source } contacts { level }
          awaitingLeadershipContact supportEngagement { status improvementBoard terms { partners startsOn reviewOn } } } } }`,
      {},
      LGA,
    );
    expect(errors).toBeUndefined();
    const concerns = data!.councils.flatMap((c: { concerns: unknown[] }) => c.concerns);
    expect(concerns).toHaveLength(5);
    for (const concern of concerns) {
      expect(concern.provenance).toBe("DEMO");
      expect(concern.summary).toMatch(/^\[Demonstration\]/);
      expect(concern.evidence.length).toBeGreaterThanOrEqual(1);
      if (concern.status === "SHARED") expect(concern.councilAwareOn).toBeTruthy();
    }
    expect(concerns.filter((c: { supportEngagement: unknown }) => c.supportEngagement)).toEqual([
      expect.objectContaining({ severity: "SERIOUS", supportEngagement: expect.objectContaining({ status: "AGREED", improvementBoard: true }) }),
    ]);
    expect(concerns.filter((c: { awaitingLeadershipContact: boolean }) => c.awaitingLeadershipContact)).toHaveLength(1);
  });

  it("batches concerns and all that hangs off them: the same statements for 21 councils as for 74 or all England", async () => {
    const query = `query ($region: ID) { councils(region: $region) { code concerns { id sources evidence { id } contacts { id } awaitingLeadershipContact supportEngagement { id } } } }`;
    const count = async (variables: Record<string, unknown>) => {
      const before = subgraph.server.database.statements.total;
      const { errors } = await subgraph.execute(query, variables, LGA);
      expect(errors).toBeUndefined();
      return subgraph.server.database.statements.total - before;
    };
    // Both regions hold a demo concern, so every loader runs in each.
    const yorkshire = await count({ region: "E12000003" }); // 21 councils
    const southEast = await count({ region: "E12000008" }); // 74 councils
    const england = await count({});
    expect(southEast).toBe(yorkshire);
    expect(england).toBeLessThanOrEqual(yorkshire);
    // councils, concerns, sources, evidence, contacts, support engagements.
    expect(england).toBeLessThanOrEqual(6);
  });

  it("raises a concern for the region's principal adviser, the central team or a partner, and refuses anyone else", async () => {
    const byAdviser = await subgraph.execute(RAISE, { input: input() }, SOUTH_WEST_ADVISER);
    expect(byAdviser.errors).toBeUndefined();
    expect(byAdviser.data!.raiseConcern).toMatchObject({
      status: "OPEN",
      severity: "SERIOUS",
      raisedBy: { kind: "PRINCIPAL_ADVISER", name: "Test PRINCIPAL_ADVISER" },
      sources: ["PERFORMANCE_DATA", "QUALITATIVE"],
      council: { code: CORNWALL.code },
      awaitingLeadershipContact: true,
      provenance: "RECORDED",
    });
    const byCentralTeam = await subgraph.execute(RAISE, { input: input() }, LGA);
    expect(byCentralTeam.data!.raiseConcern.raisedBy.kind).toBe("CENTRAL_TEAM");

    const wrongRegion = await subgraph.execute(RAISE, { input: input() }, OTHER_ADVISER);
    expect(wrongRegion.errors![0].extensions!.code).toBe("FORBIDDEN");
    expect(wrongRegion.errors![0].message).toMatch(/principal adviser for E06000052's region/);
    const councilOfficer = await subgraph.execute(RAISE, { input: input() }, testViewer("COUNCIL_OFFICER", { council: CORNWALL.code }));
    expect(councilOfficer.errors![0].extensions!.code).toBe("FORBIDDEN");
    const anonymous = await subgraph.execute(RAISE, { input: input() });
    expect(anonymous.errors![0].extensions!.code).toBe("UNAUTHENTICATED");

    const partner = testViewer("PARTNER_SYSTEM", { scopes: ["intelligence:write"] });
    const unnamed = await subgraph.execute(RAISE, { input: input() }, partner);
    expect(unnamed.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(unnamed.errors![0].message).toMatch(/says who raised it/);
    const named = await subgraph.execute(RAISE, { input: input({ raisedBy: "PRINCIPAL_ADVISER", raisedByName: "Howard Davis" }) }, partner);
    expect(named.data!.raiseConcern.raisedBy).toEqual({ kind: "PRINCIPAL_ADVISER", name: "Howard Davis" });
  });

  it("refuses a concern without evidence, without a source, or with a future awareness date", async () => {
    const noEvidence = await subgraph.execute(RAISE, { input: input({ evidence: [] }) }, LGA);
    expect(noEvidence.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(noEvidence.errors![0].message).toMatch(/No evidence, no concern/);
    const blankEvidence = await subgraph.execute(RAISE, { input: input({ evidence: [{ description: "A report", source: " " }] }) }, LGA);
    expect(blankEvidence.errors![0].message).toMatch(/where it comes from/);
    const noSource = await subgraph.execute(RAISE, { input: input({ sources: [] }) }, LGA);
    expect(noSource.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const future = await subgraph.execute(RAISE, { input: input({ councilAwareOn: "2999-01-01" }) }, LGA);
    expect(future.errors![0].message).toMatch(/in the future/);
    // The database refuses a concern with no evidence counted.
    const concerns = subgraph.server.database.dataSource.getRepository(Concern);
    const row = await concerns.findOneByOrFail({ councilCode: "E06000052" });
    await expectRefusedBy(concerns.update({ id: row.id }, { evidenceItems: 0 }), "check", /concern_has_evidence/);
  });

  it("shares a concern only once the council is aware and, if serious, after a leader or chief executive contact", async () => {
    const { id } = await raise();
    const VERB: Record<string, string> = { SHARED: "shareConcern", RESOLVED: "resolveConcern", WITHDRAWN: "withdrawConcern" };
    const move = async (status: string, viewer = SOUTH_WEST_ADVISER) => {
      const answer = await subgraph.execute(`mutation ($id: ID!) { ${VERB[status]}(input: { id: $id }) { status } }`, { id }, viewer);
      return { ...answer, moved: answer.data?.[VERB[status]] };
    };
    const unaware = await move("SHARED");
    expect(unaware.errors![0].extensions!.code).toBe("CONFLICT");
    expect(unaware.errors![0].message).toMatch(/only once the council is aware/);
    expect(unaware.errors![0].extensions).toMatchObject({ current: "OPEN", requested: "SHARED", allowed: ["SHARED", "RESOLVED", "WITHDRAWN"] });

    const AWARE = `mutation ($id: ID!, $on: LocalDate!) { recordCouncilAwareness(input: { id: $id, awareOn: $on }) { councilAwareOn } }`;
    expect((await subgraph.execute(AWARE, { id, on: "2012-05-01" }, SOUTH_WEST_ADVISER)).data!.recordCouncilAwareness).toEqual({ councilAwareOn: "2012-05-01" });
    const twice = await subgraph.execute(AWARE, { id, on: "2012-05-02" }, SOUTH_WEST_ADVISER);
    expect(twice.errors![0].extensions!.code).toBe("CONFLICT");
    expect(twice.errors![0].message).toMatch(/already recorded as aware on 2012-05-01/);

    const noLeader = await move("SHARED");
    expect(noLeader.errors![0].extensions!.code).toBe("CONFLICT");
    expect(noLeader.errors![0].message).toMatch(/leader or chief executive/);

    const CONTACT = `mutation ($input: RecordConcernContactInput!) { recordConcernContact(input: $input) {
      leadershipContactMade awaitingLeadershipContact contacts { level contactedOn madeBy } } }`;
    const director = await subgraph.execute(CONTACT, { input: { id, level: "OTHER", contactedOn: "2012-05-01" } }, SOUTH_WEST_ADVISER);
    expect(director.data!.recordConcernContact).toMatchObject({ leadershipContactMade: false, awaitingLeadershipContact: true });
    const leader = await subgraph.execute(CONTACT, { input: { id, level: "LEADER", contactedOn: "2012-05-02", madeBy: "Howard Davis" } }, SOUTH_WEST_ADVISER);
    expect(leader.data!.recordConcernContact).toMatchObject({ leadershipContactMade: true, awaitingLeadershipContact: false });
    expect(leader.data!.recordConcernContact.contacts[1]).toEqual({ level: "LEADER", contactedOn: "2012-05-02", madeBy: "Howard Davis" });

    expect((await move("SHARED")).moved).toEqual({ status: "SHARED" });
    const again = await move("SHARED");
    expect(again.errors![0].extensions!.code).toBe("CONFLICT");
    expect(again.errors![0].message).toBe(
      `Concern ${id} is SHARED and cannot move to SHARED: from SHARED a concern moves only to RESOLVED or WITHDRAWN ` +
        "(open → shared → resolved, open → resolved, or withdrawn from open or shared; resolved and withdrawn are final)",
    );
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", current: "SHARED", requested: "SHARED", allowed: ["RESOLVED", "WITHDRAWN"] });
    const byOther = await move("RESOLVED", OTHER_ADVISER);
    expect(byOther.errors![0].extensions!.code).toBe("FORBIDDEN");
    expect((await move("RESOLVED")).moved).toEqual({ status: "RESOLVED" });
    const withdrawn = await move("WITHDRAWN");
    expect(withdrawn.errors![0].extensions).toMatchObject({ code: "CONFLICT", current: "RESOLVED", requested: "WITHDRAWN", allowed: [] });
    const closed = await subgraph.execute(CONTACT, { input: { id, level: "LEADER", contactedOn: "2012-05-03" } }, SOUTH_WEST_ADVISER);
    expect(closed.errors![0].extensions!.code).toBe("CONFLICT");

    // The database refuses a shared concern without an awareness date.
    const concerns = subgraph.server.database.dataSource.getRepository(Concern);
    const open = await raise({ severity: "EMERGING" });
    await expectRefusedBy(concerns.update({ id: Number(open.id) }, { status: "SHARED" as never }), "check", /concern_shared_when_aware/);
  });

  it("adds evidence and changes severity; reads a concern by id under the same guard", async () => {
    const { id } = await raise({ severity: "EMERGING" });
    const added = await subgraph.execute(
      `mutation ($id: ID!) { addConcernEvidence(input: { id: $id, evidence: [{ description: "Audit letter", source: "Audit Commission" }] }) { evidenceItems evidence { source } } }`,
      { id },
      LGA,
    );
    expect(added.data!.addConcernEvidence).toEqual({ evidenceItems: 2, evidence: [{ source: "Council budget report, February 2012" }, { source: "Audit Commission" }] });
    const none = await subgraph.execute(`mutation ($id: ID!) { addConcernEvidence(input: { id: $id, evidence: [] }) { id } }`, { id }, LGA);
    expect(none.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const escalated = await subgraph.execute(`mutation ($id: ID!) { changeConcernSeverity(input: { id: $id, severity: SERIOUS }) { severity awaitingLeadershipContact } }`, { id }, LGA);
    expect(escalated.data!.changeConcernSeverity).toEqual({ severity: "SERIOUS", awaitingLeadershipContact: true });

    const READ = `query ($id: ID!) { concern(id: $id) { id council { code } } }`;
    expect((await subgraph.execute(READ, { id }, testViewer("COUNCIL_OFFICER", { council: CORNWALL.code }))).data!.concern.council.code).toBe(CORNWALL.code);
    // One the caller may not read is one that does not exist: NOT_FOUND, in the words an unknown id gets.
    const refused = (await subgraph.execute(READ, { id }, OTHER_ADVISER)).errors![0];
    expect(refused.extensions!.code).toBe("NOT_FOUND");
    expect(refused.message).toBe(`No concern has the id ${id}`);
    expect((await subgraph.execute(READ, { id })).errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    expect((await subgraph.execute(READ, { id: "999999" }, LGA)).errors![0].extensions!.code).toBe("NOT_FOUND");
  });

  it("records a support engagement with Terms of Engagement only where warranted, and moves it forward only", async () => {
    const ENGAGE = `mutation ($input: RecordSupportEngagementInput!) { recordSupportEngagement(input: $input) {
      status improvementBoard terms { partners scope startsOn reviewOn } } }`;
    const terms = { partners: ["Local Government Association", "DCLG"], scope: "An improvement board overseeing the recovery plan", startsOn: "2012-06-01", reviewOn: "2012-12-01" };
    const emerging = await raise({ severity: "EMERGING" });
    const notWarranted = await subgraph.execute(ENGAGE, { input: { concern: emerging.id, ...terms } }, LGA);
    expect(notWarranted.errors![0].extensions!.code).toBe("CONFLICT");
    expect(notWarranted.errors![0].message).toMatch(/significant or serious concern/);

    const { id } = await raise({ severity: "SIGNIFICANT" });
    const badDates = await subgraph.execute(ENGAGE, { input: { concern: id, ...terms, reviewOn: "2012-05-01" } }, LGA);
    expect(badDates.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(badDates.errors![0].message).toMatch(/review date comes after the start/);
    const noPartners = await subgraph.execute(ENGAGE, { input: { concern: id, ...terms, partners: [] } }, LGA);
    expect(noPartners.errors![0].message).toMatch(/at least one partner/);

    const attempts = await Promise.all(Array.from({ length: 20 }, () => subgraph.execute(ENGAGE, { input: { concern: id, ...terms } }, LGA)));
    const succeeded = attempts.filter((answer) => !answer.errors);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0].data!.recordSupportEngagement).toEqual({ status: "PROPOSED", improvementBoard: true, terms });
    for (const answer of attempts.filter((a) => a.errors)) {
      expect(answer.errors![0].extensions!.code).toBe("CONFLICT");
      expect(answer.errors![0].message).toMatch(/already has a support engagement/);
    }
    expect(await subgraph.server.database.dataSource.getRepository(SupportEngagement).countBy({ concernId: Number(id) })).toBe(1);

    const AGREE = `mutation ($id: ID!) { agreeSupportEngagement(input: { concern: $id }) { status } }`;
    const CONCLUDE = `mutation ($id: ID!) { concludeSupportEngagement(input: { concern: $id }) { status } }`;
    expect((await subgraph.execute(AGREE, { id }, LGA)).data!.agreeSupportEngagement.status).toBe("AGREED");
    const again = await subgraph.execute(AGREE, { id }, LGA);
    expect(again.errors![0].extensions!.code).toBe("CONFLICT");
    expect(again.errors![0].message).toMatch(/is AGREED and cannot move to AGREED: from AGREED a support engagement moves only to CONCLUDED/);
    expect(again.errors![0].extensions).toMatchObject({ current: "AGREED", requested: "AGREED", allowed: ["CONCLUDED"] });
    expect((await subgraph.execute(CONCLUDE, { id }, LGA)).data!.concludeSupportEngagement.status).toBe("CONCLUDED");
    const none = await subgraph.execute(AGREE, { id: emerging.id }, LGA);
    expect(none.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", argument: "input.concern" });
  });

  describe("Query.concerns: the caller's own list", () => {
    const LIST = `query ($region: ID, $status: ConcernStatus, $severity: ConcernSeverity, $first: Int, $after: String) {
      concerns(region: $region, status: $status, severity: $severity, first: $first, after: $after) {
        edges { cursor node { id status severity council { code } } } pageInfo { hasNextPage endCursor } } }`;
    type Node = { id: string; status: string; severity: string; council: { code: string } };
    /** Every page, small ones, asserting no error in any answer. */
    const readAll = async (viewer: Viewer, filters: Record<string, unknown> = {}, first = 2) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 500; pages++) {
        const answer = await subgraph.execute(LIST, { ...filters, first, after }, viewer);
        expect(answer.errors).toBeUndefined();
        const { edges, pageInfo } = answer.data!.concerns as { edges: Array<{ node: Node }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        ids.push(...edges.map((edge) => edge.node.id));
        if (!pageInfo.hasNextPage) return ids;
        after = pageInfo.endCursor;
      }
      throw new Error("too many pages");
    };
    /** Straight from the tables: the concerns for which CONCERN_READERS (mayReadConcerns, with mayPartnerSee) says yes, newest first. */
    const byTheRule = async (viewer: Viewer, keep: (concern: Concern, council: Council) => boolean = () => true) => {
      const { dataSource } = subgraph.server.database;
      const councils = new Map((await dataSource.getRepository(Council).find()).map((council) => [council.code, council]));
      const all = await dataSource.getRepository(Concern).find({ order: { raisedOn: "DESC", id: "DESC" } });
      return all
        .filter((concern) => {
          const council = councils.get(concern.councilCode)!;
          return mayReadConcerns(viewer, council) && mayPartnerSee(viewer, council, concern) && keep(concern, council);
        })
        .map((concern) => String(concern.id));
    };

    beforeAll(async () => {
      // A few more, across regions and severities, some the council knows of: enough for several pages.
      const councils = ["E06000052", "E06000053", "E08000023", "E09000001", "E06000052", "E08000023", "E06000052"];
      for (const [index, council] of councils.entries()) {
        const severity = ["EMERGING", "SIGNIFICANT", "SERIOUS"][index % 3];
        const answer = await subgraph.execute(RAISE, { input: input({ council, severity, councilAwareOn: index % 2 ? "2012-01-10" : null }) }, LGA);
        expect(answer.errors).toBeUndefined();
      }
    });

    const SW_ONLY = testViewer("PRINCIPAL_ADVISER", { regions: ["E12000009"] });
    const viewers: Array<[string, Viewer]> = [
      ["the LGA", LGA],
      ["an adviser for the South West", SW_ONLY],
      ["an adviser for two regions", SOUTH_WEST_ADVISER],
      ["Cornwall's officer", testViewer("COUNCIL_OFFICER", { council: CORNWALL.code })],
      ["a partner with intelligence:read", testViewer("PARTNER_SYSTEM", { scopes: ["intelligence:read"] })],
      ["a partner with intelligence:write", testViewer("PARTNER_SYSTEM", { scopes: ["intelligence:write"] })],
      ["an analyst", testViewer("ANALYST")],
      ["a board member", testViewer("BOARD_MEMBER")],
      ["a CIB officer", testViewer("CIB_OFFICER")],
    ];

    it("lists, for every kind of caller, exactly the concerns the read rule lets them read, paging without gaps or repeats", async () => {
      for (const [who, viewer] of viewers) {
        const listed = await readAll(viewer);
        expect(new Set(listed).size).toBe(listed.length);
        expect([who, listed]).toEqual([who, await byTheRule(viewer)]);
      }
      // The cases the issue names.
      expect((await readAll(LGA)).length).toBe(await subgraph.server.database.dataSource.getRepository(Concern).count());
      expect(await readAll(testViewer("ANALYST"))).toEqual([]);
      expect(await readAll(testViewer("BOARD_MEMBER"))).toEqual([]);
    });

    it("gives an adviser for E12000009 the South West's concerns, by status and severity, and only their council's to an officer", async () => {
      const southWest = await byTheRule(LGA, (_, council) => council.regionCode === "E12000009");
      expect(southWest.length).toBeGreaterThan(3);
      expect(await readAll(SW_ONLY, {}, 3)).toEqual(southWest);
      expect(await readAll(SW_ONLY, { region: "E12000009" })).toEqual(southWest);
      expect(await readAll(SW_ONLY, { region: "E12000001" })).toEqual([]);
      for (const status of ["OPEN", "SHARED", "RESOLVED", "WITHDRAWN"]) {
        expect(await readAll(SW_ONLY, { status })).toEqual(await byTheRule(SW_ONLY, (concern) => concern.status === status));
      }
      for (const severity of ["EMERGING", "SIGNIFICANT", "SERIOUS"]) {
        expect(await readAll(SW_ONLY, { severity }, 1)).toEqual(await byTheRule(SW_ONLY, (concern) => concern.severity === severity));
      }
      const officer = testViewer("COUNCIL_OFFICER", { council: CORNWALL.code });
      const own = await readAll(officer);
      expect(own.length).toBeGreaterThan(0);
      expect(own).toEqual(await byTheRule(LGA, (concern) => concern.councilCode === CORNWALL.code));
    });

    it("gives me.adviserRegions as Region records, from which an adviser reaches their councils' concerns", async () => {
      const answer = await subgraph.execute(`{ me { regions adviserRegions { code councils { code concerns { id } } } } }`, {}, SOUTH_WEST_ADVISER);
      expect(answer.errors).toBeUndefined();
      const me = answer.data!.me as { regions: string[]; adviserRegions: Array<{ code: string; councils: Array<{ code: string; concerns: Array<{ id: string }> }> }> };
      expect(me.adviserRegions.map((region) => region.code)).toEqual(me.regions);
      const reached = me.adviserRegions.flatMap((region) => region.councils.flatMap((council) => council.concerns.map((concern) => concern.id)));
      expect(new Set(reached)).toEqual(new Set(await readAll(SOUTH_WEST_ADVISER)));
      const none = await subgraph.execute(`{ me { adviserRegions { code } } }`, {}, testViewer("ANALYST"));
      expect(none).toEqual({ data: { me: { adviserRegions: [] } } });
    });

    it("is UNAUTHENTICATED without a token, BAD_USER_INPUT for a bad region, page size or cursor", async () => {
      const anonymous = await subgraph.execute(LIST, {}, { authenticated: false, roles: [], regions: [], scopes: [] });
      expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      for (const [variables, argument] of [
        [{ region: "E99" }, "region"],
        [{ first: 0 }, "first"],
        [{ first: 101 }, "first"],
        [{ after: "not-a-cursor" }, "after"],
      ] as const) {
        const answer = await subgraph.execute(LIST, variables, SW_ONLY);
        expect(answer.errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([["BAD_USER_INPUT", argument]]);
      }
    });
  });

  it("seeds the demo concerns once", async () => {
    const { dataSource } = subgraph.server.database;
    const demo = () => dataSource.getRepository(Concern).countBy({ provenance: "DEMO" as never });
    expect(await demo()).toBe(5);
    await seedCorporate(dataSource, { demoData: true });
    expect(await demo()).toBe(5);
  });
});
