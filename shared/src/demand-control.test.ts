import { buildSubgraphSchema } from "@apollo/subgraph";
import { buildSchema, type DocumentNode, type OperationDefinitionNode, parse, print } from "graphql";
import { declareDemand, demandModelOf, estimateCost, GRAPH_BOUNDS, MUTATION_WEIGHT, UNDECLARED_LIST_SIZE } from "./demand-control";
import { checkRepresentations } from "./limits";
import { readCouncils, readRegions } from "./reference-data";

const SDL = `
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

  type Query {
    councils: [Council!]! @listSize(assumedSize: 353)
    council(code: ID!): Council
    regions: [Region!]! @listSize(assumedSize: 9)
    trail(limit: Int! = 100): [Entry!]! @listSize(assumedSize: 1000, slicingArguments: ["limit"], requireOneSlicingArgument: false)
    progress: Progress! @cost(weight: 10)
    records: [Record!]! @listSize(assumedSize: 5)
    undeclared: [Region!]!
    page(first: Int! = 20, after: String): CouncilConnection! @listSize(assumedSize: 100, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
  }
  type CouncilConnection { edges: [CouncilEdge!]! @listSize(assumedSize: 100) pageInfo: PageInfo! }
  type CouncilEdge { cursor: String! node: Council! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Mutation { record(input: RecordInput!): Council! }
  input RecordInput { code: ID! values: [ValueInput!]! }
  input ValueInput { value: Float! }
  type Council { code: ID! name: String! region: Region! neighbours: [Council!]! @listSize(assumedSize: 15) @cost(weight: 5) tags: [String!]! @listSize(assumedSize: 20) }
  type Region { code: ID! councils: [Council!]! @listSize(assumedSize: 74) }
  type Entry { id: ID! }
  type Progress { delivered: Int! }
  interface Record { id: ID! }
  type Small implements Record { id: ID! }
  type Large implements Record { id: ID! councils: [Council!]! @listSize(assumedSize: 353) }
`;
const schema = buildSchema(SDL);
const model = demandModelOf(parse(SDL));

function cost(query: string, variables?: Record<string, unknown>): number {
  const document: DocumentNode = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === "OperationDefinition") as OperationDefinitionNode;
  return estimateCost({ schema, document, operation, variables, model });
}

