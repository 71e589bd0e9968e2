import { searchWords, TITLE_WEIGHT } from "@sli/corporate/dist/good-practice/good-practice.rules";
import { type RunningGraph, startGraph } from "./graph";

/** Issue 19, part 1: the good practice library, federated, searched in each database's own full-text index, the same on both. */

const SOURCE = `source { __typename
  ... on CorporatePeerChallenge { id council { code } cpcStatus: status }
  ... on ChildrensPeerChallenge { id council { code } challengeStatus: status }
  ... on SafeguardingPeerReview { id council { code } reviewStatus: status }
  ... on AdultsSignOff { id councilCode signOffStatus: status }
  ... on LocalAccount { id councilCode year accountStatus: status } }`;

const PAGE = (args: string, node = "id title summary board theme status provenance citation council { code name }") =>
  `{ goodPractice(${args}) { edges { cursor node { ${node} } } pageInfo { hasNextPage endCursor } } }`;

interface Item {
  id: string;
  title: string;
  summary: string;
  board: string;
  status: string;
  provenance: string;
  citation: string | null;
  council: { code: string } | null;
  source?: Record<string, any> | null;
}
interface Page {
  edges: Array<{ cursor: string; node: Item }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The documented rank, recomputed from what the answer shows: each word's occurrences, a title's counting three times a summary's. */
function rank(item: Item, search: string): number {
  const terms = [...new Set(searchWords(search))];
  const count = (text: string, term: string) => searchWords(text).filter((word) => word === term).length;
  return terms.reduce((sum, term) => sum + TITLE_WEIGHT * count(item.title, term) + count(item.summary, term), 0);
}

const SEARCHES = ["reablement hospital", "peer challenge", "safeguarding", "learning", "personal budgets", "partnership working"];

describe("the good practice library on SQLite and MariaDB", () => {
  const graphs: Partial<Record<"sqlite" | "mysql", RunningGraph>> = {};
  const kinds = ["sqlite", "mysql"] as const;
  const each = async <T>(work: (graph: RunningGraph, kind: "sqlite" | "mysql") => Promise<T>): Promise<Record<"sqlite" | "mysql", T>> => {
    const answers = {} as Record<"sqlite" | "mysql", T>;
    for (const kind of kinds) answers[kind] = await work(graphs[kind]!, kind);
    return answers;
  };

  beforeAll(async () => {
    graphs.sqlite = await startGraph("sqlite");
    graphs.mysql = await startGraph("mysql");
  }, 300_000);
  afterAll(async () => {
    for (const graph of Object.values(graphs)) await graph?.stop();
  }, 120_000);

  it("finds seeded items of all three boards, ranked by the documented rule, the same on both databases", async () => {
    for (const search of SEARCHES) {
      const answers = await each(async (graph) => {
        const { data, errors } = await graph.query<{ goodPractice: Page }>(PAGE(`search: ${JSON.stringify(search)}, first: 100`));
        expect(errors).toBeUndefined();
        return data!.goodPractice;
      });
      // The same items, in the same order, with the same cursors.
      expect(answers.mysql).toEqual(answers.sqlite);
      const items = answers.sqlite.edges.map((edge) => edge.node);
      expect({ search, found: items.length > 0 }).toEqual({ search, found: true });
      const ranks = items.map((item) => rank(item, search));
      // Every item holds every word; ranked by the rule, then newest id first.
      for (const [index, item] of items.entries()) {
        expect({ search, id: item.id, rank: ranks[index]! > 0 }).toEqual({ search, id: item.id, rank: true });
        if (index > 0) {
          const before = items[index - 1]!;
          const ordered = ranks[index - 1]! > ranks[index]! || (ranks[index - 1] === ranks[index] && Number(before.id) > Number(item.id));
          expect({ search, pair: [before.id, item.id], ordered }).toEqual({ search, pair: [before.id, item.id], ordered: true });
        }
      }
    }
    // Across the searches, learning from every board.
    const { data } = await graphs.sqlite!.query<{ a: Page; b: Page; c: Page }>(
      `{ a: goodPractice(search: "reablement") { edges { node { board } } } b: goodPractice(search: "safeguarding") { edges { node { board } } }
         c: goodPractice(search: "learning tool") { edges { node { board provenance citation } } } }`,
    );
    const boards = new Set([...data!.a.edges, ...data!.b.edges, ...data!.c.edges].map((edge) => edge.node.board));
    expect([...boards].sort()).toEqual(["ADULTS", "CHILDREN", "CORPORATE"]);
    // What the seed document itself states, cited.
    expect(data!.c.edges[0]!.node).toMatchObject({ board: "CORPORATE", provenance: "REFERENCE", citation: expect.stringContaining("useful learning tool") });
  }, 120_000);

  it("pages by cursor the same on both databases, neither repeating nor skipping an item", async () => {
    const pages = await each(async (graph) => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const answer: { data?: { goodPractice: Page } | null; errors?: unknown } = await graph.query<{ goodPractice: Page }>(
          PAGE(`search: "peer challenge", first: 3${after ? `, after: ${JSON.stringify(after)}` : ""}`, "id"),
        );
        expect(answer.errors).toBeUndefined();
        seen.push(...answer.data!.goodPractice.edges.map((edge) => edge.node.id));
        after = answer.data!.goodPractice.pageInfo.hasNextPage ? answer.data!.goodPractice.pageInfo.endCursor : null;
      } while (after);
      const whole = await graph.query<{ goodPractice: Page }>(PAGE(`search: "peer challenge", first: 100`, "id"));
      return { seen, whole: whole.data!.goodPractice.edges.map((edge) => edge.node.id) };
    });
    expect(pages.sqlite.seen).toEqual(pages.sqlite.whole);
    expect(pages.mysql).toEqual(pages.sqlite);
    // A cursor of another search is not this one's.
    const other = await graphs.sqlite!.query<{ goodPractice: Page }>(PAGE(`search: "safeguarding", first: 1`, "id"));
    const refused = await graphs.sqlite!.query(PAGE(`search: "peer challenge", after: ${JSON.stringify(other.data!.goodPractice.pageInfo.endCursor)}`, "id"));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  }, 120_000);

