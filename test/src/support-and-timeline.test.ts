import type { TokenClaims } from "@sli/shared";
import { type RunningGraph, startGraph } from "./graph";

/**
 * Issue 15, parts 3 and 4, through the gateway: a council's own request for
 * support reaches its principal adviser (detail) and everyone (counts), with
 * an audit entry; and one timeline of a council across the three boards,
 * newest first, paged without gaps or repeats, with confidential events only
 * for their readers — in a constant number of statements per board.
 */

const CORNWALL = "E06000052";
const SOUTH_WEST = "E12000009";
const NORTH_EAST = "E12000001";
const SOUTH_EAST = "E12000008";

type Claims = Omit<TokenClaims, "sub">;
const OFFICER: Claims = { roles: ["COUNCIL_OFFICER"], council: CORNWALL, name: "Cornwall officer" };
const ADVISER: Claims = { roles: ["PRINCIPAL_ADVISER"], regions: [SOUTH_WEST], name: "South West adviser" };
const ANALYST: Claims = { roles: ["ANALYST"] };
const LGA: Claims = { roles: ["LGA_OFFICER"] };

interface Event {
  id: string;
  board: string;
  kind: string;
  summary: string;
  occurredOn: string;
  recordType: string;
  recordId: string;
}

const TIMELINE = `query ($code: ID!, $first: Int, $after: String) { council(code: $code) { timeline(first: $first, after: $after) {
  edges { cursor node { id board kind summary occurredOn recordType recordId } } pageInfo { hasNextPage endCursor } } } }`;

