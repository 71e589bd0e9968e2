import fs from "node:fs";
import path from "node:path";
import { DEFAULT_LIMITS, demandModelOf, estimateCost } from "@sli/shared";
import { buildSchema, Kind, type OperationDefinitionNode, parse, type TypeNode } from "graphql";
import { GATEWAY_DIR, SUPERGRAPH_FILE } from "./paths";
import { forApolloGateway } from "./supergraph";

const supergraphSdl = forApolloGateway(fs.readFileSync(SUPERGRAPH_FILE, "utf8"));
// The supergraph's types and fields are the API schema's (nothing here is @inaccessible).
const schema = buildSchema(supergraphSdl);
const model = demandModelOf(parse(supergraphSdl));
const budget = DEFAULT_LIMITS.cost;

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return estimateCost({ schema, document, operation, variables, model });
}

const variables = { code: "E06000052", region: "E12000008", year: "2011/12" };

function operationsIn(dir: string): Array<[string, string]> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => [file, fs.readFileSync(path.join(dir, file), "utf8")]);
}
const TEST_OPERATIONS = path.resolve(GATEWAY_DIR, "../test/operations");
// The project's shared queries, where that folder is beside the repository (test/operations holds copies).
const SHARED_QUERIES = path.resolve(GATEWAY_DIR, "../../shared/queries");

describe("demand control over the composed supergraph", () => {
  it("carries every board's @listSize and @cost, under the cost spec's link, for Router and Hive Gateway alike", () => {
    const raw = fs.readFileSync(SUPERGRAPH_FILE, "utf8");
    expect(raw).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1"');
    expect(model.fields.get("Query.councils")).toEqual({ assumedSize: 353 });
    expect(model.fields.get("Region.councils")).toEqual({ assumedSize: 74 });
    expect(model.fields.get("Council.localAccounts")).toEqual({ assumedSize: 21 });
    expect(model.fields.get("Council.nearestNeighbours")).toEqual({ assumedSize: 15, cost: 5 });
  });

  it.each([...operationsIn(TEST_OPERATIONS), ...operationsIn(SHARED_QUERIES).map(([file, text]): [string, string] => [`shared/${file}`, text])])(
    "lets %s through with margin",
    (_file, query) => {
      // The England overview is the heaviest: 353 councils × 30 = 10,590, a fifth of the budget.
      expect(cost(query, variables)).toBeLessThan(budget / 4);
    },
  );

  it("lets one council→region→councils cycle through (every council with its region's: about 17,000 in fact), the double one not", () => {
    expect(cost("{ councils { region { councils { code } } } }")).toBe(353 * (2 + 74));
    expect(353 * (2 + 74)).toBeLessThan(budget);
  });

  it.each([
    ["a double cycle (52 bytes)", "{councils{region{councils{region{councils{code}}}}}}", 353 * (2 + 74 * (2 + 74))],
    ["a region's quadruple cycle", '{ region(code: "E12000008") { councils { region { councils { region { councils { region { councils { code } } } } } } } } }', undefined],
    ["a region list's cycle", "{ regions { councils { region { councils { code } } } } }", 9 * (1 + 74 * (2 + 74))],
    ["20 aliases of a cycle", `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: councils { region { councils { code } } }`).join(" ")} }`, 20 * 353 * (2 + 74)],
    ["400 aliases of a cycle", `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: regions { councils { region { councils { code } } } }`).join(" ")} }`, undefined],
  ])("refuses %s", (_name, query, expected) => {
    const estimate = cost(query);
    if (expected !== undefined) expect(estimate).toBe(expected);
    expect(estimate).toBeGreaterThan(budget);
  });

  it("finds @listSize on every list field of every subgraph's schema (on the board that resolves it)", () => {
    const isList = (type: TypeNode): boolean => (type.kind === Kind.NON_NULL_TYPE ? isList(type.type) : type.kind === Kind.LIST_TYPE);
    const missing: string[] = [];
    for (const board of ["corporate", "children", "adults"]) {
      const document = parse(fs.readFileSync(path.resolve(GATEWAY_DIR, `../subgraphs/${board}/schema.graphql`), "utf8"));
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
        for (const field of definition.fields ?? []) {
          const has = (name: string) => field.directives?.some((directive) => directive.name.value === name);
          // An @external field is sized by the board that owns it (composition refuses @listSize on it elsewhere).
          if (isList(field.type) && !has("listSize") && !has("external")) {
            missing.push(`${board}: ${definition.name.value}.${field.name.value}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