  it("resolves every item's source to its board's record of the same council, in one query through the gateway", async () => {
    for (const kind of kinds) {
      const token = await graphs[kind]!.token({ sub: "lga", roles: ["LGA_OFFICER"] });
      const { data, errors } = await graphs[kind]!.query<{ goodPractice: Page }>(PAGE("first: 100", `id board status council { code } ${SOURCE}`), {}, token);
      expect(errors).toBeUndefined();
      const items = data!.goodPractice.edges.map((edge) => edge.node);
      expect(items.length).toBeGreaterThan(20);
      const expectedType: Record<string, string[]> = {
        CORPORATE: ["CorporatePeerChallenge"],
        CHILDREN: ["ChildrensPeerChallenge", "SafeguardingPeerReview"],
        ADULTS: ["AdultsSignOff", "LocalAccount"],
      };
      const problems: string[] = [];
      for (const item of items) {
        if (!item.council) {
          if (item.source !== null) problems.push(`${kind} ${item.id}: a source without a council`);
          continue;
        }
        const source = item.source;
        const sourceCouncil = source?.council?.code ?? source?.councilCode;
        if (!source || !expectedType[item.board]!.includes(source.__typename) || sourceCouncil !== item.council.code) {
          problems.push(`${kind} ${item.id} (${item.board}, ${item.council.code}): ${JSON.stringify(source)}`);
        }
      }
      expect(problems).toEqual([]);
      // Every kind of source is there.
      expect(new Set(items.map((item) => item.source?.__typename).filter(Boolean)).size).toBe(5);
    }
  }, 120_000);

  it("shows an anonymous caller published items only; drafts to the board that shared them, the council and the LGA", async () => {
    for (const kind of kinds) {
      const graph = graphs[kind]!;
      const statuses = async (token?: string, query = PAGE("first: 100", "id status")) => {
        const { data, errors } = await graph.query<{ goodPractice: Page }>(query, {}, token);
        expect(errors).toBeUndefined();
        return data!.goodPractice.edges.map((edge) => edge.node.status);
      };
      expect(await statuses()).not.toContain("DRAFT");
      expect(await statuses()).toContain("PUBLISHED");
      const as = (claims: Record<string, unknown>) => graph.token({ sub: "reader", roles: [], ...claims } as never);
      // Bolton's safeguarding peer review: a CIB draft.
      expect(await statuses(await as({ roles: ["LGA_OFFICER"] }))).toContain("DRAFT");
      expect(await statuses(await as({ roles: ["CIB_OFFICER"] }))).toContain("DRAFT");
      expect(await statuses(await as({ roles: ["TEASC_OFFICER"] }))).not.toContain("DRAFT");
      expect(await statuses(await as({ roles: ["ANALYST"] }))).not.toContain("DRAFT");
      expect(await statuses(await as({ roles: ["COUNCIL_OFFICER"], council: "E08000001" }))).toContain("DRAFT");
      expect(await statuses(await as({ roles: ["COUNCIL_OFFICER"], council: "E06000052" }))).not.toContain("DRAFT");
      expect(await statuses(await as({ roles: ["PRINCIPAL_ADVISER"], regions: ["E12000002"] }))).toContain("DRAFT");
      // Council.goodPractice, the same rule.
      const bolton = `{ council(code: "E08000001") { goodPractice { edges { node { status title } } } } }`;
      const anonymous = await graph.query<{ council: { goodPractice: Page } }>(bolton);
      expect(anonymous.errors).toBeUndefined();
      const publicOnes = anonymous.data!.council.goodPractice.edges.map((edge) => edge.node.status);
      expect(publicOnes.length).toBeGreaterThan(0);
      expect(publicOnes).not.toContain("DRAFT");
      const cib = await graph.query<{ council: { goodPractice: Page } }>(bolton, {}, await as({ roles: ["CIB_OFFICER"] }));
      const cibOnes = cib.data!.council.goodPractice.edges.map((edge) => edge.node.status);
      expect(cibOnes.filter((status) => status === "DRAFT")).toHaveLength(1);
      expect(cibOnes).toHaveLength(publicOnes.length + 1);
    }
  }, 120_000);

