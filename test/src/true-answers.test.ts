import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import { signTestToken } from "@sli/shared/testing";
import { type RunningGraph, startGraph } from "./graph";

/**
 * Issue 13, "every answer true": writes a client is told did not happen never
 * happen, an alias never answers another field's value, every introspection
 * field answers, and a token that should not be trusted is refused the same
 * way at the gateway and at each subgraph.
 */

const CORNWALL = "E06000052";
const HOUR = 3600;

interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

describe("true answers", () => {
  let graph: RunningGraph;
  let writer: string;

  beforeAll(async () => {
    graph = await startGraph("sqlite");
    writer = await graph.token({ sub: "writer", roles: ["TEASC_OFFICER", "CIB_OFFICER", "LGA_OFFICER"] });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  const send = async (query: string, options: { token?: string; authorization?: string; url?: string } = {}): Promise<Answer> => {
    const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
    const response = await fetch(options.url ?? graph.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    let body: Omit<Answer, "status"> = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `not JSON: ${text.slice(0, 80)}` }] };
    }
    return { status: response.status, ...body };
  };
  const codes = (answer: Answer) => [...new Set((answer.errors ?? []).map((error) => String(error.extensions?.code)))];

  const supportLevel = (level: string) =>
    `recordChildrensSupportLevel(input: { council: "${CORNWALL}", level: ${level}, decidedOn: "2012-07-01", reason: "true answers test" }) { childrensSupportLevel }`;
  // Cornwall's 2009-10 rating is the published reference: re-recording it is refused (CONFLICT).
  const refusedRating = `recordCqcRating2010(input: { council: "${CORNWALL}", rating: EXCELLENT, source: "true answers test" }) { cqcRating2010 }`;
  const cornwall = async () => (await send(`{ council(code: "${CORNWALL}") { childrensSupportLevel cqcRating2010 } }`)).data?.council;

  describe("mutations: one write per operation", () => {
    it("refuses the issue's case, a refused write then another board's write, before either runs", async () => {
      const before = await cornwall();
      // @apollo/gateway alone answered data: null with CONFLICT, and had written the support level.
      const answer = await send(`mutation { rating: ${refusedRating} level: ${supportLevel("TARGETED_SUPPORT")} }`, { token: writer });
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(answer.errors?.[0].message).toMatch(/one write.*recordCqcRating2010 \(adults\).*recordChildrensSupportLevel \(children\).*different boards/);
      expect(await cornwall()).toEqual(before);
    });

    it("refuses two writes to one board: a refusal of the second would hide the first behind data: null", async () => {
      const before = await cornwall();
      const answer = await send(`mutation { a: ${supportLevel("EARLY_SUPPORT")} b: ${supportLevel("TARGETED_SUPPORT")} }`, { token: writer });
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(answer.errors?.[0].message).toMatch(/data: null although the earlier ones were written/);
      // Through a fragment as well.
      const fragments = await send(`mutation { ...W } fragment W on Mutation { a: ${supportLevel("EARLY_SUPPORT")} ... on Mutation { b: ${supportLevel("TARGETED_SUPPORT")} } }`, { token: writer });
      expect(codes(fragments)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(await cornwall()).toEqual(before);
    });

    it("answers one write truly: data: null with the reason when refused, the record when written", async () => {
      const refused = await send(`mutation { ${refusedRating} __typename }`, { token: writer });
      expect(refused.data).toBeNull();
      expect(codes(refused)).toEqual(["CONFLICT"]);
      expect((await cornwall())?.cqcRating2010).toBe("ADEQUATE");
      const written = await send(`mutation { ${supportLevel("EARLY_SUPPORT")} __typename }`, { token: writer });
      expect(written).toEqual({ status: 200, data: { recordChildrensSupportLevel: { childrensSupportLevel: "EARLY_SUPPORT" }, __typename: "Mutation" } });
      expect((await cornwall())?.childrensSupportLevel).toBe("EARLY_SUPPORT");
    });
  });

  describe("mutation answers: another board's field never nulls a write that was made", () => {
    it("refuses a non-null field of another board in the write's answer, before writing", async () => {
      const before = await cornwall();
      // Council.name is corporate's and non-null all the way up: had corporate failed, data: null for a done write.
      const answer = await send(`mutation { recordChildrensSupportLevel(input: { council: "${CORNWALL}", level: TARGETED_SUPPORT, decidedOn: "2012-07-01" }) { childrensSupportLevel name } }`, { token: writer });
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(answer.errors?.[0].message).toMatch(/Council\.name, which corporate answers.*data: null although the write was made/);
      expect(await cornwall()).toEqual(before);
    });

    it("answers other boards' fields below a nullable link, where a failure nulls only that link", async () => {
      const answer = await send(
        `mutation { recordChildrensSupportLevel(input: { council: "${CORNWALL}", level: UNIVERSAL, decidedOn: "2012-07-02" }) { childrensSupportLevel principalAdviser { name } } }`,
        { token: writer },
      );
      expect(answer).toEqual({ status: 200, data: { recordChildrensSupportLevel: { childrensSupportLevel: "UNIVERSAL", principalAdviser: { name: expect.any(String) } } } });
    });
  });

  describe("aliases over an entity's key", () => {
    it.each([
      // The upstream case (apollographql/federation#3036): @apollo/gateway answered code: "E06000052", no error.
      // Hive Gateway 2.15 answers it with errors only: 'Fields "code" conflict because "name" and "code" are different fields' (GRAPHQL_VALIDATION_FAILED).
      ["the upstream case", `{ council(code: "${CORNWALL}") { code: name cqcRating2010 } }`, /"code" is the key of Council/],
      ["__typename for another field", `{ council(code: "${CORNWALL}") { __typename: name cqcRating2010 } }`, /"__typename"/],
      ["a key alias in a list", `{ regions { code: name councils { childrensSupportLevel } } }`, /"code" is the key of Region/],
    ])("refuses %s with GRAPHQL_VALIDATION_FAILED saying why", async (_name, query, message) => {
      const answer = await send(query);
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(codes(answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(answer.errors?.[0].message).toMatch(message);
    });

    it("answers every other alias correctly, across the join", async () => {
      const answer = await send(`{ council(code: "${CORNWALL}") { code: code gss: code title: name rating: cqcRating2010 support: childrensSupportLevel } }`);
      expect(answer).toEqual({
        status: 200,
        data: { council: { code: CORNWALL, gss: CORNWALL, title: "Cornwall", rating: "ADEQUATE", support: expect.any(String) } },
      });
    });
  });

  describe("introspection", () => {
    const fullIntrospection = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });

    it("answers isOneOf through the gateway (it was a 500), alone and beside data", async () => {
      expect(await send(`{ __type(name: "Council") { name isOneOf } }`)).toEqual({ status: 200, data: { __type: { name: "Council", isOneOf: null } } });
      const mixed = await send(`{ council(code: "${CORNWALL}") { name cqcRating2010 } __type(name: "CouncilType") { kind isOneOf } }`);
      expect(mixed).toEqual({ status: 200, data: { council: { name: "Cornwall", cqcRating2010: "ADEQUATE" }, __type: { kind: "ENUM", isOneOf: null } } });
    });

    it.each(["gateway", "corporate", "children", "adults"] as const)("answers the standard full introspection query at the %s", async (where) => {
      const answer = await send(fullIntrospection, { url: where === "gateway" ? graph.url : graph.subgraphUrls[where] });
      expect(answer.errors).toBeUndefined();
      expect(answer.status).toBe(200);
      const schema = buildClientSchema(answer.data as unknown as IntrospectionQuery);
      expect(schema.getType("Council")).toBeDefined();
      expect(schema.getDirective("oneOf")).toBeDefined();
      const inputs = (answer.data as unknown as IntrospectionQuery).__schema.types.filter((type) => type.kind === "INPUT_OBJECT");
      expect(inputs.length).toBeGreaterThan(0);
      expect(inputs.every((type) => typeof (type as { isOneOf?: unknown }).isOneOf === "boolean")).toBe(true);
    });
  });

  describe("tokens the gateway and every subgraph refuse alike", () => {
    const place = (where: "gateway" | "corporate") => (where === "gateway" ? graph.url : graph.subgraphUrls.corporate);
    const cases: Array<[string, () => Promise<string>, number, RegExp]> = [
      ["no exp", () => signTestToken(graph.config, { iat: 0 }), 401, /no expiry/],
      ["exp beyond the maximum lifetime (48 h)", () => signTestToken(graph.config, { iat: 0, exp: 48 * HOUR }), 401, /lives longer/],
      ["iat a year ahead", () => signTestToken(graph.config, { iat: 365 * 24 * HOUR, exp: 365 * 24 * HOUR + HOUR }), 401, /issued in the future/],
      ["nbf ten minutes ahead", () => signTestToken(graph.config, { iat: 0, nbf: 600, exp: HOUR }), 401, /not valid yet/],
      [
        "a validly signed 18 KB token",
        () => signTestToken(graph.config, { iat: 0, exp: HOUR }, { roles: ["LGA_OFFICER"], padding: "x".repeat(18 * 1024) }),
        431,
        /more than the 8192 allowed/,
      ],
    ];
    it.each(cases.flatMap(([name, token, status, message]) => (["gateway", "corporate"] as const).map((where) => [name, where, token, status, message] as const)))(
      "refuses %s at the %s",
      async (_name, where, token, status, message) => {
        const answer = await send(`{ council(code: "${CORNWALL}") { name } }`, { token: await token(), url: place(where) });
        expect({ status: answer.status, codes: codes(answer) }).toEqual({ status, codes: ["UNAUTHENTICATED"] });
        expect(answer.errors?.[0].message).toMatch(message);
        expect(answer.data ?? null).toBeNull();
      },
    );

    it("still accepts a token within the rules, and the development tokens", async () => {
      const fine = await signTestToken(graph.config, { iat: 0, exp: HOUR });
      for (const url of [graph.url, graph.subgraphUrls.corporate]) {
        expect(await send(`{ me { roles } }`, { token: fine, url })).toEqual({ status: 200, data: { me: { roles: ["LGA_OFFICER"] } } });
      }
      expect((await send(`{ me { roles } }`, { token: writer })).data).toEqual({ me: { roles: ["TEASC_OFFICER", "CIB_OFFICER", "LGA_OFFICER"] } });
    });
  });
});