describe("demand control's cost estimate", () => {
  it("counts objects 1 and scalars 0, and multiplies a list's items by its assumed size", () => {
    expect(cost('{ council(code: "E06000052") { code name } }')).toBe(1);
    expect(cost('{ council(code: "E06000052") { region { code } } }')).toBe(2);
    expect(cost("{ councils { code } }")).toBe(353);
    expect(cost("{ councils { code region { code } } }")).toBe(353 * 2);
    // A list of scalars costs nothing unless weighed.
    expect(cost("{ councils { tags } }")).toBe(353);
  });

  it("multiplies nested lists: a council→region→councils cycle grows as their product", () => {
    expect(cost("{ councils { region { councils { code } } } }")).toBe(353 * (1 + 1 + 74));
    expect(cost("{ councils { region { councils { region { councils { code } } } } } }")).toBe(353 * (2 + 74 * (2 + 74)));
  });

  it("weighs a field by its @cost in place of its type's", () => {
    expect(cost("{ progress { delivered } }")).toBe(10);
    expect(cost('{ council(code: "E06000052") { neighbours { code } } }')).toBe(1 + 15 * 5);
  });

  it("takes a slicing argument's value as the list's size: literal, variable, or the argument's default", () => {
    expect(cost("{ trail(limit: 7) { id } }")).toBe(7);
    expect(cost("query ($n: Int!) { trail(limit: $n) { id } }", { n: 40 })).toBe(40);
    expect(cost("query ($n: Int! = 12) { trail(limit: $n) { id } }")).toBe(12);
    expect(cost("{ trail { id } }")).toBe(100);
  });

  it("counts a list without @listSize at the default size, and introspection not at all", () => {
    expect(cost("{ undeclared { code } }")).toBe(UNDECLARED_LIST_SIZE);
    expect(cost("{ __schema { types { name fields { name } } } __typename }")).toBe(0);
  });

  it("counts a mutation 10 more, and each input object it is given 1", () => {
    expect(cost('mutation { record(input: { code: "E06000052", values: [] }) { code } }')).toBe(MUTATION_WEIGHT + 1 + 1);
    expect(
      cost("mutation ($input: RecordInput!) { record(input: $input) { code } }", { input: { code: "E06000052", values: [{ value: 1 }, { value: 2 }] } }),
    ).toBe(MUTATION_WEIGHT + 1 + 1 + 2);
  });

  it("counts fragments where they are spread, and inline fragments", () => {
    const spread = "{ councils { ...C } } fragment C on Council { region { code } }";
    expect(cost(spread)).toBe(353 * 2);
    expect(cost("{ councils { ... on Council { region { code } } } }")).toBe(353 * 2);
  });

  it("takes the costliest possible type of an interface", () => {
    expect(cost("{ records { id ... on Large { councils { code } } } }")).toBe(5 * (1 + 353));
  });

  it("counts a fragment bomb in time linear in its text", () => {
    const levels = 40;
    const fragments = ["fragment F0 on Council { code }"];
    for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Council { ...F${i - 1} neighbours { ...F${i - 1} } }`);
    const started = Date.now();
    const estimate = cost(`{ councils { ...F${levels} } } ${fragments.join(" ")}`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(estimate).toBeGreaterThan(1e40);
  });

  it("sizes a connection's edges by its slicing argument (sizedFields), and only those", () => {
    // The connection 1, its page info 1, and each of `first` edges 1 with its node 1.
    expect(cost("{ page { edges { cursor node { code } } pageInfo { hasNextPage } } }")).toBe(1 + 1 + 20 * 2);
    expect(cost("query ($n: Int!) { page(first: $n) { edges { node { code } } } }", { n: 5 })).toBe(1 + 5 * 2);
    expect(cost("{ page(first: 3) { ...Page } } fragment Page on CouncilConnection { edges { node { neighbours { code } } } }")).toBe(1 + 3 * (1 + 1 + 15 * 5));
    // A list below the node keeps its own size.
    expect(cost("{ page(first: 2) { edges { node { tags } } } }")).toBe(1 + 2 * 2);
    expect(model.fields.get("Query.page")).toMatchObject({ slicingArguments: ["first"], sizedFields: ["edges"] });
  });

  it("counts a subgraph's _entities as long as its representations", () => {
    const subgraph = buildSubgraphSchema({
      typeDefs: parse(`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@listSize"])
        type Council @key(fields: "code") { code: ID! reviews: [Review!] @listSize(assumedSize: 3) }
        type Review { status: String! }
        type Query { councilCount: Int! }
      `),
      resolvers: {},
    });
    const subgraphModel = demandModelOf(subgraph);
    const document = parse("query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Council { reviews { status } } } }");
    const operation = document.definitions[0] as OperationDefinitionNode;
    const representations = Array.from({ length: 353 }, (_, i) => ({ __typename: "Council", code: `E0${i}` }));
    expect(estimateCost({ schema: subgraph, document, operation, variables: { representations }, model: subgraphModel })).toBe(353 * (1 + 3));
    expect(subgraphModel.keys.get("Council")).toEqual([["code"]]);
  });
});

describe("declaring list sizes", () => {
  const document = parse("type Query { councils: [Council!]! council(code: ID!): Council } type Council { code: ID! tags: [String!] }");

  it("adds @listSize and @cost to the fields declared", () => {
    const declared = declareDemand(document, {
      "Query.councils": { assumedSize: 353 },
      "Query.council": { cost: 2 },
      "Council.tags": { assumedSize: 5 },
    });
    const printed = print(declared);
    expect(printed).toContain("councils: [Council!]! @listSize(assumedSize: 353)");
    expect(printed).toContain("council(code: ID!): Council @cost(weight: 2)");
    expect(printed).toContain("tags: [String!] @listSize(assumedSize: 5)");
  });

  it("declares a connection's @listSize on the field that returns it, naming the lists it sizes", () => {
    const connection = parse("type Query { page(first: Int = 20): Page! } type Page { edges: [Edge!]! } type Edge { cursor: String! }");
    const printed = print(
      declareDemand(connection, {
        "Query.page": { assumedSize: 100, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false },
        "Page.edges": { assumedSize: 100 },
      }),
    );
    expect(printed).toContain('page(first: Int = 20): Page! @listSize(assumedSize: 100, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)');
    expect(() => declareDemand(document, { "Query.councils": { assumedSize: 353, sizedFields: ["edges"] }, "Council.tags": { assumedSize: 5 } })).toThrow(
      /Query\.councils is a list: sizedFields are for a connection/,
    );
  });

  it("refuses to build a schema with a list field of no declared size, or a declaration of no field", () => {
    expect(() => declareDemand(document, { "Query.councils": { assumedSize: 353 } })).toThrow(/Council\.tags returns a list without a declared size/);
    expect(() =>
      declareDemand(document, { "Query.councils": { assumedSize: 353 }, "Council.tags": { assumedSize: 5 }, "Council.gone": { assumedSize: 1 } }),
    ).toThrow(/name Council\.gone, which the schema does not have/);
    expect(() => declareDemand(document, { "Query.councils": { assumedSize: 353 }, "Council.tags": { assumedSize: 5 }, "Council.code": { assumedSize: 1 } })).toThrow(
      /Council\.code is not a list/,
    );
  });

  it("holds the graph's bounds to the reference data", () => {
    const councils = readCouncils();
    const byRegion = new Map<string, number>();
    for (const council of councils) byRegion.set(council.regionCode, (byRegion.get(council.regionCode) ?? 0) + 1);
    expect(GRAPH_BOUNDS).toEqual({
      councils: councils.length,
      regions: readRegions().length,
      councilsInLargestRegion: Math.max(...byRegion.values()),
      upperTierCouncils: councils.filter((council) => council.upperTier).length,
    });
  });
});

describe("checking _entities representations", () => {
  const subgraph = buildSubgraphSchema({
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
      type Council @key(fields: "code") { code: ID! }
      type Person @key(fields: "id") { id: ID! }
      type Query { ping: Int }
    `),
    resolvers: {},
  });
  const subgraphModel = demandModelOf(subgraph);
  const check = (representations: unknown, max = 1000) => () => checkRepresentations(subgraph, subgraphModel, representations, max);
  const codeOf = (run: () => void): string | undefined => {
    try {
      run();
      return undefined;
    } catch (error) {
      return (error as { extensions?: { code?: string } }).extensions?.code;
    }
  };

  it("takes up to the limit of well-formed representations", () => {
    expect(check(Array.from({ length: 1000 }, (_, i) => ({ __typename: "Council", code: `E${i}` })))).not.toThrow();
    expect(check([{ __typename: "Person", id: "howard-davis" }])).not.toThrow();
  });

  it("refuses more than the limit as OPERATION_LIMIT", () => {
    expect(codeOf(check(Array.from({ length: 5000 }, () => ({ __typename: "Council", code: "E06000052" }))))).toBe("OPERATION_LIMIT");
  });

  it.each([
    ["a missing key", [{ __typename: "Council" }]],
    ["an object-valued key", [{ __typename: "Council", code: { $gt: "" } }]],
    ["a numeric key", [{ __typename: "Council", code: 6000052 }]],
    ["an empty key", [{ __typename: "Council", code: "" }]],
    ["an unknown __typename", [{ __typename: "Secret", code: "E06000052" }]],
    ["no __typename", [{ code: "E06000052" }]],
    ["a representation that is not an object", ["E06000052"]],
    ["representations that are not a list", { __typename: "Council", code: "E06000052" }],
  ])("refuses %s as BAD_USER_INPUT", (_name, representations) => {
    expect(codeOf(check(representations))).toBe("BAD_USER_INPUT");
  });
});
