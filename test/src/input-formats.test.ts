import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type IntrospectionQuery,
} from "graphql";
import { type TokenClaims, unboundedTextInputs } from "@sli/shared";
import { type RunningGraph, startGraph } from "./graph";

/**
 * Bad input is a clear error on both databases. Generated from the subgraphs'
 * own schemas: every mutation × every string and list in its arguments (fields
 * of input objects and list items included) × {far too long, one over its
 * limit, a NUL, a lone surrogate} for strings and {10,000 items} for lists.
 * Each must be BAD_USER_INPUT naming that argument, never INTERNAL_SERVER_ERROR,
 * and no table (audit trail included) may gain a row. The baseline values are
 * well-typed, not valid for the domain: the point is the input path.
 */

type Board = "corporate" | "children" | "adults";
const BOARDS: Board[] = ["corporate", "children", "adults"];

/** Every write of every board: so no access rule hides the input path. */
const WRITER: TokenClaims = {
  sub: "fuzz",
  name: "Input fuzzer",
  // A council officer too: a council asks for support only for itself.
  roles: ["LGA_OFFICER", "CIB_OFFICER", "TEASC_OFFICER", "PARTNER_SYSTEM", "COUNCIL_OFFICER"],
  council: "E06000052",
  scopes: ["corporate:write", "children:write", "adults:write", "intelligence:write"],
};

type Value = null | boolean | number | string | Value[] | { [field: string]: Value };
type Path = Array<string | number>;

/** A well-typed value: every field of an input object (nullable ones too, so each can be varied), one item per list. */
function baseline(type: GraphQLInputType, full = true, depth = 0): Value {
  if (isNonNullType(type)) return baseline(type.ofType, full, depth);
  if (isListType(type)) return [baseline(type.ofType, full, depth)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => (full || isNonNullType(field.type)) && depth < 5);
    return Object.fromEntries(fields.map((field) => [field.name, baseline(field.type, full, depth + 1)]));
  }
  if (isScalarType(type)) {
    if (type.name === "Int") return 1;
    if (type.name === "Float") return 1.5;
    if (type.name === "Boolean") return false;
    // The date scalars: a plausible value, so that only the argument under test is wrong.
    if (type.name === "LocalDate") return "2012-06-01";
    if (type.name === "DateTime") return "2012-06-01T12:00:00Z";
    return type.name === "ID" ? "1" : "x";
  }
  return null;
}

interface Slot {
  path: Path;
  kind: "string" | "list";
  /** For a list: one small item, so 10,000 of them stay inside the subgraph's 1 MB body limit. */
  item?: Value;
}

/** Every string and list in an argument's value, with its path. */
function slots(type: GraphQLInputType, path: Path, depth = 0): Slot[] {
  if (isNonNullType(type)) return slots(type.ofType, path, depth);
  if (isListType(type)) return [{ path, kind: "list", item: baseline(type.ofType, false) }, ...slots(type.ofType, [...path, 0], depth)];
  if (isInputObjectType(type)) {
    if (depth >= 5) return [];
    return Object.values(type.getFields()).flatMap((field) => slots(field.type, [...path, field.name], depth + 1));
  }
  if (isScalarType(type) && (type.name === "String" || type.name === "ID")) return [{ path, kind: "string" }];
  return [];
}

/** How the toolkit names an argument's path: `input.evidence[0].description`. */
const argumentName = (path: Path) => path.map((step, i) => (typeof step === "number" ? `[${step}]` : i ? `.${step}` : step)).join("");

function setAt(values: Record<string, Value>, path: Path, value: Value): Record<string, Value> {
  const copy = structuredClone(values);
  let at: any = copy;
  for (const step of path.slice(0, -1)) at = at[step];
  at[path.at(-1)!] = value;
  return copy;
}

interface Case {
  board: Board;
  mutation: string;
  document: string;
  variables: Record<string, Value>;
  argument: string;
  what: string;
  /** Too long: a list kept in one column may be named instead of its item. */
  tooLong?: boolean;
  /** For "one over": the limit comes from the far-too-long answer. */
  oneOver?: Path;
}

const HUGE = "x".repeat(70_000);

function casesOf(board: Board, schema: GraphQLSchema): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const args: readonly GraphQLArgument[] = field.args;
    const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
    const document = `mutation Fuzz${args.length ? `(${args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ")})` : ""} { ${field.name}${
      args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(", ")})` : ""
    }${selection} }`;
    const base = Object.fromEntries(args.map((arg) => [arg.name, baseline(arg.type)]));
    for (const arg of args) {
      for (const slot of slots(arg.type, [arg.name])) {
        const argument = argumentName(slot.path);
        const vary = (what: string, value: Value, extra: Partial<Case> = {}) =>
          cases.push({ board, mutation: field.name, document, variables: setAt(base, slot.path, value), argument, what, ...extra });
        if (slot.kind === "list") {
          vary("10,000 items", Array.from({ length: 10_000 }, () => structuredClone(slot.item!)));
        } else {
          vary("70,000 characters", HUGE, { tooLong: true, oneOver: slot.path });
          vary("a NUL", "before\u0000after");
          vary("a lone surrogate", "before\uD800after");
        }
      }
    }
  }
  return cases;
}

