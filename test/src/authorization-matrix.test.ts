import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  getNamedType,
  type IntrospectionQuery,
} from "graphql";
import { type TokenClaims } from "@sli/shared";
import { refusedTokens } from "@sli/shared/testing";
import { type RunningGraph, startGraph } from "./graph";

/**
 * Who may see and change what, cell by cell: every kind of caller × every
 * mutation and every confidential field, through the gateway and straight to
 * the subgraph that owns it. Each cell asserts the exact outcome: refused as
 * UNAUTHENTICATED, refused as FORBIDDEN, or let through (the answer may still
 * be a domain error about the made-up arguments, but never an access refusal).
 */

type Outcome = "UNAUTHENTICATED" | "FORBIDDEN" | "allowed";
type Board = "corporate" | "children" | "adults";

const CORNWALL = "E06000052"; // South West, E12000009
const SOUTH_WEST = "E12000009";

/** The callers: no token, refused tokens, every role, and partner systems with each scope. */
const CALLERS: Record<string, TokenClaims | "none" | "expired" | "wrongKey" | "malformed"> = {
  "no token": "none",
  "an expired token": "expired",
  "a token signed with another key": "wrongKey",
  "a malformed token": "malformed",
  "principal adviser for the council's region": { sub: "pa-sw", roles: ["PRINCIPAL_ADVISER"], regions: [SOUTH_WEST] },
  "principal adviser for another region": { sub: "pa-ne", roles: ["PRINCIPAL_ADVISER"], regions: ["E12000001"] },
  "LGA officer": { sub: "lga", roles: ["LGA_OFFICER"] },
  "CIB officer": { sub: "cib", roles: ["CIB_OFFICER"] },
  "TEASC officer": { sub: "teasc", roles: ["TEASC_OFFICER"] },
  "board member": { sub: "board", roles: ["BOARD_MEMBER"] },
  "officer of the council": { sub: "cornwall", roles: ["COUNCIL_OFFICER"], council: CORNWALL },
  "officer of another council": { sub: "tyneside", roles: ["COUNCIL_OFFICER"], council: "E08000023" },
  analyst: { sub: "analyst", roles: ["ANALYST"] },
  "partner with corporate:write": { sub: "p-corp", roles: ["PARTNER_SYSTEM"], scopes: ["corporate:write"] },
  "partner with children:write": { sub: "p-child", roles: ["PARTNER_SYSTEM"], scopes: ["children:write"] },
  "partner with adults:write": { sub: "p-adult", roles: ["PARTNER_SYSTEM"], scopes: ["adults:write"] },
  "partner with intelligence:read": { sub: "p-iread", roles: ["PARTNER_SYSTEM"], scopes: ["intelligence:read"] },
  "partner with intelligence:write": { sub: "p-iwrite", roles: ["PARTNER_SYSTEM"], scopes: ["intelligence:write"] },
};
const REFUSED_TOKENS = new Set(["no token", "an expired token", "a token signed with another key", "a malformed token"]);

const CONCERN_MUTATIONS = new Set([
  "raiseConcern",
  "addConcernEvidence",
  "recordConcernContact",
  "recordCouncilAwareness",
  "changeConcernSeverity",
  "shareConcern",
  "resolveConcern",
  "withdrawConcern",
  "recordSupportEngagement",
  "agreeSupportEngagement",
  "concludeSupportEngagement",
]);
/** Who saves a scorecard for themselves: any signed-in analyst or officer (not board members, not partner systems). */
const SCORECARD_SAVERS = [
  "principal adviser for the council's region",
  "principal adviser for another region",
  "LGA officer",
  "CIB officer",
  "TEASC officer",
  "officer of the council",
  "officer of another council",
  "analyst",
];
const BOARD_WRITERS = ["LGA officer", "partner with corporate:write", "CIB officer", "partner with children:write", "TEASC officer", "partner with adults:write"];
const LOCAL_ACCOUNT_MUTATIONS = new Set(["createLocalAccount", "updateLocalAccountDraft", "publishLocalAccount", "correctLocalAccount"]);
const SUPPORT_MOVES = new Set(["agreeSupport", "startSupport", "completeSupport", "declineSupport"]);
/** Who provides each board's support, besides the LGA central team and the region's principal adviser. */
const SUPPORT_PROVIDERS: Record<string, string[]> = {
  CORPORATE: ["partner with corporate:write"],
  CHILDREN: ["CIB officer", "partner with children:write"],
  ADULTS: ["TEASC officer", "partner with adults:write"],
};
/** Who reads a council's support records: the council, its adviser, the LGA, the boards' officers and write scopes. */
const SUPPORT_READERS = ["LGA officer", "CIB officer", "TEASC officer", "partner with corporate:write", "partner with children:write", "partner with adults:write"];

