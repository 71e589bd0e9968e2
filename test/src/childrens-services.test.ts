import { executeOn, testViewer } from "@sli/shared/testing";
import { operation, type RunningGraph, startGraph } from "./graph";

/** The children's services (CIB) records through the gateway, joined with the corporate subgraph's councils and regions. */
describe.each(["sqlite", "mysql"] as const)("children's services through the gateway on %s", (kind) => {
  let graph: RunningGraph;

  beforeAll(async () => {
    graph = await startGraph(kind);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  const statements = async (query: string, variables: Record<string, unknown> = {}) => {
    const servers = [graph.subgraphs.corporate, graph.subgraphs.children, graph.subgraphs.adults];
    const before = servers.map((server) => server.database.statements.total);
    const answer = await graph.query(query, variables);
    expect(answer.errors).toBeUndefined();
    return { answer, counts: servers.map((server, i) => server.database.statements.total - before[i]) };
  };

  it("returns real children's records in the region overview, in the same few statements for 12 councils as for 74", async () => {
    const northEast = await statements(operation("region-overview"), { region: "E12000001" });
    const southEast = await statements(operation("region-overview"), { region: "E12000008" });
    expect(southEast.counts).toEqual(northEast.counts);
    expect(northEast.counts[1]).toBe(3);
    const councils = southEast.answer.data!.region.councils as Array<{ upperTier: boolean; safeguardingPeerReviews: unknown[]; childrensPeerChallenges: unknown[] }>;
    expect(councils.filter((c) => !c.upperTier).every((c) => c.safeguardingPeerReviews.length === 0 && c.childrensPeerChallenges.length === 0)).toBe(true);
    expect(councils.some((c) => c.childrensPeerChallenges.length > 0)).toBe(true);
    process.stdout.write(`region-overview statements [corporate, children, adults] (${kind}): NE ${JSON.stringify(northEast.counts)} SE ${JSON.stringify(southEast.counts)}\n`);
  });

  it("gives each region's peer challenge coverage against the 31 December 2012 target, with the region's name from corporate", async () => {
    const { data, errors } = await graph.query(`{ regions { code name childrensPeerChallengeCoverage { upperTierCouncils engaged notYetEngaged targetDate }
      childrensRegionalLeads { role lead { person { name } } } childrensFunding { financialYear amountPounds } } }`);
    expect(errors).toBeUndefined();
    expect(data!.regions).toHaveLength(9);
    let total = 0;
    for (const region of data!.regions) {
      total += region.childrensPeerChallengeCoverage.upperTierCouncils;
      expect(region.childrensPeerChallengeCoverage.targetDate).toBe("2012-12-31");
      expect(region.childrensRegionalLeads.filter((slot: { lead: unknown }) => slot.lead)).toHaveLength(3);
      expect(region.childrensFunding).toHaveLength(1);
    }
    expect(total).toBe(152);
    const national = await graph.query(`{ childrensPeerChallengeCoverage { england { upperTierCouncils engaged } } safeguardingPeerReviewSummary { delivered } }`);
    expect(national.data!.childrensPeerChallengeCoverage.england.upperTierCouncils).toBe(152);
    expect(national.data!.safeguardingPeerReviewSummary.delivered).toBe(26);
  });

  it("resolves statistical neighbours and self-assessment challengers as councils named by the corporate subgraph", async () => {
    const { data, errors } = await graph.query(`{ council(code: "E10000002") { name
      childrensStatisticalNeighbours(period: "2011/12") { rank council { code name upperTier region { name } } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.council.name).toBe("Buckinghamshire");
    expect(data!.council.childrensStatisticalNeighbours).toHaveLength(10);
    for (const neighbour of data!.council.childrensStatisticalNeighbours) {
      expect(neighbour.council.name).toEqual(expect.any(String));
      expect(neighbour.council.upperTier).toBe(true);
    }
    const challenged = await graph.query(`{ councils(upperTier: true) { code childrensSelfAssessments { status peerChallenge { challengedBy { code name } } } } }`);
    expect(challenged.errors).toBeUndefined();
    const withChallenge = challenged.data!.councils.flatMap((c: { childrensSelfAssessments: Array<{ peerChallenge: { challengedBy: Array<{ name: string }> } | null }> }) =>
      c.childrensSelfAssessments.filter((a) => a.peerChallenge));
    expect(withChallenge.length).toBeGreaterThan(0);
    expect(withChallenge[0].peerChallenge.challengedBy[0].name).toEqual(expect.any(String));
  });

  it("orders the safeguarding queue by support level, and shows a recorded support level through the gateway", async () => {
    const viewer = testViewer("CIB_OFFICER");
    const recorded = await executeOn(graph.subgraphs.children, `mutation { recordChildrensSupportLevel(input: { council: "E06000052", level: TARGETED_SUPPORT, decidedOn: "2012-07-01" }) { code } }`, undefined, viewer);
    expect(recorded.errors).toBeUndefined();
    const requested = await executeOn(graph.subgraphs.children, `mutation { requestSafeguardingPeerReview(input: { council: "E06000052", requestedOn: "2012-12-20" }) { id } }`, undefined, viewer);
    expect(requested.errors).toBeUndefined();
    const { data } = await graph.query(`{ council(code: "E06000052") { name childrensSupportLevel safeguardingPeerReviews { status } }
      safeguardingPeerReviewQueue { position supportLevel review { council { code name } } } }`);
    expect(data!.council).toMatchObject({ name: "Cornwall", childrensSupportLevel: "TARGETED_SUPPORT", safeguardingPeerReviews: [{ status: "REQUESTED" }] });
    const queue = data!.safeguardingPeerReviewQueue;
    const cornwall = queue.find((entry: { review: { council: { code: string } } }) => entry.review.council.code === "E06000052");
    expect(cornwall.review.council.name).toBe("Cornwall");
    expect(queue.slice(0, cornwall.position).every((entry: { supportLevel: string }) => entry.supportLevel === "TARGETED_SUPPORT")).toBe(true);
    // A district through the gateway: a write is refused saying it has no children's services.
    const district = await executeOn(graph.subgraphs.children, `mutation { requestSafeguardingPeerReview(input: { council: "E07000223", requestedOn: "2012-12-20" }) { id } }`, undefined, viewer);
    expect(district.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(district.errors![0].message).toMatch(/no children's services/);
  });
});