type Answer = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

async function inParallel<T, R>(items: T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index]);
      }
    }),
  );
  return results;
}

describe.each(["sqlite", "mysql"] as const)("bad input on %s", (kind) => {
  let graph: RunningGraph;
  let token: string;
  const schemas = {} as Record<Board, GraphQLSchema>;

  const post = async (url: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Answer;
    } catch {
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}`, extensions: { code: `HTTP_${response.status}` } }] };
    }
  };

  /** Rows in every table of every board, the audit trail included. */
  const rowCounts = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const board of BOARDS) {
      const { dataSource } = graph.subgraphs[board].database;
      for (const table of new Set(dataSource.entityMetadatas.map((entity) => entity.tableName))) {
        const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${dataSource.driver.escape(table)}`);
        counts[`${board}.${table}`] = Number(row.n);
      }
    }
    return counts;
  };

  beforeAll(async () => {
    graph = await startGraph(kind);
    token = await graph.token(WRITER);
    for (const board of BOARDS) {
      schemas[board] = buildClientSchema((await post(graph.subgraphUrls[board], getIntrospectionQuery())).data as unknown as IntrospectionQuery);
    }
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("bounds every text argument and input field of every mutation by a column", () => {
    for (const board of BOARDS) expect(unboundedTextInputs(schemas[board])).toEqual([]);
  });

  it("answers every over-long, NUL, lone-surrogate and 10,000-item argument BAD_USER_INPUT naming it, and stores nothing", async () => {
    const cases = BOARDS.flatMap((board) => casesOf(board, schemas[board]));
    const mutations = new Set(cases.map((each) => `${each.board}.${each.mutation}`));
    expect(mutations.size).toBeGreaterThanOrEqual(45);
    const before = await rowCounts();
    const wrong: string[] = [];
    const judge = (each: Case, what: string, answer: Answer) => {
      const error = answer.errors?.[0];
      const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
      // A list kept in one column (JSON, or one item a line) is measured whole: its length error names the list.
      const named = error?.extensions?.argument;
      const namesIt = named === each.argument || (each.tooLong === true && each.argument.startsWith(`${String(named)}[`));
      // A list so long that its request is over the subgraph's body limit is refused before GraphQL: as clear, and nothing stored.
      const bodyRefused = what === "10,000 items" && error?.extensions?.code === "OPERATION_LIMIT" && /request body is larger/.test(error.message);
      if (codes.includes("INTERNAL_SERVER_ERROR") || ((error?.extensions?.code !== "BAD_USER_INPUT" || !namesIt) && !bodyRefused)) {
        wrong.push(`${each.board}.${each.mutation} ${each.argument} (${what}): ${codes.join(",") || "no error"} ${error?.extensions?.argument ?? ""} ${error?.message ?? ""}`);
      }
      return error;
    };
    const oneOver: Case[] = [];
    await inParallel(cases, 4, async (each) => {
      const error = judge(each, each.what, await post(graph.subgraphUrls[each.board], each.document, each.variables));
      const limit = error?.extensions?.maxLength;
      if (each.oneOver) {
        if (typeof limit !== "number" || limit >= HUGE.length) wrong.push(`${each.board}.${each.mutation} ${each.argument}: no limit named (${limit})`);
        // Just over the limit: in characters or, for TEXT, UTF-8 bytes (ASCII: one byte each).
        else oneOver.push({ ...each, oneOver: undefined, variables: setAt(each.variables, each.oneOver, "y".repeat(limit + 1)), what: `${limit + 1} characters` });
      }
    });
    await inParallel(oneOver, 4, async (each) => judge(each, each.what, await post(graph.subgraphUrls[each.board], each.document, each.variables)));
    expect(wrong).toEqual([]);
    expect(await rowCounts()).toEqual(before);
    // The size of the run, for the record: mutations × arguments × cases.
    console.log(`${kind}: ${mutations.size} mutations, ${new Set(cases.map((each) => `${each.board}.${each.mutation}.${each.argument}`)).size} strings and lists, ${cases.length + oneOver.length} cases`);
  });

  it("refuses dates that are not on the calendar or outside the programmes' range, and financial years likewise, storing nothing", async () => {
    const writes: Array<[Board, string, string]> = [
      // A LocalDate variable refused by the scalar is named in the message ("Variable \"$decidedOn\" got invalid value").
      ["children", `mutation ($decidedOn: LocalDate!) { recordChildrensSupportLevel(input: { council: "E06000052", level: UNIVERSAL, decidedOn: $decidedOn }) { __typename } }`, "decidedOn"],
      ["adults", `mutation ($heldOn: LocalDate!) { recordAdultsRegionalWorkshop(input: { region: "E12000009", heldOn: $heldOn, topic: "Dates" }) { __typename } }`, "heldOn"],
      ["corporate", `mutation ($changeOfControlOn: LocalDate!) { startMemberPeerSupport(input: { council: "E06000052", changeOfControlOn: $changeOfControlOn }) { __typename } }`, "changeOfControlOn"],
      ["corporate", `mutation ($reviewOn: LocalDate!) { recordSupportEngagement(input: { concern: "1", partners: ["LGA"], scope: "s", startsOn: "2012-06-01", reviewOn: $reviewOn }) { __typename } }`, "input.reviewOn"],
    ];
    const before = await rowCounts();
    for (const [board, document, argument] of writes) {
      for (const date of ["9999-12-31", "2012-02-30", "1999-12-31"]) {
        const variable = /\$(\w+)/.exec(document)![1]!;
        const answer = await post(graph.subgraphUrls[board], document, { [variable]: date });
        // A LocalDate argument refuses a date not on the calendar itself (BAD_USER_INPUT, its message naming the variable); the range rule names the argument.
        const error = answer.errors?.[0];
        const named = error?.extensions?.argument === argument || (document.includes("LocalDate!") && error?.message.includes(`$${variable}`) === true);
        expect([date, error?.extensions?.code, named]).toEqual([date, "BAD_USER_INPUT", true]);
      }
    }
    for (const year of ["9999/00", "1999/00", "2012/14"]) {
      const answer = await post(
        graph.subgraphUrls.corporate,
        `mutation ($y: String!) { recordLeadershipPlace(input: { council: "E06000052", financialYear: $y, programme: LEADERSHIP_ACADEMY, participantName: "A. Member", subsidised: false }) { __typename } }`,
        { y: year },
      );
      expect([year, answer.errors?.[0]?.extensions]).toEqual([year, expect.objectContaining({ code: "BAD_USER_INPUT", argument: "financialYear" })]);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a 5,000-character concern summary through the gateway too, naming the argument and the column's limit", async () => {
    const answer = await post(
      graph.url,
      `mutation ($summary: String!) { raiseConcern(input: { council: "E06000052", summary: $summary, severity: EMERGING, sources: [], evidence: [] }) { id } }`,
      { summary: "s".repeat(5000) },
    );
    expect(answer.errors?.[0]).toMatchObject({
      message: "input.summary must be at most 2,000 characters",
      extensions: { code: "BAD_USER_INPUT", argument: "input.summary", maxLength: 2000, unit: "characters" },
    });
  });

  it("stores text as long as its column holds: 2,000 characters beyond the BMP in a VARCHAR(2000), 65,535 bytes in a TEXT, and audits the write", async () => {
    const emoji = "\u{1F600}".repeat(2000); // 2,000 characters, 4,000 UTF-16 units, 8,000 bytes
    const concern = await post(
      graph.subgraphUrls.corporate,
      `mutation ($summary: String!) { raiseConcern(input: { council: "E06000052", summary: $summary, severity: EMERGING, sources: [PEER_CHALLENGE], evidence: [{ description: "d", source: "s" }] }) { id summary } }`,
      { summary: emoji },
    );
    expect(concern.errors).toBeUndefined();
    expect((concern.data!.raiseConcern as { summary: string }).summary).toBe(emoji);

    const euros = "\u20AC".repeat(21_845); // 65,535 bytes: all MariaDB's TEXT holds
    const strengths = Array.from({ length: 400 }, (_, i) => `${i}`.padEnd(150, "s")); // ~61 KB of JSON
    const assessment = await post(
      graph.subgraphUrls.children,
      `mutation ($summary: String!, $strengths: [String!]!) { recordChildrensSelfAssessment(input: { council: "E06000052", period: "2012/13", summary: $summary, strengths: $strengths, areasForImprovement: ["a"] }) { id summary strengths } }`,
      { summary: euros, strengths },
    );
    expect(assessment.errors).toBeUndefined();
    expect(assessment.data!.recordChildrensSelfAssessment).toMatchObject({ summary: euros, strengths });
    const over = await post(
      graph.subgraphUrls.children,
      `mutation ($summary: String!) { recordChildrensSelfAssessment(input: { council: "E06000052", period: "2013/14", summary: $summary, strengths: [], areasForImprovement: [] }) { id } }`,
      { summary: `${euros}x` },
    );
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.summary", maxLength: 65_535, unit: "bytes" });

    // The audit entry of that write is over 180 KB: more than TEXT's 64 KB.
    const admin = await graph.token({ sub: "lga", roles: ["LGA_OFFICER"] });
    const trail = await (
      await fetch(graph.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query: "{ childrenAuditTrail(first: 1) { edges { node { operation changes } } } }" }),
      })
    ).json();
    expect(trail.data.childrenAuditTrail.edges[0].node.operation).toBe("recordChildrensSelfAssessment");
    expect(JSON.parse(trail.data.childrenAuditTrail.edges[0].node.changes).input.summary).toBe(euros);
  });
});