  it("lets each board share learning from its own records, and publish it through the lifecycle", async () => {
    const graph = graphs.mysql!;
    const cib = await graph.token({ sub: "cib-officer", roles: ["CIB_OFFICER"] });
    const teasc = await graph.token({ sub: "teasc-officer", roles: ["TEASC_OFFICER"] });
    const share = (input: Record<string, unknown>, token?: string) =>
      graph.query<{ shareLearning: Item }>(
        `mutation ($input: ShareLearningInput!) { shareLearning(input: $input) { id status board ${SOURCE} } }`,
        { input },
        token,
      );
    const input = {
      council: "E06000016",
      board: "CHILDREN",
      theme: "PEER_CHALLENGE",
      title: "Triads with a shared improvement plan",
      summary: "Leicester and its triad partners wrote one improvement plan from their peer challenges, with quarterly zebrafish check-ins.",
      source: { kind: "CHILDRENS_PEER_CHALLENGE", id: "15" },
    };
    expect((await share(input)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await share(input, teasc)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const mismatch = await share({ ...input, source: { kind: "LOCAL_ACCOUNT", id: "82" } }, cib);
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.source.kind" });
    const shared = await share(input, cib);
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareLearning).toMatchObject({ status: "DRAFT", board: "CHILDREN", source: { __typename: "ChildrensPeerChallenge", id: "15", council: { code: "E06000016" } } });
    const id = shared.data!.shareLearning.id;
    const find = async (token?: string) =>
      (await graph.query<{ goodPractice: Page }>(PAGE(`search: "zebrafish"`, "id status"), {}, token)).data!.goodPractice.edges.map((edge) => edge.node);
    // A draft: not in the public library; the CIB sees it.
    expect(await find()).toEqual([]);
    expect(await find(cib)).toEqual([{ id, status: "DRAFT" }]);
    const publish = (token?: string) =>
      graph.query<{ publishLearning: Item }>(`mutation ($input: PublishLearningInput!) { publishLearning(input: $input) { id status } }`, { input: { id } }, token);
    // TEASC may not read the CIB's draft: for them it does not exist.
    expect((await publish(teasc)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await publish(cib)).data!.publishLearning).toEqual({ id, status: "PUBLISHED" });
    const again = await publish(cib);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", current: "PUBLISHED", requested: "PUBLISHED", allowed: [] });
    expect(await find()).toEqual([{ id, status: "PUBLISHED" }]);
  }, 120_000);

  it("refuses a search with no searchable word, and a malformed region", async () => {
    const graph = graphs.sqlite!;
    expect((await graph.query(PAGE(`search: "the of a"`, "id"))).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "search" });
    expect((await graph.query(PAGE(`region: "X"`, "id"))).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "region" });
    const region = await graph.query<{ goodPractice: Page }>(PAGE(`region: "E12000002", first: 100`, "id council { code region { code } }"));
    expect(region.errors).toBeUndefined();
    expect(region.data!.goodPractice.edges.length).toBeGreaterThan(0);
    expect(new Set(region.data!.goodPractice.edges.map((edge) => (edge.node.council as any).region.code))).toEqual(new Set(["E12000002"]));
  }, 120_000);

  it("runs a constant number of SQL statements per request, whatever the number of items", async () => {
    const counts: Record<string, Record<string, number>> = {};
    for (const kind of kinds) {
      const graph = graphs[kind]!;
      const statements = () =>
        Object.fromEntries((["corporate", "children", "adults"] as const).map((board) => [board, graph.subgraphs[board].database.statements.total]));
      for (const first of [2, 5, 20, 100]) {
        const before = statements();
        const { data, errors } = await graph.query<{ goodPractice: Page }>(PAGE(`first: ${first}`, `id title council { code name } ${SOURCE}`));
        expect(errors).toBeUndefined();
        const after = statements();
        const spent = Object.fromEntries(Object.keys(after).map((board) => [board, after[board]! - before[board]!]));
        counts[`${kind} first ${first} (${data!.goodPractice.edges.length} items)`] = spent;
      }
    }
    // Printed for the report: statements per board per request.
    console.log(JSON.stringify(counts, null, 1));
    const values = Object.values(counts);
    const largest = values.reduce((max, spent) => Object.fromEntries(Object.keys(spent).map((board) => [board, Math.max(max[board] ?? 0, spent[board]!)])), {} as Record<string, number>);
    // The page, the councils, the corporate sources; one statement per kind of source in each other board.
    expect(largest.corporate).toBeLessThanOrEqual(3);
    expect(largest.children).toBeLessThanOrEqual(4);
    expect(largest.adults).toBeLessThanOrEqual(4);
  }, 120_000);
});