/** Whose records the made-up ids point at: row-level rules judge by them. */
interface Owners {
  /** The region of concern 1's council. */
  concernRegion: string;
  /** The council of local account 1. */
  localAccountCouncil: string;
  /** The board that shared good practice item 1. */
  goodPracticeBoard: "CORPORATE" | "CHILDREN" | "ADULTS";
  /** The board and region of support record 1. */
  supportBoard: string;
  supportRegion: string;
}

/** The contract's rule for a mutation, read as: which callers get past the access checks, role and row. */
function mayWrite(caller: string, board: Board, mutation: string, owners: Owners): boolean {
  if (CONCERN_MUTATIONS.has(mutation)) {
    // Principal advisers act for their own regions' councils: Cornwall's for raiseConcern, concern 1's for the rest.
    const region = mutation === "raiseConcern" ? SOUTH_WEST : owners.concernRegion;
    const adviserRegion = (CALLERS[caller] as TokenClaims).regions?.[0];
    if (caller.startsWith("principal adviser")) return adviserRegion === region;
    return ["LGA officer", "partner with intelligence:write"].includes(caller);
  }
  const adviserOf = (region: string) => caller.startsWith("principal adviser") && (CALLERS[caller] as TokenClaims).regions?.[0] === region;
  // A council asks for support for itself; the LGA, the region's adviser or the board (the literal's CORPORATE) offers it.
  if (mutation === "requestSupport") return caller === "officer of the council";
  if (mutation === "offerSupport") return adviserOf(SOUTH_WEST) || ["LGA officer", ...SUPPORT_PROVIDERS.CORPORATE!].includes(caller);
  // Support record 1 is no open offer: only its providers move it.
  if (SUPPORT_MOVES.has(mutation)) return adviserOf(owners.supportRegion) || ["LGA officer", ...SUPPORT_PROVIDERS[owners.supportBoard]!].includes(caller);
  if (mutation === "saveScorecard") return SCORECARD_SAVERS.includes(caller);
  if (mutation === "shareScorecard") return caller === "LGA officer";
  // Every board's writers get past the role check; the made-up metric does not exist, so no board refuses it (performance-boards.test.ts does).
  if (mutation === "recordMetricValues") return BOARD_WRITERS.includes(caller);
  if (mutation === "publishLearning") {
    // The board that shared the item (item 1's), or the LGA central team that runs the library.
    const sharers = { CORPORATE: [], CHILDREN: ["CIB officer", "partner with children:write"], ADULTS: ["TEASC officer", "partner with adults:write"] }[owners.goodPracticeBoard];
    return ["LGA officer", "partner with corporate:write", ...sharers].includes(caller);
  }
  // shareLearning's made-up board is the first, CORPORATE: the LGA's writers share its learning.
  if (board === "corporate") return ["LGA officer", "partner with corporate:write"].includes(caller);
  if (board === "children") return ["CIB officer", "partner with children:write"].includes(caller);
  if (LOCAL_ACCOUNT_MUTATIONS.has(mutation)) {
    // Council officers write their own council's account: Cornwall's for createLocalAccount, account 1's council for the rest.
    const council = mutation === "createLocalAccount" ? CORNWALL : owners.localAccountCouncil;
    if (caller === "officer of the council") return council === CORNWALL;
    if (caller === "officer of another council") return council === "E08000023";
    return ["TEASC officer", "partner with adults:write"].includes(caller);
  }
  return ["TEASC officer", "partner with adults:write"].includes(caller);
}

