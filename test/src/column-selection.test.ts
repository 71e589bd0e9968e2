import { type RunningGraph, startGraph, unexpected } from "./graph";

/**
 * A council's peer challenges, safeguarding reviews and local accounts are
 * read with only the columns the query asks for, plus what the loading rule
 * and each field resolver declare they read (shared/src/lean-reads.ts). Here
 * the queries ask for the field resolvers and rules' results without the
 * columns behind them, and the answers must be those of reads that load whole
 * records (the root queries, or the same list with those columns asked).
 */
describe.each(["sqlite", "mysql"] as const)("reading only the columns asked, on %s", (kind) => {
  let graph: RunningGraph;

  beforeAll(async () => {
    graph = await startGraph(kind);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const answer = await graph.query(query, variables);
    expect(unexpected(answer.errors)).toBeUndefined();
    return answer.data as Record<string, any>;
  };

  it("gives a council's corporate peer challenges the columns their field resolvers read", async () => {
    const selection = "id deliveredInFinancialYear council { code } coreComponents { component findings }";
    // The LGA central team reads every challenge's findings: the field resolvers' own columns.
    const lga = await graph.token({ sub: "lga", roles: ["LGA_OFFICER"] });
    const whole = (await graph.query(`{ corporatePeerChallenges { ${selection} } }`, {}, lga)).data!.corporatePeerChallenges;
    const delivered = whole.filter((challenge: any) => challenge.deliveredInFinancialYear && challenge.coreComponents.some((c: any) => c.findings));
    expect(delivered.length).toBeGreaterThan(0);
    const code = delivered[0].council.code;
    const lean = await graph.query(`query ($code: ID!) { council(code: $code) { corporatePeerChallenges { ${selection} } } }`, { code }, lga);
    expect(lean.errors).toBeUndefined();
    expect(lean.data!.council.corporatePeerChallenges).toEqual(whole.filter((challenge: any) => challenge.council.code === code));
  });

  it("reads the state a PUBLISHED field's rule reads without it asked: anonymous callers get published findings and no others", async () => {
    const lga = await graph.token({ sub: "lga", roles: ["LGA_OFFICER"] });
    const { corporatePeerChallenges } = (await graph.query(`{ corporatePeerChallenges { status council { code } } }`, {}, lga)).data!;
    for (const status of ["REPORT_PUBLISHED", "FEEDBACK_GIVEN"]) {
      const code = corporatePeerChallenges.find((challenge: any) => challenge.status === status).council.code;
      // status not asked: the lean read loads it for the findings' rule.
      const answer = await graph.query(`query ($code: ID!) { council(code: $code) { corporatePeerChallenges { satisfaction coreComponents { findings } } } }`, { code });
      const challenges = answer.data!.council.corporatePeerChallenges;
      const refused = (answer.errors ?? []).map((error) => error.extensions?.code);
      if (status === "REPORT_PUBLISHED") expect(challenges.some((challenge: any) => challenge.coreComponents.some((c: any) => c.findings))).toBe(true);
      else expect(refused).toContain("UNAUTHENTICATED");
      expect(refused.every((code) => code === "UNAUTHENTICATED")).toBe(true);
    }
  });

  it("filters a council's local accounts by status, and answers current and supersededBy, without status asked", async () => {
    const query = (selection: string) => `{ councils(upperTier: true) { code
      listed: localAccounts { ${selection} } all: localAccounts(includeSuperseded: true) { ${selection} } } }`;
    const withStatus = (await ask(query("id status current council { code } supersededBy { id }"))).councils;
    const without = (await ask(query("id current council { code } supersededBy { id }"))).councils;
    const all = withStatus.flatMap((council: any) => council.all);
    // The demonstration data has corrections; an anonymous caller is never shown a draft.
    expect(all.some((account: any) => account.status === "SUPERSEDED" && account.supersededBy)).toBe(true);
    expect(all.some((account: any) => account.status === "DRAFT")).toBe(false);
    const dropStatus = ({ status, ...account }: any) => account;
    expect(without).toEqual(
      withStatus.map((council: any) => ({ code: council.code, listed: council.listed.map(dropStatus), all: council.all.map(dropStatus) })),
    );
    for (const council of withStatus) expect(council.listed.every((account: any) => account.status !== "SUPERSEDED")).toBe(true);
  });

  it("gives a council's safeguarding peer reviews the council code their council field reads", async () => {
    const { councils } = await ask("{ councils(upperTier: true) { code safeguardingPeerReviews { id council { code } } } }");
    const reviewed = councils.filter((council: any) => council.safeguardingPeerReviews.length);
    expect(reviewed.length).toBeGreaterThan(0);
    for (const council of reviewed) {
      expect(council.safeguardingPeerReviews.every((review: any) => review.council.code === council.code)).toBe(true);
    }
  });
});
