import { readCouncils, type TokenClaims } from "@sli/shared";
import { type RunningGraph, startGraph } from "./graph";

/**
 * One illegal move per lifecycle of the three boards, through the gateway:
 * each is CONFLICT carrying the one shape partner systems branch on,
 * `extensions { current, requested, allowed }`, with a message that says
 * where the record may go, and the record stays where it was.
 */

/** Writes on every board, so no access rule stands in front of the lifecycle rule. */
const WRITER: TokenClaims = {
  sub: "lifecycles",
  name: "Lifecycle tester",
  roles: ["LGA_OFFICER", "CIB_OFFICER", "TEASC_OFFICER", "PARTNER_SYSTEM"],
  scopes: ["corporate:write", "children:write", "adults:write", "intelligence:write"],
};

const NORTH_EAST = "E12000001";

interface Refusal {
  current: string;
  requested: string;
  allowed: string[];
}

describe.each(["sqlite", "mysql"] as const)("lifecycle refusals through the gateway on %s", (kind) => {
  let graph: RunningGraph;
  let token: string;

  beforeAll(async () => {
    graph = await startGraph(kind);
    token = await graph.token(WRITER);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  /** Runs a write that must succeed, answering its first field. */
  const write = async (query: string, variables: Record<string, unknown> = {}): Promise<any> => {
    const { data, errors } = await graph.query(query, variables, token);
    expect({ query, errors }).toEqual({ query, errors: undefined });
    return Object.values(data!)[0];
  };

  /** Runs the illegal move: one CONFLICT in the lifecycle's shape, and nothing else. */
  const refused = async (query: string, variables: Record<string, unknown>, expected: Refusal, message: RegExp) => {
    const { data, errors } = await graph.query(query, variables, token);
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    const { code, current, requested, allowed } = errors![0].extensions ?? {};
    expect({ code, current, requested, allowed }).toEqual({ code: "CONFLICT", ...expected });
    expect(errors![0].message).toMatch(message);
  };

  /** Upper-tier North East councils and what the children's board holds on each. */
  const northEast = async () => {
    const { data, errors } = await graph.query(
      `query ($region: ID!) { councils(region: $region, upperTier: true) { code childrensPeerChallenges { status } safeguardingPeerReviews { status } } }`,
      { region: NORTH_EAST },
    );
    expect(errors).toBeUndefined();
    return data!.councils as Array<{ code: string; childrensPeerChallenges: Array<{ status: string }>; safeguardingPeerReviews: Array<{ status: string }> }>;
  };

  it("corporate peer challenge: interest expressed cannot jump to report published", async () => {
    const { id } = await write(
      `mutation { expressInterestInCorporatePeerChallenge(input: { council: "E06000047", interestExpressedOn: "2012-09-01", noCost: false }) { id } }`,
    );
    await refused(
      `mutation ($id: ID!) { publishCorporatePeerChallengeReport(input: { id: $id, reportPublishedOn: "2012-10-01", reportUrl: "https://example.org/r" }) { id } }`,
      { id },
      { current: "INTEREST_EXPRESSED", requested: "REPORT_PUBLISHED", allowed: ["BOOKED", "CANCELLED"] },
      /from INTEREST_EXPRESSED a corporate peer challenge moves only to BOOKED or CANCELLED/,
    );
    expect((await graph.query(`query ($id: ID!) { corporatePeerChallenge(id: $id) { status } }`, { id })).data!.corporatePeerChallenge.status).toBe("INTEREST_EXPRESSED");
  });

  const RAISE = `mutation ($severity: ConcernSeverity!) { raiseConcern(input: { council: "E06000052", summary: "Budget gap", severity: $severity,
    sources: [PERFORMANCE_DATA], evidence: [{ description: "Budget report", source: "Council budget report, February 2012" }] }) { id } }`;

  it("concern: a resolved concern cannot be shared", async () => {
    const { id } = await write(RAISE, { severity: "EMERGING" });
    await write(`mutation ($id: ID!) { resolveConcern(input: { id: $id }) { status } }`, { id });
    await refused(
      `mutation ($id: ID!) { shareConcern(input: { id: $id }) { id } }`,
      { id },
      { current: "RESOLVED", requested: "SHARED", allowed: [] },
      /RESOLVED is final/,
    );
  });

  it("support engagement: a concluded engagement cannot be agreed", async () => {
    const { id } = await write(RAISE, { severity: "SIGNIFICANT" });
    await write(
      `mutation ($id: ID!) { recordSupportEngagement(input: { concern: $id, partners: ["Local Government Association"], scope: "An improvement board",
        startsOn: "2012-06-01", reviewOn: "2012-12-01" }) { status } }`,
      { id },
    );
    await write(`mutation ($id: ID!) { concludeSupportEngagement(input: { concern: $id }) { status } }`, { id });
    await refused(
      `mutation ($id: ID!) { agreeSupportEngagement(input: { concern: $id }) { status } }`,
      { id },
      { current: "CONCLUDED", requested: "AGREED", allowed: [] },
      /CONCLUDED is final/,
    );
  });

  it("support record: a request cannot start before it is agreed", async () => {
    const officer = await graph.token({ sub: "lifecycles-council", roles: ["COUNCIL_OFFICER"], council: "E06000052" });
    const requested = await graph.query(
      `mutation { requestSupport(input: { council: "E06000052", need: "Mentoring for our new leader", board: CORPORATE, kind: MENTORING, requestedOn: "2012-05-01" }) { id } }`,
      {},
      officer,
    );
    expect(requested.errors).toBeUndefined();
    const { id } = requested.data!.requestSupport;
    await refused(
      `mutation ($id: ID!) { startSupport(input: { id: $id, startedOn: "2012-05-20" }) { id } }`,
      { id },
      { current: "REQUESTED", requested: "IN_PROGRESS", allowed: ["AGREED", "DECLINED"] },
      /from REQUESTED a support record moves only to AGREED or DECLINED/,
    );
  });

  it("children's self-assessment: a draft cannot be challenged before it is submitted", async () => {
    const { id } = await write(
      `mutation { recordChildrensSelfAssessment(input: { council: "E08000021", period: "2019/20", summary: "Our view", strengths: ["Early help"], areasForImprovement: ["Placements"] }) { id } }`,
    );
    await refused(
      `mutation ($id: ID!) { recordSelfAssessmentChallenge(input: { selfAssessment: $id, challengers: ["E08000022"], heldOn: "2019-11-01", outcome: CONFIRMED }) { id } }`,
      { id },
      { current: "DRAFT", requested: "CHALLENGED", allowed: ["SUBMITTED"] },
      /from DRAFT a self-assessment moves only to SUBMITTED/,
    );
  });

  it("children's services peer challenge: a planned challenge cannot be completed", async () => {
    const free = (await northEast()).find((council) => council.childrensPeerChallenges.every((challenge) => challenge.status === "CANCELLED"));
    expect(free).toBeDefined();
    const model = await regionModel(graph);
    const { id } = await write(`mutation ($council: ID!, $model: ID!) { planChildrensPeerChallenge(input: { council: $council, model: $model }) { id } }`, {
      council: free!.code,
      model,
    });
    await refused(
      `mutation ($id: ID!) { completeChildrensPeerChallenge(input: { id: $id, dcsDaysGiven: 5 }) { id } }`,
      { id },
      { current: "PLANNED", requested: "COMPLETED", allowed: ["SCHEDULED", "CANCELLED"] },
      /from PLANNED a children's services peer challenge moves only to SCHEDULED or CANCELLED/,
    );
  });

  it("safeguarding peer review: a requested review cannot report before its visit", async () => {
    const open = ["REQUESTED", "SCHEDULED", "ON_SITE"];
    const free = (await northEast()).find((council) => !council.safeguardingPeerReviews.some((review) => open.includes(review.status)));
    expect(free).toBeDefined();
    const { id } = await write(`mutation ($council: ID!) { requestSafeguardingPeerReview(input: { council: $council, requestedOn: "2012-06-01" }) { id } }`, {
      council: free!.code,
    });
    await refused(
      `mutation ($id: ID!) { reportSafeguardingPeerReview(input: { id: $id, reportedOn: "2012-07-01" }) { id } }`,
      { id },
      { current: "REQUESTED", requested: "REPORTED", allowed: ["SCHEDULED", "WITHDRAWN"] },
      /from REQUESTED a safeguarding peer review moves only to SCHEDULED or WITHDRAWN/,
    );
  });

  it("TEASC sign-off: a council gathering evidence cannot skip to presenting", async () => {
    // Kent: no rating in the reference data, and not one of the demo data's picks.
    const code = readCouncils().find((council) => council.upperTier && council.name === "Kent")!.code;
    await write(`mutation ($code: ID!) { recordCqcRating2010(input: { council: $code, rating: ADEQUATE, source: "CQC 2010 (lifecycle test)" }) { code } }`, { code });
    await write(`mutation ($code: ID!) { enterAdultsSignOff(input: { council: $code, enteredOn: "2011-07-01" }) { status } }`, { code });
    await refused(
      `mutation ($code: ID!) { recordAdultsSignOffPresentation(input: { council: $code, presentedOn: "2012-06-12" }) { status } }`,
      { code },
      { current: "GATHERING_EVIDENCE", requested: "PRESENTED", allowed: ["INVITED_TO_PRESENT"] },
      /from GATHERING_EVIDENCE a TEASC sign-off moves only to INVITED_TO_PRESENT/,
    );
  });

  it("local account: a draft cannot be corrected, only edited or published", async () => {
    const { id } = await write(`mutation { createLocalAccount(input: { council: "E06000052", year: 2029, engagement: "User panel" }) { id } }`);
    await refused(
      `mutation ($id: ID!) { correctLocalAccount(input: { id: $id, reason: "typo", publishedOn: "2029-07-01" }) { id } }`,
      { id },
      { current: "DRAFT", requested: "SUPERSEDED", allowed: ["PUBLISHED"] },
      /only a published account is corrected/,
    );
  });
});

/** A peer challenge model of the North East, the region the challenge is planned in. */
async function regionModel(graph: RunningGraph): Promise<string> {
  const { data, errors } = await graph.query(`query ($code: ID!) { region(code: $code) { childrensPeerChallengeModels { id } } }`, { code: NORTH_EAST });
  expect(errors).toBeUndefined();
  return data!.region.childrensPeerChallengeModels[0].id;
}