/** A made-up but well-formed value for an argument, aimed at Cornwall so row-level rules have a real record to judge. */
function literal(type: GraphQLInputType, name: string, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, name, depth);
  if (isListType(type)) return `[${literal(type.ofType, name, depth)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    if (depth > 4) return "{}";
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${fields.map((field) => `${field.name}: ${literal(field.type, field.name, depth + 1)}`).join(", ")} }`;
  }
  if (isScalarType(type)) {
    if (type.name === "Int") return /year$/i.test(name) ? "2012" : "1";
    if (type.name === "Float") return "1.5";
    if (type.name === "Boolean") return "false";
    if (type.name === "LocalDate") return `"2012-06-01"`;
    if (type.name === "DateTime") return `"2012-06-01T09:00:00Z"`;
    if (/council/i.test(name)) return `"${CORNWALL}"`;
    if (/region/i.test(name)) return `"${SOUTH_WEST}"`;
    if (/financialYear/i.test(name)) return `"2012/13"`;
    if (/(On|Date|date|From|Until|since)$/.test(name)) return `"2012-06-01"`;
    return type.name === "ID" ? `"1"` : `"x"`;
  }
  return `"x"`;
}

function mutationDocument(schema: GraphQLSchema, name: string): string {
  const field = schema.getMutationType()!.getFields()[name];
  const args = field.args
    .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
    .map((arg) => `${arg.name}: ${literal(arg.type, arg.name)}`);
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  return `mutation { ${name}${args.length ? `(${args.join(", ")})` : ""}${selection} }`;
}

function outcomeOf(answer: { errors?: Array<{ extensions?: { code?: string } }> }): Outcome {
  const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes("UNAUTHENTICATED")) return "UNAUTHENTICATED";
  if (codes.includes("FORBIDDEN")) return "FORBIDDEN";
  return "allowed";
}

