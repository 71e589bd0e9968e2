import { type RunningGraph, startGraph } from "./graph";

const SOUTH_WEST = "E12000009";
const NORTH_EAST = "E12000001";
const SOUTH_EAST = "E12000008";
/** Targeted children's support, no corporate peer challenge, a 2012 local account still in draft (demo data). */
const SCILLY = "E06000053";

type Signal = { board: string; kind: string; summary: string; evidence: Array<{ name: string; value: string }>; recordType: string; council: string };
type Warning = { level: string; assessedOn: string; signals: Signal[] };
type Ranked = { code: string; name: string; earlyWarning: Warning };

const SIGNALS = "board kind summary since recordType recordId council evidence { name value }";
const WARNING = `earlyWarning { level assessedOn signals { ${SIGNALS} } }`;
const REGION_WATCHLIST = `query ($region: ID!, $first: Int) { region(code: $region) { watchlist(first: $first) { code name ${WARNING} } } }`;
const COUNCIL_WARNING = `query ($code: ID!) { council(code: $code) { name ${WARNING} } }`;
const LEVELS = ["NONE", "WATCH", "CONCERN", "SERIOUS"];
const fromConcern = (signal: Signal) => signal.kind.startsWith("CONCERN_");

describe.each(["sqlite", "mysql"] as const)("early warning through the gateway on %s", (kind) => {
  let graph: RunningGraph;
  let adviser: string;
  let analyst: string;
  let boardMember: string;

  beforeAll(async () => {
    graph = await startGraph(kind);
    adviser = await graph.token({ sub: "adviser-sw", name: "Howard Davis", roles: ["PRINCIPAL_ADVISER"], regions: [SOUTH_WEST] });
    analyst = await graph.token({ sub: "analyst", roles: ["ANALYST"] });
    boardMember = await graph.token({ sub: "board-member", roles: ["BOARD_MEMBER"] });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  const warningOf = async (code: string, token?: string): Promise<Warning> => {
    const { data, errors } = await graph.query(COUNCIL_WARNING, { code }, token);
    expect(errors).toBeUndefined();
    return data!.council.earlyWarning;
  };
  const watchlist = async (region: string, token?: string, first = 100): Promise<Ranked[]> => {
    const { data, errors } = await graph.query(REGION_WATCHLIST, { region, first }, token);
    expect(errors).toBeUndefined();
    return data!.region.watchlist;
  };

  it("gives a signal from each board where the council's records call for them, each explaining itself", async () => {
    const warning = await warningOf(SCILLY, adviser);
    expect(new Set(warning.signals.map((signal) => signal.board))).toEqual(new Set(["CORPORATE", "CHILDREN", "ADULTS"]));
    expect(warning.signals.map((signal) => signal.kind)).toEqual(
      expect.arrayContaining(["CHILDRENS_TARGETED_SUPPORT", "NO_CORPORATE_PEER_CHALLENGE", "NO_PUBLISHED_LOCAL_ACCOUNT"]),
    );
    for (const signal of warning.signals) {
      expect(signal.council).toBe(SCILLY);
      expect(signal.summary).toMatch(/^[A-Z"].+\.$/);
      expect(signal.evidence.length).toBeGreaterThan(0);
      expect(signal.recordType).toBeTruthy();
    }
    // Targeted support calls for CONCERN on its own.
    expect(warning.level).toBe("CONCERN");
    expect(warning.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("ranks a council with targeted support and a live serious concern first; callers who may not read concerns see neither the signal nor its level", async () => {
    const before = await warningOf(SCILLY, analyst);
    const raised = await graph.query(
      `mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`,
      {
        input: {
          council: SCILLY,
          summary: "Children's social care caseloads unsustainable with two vacant team manager posts",
          severity: "SERIOUS",
          sources: ["PERFORMANCE_DATA"],
          evidence: [{ description: "Caseloads per social worker twice the regional average", source: "Council workforce return, March 2012" }],
          councilAwareOn: "2012-05-01",
        },
      },
      adviser,
    );
    expect(raised.errors).toBeUndefined();

    const ranked = await watchlist(SOUTH_WEST, adviser);
    expect(ranked[0]).toMatchObject({ code: SCILLY, earlyWarning: { level: "SERIOUS" } });
    expect(ranked[0]!.earlyWarning.signals.filter(fromConcern).map((signal) => signal.kind)).toEqual(["CONCERN_SERIOUS"]);
    const neither = ranked.filter(
      (council) => !council.earlyWarning.signals.some((signal) => fromConcern(signal) || signal.kind === "CHILDRENS_TARGETED_SUPPORT"),
    );
    expect(neither.length).toBeGreaterThan(0);
    for (const council of neither) expect(ranked.indexOf(council)).toBeGreaterThan(0);
    // Level first, then the number of signals.
    for (let i = 1; i < ranked.length; i += 1) {
      const [a, b] = [ranked[i - 1]!.earlyWarning, ranked[i]!.earlyWarning];
      const order = LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.signals.length - b.signals.length;
      expect(order).toBeGreaterThanOrEqual(0);
    }

    // An analyst: no concern-derived signal, and the level it had before the concern.
    const forAnalyst = await warningOf(SCILLY, analyst);
    expect(forAnalyst.signals.filter(fromConcern)).toEqual([]);
    expect(forAnalyst.level).toBe(before.level);
    expect(forAnalyst.signals).toEqual(before.signals);
    // A board member's watchlist ignores concern signals too.
    for (const council of await watchlist(SOUTH_WEST, boardMember)) expect(council.earlyWarning.signals.filter(fromConcern)).toEqual([]);
    // Anonymous: the same as the analyst.
    expect(await warningOf(SCILLY)).toEqual(forAnalyst);
  });

  it("answers Query.watchlist over a principal adviser's own regions, and over one region asked for", async () => {
    const own = await graph.query(`{ watchlist(first: 3) { id regions { code } councils { code earlyWarning { level } } } }`, {}, adviser);
    expect(own.errors).toBeUndefined();
    expect(own.data!.watchlist).toMatchObject({ id: `${SOUTH_WEST}/3`, regions: [{ code: SOUTH_WEST }] });
    expect(own.data!.watchlist.councils).toHaveLength(3);
    expect(own.data!.watchlist.councils[0]).toMatchObject({ code: SCILLY, earlyWarning: { level: "SERIOUS" } });

    const asked = await graph.query(`{ watchlist(region: "${NORTH_EAST}", first: 5) { regions { code } councils { code } } }`, {}, analyst);
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.watchlist.regions).toEqual([{ code: NORTH_EAST }]);
    expect(asked.data!.watchlist.councils).toHaveLength(5);

    const refused = await graph.query(`{ watchlist(first: 0) { id } }`, {}, analyst);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
  });

  it("costs the same SQL statements in each board for a region of 12 councils as for one of 74", async () => {
    const statements = async (region: string) => {
      const before = Object.fromEntries(Object.entries(graph.subgraphs).map(([board, server]) => [board, server.database.statements.total as number]));
      const ranked = await watchlist(region, adviser);
      const counts = Object.fromEntries(
        Object.entries(graph.subgraphs).map(([board, server]) => [board, (server.database.statements.total as number) - before[board]!]),
      );
      return { councils: ranked.length, counts };
    };
    const small = await statements(NORTH_EAST);
    const large = await statements(SOUTH_EAST);
    expect(small.councils).toBe(12);
    expect(large.councils).toBe(74);
    expect(large.counts).toEqual(small.counts);
    // Two rounds of @requires (the ranking, then each council's earlyWarning), each a handful of batched statements.
    expect(small.counts.corporate).toBeLessThanOrEqual(25);
    expect(small.counts.children).toBeLessThanOrEqual(10);
    expect(small.counts.adults).toBeLessThanOrEqual(8);
  });
});
