import { type Config, type SubgraphServer } from "@sli/shared";
import { executeOn, removeTestDatabases, testConfig, testViewer } from "@sli/shared/testing";
import { Council } from "./council/council.entity";
import { type ChildrenContext, createChildrenServer, seedChildren } from "./server";

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Council { code childrensSupportLevel childrensSelfAssessments { id } childrensPeerChallenges { id status } safeguardingPeerReviews { id status } }
  ... on Region { code childrensSupportLevels { level councils } } } }`;

const OFFICER = testViewer("CIB_OFFICER");
const DISTRICT = "E07000004"; // Aylesbury Vale
const NO_CHILDRENS_SERVICES = /shire district: it has no children's services/;

describe.each(["sqlite", "mysql"] as const)("children subgraph on %s", (kind) => {
  let config: Config;
  let server: SubgraphServer<ChildrenContext>;
  const run = (query: string, variables?: Record<string, unknown>) => executeOn(server, query, variables, OFFICER);
  const errorOf = async (query: string, variables?: Record<string, unknown>) => {
    const { errors } = await run(query, variables);
    expect(errors).toHaveLength(1);
    return { ...errors![0].extensions, code: errors![0].extensions?.code, message: errors![0].message };
  };

  beforeAll(async () => {
    config = testConfig(kind);
    server = await createChildrenServer(config);
  });
  afterAll(async () => {
    await server?.stop();
    if (config) await removeTestDatabases(config);
  });

  it("extends councils through _entities: districts get empty lists and no support level", async () => {
    const { data, errors } = await executeOn(server, ENTITIES, {
      representations: [
        { __typename: "Council", code: "E08000023" }, // South Tyneside
        { __typename: "Council", code: DISTRICT },
      ],
    });
    expect(errors).toBeUndefined();
    const [southTyneside, district] = data!._entities;
    expect(southTyneside.childrensSupportLevel).toBe("UNIVERSAL");
    expect(district).toEqual({ code: DISTRICT, childrensSupportLevel: null, childrensSelfAssessments: [], childrensPeerChallenges: [], safeguardingPeerReviews: [] });
  });

  it("counts a region's councils by support level", async () => {
    const { data } = await executeOn(server, ENTITIES, { representations: [{ __typename: "Region", code: "E12000001" }] });
    const counts = data!._entities[0].childrensSupportLevels as Array<{ councils: number }>;
    expect(counts.reduce((sum, c) => sum + c.councils, 0)).toBe(12);
  });

  it("seeds demo data consistent with the published figures, idempotently", async () => {
    const summary = `{ safeguardingPeerReviewSummary { delivered costToCouncil }
      childrensPeerChallengeCoverage { england { upperTierCouncils engaged targetDate } regions { regionCode } }
      cibRegionalFunding(financialYear: "2012/13") { regionCode priorities } }`;
    const before = await run(summary);
    expect(before.data!.safeguardingPeerReviewSummary).toEqual({ delivered: 26, costToCouncil: 0 });
    expect(before.data!.childrensPeerChallengeCoverage.england).toMatchObject({ upperTierCouncils: 152, targetDate: "2012-12-31" });
    expect(before.data!.childrensPeerChallengeCoverage.regions).toHaveLength(9);
    expect(before.data!.cibRegionalFunding).toHaveLength(9);
    const leads = await executeOn(server, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrensRegionalLeads { role lead { person { name } provenance } } } } }`, {
      r: Array.from({ length: 9 }, (_, i) => ({ __typename: "Region", code: `E1200000${i + 1}` })),
    });
    for (const region of leads.data!._entities) {
      expect(region.childrensRegionalLeads).toHaveLength(3);
      for (const slot of region.childrensRegionalLeads) expect(slot.lead.provenance).toBe("DEMO");
    }
    await seedChildren(server.database.dataSource, config);
    const after = await run(summary);
    expect(after.data).toEqual(before.data);
    expect(await server.database.dataSource.getRepository(Council).count()).toBe(353);
  });

  it("refuses a support level for a shire district and a value outside the enum, in the database too", async () => {
    const councils = server.database.dataSource.getRepository(Council);
    await expect(councils.update({ code: DISTRICT }, { supportLevel: "TARGETED_SUPPORT" as never })).rejects.toThrow();
    await expect(councils.update({ code: "E10000002" }, { supportLevel: "SPECIAL" as never })).rejects.toThrow();
  });

  const RECORD_LEVEL = `mutation ($input: RecordSupportLevelInput!) { recordChildrensSupportLevel(input: $input) { code childrensSupportLevel childrensSupportLevelDecisions { level provenance } } }`;

  it("records a support level (RECORDED) and refuses a district with BAD_USER_INPUT", async () => {
    const { data, errors } = await run(RECORD_LEVEL, { input: { council: "E10000002", level: "EARLY_SUPPORT", decidedOn: "2012-06-01" } });
    expect(errors).toBeUndefined();
    expect(data!.recordChildrensSupportLevel.childrensSupportLevel).toBe("EARLY_SUPPORT");
    expect(data!.recordChildrensSupportLevel.childrensSupportLevelDecisions[0]).toEqual({ level: "EARLY_SUPPORT", provenance: "RECORDED" });
    const district = await errorOf(RECORD_LEVEL, { input: { council: DISTRICT, level: "EARLY_SUPPORT", decidedOn: "2012-06-01" } });
    expect(district.code).toBe("BAD_USER_INPUT");
    expect(district.message).toMatch(NO_CHILDRENS_SERVICES);
    expect((await errorOf(RECORD_LEVEL, { input: { council: "E10000002", level: "UNIVERSAL", decidedOn: "2012-13-01" } })).code).toBe("BAD_USER_INPUT");
    const anonymous = await executeOn(server, RECORD_LEVEL, { input: { council: "E10000002", level: "UNIVERSAL", decidedOn: "2012-06-01" } });
    expect(anonymous.errors![0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  const QUEUE = `{ safeguardingPeerReviewQueue { position supportLevel review { id requestedOn council { code } } } }`;
  const REQUEST = `mutation ($input: RequestSafeguardingPeerReviewInput!) { requestSafeguardingPeerReview(input: $input) { id status focus costToCouncil } }`;
  const MOVE_REVIEW = `mutation ($input: MoveSafeguardingPeerReviewInput!) { moveSafeguardingPeerReview(input: $input) { id status reportedOn } }`;
  const RANK = { TARGETED_SUPPORT: 0, EARLY_SUPPORT: 1, UNIVERSAL: 2 } as Record<string, number>;

  it("orders the safeguarding queue by support level (targeted, early, universal), then request date", async () => {
    // Surrey (E10000030) becomes targeted; its late request must go ahead of every earlier universal one.
    expect((await run(RECORD_LEVEL, { input: { council: "E10000030", level: "TARGETED_SUPPORT", decidedOn: "2012-06-01" } })).errors).toBeUndefined();
    const requested = await run(REQUEST, { input: { council: "E10000030", requestedOn: "2012-12-01" } });
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestSafeguardingPeerReview).toMatchObject({ status: "REQUESTED", costToCouncil: 0 });
    const { data } = await run(QUEUE);
    const queue = data!.safeguardingPeerReviewQueue as Array<{ position: number; supportLevel: string; review: { requestedOn: string; council: { code: string } } }>;
    expect(queue.length).toBeGreaterThan(3);
    expect(queue.map((entry) => entry.position)).toEqual(queue.map((_, i) => i + 1));
    for (let i = 1; i < queue.length; i++) {
      const [a, b] = [queue[i - 1], queue[i]];
      expect(RANK[a.supportLevel] < RANK[b.supportLevel] || (RANK[a.supportLevel] === RANK[b.supportLevel] && a.review.requestedOn <= b.review.requestedOn)).toBe(true);
    }
    const surrey = queue.find((entry) => entry.review.council.code === "E10000030")!;
    const firstUniversal = queue.find((entry) => entry.supportLevel === "UNIVERSAL")!;
    expect(surrey.position).toBeLessThan(firstUniversal.position);
    expect(surrey.review.requestedOn > firstUniversal.review.requestedOn).toBe(true);
  });

  it("moves a safeguarding review requested → scheduled → on site → reported, refusing illegal moves with CONFLICT", async () => {
    const { data } = await run(REQUEST, { input: { council: "E06000001", requestedOn: "2012-06-01" } });
    const id = data!.requestSafeguardingPeerReview.id;
    const skip = await errorOf(MOVE_REVIEW, { input: { id, status: "REPORTED", reportedOn: "2012-07-01" } });
    expect(skip).toMatchObject({ code: "CONFLICT", current: "REQUESTED", requested: "REPORTED", allowed: ["SCHEDULED", "WITHDRAWN"] });
    expect(skip.message).toMatch(/is REQUESTED and cannot move to REPORTED: from REQUESTED a safeguarding peer review moves only to SCHEDULED or WITHDRAWN/);
    expect((await errorOf(MOVE_REVIEW, { input: { id, status: "SCHEDULED", onSiteFrom: "2012-05-01", onSiteTo: "2012-05-04" } })).message).toMatch(/before the review was requested/);
    expect((await run(MOVE_REVIEW, { input: { id, status: "SCHEDULED", onSiteFrom: "2012-07-02", onSiteTo: "2012-07-05" } })).errors).toBeUndefined();
    expect((await run(MOVE_REVIEW, { input: { id, status: "ON_SITE" } })).errors).toBeUndefined();
    const withdraw = await errorOf(MOVE_REVIEW, { input: { id, status: "WITHDRAWN", withdrawnOn: "2012-07-03" } });
    expect(withdraw.message).toMatch(/is ON_SITE and cannot move to WITHDRAWN/);
    expect(withdraw).toMatchObject({ current: "ON_SITE", requested: "WITHDRAWN", allowed: ["REPORTED"] });
    const reported = await run(MOVE_REVIEW, { input: { id, status: "REPORTED", reportedOn: "2012-08-01" } });
    expect(reported.data!.moveSafeguardingPeerReview).toMatchObject({ status: "REPORTED", reportedOn: "2012-08-01" });
    const district = await errorOf(REQUEST, { input: { council: DISTRICT, requestedOn: "2012-06-01" } });
    expect(district.code).toBe("BAD_USER_INPUT");
    expect(district.message).toMatch(NO_CHILDRENS_SERVICES);
  });

  it("keeps one open safeguarding review per council under 20 concurrent requests", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => run(REQUEST, { input: { council: "E06000002", requestedOn: "2012-06-01" } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) {
      expect(r.errors![0].extensions?.code).toBe("CONFLICT");
      expect(r.errors![0].message).toMatch(/one open review per council/);
    }
    const { data } = await executeOn(server, ENTITIES, { representations: [{ __typename: "Council", code: "E06000002" }] });
    expect(data!._entities[0].safeguardingPeerReviews.filter((r: { status: string }) => r.status === "REQUESTED")).toHaveLength(1);
  });

  const ASSIGN = `mutation ($input: AssignRegionalLeadInput!, $replace: Boolean) { assignRegionalLead(input: $input, replace: $replace) { id role person { name } provenance } }`;
  const LEADS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrensRegionalLeads { role lead { id person { name } } } } } }`;
  const assign = (name: string, replace?: boolean) =>
    run(ASSIGN, { input: { region: "E12000002", role: "CHIEF_EXECUTIVE", person: { name }, appointedOn: "2012-09-01" }, replace });
  const northWestLeads = async () =>
    (await executeOn(server, LEADS, { r: [{ __typename: "Region", code: "E12000002" }] })).data!._entities[0].childrensRegionalLeads as Array<{ role: string; lead: { person: { name: string } } | null }>;

  it("refuses to assign a taken regional lead role without replace, and replaces it explicitly with replace", async () => {
    const refused = await errorOf(ASSIGN, { input: { region: "E12000002", role: "CHIEF_EXECUTIVE", person: { name: "A Person" }, appointedOn: "2012-09-01" } });
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/already has a regional lead as chief executive.*replace: true/);
    const replaced = await assign("Pat Example", true);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.assignRegionalLead).toMatchObject({ role: "CHIEF_EXECUTIVE", person: { name: "Pat Example" }, provenance: "RECORDED" });
    const leads = await northWestLeads();
    expect(leads.map((slot) => slot.role)).toEqual(["LEAD_MEMBER_FOR_CHILDREN", "CHIEF_EXECUTIVE", "DIRECTOR_OF_CHILDRENS_SERVICES"]);
    expect(leads[1].lead!.person.name).toBe("Pat Example");
    expect((await errorOf(ASSIGN, { input: { region: "E12000010", role: "CHIEF_EXECUTIVE", person: { name: "X" }, appointedOn: "2012-09-01" } })).code).toBe("BAD_USER_INPUT");
  });

  it("never leaves two people in one regional lead role under 20 concurrent assignments", async () => {
    const { dataSource } = server.database;
    await dataSource.query("DELETE FROM regional_lead WHERE region_code = 'E12000002' AND role = 'CHIEF_EXECUTIVE'");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => assign(`Racer ${i}`)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expect(r.errors![0].extensions?.code).toBe("CONFLICT");
    const rows = await dataSource.query("SELECT COUNT(*) AS n FROM regional_lead WHERE region_code = 'E12000002' AND role = 'CHIEF_EXECUTIVE'");
    expect(Number(rows[0].n)).toBe(1);
    // Replacing concurrently still leaves exactly one.
    await Promise.all(Array.from({ length: 20 }, (_, i) => assign(`Replacer ${i}`, true)));
    const after = await dataSource.query("SELECT COUNT(*) AS n FROM regional_lead WHERE region_code = 'E12000002' AND role = 'CHIEF_EXECUTIVE'");
    expect(Number(after[0].n)).toBe(1);
  });

  const PLAN = `mutation ($input: PlanChildrensPeerChallengeInput!) { planChildrensPeerChallenge(input: $input) { id status dcsDaysAgreed model { name } leadPeer { name } team { role person { name } } } }`;
  const MOVE = `mutation ($input: MoveChildrensPeerChallengeInput!) { moveChildrensPeerChallenge(input: $input) { id status dcsDaysGiven startsOn } }`;
  const COVERAGE = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrensPeerChallengeModels { id name } childrensPeerChallengeCoverage { upperTierCouncils engaged completed notYetEngaged targetMet targetDate } } } }`;

  it("runs a peer challenge through its lifecycle under its region's model, and counts it in the region's coverage", async () => {
    const region = async () => (await executeOn(server, COVERAGE, { r: [{ __typename: "Region", code: "E12000001" }] })).data!._entities[0];
    const before = await region();
    expect(before.childrensPeerChallengeCoverage).toMatchObject({ upperTierCouncils: 12, targetDate: "2012-12-31" });
    // Find a North East council not yet engaged.
    const { data: england } = await run(`{ childrensPeerChallengeCoverage { england { engaged } } }`);
    const ne = ["E06000001", "E06000002", "E06000003", "E06000004", "E06000005", "E06000047", "E06000057", "E08000021", "E08000022", "E08000023", "E08000024", "E08000037"];
    const codes = await executeOn(server, ENTITIES, { representations: ne.map((code) => ({ __typename: "Council", code })) });
    const free = codes.data!._entities.find((c: { childrensPeerChallenges: Array<{ status: string }> }) => c.childrensPeerChallenges.every((p) => p.status === "CANCELLED"));
    expect(free).toBeDefined();
    const model = before.childrensPeerChallengeModels[0].id;
    const planned = await run(PLAN, { input: { council: free.code, model, leadPeer: { name: "Lead Peer" }, team: [{ person: { name: "Team Peer" }, role: "Peer DCS" }] } });
    expect(planned.errors).toBeUndefined();
    expect(planned.data!.planChildrensPeerChallenge).toMatchObject({ status: "PLANNED", dcsDaysAgreed: 5, leadPeer: { name: "Lead Peer" }, team: [{ role: "Peer DCS", person: { name: "Team Peer" } }] });
    const id = planned.data!.planChildrensPeerChallenge.id;
    const after = await region();
    expect(after.childrensPeerChallengeCoverage.engaged).toBe(before.childrensPeerChallengeCoverage.engaged + 1);
    const national = await run(`{ childrensPeerChallengeCoverage { england { engaged } } }`);
    expect(national.data!.childrensPeerChallengeCoverage.england.engaged).toBe(england!.childrensPeerChallengeCoverage.england.engaged + 1);

    const again = await errorOf(PLAN, { input: { council: free.code, model } });
    expect(again).toMatchObject({ code: "CONFLICT" });
    expect(again.message).toMatch(/one live peer challenge per council/);
    const early = await errorOf(MOVE, { input: { id, status: "COMPLETED", dcsDaysGiven: 5 } });
    expect(early.message).toMatch(/is PLANNED and cannot move to COMPLETED: from PLANNED a children's services peer challenge moves only to SCHEDULED or CANCELLED/);
    expect(early).toMatchObject({ code: "CONFLICT", current: "PLANNED", requested: "COMPLETED", allowed: ["SCHEDULED", "CANCELLED"] });
    expect((await errorOf(MOVE, { input: { id, status: "SCHEDULED" } })).message).toMatch(/needs startsOn and endsOn/);
    expect((await run(MOVE, { input: { id, status: "SCHEDULED", startsOn: "2012-10-01", endsOn: "2012-10-04" } })).errors).toBeUndefined();
    expect((await run(MOVE, { input: { id, status: "ON_SITE" } })).errors).toBeUndefined();
    expect((await errorOf(MOVE, { input: { id, status: "COMPLETED" } })).message).toMatch(/dcsDaysGiven/);
    const done = await run(MOVE, { input: { id, status: "COMPLETED", dcsDaysGiven: 4 } });
    expect(done.data!.moveChildrensPeerChallenge).toMatchObject({ status: "COMPLETED", dcsDaysGiven: 4 });
    expect((await region()).childrensPeerChallengeCoverage.completed).toBe(before.childrensPeerChallengeCoverage.completed + 1);
  });

  it("refuses a model of another region, and a district, for a peer challenge", async () => {
    const { data } = await executeOn(server, COVERAGE, { r: [{ __typename: "Region", code: "E12000009" }] });
    const southWestModel = data!._entities[0].childrensPeerChallengeModels[0].id;
    const wrong = await errorOf(PLAN, { input: { council: "E08000023", model: southWestModel } });
    expect(wrong.code).toBe("BAD_USER_INPUT");
    expect(wrong.message).toMatch(/belongs to region E12000009/);
    const district = await errorOf(PLAN, { input: { council: DISTRICT, model: southWestModel } });
    expect(district.message).toMatch(NO_CHILDRENS_SERVICES);
  });

  const SELF = `mutation ($input: RecordSelfAssessmentInput!) { recordChildrensSelfAssessment(input: $input) { id status period strengths } }`;
  const SUBMIT = `mutation ($id: ID!) { submitChildrensSelfAssessment(id: $id) { status } }`;
  const CHALLENGE = `mutation ($input: RecordSelfAssessmentChallengeInput!) { recordSelfAssessmentChallenge(input: $input) { status peerChallenge { outcome heldOn challengedBy { code } } } }`;

  it("records a self-assessment, its submission and its external peer challenge by other councils", async () => {
    const input = { council: "E08000023", period: "2012/13", summary: "Our view", strengths: ["Early help"], areasForImprovement: ["Placements"] };
    const created = await run(SELF, { input });
    expect(created.errors).toBeUndefined();
    const id = created.data!.recordChildrensSelfAssessment.id;
    expect((await errorOf(SELF, { input })).message).toMatch(/one per council per period/);
    const challenge = { selfAssessment: id, challengers: ["E08000021", "E08000024"], heldOn: "2012-11-01", outcome: "CONFIRMED_WITH_ADDITIONS" };
    const notYet = await errorOf(CHALLENGE, { input: challenge });
    expect(notYet).toMatchObject({ code: "CONFLICT" });
    expect(notYet.message).toMatch(/is DRAFT and cannot move to CHALLENGED: from DRAFT a self-assessment moves only to SUBMITTED/);
    expect(notYet).toMatchObject({ current: "DRAFT", requested: "CHALLENGED", allowed: ["SUBMITTED"] });
    expect((await run(SUBMIT, { id })).data!.submitChildrensSelfAssessment.status).toBe("SUBMITTED");
    const self = await errorOf(CHALLENGE, { input: { ...challenge, challengers: ["E08000023"] } });
    expect(self.message).toMatch(/cannot challenge its own self-assessment/);
    expect((await errorOf(CHALLENGE, { input: { ...challenge, challengers: [DISTRICT] } })).message).toMatch(NO_CHILDRENS_SERVICES);
    const done = await run(CHALLENGE, { input: challenge });
    expect(done.errors).toBeUndefined();
    expect(done.data!.recordSelfAssessmentChallenge).toEqual({
      status: "CHALLENGED",
      peerChallenge: { outcome: "CONFIRMED_WITH_ADDITIONS", heldOn: "2012-11-01", challengedBy: [{ code: "E08000021" }, { code: "E08000024" }] },
    });
    expect((await errorOf(CHALLENGE, { input: challenge })).message).toMatch(/is CHALLENGED and cannot move to CHALLENGED: CHALLENGED is final/);
    expect((await errorOf(SELF, { input: { ...input, council: DISTRICT } })).message).toMatch(NO_CHILDRENS_SERVICES);
  });

  const FUND = `mutation ($input: RecordRegionalFundingInput!) { recordRegionalFunding(input: $input) { regionCode financialYear amountPounds priorities } }`;

  it("records regional funding once per region and year", async () => {
    const input = { region: "E12000003", financialYear: "2013/14", amountPounds: 90000, priorities: ["Peer challenge between councils"] };
    expect((await run(FUND, { input })).data!.recordRegionalFunding).toMatchObject({ amountPounds: 90000 });
    expect((await errorOf(FUND, { input })).message).toMatch(/one grant per region per financial year/);
    expect((await errorOf(FUND, { input: { ...input, financialYear: "2014/15", amountPounds: 0 } })).message).toMatch(/positive whole number/);
    expect((await errorOf(FUND, { input: { ...input, financialYear: "2014/16" } })).code).toBe("BAD_USER_INPUT");
  });

  it("compares a council with its ten statistical neighbours, computed from the common data set", async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Council { code
      childrensStatisticalNeighbours(period: "2011/12") { rank distance council { code } }
      childrensComparison(period: "2011/12") { indicator { code polarity } value neighbourAverage rankAmongNeighbours } } } }`;
    const before = server.database.statements.total;
    const { data, errors } = await executeOn(server, query, { r: [{ __typename: "Council", code: "E10000002" }, { __typename: "Council", code: "E06000001" }, { __typename: "Council", code: DISTRICT }] });
    expect(errors).toBeUndefined();
    expect(server.database.statements.total - before).toBeLessThanOrEqual(4);
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

  const EVENT = `mutation ($input: RecordLeadershipEventInput!) { recordChildrensLeadershipEvent(input: $input) { id placesLeft } }`;
  const BOOK = `mutation ($input: BookLeadershipPlaceInput!) { bookChildrensLeadershipPlace(input: $input) { id seat } }`;

  it("books leadership academy places: one per council per event, never beyond its places under 20 concurrent bookings", async () => {
    const { data } = await run(EVENT, { input: { kind: "LEADERSHIP_ACADEMY", title: "Test academy", startsOn: "2013-03-01", endsOn: "2013-03-02", places: 2 } });
    const event = data!.recordChildrensLeadershipEvent.id;
    expect((await run(BOOK, { input: { event, council: "E06000001", leadMemberName: "Cllr A" } })).data!.bookChildrensLeadershipPlace.seat).toBe(1);
    expect((await errorOf(BOOK, { input: { event, council: "E06000001", leadMemberName: "Cllr A" } })).message).toMatch(/one place per council per event/);
    expect((await errorOf(BOOK, { input: { event, council: DISTRICT, leadMemberName: "Cllr D" } })).message).toMatch(NO_CHILDRENS_SERVICES);
    const councils = ["E06000002", "E06000003", "E06000004", "E06000005", "E06000006", "E06000007", "E06000008", "E06000009", "E06000010", "E06000011",
      "E06000012", "E06000013", "E06000014", "E06000015", "E06000016", "E06000017", "E06000018", "E06000019", "E06000020", "E06000021"];
    const results = await Promise.all(councils.map((council) => run(BOOK, { input: { event, council, leadMemberName: "Cllr" } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expect(r.errors![0].extensions?.code).toBe("CONFLICT");
    const events = await run(`{ childrensLeadershipEvents(kind: LEADERSHIP_ACADEMY) { id placesLeft placesTaken { seat } } }`);
    const test = events.data!.childrensLeadershipEvents.find((e: { id: string }) => e.id === event);
    expect(test).toEqual({ id: event, placesLeft: 0, placesTaken: [{ seat: 1 }, { seat: 2 }] });
    expect(events.data!.childrensLeadershipEvents.length).toBeGreaterThanOrEqual(5);
  });
});
