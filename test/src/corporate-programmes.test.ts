import { executeOn, testViewer } from "@sli/shared/testing";
import { operation, type RunningGraph, startGraph, unexpected } from "./graph";

describe.each(["sqlite", "mysql"] as const)("the corporate programmes through the gateway on %s", (kind) => {
  let graph: RunningGraph;

  beforeAll(async () => {
    graph = await startGraph(kind);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("answers the programme progress against the published figures", async () => {
    const { data, errors } = await graph.query(
      `{ corporatePeerChallengeProgress { deliveredInYear bookedOrDiscussed published { delivered bookedOrDiscussed source } }
         leadershipOfferSummary(financialYear: "2011/12") { places councils publishedCouncils }
         memberPeerSupportCases { council { name } daysUsed daysRemaining } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.corporatePeerChallengeProgress).toMatchObject({
      deliveredInYear: 24,
      bookedOrDiscussed: 70,
      published: { delivered: 24, bookedOrDiscussed: 70 },
    });
    expect(data!.leadershipOfferSummary).toEqual({ places: 198, councils: 198, publishedCouncils: 198 });
    expect(data!.memberPeerSupportCases).toHaveLength(4);
  });

  it("shows a challenge written to the corporate subgraph in the council's single view, joined with the other boards", async () => {
    const code = "E06000052";
    const officer = testViewer("LGA_OFFICER");
    const before = await graph.query(operation("council-single-view"), { code });
    expect(unexpected(before.errors)).toBeUndefined();
    const existing = before.data!.council.corporatePeerChallenges as Array<{ id: string; status: string }>;
    // Cornwall may hold a demo challenge; a paid one is never refused by the no-cost rule.
    const created = await executeOn(
      graph.subgraphs.corporate,
      `mutation { expressInterestInCorporatePeerChallenge(input: { council: "${code}", interestExpressedOn: "2012-09-01", noCost: false }) { id } }`,
      undefined,
      officer,
    );
    expect(created.errors).toBeUndefined();
    const place = await executeOn(
      graph.subgraphs.corporate,
      `mutation { recordLeadershipPlace(input: { council: "${code}", financialYear: "2012/13", programme: NEXT_GENERATION,
         participantName: "Cllr Gateway Test", subsidised: true }) { id } }`,
      undefined,
      officer,
    );
    expect(place.errors).toBeUndefined();
    const after = await graph.query(operation("council-single-view"), { code });
    expect(unexpected(after.errors)).toBeUndefined();
    expect(after.data!.council.corporatePeerChallenges).toEqual([
      ...existing,
      { id: created.data!.expressInterestInCorporatePeerChallenge.id, status: "INTEREST_EXPRESSED" },
    ]);
    expect(after.data!.council.leadershipPlaces).toContainEqual({ id: place.data!.recordLeadershipPlace.id });
    expect(after.data!.council.cqcRating2010).toBe("ADEQUATE");
  });

  it("lists challenges by state and region with their team and council", async () => {
    const { data, errors } = await graph.query(
      `{ corporatePeerChallenges(status: BOOKED, region: "E12000008") { status onSiteFrom council { name region { code } childrensSupportLevel }
           peers { role person { name provenance } } coreComponents { component } } }`,
    );
    expect(errors).toBeUndefined();
    for (const challenge of data!.corporatePeerChallenges) {
      expect(challenge.status).toBe("BOOKED");
      expect(challenge.council.region.code).toBe("E12000008");
      expect(challenge.peers).toHaveLength(4);
      expect(challenge.coreComponents).toHaveLength(3);
    }
  });
});
