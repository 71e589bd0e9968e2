import { operation, type RunningGraph, startGraph, unexpected } from "./graph";

const SHARED_OPERATIONS: Array<[string, Record<string, unknown>]> = [
  ["council-single-view", { code: "E06000052" }],
  ["region-overview", { region: "E12000001" }],
  ["england-overview", {}],
];

describe.each(["sqlite", "mysql"] as const)("the federated graph on %s", (kind) => {
  let graph: RunningGraph;

  beforeAll(async () => {
    graph = await startGraph(kind);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("returns all 353 councils through the gateway", async () => {
    const { data, errors } = await graph.query("{ councils { code } }");
    expect(errors).toBeUndefined();
    expect(data!.councils).toHaveLength(353);
  });

  it.each(SHARED_OPERATIONS)("runs %s as written, without errors", async (name, variables) => {
    const { data, errors } = await graph.query(operation(name), variables);
    expect(unexpected(errors)).toBeUndefined();
    expect(data).toBeTruthy();
  });

  it("joins the three boards in one council's single view", async () => {
    const { data } = await graph.query(operation("council-single-view"), { code: "E08000023" });
    expect(data!.council).toMatchObject({
      code: "E08000023",
      name: "South Tyneside",
      type: "METROPOLITAN_BOROUGH",
      upperTier: true,
      region: { code: "E12000001", name: "North East" },
      principalAdviser: { name: "Mark Edgell", email: "mark.edgell@local.gov.uk" },
      childrensSupportLevel: "UNIVERSAL",
      cqcRating2010: "ADEQUATE",
    });
  });

  it("gives a district council empty social care lists, not errors", async () => {
    const { data, errors } = await graph.query(operation("council-single-view"), { code: "E07000223" });
    expect(unexpected(errors)).toBeUndefined();
    expect(data!.council.concerns).toBeNull();
    expect(data!.council).toMatchObject({
      name: "Adur",
      upperTier: false,
      childrensSupportLevel: null,
      childrensSelfAssessments: [],
      childrensPeerChallenges: [],
      safeguardingPeerReviews: [],
      cqcRating2010: null,
      localAccounts: [],
      adultsSignOff: null,
    });
  });

  it("shows a district's county with the county's children's and adults' records", async () => {
    const query = `query ($code: ID!) { council(code: $code) { childrensSupportLevel localAccounts { year } } }`;
    const cambridgeshire = await graph.query(query, { code: "E10000003" });
    expect(unexpected(cambridgeshire.errors)).toBeUndefined();
    expect(cambridgeshire.data!.council.childrensSupportLevel).toBeTruthy();
    const { data, errors } = await graph.query(
      `{ council(code: "E07000008") { name county { code name childrensSupportLevel localAccounts { year } } } }`,
    );
    expect(unexpected(errors)).toBeUndefined();
    expect(data!.council).toEqual({
      name: "Cambridge",
      county: { code: "E10000003", name: "Cambridgeshire", ...cambridgeshire.data!.council },
    });
  });

  it("covers every council of England and every region in the overviews", async () => {
    const england = await graph.query(operation("england-overview"));
    expect(england.data!.councils).toHaveLength(353);
    const upperTier = england.data!.councils.filter((c: { childrensSupportLevel: string | null }) => c.childrensSupportLevel);
    expect(upperTier).toHaveLength(152);
    const southEast = await graph.query(operation("region-overview"), { region: "E12000008" });
    expect(southEast.data!.region.councils).toHaveLength(74);
    expect(southEast.data!.region.principalAdviser).toEqual({ name: "Marianne Abley" });
  });

  it("refuses a malformed council code with BAD_USER_INPUT and an unknown one with NOT_FOUND", async () => {
    const malformed = await graph.query(operation("council-single-view"), { code: "E6000052" });
    expect(malformed.data?.council ?? null).toBeNull();
    expect(malformed.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(malformed.errors![0].message).toMatch(/not a council code/);
    const unknown = await graph.query(operation("council-single-view"), { code: "E06000099" });
    expect(unknown.data?.council ?? null).toBeNull();
    expect(unknown.errors?.map((error) => error.extensions?.code)).toEqual(["NOT_FOUND"]);
  });

  it("batches: each subgraph runs the same small number of statements whatever the number of councils", async () => {
    const { corporate, children, adults } = graph.subgraphs;
    const statementsFor = async (name: string, variables: Record<string, unknown> = {}) => {
      const before = [corporate, children, adults].map((server) => server.database.statements.total);
      const { errors } = await graph.query(operation(name), variables);
      expect(errors).toBeUndefined();
      return [corporate, children, adults].map((server, i) => server.database.statements.total - before[i]);
    };
    const england = await statementsFor("england-overview"); // 353 councils
    const northEast = await statementsFor("region-overview", { region: "E12000001" }); // 12 councils
    const southEast = await statementsFor("region-overview", { region: "E12000008" }); // 74 councils
    // The same statements for 12 councils as for 74: nothing runs per council.
    expect(southEast).toEqual(northEast);
    // A handful per subgraph, for all of England as for one region (corporate's region overview: the region,
    // its principal adviser, its councils and their corporate peer challenges, one statement each).
    for (const counts of [england, northEast]) {
      for (const count of counts) expect(count).toBeLessThanOrEqual(4);
    }
    // The England overview asks children for fewer fields than the region overview (no
    // childrensPeerChallenges), so it may run fewer statements there, never more.
    expect(england[1]).toBeLessThanOrEqual(northEast[1]);
    expect(england[2]).toBe(northEast[2]);
  });
});
