import { AuditEntry } from "@sli/shared";
import { type RunningGraph, startGraph } from "./graph";

const SOUTH_WEST = "E12000009";

/** The cursor connections (shared/src/pagination.ts) through the gateway: audit trails and Council.concernsConnection. */
describe.each(["sqlite", "mysql"] as const)("cursor connections through the gateway on %s", (kind) => {
  let graph: RunningGraph;
  let lga: string;

  beforeAll(async () => {
    graph = await startGraph(kind);
    lga = await graph.token({ sub: "lga", roles: ["LGA_OFFICER"] });
    // Writes of the same millisecond, so that a page boundary falls between ties.
    const entries = Array.from({ length: 23 }, (_, index) => ({
      at: `2026-02-01T10:00:0${Math.floor(index / 4)}.000Z`,
      subject: `writer${index % 3}`,
      name: null,
      credentials: ["LGA_OFFICER"],
      operation: `write${index}`,
      changes: "{}",
      recordId: null,
      requestId: null,
    }));
    await graph.subgraphs.adults.database.dataSource.getRepository(AuditEntry).insert(entries);
    // Concerns (by the entity's property names) for two councils, several a day, some the council knows of (what a partner sees) and some not.
    const southWest = (await graph.query(`{ region(code: "${SOUTH_WEST}") { councils { code } } }`)).data!.region.councils.map((council: { code: string }) => council.code);
    const concerns = ["E06000052", southWest.find((code: string) => code !== "E06000052")].flatMap((council) =>
      Array.from({ length: 7 }, (_, index) => ({
        councilCode: council,
        raisedByKind: "CENTRAL_TEAM",
        raisedByName: "Test",
        raisedOn: `2025-0${1 + Math.floor(index / 3)}-01`,
        summary: `Paging ${index}`,
        severity: "EMERGING",
        councilAwareOn: index % 2 ? "2025-06-01" : null,
        status: "OPEN",
        evidenceItems: 1,
        provenance: "RECORDED",
      })),
    );
    await graph.subgraphs.corporate.database.dataSource.getRepository("Concern").insert(concerns);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  /** Every item of a connection, page by page, through the gateway. */
  async function walk(query: string, variables: Record<string, unknown>, pick: (data: any) => any, token = lga): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const { data, errors } = await graph.query(query, { ...variables, after }, token);
      expect(errors).toBeUndefined();
      const page = pick(data);
      ids.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error("never reached the last page");
  }

  it("pages an audit trail without gaps or repeats, newest first, also with a filter", async () => {
    const everything = (await graph.subgraphs.adults.database.dataSource.getRepository(AuditEntry).find({ order: { at: "DESC", id: "DESC" } })).map((entry) =>
      String(entry.id),
    );
    const query = `query ($after: String, $first: Int!, $subject: ID) { adultsAuditTrail(first: $first, after: $after, subject: $subject) {
      edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    for (const first of [1, 4, 5, 100]) expect(await walk(query, { first }, (data) => data.adultsAuditTrail)).toEqual(everything);
    const writer1 = (await graph.subgraphs.adults.database.dataSource.getRepository(AuditEntry).find({ where: { subject: "writer1" }, order: { at: "DESC", id: "DESC" } })).map(
      (entry) => String(entry.id),
    );
    expect(writer1.length).toBeGreaterThan(3);
    expect(await walk(query, { first: 3, subject: "writer1" }, (data) => data.adultsAuditTrail)).toEqual(writer1);

    // since and until are instants (DateTime): every entry lies between the first one's and now; none before 2000.
    const window = `query ($after: String, $first: Int!, $since: DateTime, $until: DateTime) { adultsAuditTrail(first: $first, after: $after, since: $since, until: $until) {
      edges { cursor node { id at } } pageInfo { hasNextPage endCursor } } }`;
    expect(await walk(window, { first: 50, since: "2000-01-01T00:00:00Z", until: new Date(Date.now() + 60_000).toISOString() }, (data) => data.adultsAuditTrail)).toEqual(everything);
    expect(await walk(window, { first: 50, until: "2000-01-01T00:00:00Z" }, (data) => data.adultsAuditTrail)).toEqual([]);
    const impossible = await graph.query(window, { first: 1, since: "2012-02-30T00:00:00Z" }, lga);
    expect(impossible.errors).toHaveLength(1);
    expect(impossible.errors?.[0]?.message).toMatch(/DateTime/);
    expect(impossible.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages a council's concerns as its whole list has them, for the LGA and for a partner who sees fewer", async () => {
    const partner = await graph.token({ sub: "partner", roles: ["PARTNER_SYSTEM"], scopes: ["intelligence:read"] });
    const lists = await graph.query(`{ councils(region: "${SOUTH_WEST}") { code concerns { id } } }`, {}, lga);
    expect(lists.errors).toBeUndefined();
    const withConcerns = lists.data!.councils.filter((council: { concerns: unknown[] }) => council.concerns.length > 1);
    expect(withConcerns.length).toBeGreaterThan(0);
    const query = `query ($code: ID!, $after: String) { council(code: $code) { concernsConnection(first: 1, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const seen = new Map<string, number>();
    for (const token of [lga, partner]) {
      for (const { code } of withConcerns) {
        const whole = await graph.query(`query ($code: ID!) { council(code: $code) { concerns { id } } }`, { code }, token);
        const expected = whole.data!.council.concerns.map((concern: { id: string }) => concern.id);
        expect(await walk(query, { code }, (data) => data.council.concernsConnection, token)).toEqual(expected);
        seen.set(`${token === lga ? "lga" : "partner"} ${code}`, expected.length);
      }
    }
    // The partner pages over only the concerns the council knows of.
    expect(seen.get("partner E06000052")).toBeLessThan(seen.get("lga E06000052")!);
  });

  it("reads a page for every council of a region in one corporate statement", async () => {
    const { corporate } = graph.subgraphs;
    await graph.query(`{ region(code: "${SOUTH_WEST}") { councils { code } } }`, {}, lga); // plans and warms the council loaders' path
    const before = corporate.database.statements.total;
    const { data, errors } = await graph.query(
      `{ region(code: "${SOUTH_WEST}") { councils { code concerns { id } concernsConnection(first: 2) { edges { node { id } } pageInfo { hasNextPage } } } } }`,
      {},
      lga,
    );
    const statements = corporate.database.statements.total - before;
    expect(errors).toBeUndefined();
    for (const council of data!.region.councils) {
      expect(council.concernsConnection.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(council.concerns.slice(0, 2).map((concern: { id: string }) => concern.id));
      expect(council.concernsConnection.pageInfo.hasNextPage).toBe(council.concerns.length > 2);
    }
    // Region, its councils, the whole lists, the pages: a handful of statements, none per council.
    expect(statements).toBeLessThanOrEqual(6);
  });

  it("refuses a page size outside 1..100 naming first, and a cursor it did not hand out naming after", async () => {
    const concernCursor = (await graph.query(`{ council(code: "E06000052") { concernsConnection(first: 1) { pageInfo { endCursor } } } }`, {}, lga)).data
      ?.council.concernsConnection.pageInfo.endCursor;
    for (const [query, argument] of [
      ["{ corporateAuditTrail(first: 0) { edges { cursor } } }", "first"],
      ["{ childrenAuditTrail(first: 101) { edges { cursor } } }", "first"],
      ['{ adultsAuditTrail(after: "not-a-cursor") { edges { cursor } } }', "after"],
      ...(concernCursor ? [[`{ adultsAuditTrail(after: "${concernCursor}") { edges { cursor } } }`, "after"]] : []),
      ['{ council(code: "E06000052") { concernsConnection(first: 500) { edges { cursor } } } }', "first"],
      ['{ council(code: "E06000052") { concernsConnection(after: "eyJ4Ijox") { edges { cursor } } } }', "after"],
    ] as const) {
      const { errors } = await graph.query(query, {}, lga);
      expect({ query, error: errors?.[0]?.extensions }).toMatchObject({ query, error: { code: "BAD_USER_INPUT", argument } });
    }
  });
});