describe.each(["sqlite", "mysql"] as const)("the authorization matrix on %s", (kind) => {
  let graph: RunningGraph;
  let tokens: Record<string, string | undefined>;
  let subgraphSchemas: Record<Board, GraphQLSchema>;
  let owners: Owners;

  const post = async (url: string, query: string, token: string | undefined) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  };

  beforeAll(async () => {
    graph = await startGraph(kind);
    const refused = await refusedTokens(graph.config);
    tokens = {};
    for (const [caller, claims] of Object.entries(CALLERS)) {
      tokens[caller] = claims === "none" ? undefined : typeof claims === "string" ? refused[claims] : await graph.token(claims);
    }
    const introspect = async (url: string) => buildClientSchema(((await post(url, getIntrospectionQuery(), undefined)).data as IntrospectionQuery));
    const concern = await post(graph.url, `{ concern(id: "1") { council { region { code } } } }`, tokens["LGA officer"]);
    const account = await post(graph.url, `{ localAccount(id: "1") { council { code } } }`, tokens["TEASC officer"]);
    const library = await post(graph.url, `{ goodPractice(first: 100) { edges { node { id board } } } }`, tokens["LGA officer"]);
    const support = await post(graph.url, `{ councils { support { id board status council { region { code } } } } }`, tokens["LGA officer"]);
    const first = support.data.councils.flatMap((council: any) => council.support ?? []).find((record: any) => record.id === "1");
    expect(first.status).not.toBe("OFFERED");
    owners = {
      concernRegion: concern.data.concern.council.region.code,
      localAccountCouncil: account.data.localAccount.council.code,
      goodPracticeBoard: library.data.goodPractice.edges.find((edge: { node: { id: string } }) => edge.node.id === "1").node.board,
      supportBoard: first.board,
      supportRegion: first.council.region.code,
    };
    subgraphSchemas = {
      corporate: await introspect(graph.subgraphUrls.corporate),
      children: await introspect(graph.subgraphUrls.children),
      adults: await introspect(graph.subgraphUrls.adults),
    };
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("covers every mutation of every board", () => {
    const total = Object.values(subgraphSchemas).reduce((sum, schema) => sum + Object.keys(schema.getMutationType()?.getFields() ?? {}).length, 0);
    expect(total).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.keys(CALLERS))("refuses or lets through each mutation exactly as the contract says, for %s", async (caller) => {
    const mismatches: string[] = [];
    for (const board of ["corporate", "children", "adults"] as const) {
      const schema = subgraphSchemas[board];
      for (const mutation of Object.keys(schema.getMutationType()?.getFields() ?? {})) {
        const document = mutationDocument(schema, mutation);
        const expected: Outcome = REFUSED_TOKENS.has(caller) ? "UNAUTHENTICATED" : mayWrite(caller, board, mutation, owners) ? "allowed" : "FORBIDDEN";
        for (const [route, url] of [["gateway", graph.url], [board, graph.subgraphUrls[board]]] as const) {
          const answer = await post(url, document, tokens[caller]);
          const actual = outcomeOf(answer);
          if (actual !== expected) mismatches.push(`${mutation} via ${route}: expected ${expected}, got ${actual} (${answer.errors?.[0]?.message ?? "no error"})`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  const concernReaders = (caller: string): Outcome =>
    REFUSED_TOKENS.has(caller)
      ? "UNAUTHENTICATED"
      : ["LGA officer", "principal adviser for the council's region", "officer of the council", "partner with intelligence:read"].includes(caller)
        ? "allowed"
        : "FORBIDDEN";
  const CONFIDENTIAL: Array<[string, string, (caller: string) => Outcome]> = [
    ["Council.concerns", `{ council(code: "${CORNWALL}") { name concerns { id summary severity evidence { description } contacts { level } } } }`, concernReaders],
    // The paged concerns: the same readers, and the wrapper says nothing (not even whether there is a page) to anyone else.
    [
      "Council.concernsConnection",
      `{ council(code: "${CORNWALL}") { name concernsConnection(first: 2) { edges { cursor node { id summary evidence { description } } } pageInfo { hasNextPage endCursor } } } }`,
      concernReaders,
    ],
    [
      "concernCounts",
      "{ concernCounts { severity count } }",
      (caller) =>
        REFUSED_TOKENS.has(caller)
          ? "UNAUTHENTICATED"
          : ["board member", "LGA officer", "principal adviser for the council's region", "principal adviser for another region", "partner with intelligence:read"].includes(caller)
            ? "allowed"
            : "FORBIDDEN",
    ],
    [
      "Council.support",
      `{ council(code: "${CORNWALL}") { name support { id need status } } }`,
      (caller) =>
        REFUSED_TOKENS.has(caller)
          ? "UNAUTHENTICATED"
          : [...SUPPORT_READERS, "principal adviser for the council's region", "officer of the council"].includes(caller)
            ? "allowed"
            : "FORBIDDEN",
    ],
    [
      "Region.supportInPlace.records",
      `{ region(code: "${SOUTH_WEST}") { supportInPlace { total records { id need } } } }`,
      (caller) =>
        REFUSED_TOKENS.has(caller) ? "UNAUTHENTICATED" : [...SUPPORT_READERS, "principal adviser for the council's region"].includes(caller) ? "allowed" : "FORBIDDEN",
    ],
    ...(["corporate", "children", "adults"] as const).map(
      (board): [string, string, (caller: string) => Outcome] => [
        `${board}AuditTrail`,
        `{ ${board}AuditTrail(first: 5) { edges { node { id subject operation } } } }`,
        (caller) => (REFUSED_TOKENS.has(caller) ? "UNAUTHENTICATED" : caller === "LGA officer" ? "allowed" : "FORBIDDEN"),
      ],
    ),
  ];

  it.each(CONFIDENTIAL.map(([name]) => name))("guards %s for every caller, through the gateway and straight to the subgraph", async (name) => {
    const [, query, expectedFor] = CONFIDENTIAL.find(([each]) => each === name)!;
    const owner: Board = name.startsWith("children") ? "children" : name.startsWith("adults") ? "adults" : "corporate";
    const mismatches: string[] = [];
    for (const caller of Object.keys(CALLERS)) {
      for (const [route, url] of [["gateway", graph.url], [owner, graph.subgraphUrls[owner]]] as const) {
        const answer = await post(url, query, tokens[caller]);
        const actual = outcomeOf(answer);
        const expected = expectedFor(caller);
        if (actual !== expected) mismatches.push(`${caller} via ${route}: expected ${expected}, got ${actual} (${answer.errors?.[0]?.message ?? "no error"})`);
        // A refused confidential field leaves the rest of the answer intact.
        if (name.startsWith("Council.concerns") && !REFUSED_TOKENS.has(caller)) {
          const field = name.slice("Council.".length);
          if (answer.data?.council?.name !== "Cornwall") mismatches.push(`${caller} via ${route}: the rest of the answer was lost`);
          if (actual !== "allowed" && answer.data?.council?.[field] !== null) mismatches.push(`${caller} via ${route}: ${field} was not null`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("shows a partner only the concerns whose council has been made aware", async () => {
    const everything = await post(graph.url, "{ councils { code concerns { id councilAwareOn } } }", tokens["LGA officer"]);
    const partner = await post(graph.url, "{ councils { code concerns { id councilAwareOn } } }", tokens["partner with intelligence:read"]);
    const all = everything.data.councils.flatMap((council: any) => council.concerns ?? []);
    const shown = partner.data.councils.flatMap((council: any) => council.concerns ?? []);
    expect(all.some((concern: any) => concern.councilAwareOn === null)).toBe(true);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((concern: any) => concern.councilAwareOn !== null)).toBe(true);
    expect(shown.length).toBe(all.filter((concern: any) => concern.councilAwareOn !== null).length);
  });

  it("tells each caller who they are and what they may do", async () => {
    const me = async (caller: string) =>
      (await post(graph.url, "{ me { authenticated subject roles regions council scopes may { writeBoards readConcernsInRegions readConcernCounts publishLocalAccountOf readAuditTrail } } }", tokens[caller])).data.me;
    expect(await me("no token")).toMatchObject({ authenticated: false, roles: [], may: { writeBoards: [], readConcernCounts: false } });
    expect(await me("principal adviser for the council's region")).toMatchObject({
      authenticated: true,
      subject: "pa-sw",
      roles: ["PRINCIPAL_ADVISER"],
      regions: [SOUTH_WEST],
      may: { writeBoards: [], readConcernsInRegions: [SOUTH_WEST], readConcernCounts: true, readAuditTrail: false },
    });
    expect((await me("partner with children:write")).may.writeBoards).toEqual(["children"]);
    expect((await me("officer of the council")).may.publishLocalAccountOf).toBe(CORNWALL);
    expect((await me("LGA officer")).may).toMatchObject({ writeBoards: ["corporate"], readAuditTrail: true });
  });

  it("keeps an audit trail of every write: who, when, what", async () => {
    const token = tokens["CIB officer"];
    const write = await post(graph.url, `mutation { recordChildrensSupportLevel(input: { council: "${CORNWALL}", level: EARLY_SUPPORT, decidedOn: "2012-07-01", reason: "Audit test" }) { __typename } }`, token);
    const trail = await post(graph.url, "{ childrenAuditTrail(first: 1) { edges { node { subject operation changes at credentials } } } }", tokens["LGA officer"]);
    expect(write.errors).toBeUndefined();
    expect(trail.data.childrenAuditTrail.edges[0].node).toMatchObject({ subject: "cib", operation: "recordChildrensSupportLevel", credentials: ["CIB_OFFICER"] });
    expect(JSON.parse(trail.data.childrenAuditTrail.edges[0].node.changes)).toMatchObject({ input: { council: CORNWALL } });
  });
});