describe.each(["sqlite", "mysql"] as const)("support in place and one timeline through the gateway on %s", (kind) => {
  let graph: RunningGraph;
  const tokens = new Map<string, string>();
  const as = async (claims: Claims) => {
    const id = JSON.stringify(claims);
    if (!tokens.has(id)) tokens.set(id, await graph.token({ sub: `support-${tokens.size}`, ...claims }));
    return tokens.get(id)!;
  };

  beforeAll(async () => {
    graph = await startGraph(kind);
    // A concern about Cornwall, of which the council is aware: its events belong on the timeline of those who may read them.
    const raised = await graph.query(
      `mutation { raiseConcern(input: { council: "${CORNWALL}", summary: "Budget gap in adult social care", severity: SIGNIFICANT, councilAwareOn: "2012-02-01",
        sources: [PERFORMANCE_DATA], evidence: [{ description: "Budget report", source: "Council budget report, February 2012" }] }) { id } }`,
      {},
      await as(LGA),
    );
    expect(raised.errors).toBeUndefined();
  });
  afterAll(async () => {
    await graph?.stop();
  });

  /** An operation's SQL statements per subgraph [corporate, children, adults]. */
  const statements = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const servers = [graph.subgraphs.corporate, graph.subgraphs.children, graph.subgraphs.adults];
    const before = servers.map((server) => server.database.statements.total);
    const answer = await graph.query(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return { answer, counts: servers.map((server, index) => server.database.statements.total - before[index]!) };
  };

  /** Every event of a council's timeline, page by page. */
  const wholeTimeline = async (token: string | undefined, first: number) => {
    const events: Event[] = [];
    const cursors = new Set<string>();
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const { data, errors } = await graph.query(TIMELINE, { code: CORNWALL, first, after }, token);
      expect(errors).toBeUndefined();
      const page = data!.council.timeline as { edges: Array<{ cursor: string; node: Event }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      for (const edge of page.edges) {
        expect(cursors.has(edge.cursor)).toBe(false);
        cursors.add(edge.cursor);
        events.push(edge.node);
      }
      if (!page.pageInfo.hasNextPage) return events;
      after = page.pageInfo.endCursor;
    }
    throw new Error("the timeline never ended");
  };

  it("puts a council officer's request for support in the adviser's Council.support and Region.supportInPlace, audited; an analyst sees counts only", async () => {
    const before = await graph.query(`query ($code: ID!) { region(code: $code) { supportInPlace { total awaiting } } }`, { code: SOUTH_WEST });
    expect(before.errors).toBeUndefined();

    const need = "We would like help to strengthen the scrutiny of our children's services improvement plan.";
    const requested = await graph.query(
      `mutation ($input: RequestSupportInput!) { requestSupport(input: $input) { id status board kind need requestedOn requestedBy } }`,
      { input: { council: CORNWALL, need, board: "CHILDREN", kind: "SAFEGUARDING_REVIEW", requestedOn: "2012-05-14" } },
      await as(OFFICER),
    );
    expect(requested.errors).toBeUndefined();
    const record = requested.data!.requestSupport;
    expect(record).toMatchObject({ status: "REQUESTED", board: "CHILDREN", kind: "SAFEGUARDING_REVIEW", need, requestedOn: "2012-05-14", requestedBy: "Cornwall officer" });

    // Only the council's own officers ask for it.
    const otherOfficer = await graph.query(
      `mutation ($input: RequestSupportInput!) { requestSupport(input: $input) { id } }`,
      { input: { council: CORNWALL, need, board: "CHILDREN", kind: "SAFEGUARDING_REVIEW" } },
      await as({ roles: ["COUNCIL_OFFICER"], council: "E10000008" }),
    );
    expect(otherOfficer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const adviser = await as(ADVISER);
    const seen = await graph.query(
      `query ($council: ID!, $region: ID!) {
        council(code: $council) { support { id status board kind need } supportInPlace { total byStatus { status count } } }
        region(code: $region) { supportInPlace { total awaiting inPlace byStatus { status count } byBoard { board count inPlace } records { id need council { code } } } }
      }`,
      { council: CORNWALL, region: SOUTH_WEST },
      adviser,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.council.support).toContainEqual({ id: record.id, status: "REQUESTED", board: "CHILDREN", kind: "SAFEGUARDING_REVIEW", need });
    const region = seen.data!.region.supportInPlace;
    expect(region.records).toContainEqual({ id: record.id, need, council: { code: CORNWALL } });
    expect(region.total).toBe(before.data!.region.supportInPlace.total + 1);
    expect(region.awaiting).toBe(before.data!.region.supportInPlace.awaiting + 1);
    expect(region.byStatus.find((each: { status: string }) => each.status === "REQUESTED").count).toBeGreaterThanOrEqual(1);
    expect(region.byBoard.map((each: { board: string }) => each.board)).toEqual(["CORPORATE", "CHILDREN", "ADULTS"]);

    // The write's audit entry, in the corporate board's trail.
    const trail = await graph.query(`{ corporateAuditTrail(first: 10) { edges { node { operation recordId subject credentials } } } }`, {}, await as(LGA));
    expect(trail.errors).toBeUndefined();
    const entry = trail.data!.corporateAuditTrail.edges.map((edge: { node: unknown }) => edge.node).find((node: { operation: string; recordId: string }) => node.operation === "requestSupport" && node.recordId === record.id);
    expect(entry).toMatchObject({ credentials: ["COUNCIL_OFFICER"] });

    // An analyst: the counts, and nothing of the detail.
    const analyst = await graph.query(
      `query ($council: ID!, $region: ID!) {
        council(code: $council) { name support { id } supportInPlace { total } }
        region(code: $region) { supportInPlace { total awaiting records { id } } }
      }`,
      { council: CORNWALL, region: SOUTH_WEST },
      await as(ANALYST),
    );
    expect(analyst.data!.council).toEqual({ name: "Cornwall", support: null, supportInPlace: { total: seen.data!.council.supportInPlace.total } });
    expect(analyst.data!.region.supportInPlace).toEqual({ total: region.total, awaiting: region.awaiting, records: null });
    expect(analyst.errors!.map((error) => [error.path?.join("."), error.extensions?.code])).toEqual([
      ["council.support", "FORBIDDEN"],
      ["region.supportInPlace.records", "FORBIDDEN"],
    ]);
  });

  it("moves support along its lifecycle: the board agrees and starts it, and an offer is the council's to decline with a reason", async () => {
    const officer = await as(OFFICER);
    const cib = await as({ roles: ["CIB_OFFICER"] });
    const { data } = await graph.query(
      `mutation { requestSupport(input: { council: "${CORNWALL}", need: "Mentoring for our new director of children's services", board: CHILDREN, kind: MENTORING, requestedOn: "2012-06-01" }) { id } }`,
      {},
      officer,
    );
    const id = data!.requestSupport.id;
    // The council does not agree its own request: the board does.
    expect((await graph.query(`mutation { agreeSupport(input: { id: "${id}", agreedOn: "2012-06-10" }) { status } }`, {}, officer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await graph.query(`mutation { agreeSupport(input: { id: "${id}", agreedOn: "2012-06-10" }) { status agreedOn } }`, {}, cib)).data!.agreeSupport).toEqual({ status: "AGREED", agreedOn: "2012-06-10" });
    expect((await graph.query(`mutation { startSupport(input: { id: "${id}", startedOn: "2012-07-02" }) { status startedOn } }`, {}, cib)).data!.startSupport).toEqual({ status: "IN_PROGRESS", startedOn: "2012-07-02" });

    const offered = await graph.query(
      `mutation { offerSupport(input: { council: "${CORNWALL}", need: "An improvement board for adult social care", board: ADULTS, kind: IMPROVEMENT_BOARD, offeredOn: "2012-06-01" }) { id status offeredBy } }`,
      {},
      await as(ADVISER),
    );
    expect(offered.data!.offerSupport).toMatchObject({ status: "OFFERED", offeredBy: "South West adviser" });
    const noReason = await graph.query(`mutation { declineSupport(input: { id: "${offered.data!.offerSupport.id}", reason: "  " }) { status } }`, {}, officer);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.reason" });
    const declined = await graph.query(
      `mutation { declineSupport(input: { id: "${offered.data!.offerSupport.id}", reason: "The sign-off already gives us a peer director", declinedOn: "2012-06-08" }) { status declineReason declinedOn } }`,
      {},
      officer,
    );
    expect(declined.data!.declineSupport).toEqual({ status: "DECLINED", declineReason: "The sign-off already gives us a peer director", declinedOn: "2012-06-08" });
    // Another council's officer moves nothing, and the refusal names no council.
    const stranger = await graph.query(`mutation { completeSupport(input: { id: "${id}" }) { status } }`, {}, await as({ roles: ["COUNCIL_OFFICER"], council: "E10000008" }));
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(stranger.errors?.[0]?.message).not.toMatch(/E0\d{7}|Cornwall/);
    const missing = await graph.query(`mutation { startSupport(input: { id: "999999" }) { status } }`, {}, await as(LGA));
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "input.id" });
  });

  it("gives Cornwall one timeline of all three boards, newest first, paged without gaps or repeats", async () => {
    const lga = await as(LGA);
    const whole = await wholeTimeline(lga, 100);
    expect(new Set(whole.map((event) => event.board))).toEqual(new Set(["CORPORATE", "CHILDREN", "ADULTS"]));
    for (let index = 1; index < whole.length; index++) expect(whole[index - 1]!.occurredOn >= whole[index]!.occurredOn).toBe(true);
    expect(new Set(whole.map((event) => event.id)).size).toBe(whole.length);
    // Small pages give the same events in the same order: no gap, no repeat.
    const paged = await wholeTimeline(lga, 3);
    expect(paged.map((event) => event.id)).toEqual(whole.map((event) => event.id));
    // Each event names its record.
    expect(whole.every((event) => event.recordType && event.recordId && event.summary.endsWith("."))).toBe(true);
    expect(whole.some((event) => event.kind === "CONCERN_RAISED")).toBe(true);
    expect(whole.some((event) => event.kind.startsWith("SUPPORT_"))).toBe(true);
    // A cursor from another list is refused, naming `after`.
    const wrong = await graph.query(TIMELINE, { code: CORNWALL, first: 5, after: "WyJRdWVyeS5jb25jZXJucyIsIjIwMTItMDEtMDEiLDFd" }, lga);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });

  it("hides concern and support events from callers who may not read them, and only those", async () => {
    const readable = await wholeTimeline(await as(LGA), 100);
    for (const token of [undefined, await as(ANALYST), await as({ roles: ["BOARD_MEMBER"] }), await as({ roles: ["PRINCIPAL_ADVISER"], regions: [NORTH_EAST] })]) {
      const seen = await wholeTimeline(token, 100);
      expect(seen.some((event) => event.kind.startsWith("CONCERN_") || event.kind.startsWith("SUPPORT_"))).toBe(false);
      expect(seen.map((event) => event.id)).toEqual(
        readable.filter((event) => !event.kind.startsWith("CONCERN_") && !event.kind.startsWith("SUPPORT_")).map((event) => event.id),
      );
    }
    // The council's own officers and its adviser read its concerns: their timeline has them.
    for (const claims of [OFFICER, ADVISER]) {
      expect((await wholeTimeline(await as(claims), 100)).some((event) => event.kind === "CONCERN_RAISED")).toBe(true);
    }
  });

  it("reads a timeline and a region's support in the same statements per board whatever the region's size", async () => {
    const lga = await as(LGA);
    const cornwall = await statements(TIMELINE, { code: CORNWALL, first: 20 }, lga);
    const regionTimelines = `query ($code: ID!) { region(code: $code) { councils { code timeline(first: 5) { edges { node { id } } } } } }`;
    const small = await statements(regionTimelines, { code: NORTH_EAST }, lga);
    const large = await statements(regionTimelines, { code: SOUTH_EAST }, lga);
    expect(large.counts).toEqual(small.counts);
    const support = `query ($code: ID!) { region(code: $code) { supportInPlace { total byStatus { status count } records { id council { name } } } } }`;
    const supportSmall = await statements(support, { code: NORTH_EAST }, lga);
    const supportLarge = await statements(support, { code: SOUTH_EAST }, lga);
    expect(supportLarge.counts).toEqual(supportSmall.counts);
    process.stdout.write(
      `statements [corporate, children, adults] (${kind}): Cornwall's timeline ${JSON.stringify(cornwall.counts)}; ` +
        `every council's timeline, North East ${JSON.stringify(small.counts)}, South East ${JSON.stringify(large.counts)}; ` +
        `Region.supportInPlace North East ${JSON.stringify(supportSmall.counts)}, South East ${JSON.stringify(supportLarge.counts)}\n`,
    );
  });
});
