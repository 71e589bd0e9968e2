import { DISTRICT, ENTITIES, NO_CHILDRENS_SERVICES, startChildren } from "../test-helpers";

describe.each(["sqlite", "mysql"] as const)("safeguarding peer reviews on %s", (kind) => {
  const { started, run, errorOf } = startChildren(kind);

  const RECORD_LEVEL = `mutation ($input: RecordChildrensSupportLevelInput!) { recordChildrensSupportLevel(input: $input) { code childrensSupportLevel childrensSupportLevelDecisions { level provenance } } }`;

  const QUEUE = `{ safeguardingPeerReviewQueue { position supportLevel review { id requestedOn council { code } } } }`;
  const REQUEST = `mutation ($input: RequestSafeguardingPeerReviewInput!) { requestSafeguardingPeerReview(input: $input) { id status focus costToCouncil } }`;
  const SR = "id status reportedOn";
  const SCHEDULE = `mutation ($input: ScheduleSafeguardingPeerReviewInput!) { scheduleSafeguardingPeerReview(input: $input) { ${SR} } }`;
  const START = `mutation ($input: StartSafeguardingPeerReviewVisitInput!) { startSafeguardingPeerReviewVisit(input: $input) { ${SR} } }`;
  const REPORT = `mutation ($input: ReportSafeguardingPeerReviewInput!) { reportSafeguardingPeerReview(input: $input) { ${SR} } }`;
  const WITHDRAW = `mutation ($input: WithdrawSafeguardingPeerReviewInput!) { withdrawSafeguardingPeerReview(input: $input) { ${SR} } }`;
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
    const skip = await errorOf(REPORT, { input: { id, reportedOn: "2012-07-01" } });
    expect(skip).toMatchObject({ code: "CONFLICT", current: "REQUESTED", requested: "REPORTED", allowed: ["SCHEDULED", "WITHDRAWN"] });
    expect(skip.message).toMatch(/is REQUESTED and cannot move to REPORTED: from REQUESTED a safeguarding peer review moves only to SCHEDULED or WITHDRAWN/);
    expect((await errorOf(SCHEDULE, { input: { id, onSiteFrom: "2012-05-01", onSiteTo: "2012-05-04" } })).message).toMatch(/before the review was requested/);
    expect((await run(SCHEDULE, { input: { id, onSiteFrom: "2012-07-02", onSiteTo: "2012-07-05" } })).errors).toBeUndefined();
    expect((await run(START, { input: { id } })).errors).toBeUndefined();
    const withdraw = await errorOf(WITHDRAW, { input: { id, withdrawnOn: "2012-07-03" } });
    expect(withdraw.message).toMatch(/is ON_SITE and cannot move to WITHDRAWN/);
    expect(withdraw).toMatchObject({ current: "ON_SITE", requested: "WITHDRAWN", allowed: ["REPORTED"] });
    const reported = await run(REPORT, { input: { id, reportedOn: "2012-08-01" } });
    expect(reported.data!.reportSafeguardingPeerReview).toMatchObject({ status: "REPORTED", reportedOn: "2012-08-01" });
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
    const { data } = await started.execute(ENTITIES, { representations: [{ __typename: "Council", code: "E06000002" }] });
    expect(data!._entities[0].safeguardingPeerReviews.filter((r: { status: string }) => r.status === "REQUESTED")).toHaveLength(1);
  });
});
