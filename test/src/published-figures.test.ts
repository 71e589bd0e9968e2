import { publishedFigures } from "@sli/shared";
import { type RunningGraph, startGraph } from "./graph";

/** The graph serves the published figures from the toolkit's one reading of the CSV, and the rules' comparisons agree with it. */
describe("published figures through the gateway", () => {
  let graph: RunningGraph;

  beforeAll(async () => {
    graph = await startGraph("sqlite");
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("answers every published figure to anyone, with its unit, date and source", async () => {
    const { data, errors } = await graph.query(`{ publishedFigures { key value number unit asAt description source passage } }`);
    expect(errors).toBeUndefined();
    expect(data!.publishedFigures).toEqual(publishedFigures().map((figure) => ({ ...figure })));
    expect(data!.publishedFigures.find((figure: { key: string }) => figure.key === "childrens_safeguarding_peer_reviews_delivered")).toEqual({
      key: "childrens_safeguarding_peer_reviews_delivered",
      value: "26",
      number: 26,
      unit: "peer reviews",
      asAt: "2012",
      description: "Children's safeguarding peer reviews delivered to date",
      source: "LGA, Sector-led improvement in local government (2012)",
      passage: "twenty six such peer reviews have been delivered to date",
    });
  });

  it("compares the programmes with the same figures", async () => {
    const { data, errors } = await graph.query(`{
      publishedFigures { key value number asAt }
      corporatePeerChallengeProgress { published { delivered bookedOrDiscussed asAt } }
      leadershipOfferSummary(financialYear: "2011/12") { publishedCouncils }
      childrensPeerChallengeCoverage { england { targetDate } }
    }`);
    expect(errors).toBeUndefined();
    const figure = new Map<string, { value: string; number: number | null; asAt: string }>(data!.publishedFigures.map((f: { key: string }) => [f.key, f]));
    expect(data!.corporatePeerChallengeProgress.published).toEqual({
      delivered: figure.get("corporate_peer_challenges_delivered_2011_12")!.number,
      bookedOrDiscussed: figure.get("corporate_peer_challenges_booked_or_discussed")!.number,
      asAt: figure.get("corporate_peer_challenges_booked_or_discussed")!.asAt,
    });
    expect(data!.leadershipOfferSummary.publishedCouncils).toBe(figure.get("leadership_offer_councils_last_financial_year")!.number);
    expect(data!.childrensPeerChallengeCoverage.england.targetDate).toBe(figure.get("childrens_peer_challenge_all_engaged_by")!.value);
  });
});
